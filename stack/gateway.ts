// The one port of the local stack, with a Supabase project's URL layout: /rest/v1/* goes to
// PostgREST, after the same API-key check Supabase's gateway makes. The app cannot tell it apart.
import http from 'node:http';
import { listen } from './ports.ts';

export type Gateway = { server: http.Server; url: string; stop(): Promise<void> };

export async function startGateway(options: {
	port: number;
	postgrestUrl: string;
	apiKeys: string[];
}): Promise<Gateway> {
	const upstream = new URL(options.postgrestUrl);
	const keys = new Set(options.apiKeys);

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://gateway');
		if (!url.pathname.startsWith('/rest/v1/') && url.pathname !== '/rest/v1') {
			return sendJson(res, 404, { message: 'no Route matched with those values' });
		}
		const apiKey = headerValue(req.headers.apikey) ?? url.searchParams.get('apikey');
		if (!apiKey) return sendJson(res, 401, { message: 'No API key found in request' });
		if (!keys.has(apiKey)) return sendJson(res, 401, { message: 'Invalid API key' });

		url.searchParams.delete('apikey');
		const headers: http.OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
		delete headers.apikey;
		const forward = http.request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: url.pathname.slice('/rest/v1'.length) + url.search || '/',
				headers
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		forward.on('error', () => {
			if (res.headersSent) return res.destroy();
			sendJson(res, 502, { message: 'An invalid response was received from the upstream server' });
		});
		req.pipe(forward);
	});

	const port = await listen(server, options.port, 'Supabase API gateway');
	return {
		server,
		url: `http://127.0.0.1:${port}`,
		stop: () => new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		})
	};
}

function headerValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}
