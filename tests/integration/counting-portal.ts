// The built portal behind a counting proxy: every request it makes of the stack's API gateway is
// recorded, in order, so that a test can say how many PostgREST round trips a page or a form
// costs. Needs the built app (`npm test` builds first).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startApp } from '../../stack/app.ts';
import type { Child } from '../../stack/child.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort, listen } from '../../stack/ports.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/lib/retention.ts';
import { hashToken } from '../../src/lib/server/tokens.ts';

/** A session row as signing in makes it: not yet due to be renewed (which would cost a request of its own). */
export const sessionRow = (token: string, user: string) =>
	`('${hashToken(token)}', '${user}', now() + interval '${SESSION_IDLE_MS} milliseconds', now() + interval '${SESSION_ABSOLUTE_MS} milliseconds')`;

/** The API requests without their query strings, as `METHOD /rest/v1/…`. */
export const withoutQuery = (requests: string[]) =>
	requests.map((request) => request.split('?')[0]);

/**
 * Starts the built portal behind a counting proxy for the file's tests (and stops both after).
 * `requests`: the API requests the portal made, in order, as `METHOD /rest/v1/…`; `url()`: the
 * portal's address, once started.
 */
export function useCountingPortal(stack: Parameters<typeof startApp>[0]) {
	const requests: string[] = [];
	let gateway: http.Server;
	let app: { child: Child; url: string };

	beforeAll(async () => {
		if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
			throw new Error('The app is not built: run `npm run build` (npm test does it first).');
		}
		const upstream = new URL(stack.SUPABASE_URL);
		gateway = http.createServer((req, res) => {
			requests.push(`${req.method} ${req.url}`);
			const forward = http.request(
				{
					host: upstream.hostname,
					port: upstream.port,
					method: req.method,
					path: req.url,
					headers: req.headers
				},
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				}
			);
			forward.on('error', () => res.writeHead(502).end());
			req.pipe(forward);
		});
		const port = await listen(gateway, 0, 'counting proxy');
		app = await startApp({ ...stack, SUPABASE_URL: `http://127.0.0.1:${port}` }, await freePort());
	}, 60_000);

	afterAll(async () => {
		await app?.child.stop();
		await new Promise((resolve) => gateway?.close(resolve));
	});

	return { requests, url: () => app.url };
}
