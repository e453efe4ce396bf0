// The sitemap index: the list pages' sitemap, then one sitemap per page of each kind of public
// record, named by the page's first slug (a key range) and dated by its newest change.
import { buildSitemapIndex } from '#lib/sitemap.ts';
import { serverConfig } from '#lib/server/config.ts';
import * as sitemap from '#lib/server/data/sitemap.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import { xmlResponse } from '#lib/server/xml-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const origin = serverConfig().publicOrigin;
	const pages = await sitemap.pages(createRequestClient(null));
	return xmlResponse(
		'application/xml',
		buildSitemapIndex([
			{ loc: `${origin}/sitemaps/lists.xml` },
			...pages.map((p) => ({
				loc: `${origin}/sitemaps/${p.kind}/${p.first_slug}.xml`,
				lastmod: new Date(p.last_modified)
			}))
		])
	);
};
