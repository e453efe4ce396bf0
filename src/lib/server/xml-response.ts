// The answer for a document the portal writes as XML or text (feeds, sitemaps, robots.txt): its
// type in UTF-8, and nothing that would keep the page cache from sharing it with every reader.

export function xmlResponse(
	type: 'application/xml' | 'application/atom+xml' | 'text/plain',
	body: string
): Response {
	return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}
