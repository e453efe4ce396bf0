// A small round-robin HTTP proxy, as a load balancer in front of several portal instances: each
// request goes to the next instance in turn (no sticky sessions), with the headers a real proxy
// sets (X-Forwarded-For, -Host, -Proto) and the upstream's own Host, as nginx sends by default.
import http from 'node:http';
import { listen } from '../../stack/ports.ts';

/** Hop-by-hop headers (RFC 9110 §7.6.1): for one connection, never forwarded. */
const HOP_BY_HOP = [
	'connection',
	'keep-alive',
	'proxy-connection',
	'transfer-encoding',
	'te',
	'trailer',
	'upgrade'
];

export type Proxy = {
	url: string;
	/** The instances' addresses, in turn; set them once they are known. */
	upstreams: string[];
	/** Which upstream answered each request, in order. */
	served: Array<{ method: string; path: string; upstream: string }>;
	stop(): Promise<void>;
};

export async function startRoundRobinProxy(): Promise<Proxy> {
	let turn = 0;
	const proxy: Omit<Proxy, 'url' | 'stop'> = { upstreams: [], served: [] };
	const server = http.createServer((req, res) => {
		if (proxy.upstreams.length === 0) {
			res.writeHead(503).end('no upstream');
			return;
		}
		const upstream = new URL(proxy.upstreams[turn++ % proxy.upstreams.length]);
		proxy.served.push({
			method: req.method ?? 'GET',
			path: req.url ?? '/',
			upstream: upstream.origin
		});
		const headers = { ...req.headers };
		for (const name of HOP_BY_HOP) delete headers[name];
		const client = req.socket.remoteAddress ?? '';
		headers['x-forwarded-for'] = headers['x-forwarded-for']
			? `${headers['x-forwarded-for']}, ${client}`
			: client;
		headers['x-forwarded-host'] = req.headers.host ?? '';
		headers['x-forwarded-proto'] = 'http';
		headers.host = upstream.host;
		const forwarded = http.request(
			{ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
			(answer) => {
				const back = { ...answer.headers };
				for (const name of HOP_BY_HOP) delete back[name];
				res.writeHead(answer.statusCode ?? 502, back);
				answer.pipe(res);
			}
		);
		forwarded.on('error', () => {
			if (!res.headersSent) res.writeHead(502);
			res.end();
		});
		req.pipe(forwarded);
	});
	const port = await listen(server, 0, 'proxy');
	return Object.assign(proxy, {
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	});
}
