// Serves the built portal (build/handler.js) over plain http on 127.0.0.1, for `npm start` and
// the end-to-end tests. In production the portal runs behind a TLS proxy as `node build`.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { listen } from './ports.ts';
import { PROJECT_ROOT } from './paths.ts';

// adapter-node assumes https unless told which header carries the protocol; here it is http,
// set by us on every request (so a client cannot claim otherwise).
process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
// Documents take files of up to 20 MB; the form around one adds a little. adapter-node refuses
// bodies over its limit (default 512K) before the portal sees them. Read before the handler loads.
process.env.BODY_SIZE_LIMIT ??= '25M';

const port = Number(process.env.PORT ?? 3000);
const built = path.join(PROJECT_ROOT, 'build/handler.js');
if (!fs.existsSync(built)) {
	console.error('The portal is not built yet: run `npm run build` (`npm start` builds it first).');
	process.exit(1);
}
const { handler } = await import(built);

const server = http.createServer((req, res) => {
	req.headers['x-forwarded-proto'] = 'http';
	handler(req, res);
});

try {
	const actual = await listen(server, port, 'portal');
	console.log(`Listening on http://127.0.0.1:${actual}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5_000).unref();
	});
}
