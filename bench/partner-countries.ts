// What public.partner_countries costs the maps at 100 and at 10,000 projects (bench/dataset.ts):
// PostgreSQL's own time for the portal's map and for an organisation's network, as anon, the
// median of 15 runs; and what keeping the portal's counts adds to a write (publishing a project
// or taking it back, which recounts its partners' countries), rolled back each time.
//   npm exec -- node bench/partner-countries.ts
import pg from 'pg';
import { startTestStack } from '../tests/support/stack.ts';
import { grow } from './dataset.ts';

const RUNS = 15;
const stack = await startTestStack();
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
db.on('error', () => {});
await db.connect();

/** The median execution time, in ms, of `statement` (as anon unless told), from EXPLAIN ANALYZE, triggers included. */
async function median(statement: string, role = 'anon'): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await db.query(`begin; set local role ${role}`);
		const { rows } = await db.query(`explain (analyze, format json) ${statement}`);
		await db.query('rollback');
		times.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
	}
	return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

try {
	for (const projects of [100, 10_000]) {
		await grow(db, projects);
		const [{ id }] = (
			await db.query(`select id from public.organisations where slug = 'gen-org-10'`)
		).rows;
		const portal = await median('select * from public.partner_countries()');
		const network = await median(`select * from public.partner_countries('${id}')`);
		const publishing = await median(
			`update public.projects set is_published = not is_published where slug = 'gen-10'`,
			'postgres'
		);
		console.log(
			`${projects.toLocaleString('en')} projects: the portal's map ${portal.toFixed(1)} ms, gen-org-10's network ${network.toFixed(1)} ms, ` +
				`publishing a project ${publishing.toFixed(1)} ms`
		);
	}
} finally {
	await db.end();
	await stack.stop();
}
