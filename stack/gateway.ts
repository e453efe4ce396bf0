// The one port of the local stack, with a Supabase project's URL layout: /rest/v1/* goes to
// PostgREST and /rest-admin/v1/* to its admin server (health checks), after the same API-key check
// Supabase's gateway makes; /auth/v1/.well-known/jwks.json publishes the public signing keys.
// The app cannot tell it apart.
//
// As Supabase's gateway does, a publishable or secret key (`apikey` header, never a JWT) stands for
// the anon or service_role role: unless the request carries a user's token, the gateway sends
// PostgREST that role's token in the key's place. A legacy key is a JWT and passes as it is.
import http from 'node:http';
import { listen } from './ports.ts';

export type Gateway = { server: http.Server; url: string; stop(): Promise<void> };

export async function startGateway(options: {
	port: number;
	postgrestUrl: string;
	postgrestAdminUrl: string;
	/** Each publishable and secret key, with the role token that goes to PostgREST in its place. */
	newKeys: Record<string, string>;
	/** The legacy anon and service_role keys, while they are enabled. */
	legacyKeys: string[];
	/** The public keys, as /auth/v1/.well-known/jwks.json serves them. */
	jwks: { keys: unknown[] };
}): Promise<Gateway> {
	const routes = [
		{ prefix: '/rest/v1', upstream: new URL(options.postgrestUrl) },
		{ prefix: '/rest-admin/v1', upstream: new URL(options.postgrestAdminUrl) }
	];
	const newKeys = new Map(Object.entries(options.newKeys));
	const legacyKeys = new Set(options.legacyKeys);

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://gateway');
		if (url.pathname === '/auth/v1/.well-known/jwks.json') return sendJson(res, 200, options.jwks);
		const route = routes.find(
			({ prefix }) => url.pathname === prefix || url.pathname.startsWith(prefix + '/')
		);
		if (!route) return sendJson(res, 404, { message: 'no Route matched with those values' });
		const apiKey = headerValue(req.headers.apikey) ?? url.searchParams.get('apikey');
		if (!apiKey) return sendJson(res, 401, { message: 'No API key found in request' });
		const roleToken = newKeys.get(apiKey);
		if (!roleToken && !legacyKeys.has(apiKey)) {
			const legacy = !apiKey.startsWith('sb_') && options.legacyKeys.length === 0;
			return sendJson(res, 401, {
				message: legacy ? 'Legacy API keys are disabled' : 'Invalid API key'
			});
		}

		url.searchParams.delete('apikey');
		const { upstream } = route;
		const headers: http.OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
		delete headers.apikey;
		// No user's token, or the key itself sent as one (older clients do): the role's token instead.
		if (roleToken && (!headers.authorization || headers.authorization === `Bearer ${apiKey}`)) {
			headers.authorization = `Bearer ${roleToken}`;
		}
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
			sendJson(res, 503, {
				message: 'The service behind the API gateway is not running; try again shortly.'
			});
		});
		req.pipe(forward);
	});

	const port = await listen(server, options.port, 'Supabase API gateway');
	return {
		server,
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((resolve) => {
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
