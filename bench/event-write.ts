// What creating an event costs the database at the size of a real network: the writes the event
// editor makes when a coordinator starts an event for a project and adds ten sessions to its agenda
// (`create_event`, then ten inserts into `event_sessions`), each sent through PostgREST as the
// coordinator, with a form key (Idempotency-Key) as the portal's forms send them. The network is the
// generated one at 10,000 projects (bench/dataset.ts).
//
// Database time is what PostgreSQL itself counts, from pg_stat_statements: the planning and execution time of
// every statement PostgREST ran for these writes (its per-request settings, the insert or call, and
// their triggers and policies), summed per event. The extension is loaded into the throw-away
// stack's server for this bench only (it needs a restart). The budget: under 50 ms per event.
//   npm run bench   (or: node bench/event-write.ts)
import { randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { mintUserJwt } from '../src/lib/server/jwt.ts';
import { startTestStack } from '../tests/support/stack.ts';
import { grow, size } from './dataset.ts';

const PROJECTS = 10_000;
const EVENTS = 20;
const SESSIONS = 10;
const BUDGET_MS = 50;
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
// The coordinator's own organisation, a partner of Young NEETs: the host.
const HOST = '0a000000-0000-4000-8000-000000000002';

const stack = await startTestStack({ notice: () => {} });
const connect = async () => {
	const client = new pg.Client({ connectionString: stack.superuserUrl });
	// The stack stopping (or restarting, below) ends the connection too: not an error.
	client.on('error', () => {});
	await client.connect();
	return client;
};
let db = await connect();
try {
	await grow(db, PROJECTS);
	console.log(
		`\n${PROJECTS.toLocaleString('en')} projects: ${Object.entries(await size(db))
			.map(([what, n]) => `${n.toLocaleString('en')} ${what}`)
			.join(', ')}`
	);
	db = await withStatementStatistics(db);

	/** The client of one form: its own key, as `once()` sends it. */
	const form = () =>
		createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_ANON_KEY, {
			accessToken: async () => mintUserJwt(COORDINATOR, stack.env.SUPABASE_JWT_SECRET),
			auth: { persistSession: false },
			global: { headers: { 'Idempotency-Key': randomUUID() } }
		});
	// PostgREST's schema cache and plans warmed by a first event, not counted.
	await createEvent('warm-up');

	const database: number[] = [];
	const wall: number[] = [];
	await db.query('select extensions.pg_stat_statements_reset()');
	let counted = 0;
	for (let i = 0; i < EVENTS; i++) {
		const start = performance.now();
		await createEvent(String(i));
		wall.push(performance.now() - start);
		const total = (await statements())
			.filter((row) => row.toplevel)
			.reduce((sum, row) => sum + row.ms, 0);
		database.push(total - counted);
		counted = total;
	}
	const median = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	console.log(
		`\nCreating an event with ${SESSIONS} sessions as its project's coordinator, through PostgREST (${EVENTS} events)\n`
	);
	console.log(
		`  database time: median ${median(database).toFixed(1)} ms, worst ${Math.max(...database).toFixed(1)} ms (budget ${BUDGET_MS} ms)`
	);
	console.log(`  end to end (11 requests one after another): median ${median(wall).toFixed(1)} ms`);
	console.log('  per event, the dearest statements (> within a function or trigger):');
	for (const row of (await statements()).slice(0, 8)) {
		const query = row.query.replace(/\s+/g, ' ').trim().slice(0, 90);
		console.log(
			`    ${(row.ms / EVENTS).toFixed(2).padStart(6)} ms in ${String(row.calls / EVENTS).padStart(4)} × ${row.toplevel ? '' : '> '}${query}`
		);
	}
	console.log(median(database) < BUDGET_MS ? '\nWithin the budget.' : '\nOver budget.');

	/**
	 * What the requests' statements have cost since the reset, dearest first: those PostgREST ran as
	 * the signed-in role (its own reading of the schema, as `authenticator`, is not a write), and
	 * the statements within them (in functions that run as their owner too).
	 */
	async function statements(): Promise<
		Array<{ ms: number; calls: number; query: string; toplevel: boolean }>
	> {
		const { rows } = await db.query(
			`select (total_exec_time + total_plan_time)::float as ms, calls::int, query, toplevel from extensions.pg_stat_statements
			 where userid = 'authenticated'::regrole or (not toplevel and userid <> (select oid from pg_roles where rolname = current_user))
			 order by 1 desc`
		);
		return rows;
	}

	async function createEvent(name: string) {
		const slug = `bench-event-${name}`;
		const { data: id, error } = await form().rpc('create_event', {
			project: YOUNG_NEETS,
			slug,
			kind: 'partner_meeting',
			title: { en: { text: `Bench meeting ${name}`, status: 'original' } },
			host_organisation: HOST,
			time_zone: 'Europe/Riga',
			starts_local: '2031-03-09T09:00',
			ends_local: '2031-03-10T17:00'
		});
		if (error) throw new Error(`create_event: ${JSON.stringify(error)}`);
		for (let k = 0; k < SESSIONS; k++) {
			// Five a day on both days, 75 minutes each, 90 minutes apart (local times: the arithmetic in UTC).
			const starts = Date.UTC(2031, 2, 9 + Math.floor(k / 5), 9) + (k % 5) * 90 * 60_000;
			const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
			const { error: refused } = await form()
				.from('event_sessions')
				.insert({
					event_id: id,
					starts_local: local(starts),
					ends_local: local(starts + 75 * 60_000),
					title: { en: { text: `Session ${k + 1}`, status: 'original' } },
					kind: 'session',
					position: k
				});
			if (refused) throw new Error(`session: ${JSON.stringify(refused)}`);
		}
	}
} finally {
	await db.end();
	await stack.dispose();
}

/**
 * Loads pg_stat_statements into the stack's server: set in its configuration, then the server
 * stopped (fast shutdown) for the stack's supervisor to start it again; returns a new connection.
 */
async function withStatementStatistics(client: pg.Client): Promise<pg.Client> {
	await client.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
	await client.query(`alter system set pg_stat_statements.track_planning = on`);
	// The statements of functions and triggers too, for the breakdown (the sums take the top level only).
	await client.query(`alter system set pg_stat_statements.track = 'all'`);
	await client.end();
	const before = stack.postgres.pid;
	process.kill(before, 'SIGINT');
	for (let tries = 0; ; tries++) {
		try {
			if (stack.postgres.pid === before) throw new Error('not restarted yet');
			const next = await connect();
			await next.query('create extension if not exists pg_stat_statements with schema extensions');
			// PostgREST finds the server again on its own; a first request through it waits for that.
			await waitForApi();
			return next;
		} catch (error) {
			if (tries > 100) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
}

async function waitForApi() {
	const response = await fetch(`${stack.env.SUPABASE_URL}/rest/v1/events?select=id&limit=1`, {
		headers: { apikey: stack.env.SUPABASE_ANON_KEY }
	});
	if (response.status !== 200) throw new Error(`PostgREST answers ${response.status}`);
}
