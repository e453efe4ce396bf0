// The one port of the local stack, with a Supabase project's URL layout: /rest/v1/* goes to
// PostgREST and /rest-admin/v1/* to its admin server (health checks), after the same API-key check
// Supabase's gateway makes. The app cannot tell it apart.
import http from 'node:http';
import { listen } from './ports.ts';

export type Gateway = { server: http.Server; url: string; stop(): Promise<void> };

export async function startGateway(options: {
	port: number;
	postgrestUrl: string;
	postgrestAdminUrl: string;
	apiKeys: string[];
}): Promise<Gateway> {
	const routes = [
		{ prefix: '/rest/v1', upstream: new URL(options.postgrestUrl) },
		{ prefix: '/rest-admin/v1', upstream: new URL(options.postgrestAdminUrl) }
	];
	const keys = new Set(options.apiKeys);

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://gateway');
		const route = routes.find(({ prefix }) => url.pathname === prefix || url.pathname.startsWith(prefix + '/'));
		if (!route) return sendJson(res, 404, { message: 'no Route matched with those values' });
		const apiKey = headerValue(req.headers.apikey) ?? url.searchParams.get('apikey');
		if (!apiKey) return sendJson(res, 401, { message: 'No API key found in request' });
		if (!keys.has(apiKey)) return sendJson(res, 401, { message: 'Invalid API key' });

		url.searchParams.delete('apikey');
		const { upstream } = route;
		const headers: http.OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
		delete headers.apikey;
		const forward = http.request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: url.pathname.slice(route.prefix.length) + url.search || '/',
				headers
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		forward.on('error', () => {
			if (res.headersSent) return res.destroy();
			// Nothing listens: the part behind is down (and being restarted). Clients may try again.
			res.setHeader('retry-after', '1');
			sendJson(res, 503, { message: 'The service behind the API gateway is not running; try again shortly.' });
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
