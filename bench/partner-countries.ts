// What public.partner_countries costs the maps at 100 and at 10,000 projects (bench/dataset.ts):
// PostgreSQL's own time for the portal's map and for an organisation's network, as anon, the
// median of 15 runs, with the plan of the portal's at the large size.
//   npm exec -- node bench/partner-countries.ts
import pg from 'pg';
import { startTestStack } from '../tests/support/stack.ts';
import { grow } from './dataset.ts';

const RUNS = 15;
const stack = await startTestStack();
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
db.on('error', () => {});
await db.connect();

/** The median execution time, in ms, of `call` as anon, from EXPLAIN ANALYZE. */
async function median(call: string): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await db.query('begin; set local role anon');
		const { rows } = await db.query(`explain (analyze, format json) select * from ${call}`);
		await db.query('rollback');
		times.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
	}
	return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

try {
	for (const projects of [100, 10_000]) {
		await grow(db, projects);
		const [{ id }] = (await db.query(`select id from public.organisations where slug = 'gen-org-10'`)).rows;
		const portal = await median('public.partner_countries()');
		const network = await median(`public.partner_countries('${id}')`);
		console.log(`${projects.toLocaleString('en')} projects: the portal's map ${portal.toFixed(1)} ms, gen-org-10's network ${network.toFixed(1)} ms`);
	}
} finally {
	await db.end();
	await stack.stop();
}
