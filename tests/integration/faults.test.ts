// Faults under load, on the built portal and its own throw-away stack: the database killed while
// pages are read and rows written, then PostgREST killed. Visitors get the page or a 503, never
// an empty list; everything back within 10 s; no write that was acknowledged is lost.
// Needs the built app (`npm test` builds first).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../stack/app.ts';
import type { Child } from '../../stack/child.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import type { Part } from '../../stack/supervise.ts';
import { withClient } from '../support/db.ts';
import { startTestStack } from '../support/stack.ts';

const RECOVERY_MS = 10_000;
const WORKERS = 8;
/** A published project of the seed: a list with it is the real list, not an empty one. */
const SEEDED = 'Young NEETs';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let app: { child: Child; url: string };
/** The number of the next row written: unique across the file. */
let next = 0;

beforeAll(async () => {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` (npm test does it first).');
	}
	stack = await startTestStack();
	await withClient(stack.env.DATABASE_URL, (db) =>
		db.query(`create table public.fault_writes (n int primary key);
		          alter table public.fault_writes enable row level security;
		          notify pgrst, 'reload schema'`)
	);
	// PostgREST learns of the table from the notification, a moment later.
	while (
		(
			await answer(`${stack.env.SUPABASE_URL}/rest/v1/fault_writes?limit=0`, {
				headers: serviceRole()
			})
		).status !== 200
	) {
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	app = await startApp(stack.env, await freePort());
});

function serviceRole() {
	return {
		apikey: stack.env.SUPABASE_SERVICE_ROLE_KEY,
		authorization: `Bearer ${stack.env.SUPABASE_SERVICE_ROLE_KEY}`
	};
}

afterAll(async () => {
	await app?.child.stop();
	await stack?.dispose();
});

/** `ok`: an answer a client can act on (the thing asked for, or a 503 that says why). */
type Seen = {
	at: number;
	status: number;
	kind: 'page' | 'health' | 'live' | 'write';
	ok: boolean;
	health?: string;
};

/**
 * Readers of the project list and /health, and writers of numbered rows through the API, until
 * `until` says stop. A 200 page must hold the seeded project; a 503 page must say why.
 */
async function underLoad(until: (seen: Seen[]) => boolean) {
	const seen: Seen[] = [];
	const acknowledged: number[] = [];

	const worker = async (index: number) => {
		while (!until(seen)) {
			const at = Date.now();
			if (index % 2) {
				const n = next++;
				const status = await answer(`${stack.env.SUPABASE_URL}/rest/v1/fault_writes`, {
					method: 'POST',
					headers: {
						...serviceRole(),
						'content-type': 'application/json',
						prefer: 'return=minimal'
					},
					body: JSON.stringify({ n })
				});
				if (status.status === 201) acknowledged.push(n);
				// Not acknowledged, and said so: 503; PostgREST's 400 with an empty code when its
				// connection broke in the middle of the write; or, seen now and then in the seconds after
				// PostgreSQL comes back, PostgREST 12's 404 42P01 ("relation does not exist") for this
				// table while its schema cache is reloaded (an open question: pages have not met it).
				const code = status.body.startsWith('{') ? JSON.parse(status.body).code : undefined;
				const refused =
					status.status === 503 ||
					(status.status === 400 && code === '') ||
					(status.status === 404 && code === '42P01');
				seen.push({
					at,
					kind: 'write',
					status: status.status,
					ok: status.status === 201 || refused
				});
			} else {
				// An address of its own each time: the few seconds' shared copy of /en/projects would
				// answer for the dead part, and this is about what rendering the page does meanwhile.
				const page = await answer(`${app.url}/en/projects?fault=${next++}`);
				const ok =
					page.status === 200
						? page.body.includes(SEEDED)
						: page.status === 503 && page.body.includes('cannot reach its database');
				seen.push({ at, kind: 'page', status: page.status, ok });
				const health = await answer(`${app.url}/health`);
				seen.push({
					at,
					kind: 'health',
					status: health.status,
					ok: [200, 503].includes(health.status),
					health: health.body
				});
				// Liveness asks nothing of the other parts: the portal's process is alive throughout.
				const live = await answer(`${app.url}/health/live`);
				seen.push({ at, kind: 'live', status: live.status, ok: live.status === 200 });
			}
		}
	};
	await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
	return { seen, acknowledged };
}

async function answer(
	url: string,
	init: RequestInit = {}
): Promise<{ status: number; body: string }> {
	try {
		const response = await fetch(url, { ...init, signal: AbortSignal.timeout(RECOVERY_MS) });
		return { status: response.status, body: await response.text() };
	} catch {
		return { status: 0, body: '' };
	}
}

/** Kills a part under load; the load goes on until every kind of request has succeeded since it came back. */
async function killUnderLoad(part: Part) {
	const killed = part.pid;
	let killedAt = 0;
	const load = underLoad((seen) => {
		if (!killedAt) return false;
		if (Date.now() - killedAt > 2 * RECOVERY_MS) return true;
		const back = part.pid !== killed;
		return (
			back &&
			['page', 'health', 'write'].every((kind) =>
				seen.some((each) => each.kind === kind && each.at > killedAt && each.status < 300)
			)
		);
	});
	await new Promise((resolve) => setTimeout(resolve, 300));
	killedAt = Date.now();
	process.kill(killed, 'SIGKILL');
	const { seen, acknowledged } = await load;
	const failures = seen.filter((each) => each.status >= 300);
	const lastFailure = Math.max(killedAt, ...failures.map((each) => each.at));
	return { seen, acknowledged, failures, recoveryMs: lastFailure - killedAt };
}

describe('faults under load', () => {
	it('the database killed: only 503s meanwhile, back within 10 s, no acknowledged write lost', async () => {
		const { seen, acknowledged, failures, recoveryMs } = await killUnderLoad(stack.postgres);
		expect(seen.filter((each) => !each.ok)).toEqual([]);
		expect(
			seen.some(
				(each) => each.health === '{"status":"unavailable","postgrest":"ok","database":"down"}'
			)
		).toBe(true);
		expect(recoveryMs).toBeLessThan(RECOVERY_MS);
		expect(acknowledged.length).toBeGreaterThan(0);
		const stored = await withClient(stack.env.DATABASE_URL, async (db) =>
			(await db.query('select n from public.fault_writes')).rows.map((row) => row.n)
		);
		expect(acknowledged.filter((n) => !stored.includes(n))).toEqual([]);
		expect(failures.length).toBeLessThan(seen.length);
	});

	it('PostgREST killed: a 503 page, never an empty list, and /health says PostgREST is down', async () => {
		const { seen, recoveryMs } = await killUnderLoad(stack.postgrest);
		expect(seen.filter((each) => !each.ok)).toEqual([]);
		expect(seen.some((each) => each.kind === 'page' && each.status === 503)).toBe(true);
		expect(
			seen.some(
				(each) => each.health === '{"status":"unavailable","postgrest":"down","database":"unknown"}'
			)
		).toBe(true);
		expect(recoveryMs).toBeLessThan(RECOVERY_MS);
	});
});
