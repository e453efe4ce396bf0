// The sitemap's queries at 10,000 projects, as anon: the index of pages (and each kind's share of
// it) and one page deep in each list, planned and timed by PostgreSQL.
//   npm exec -- node bench/sitemap.ts
import pg from 'pg';
import { startTestStack } from '../tests/support/stack.ts';
import { grow } from './dataset.ts';

const stack = await startTestStack();
try {
	const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
	db.on('error', () => {});
	await db.connect();
	const started = Date.now();
	await grow(db, 10_000);
	await db.query('analyze');
	console.log(`grown in ${Date.now() - started} ms`);
	const counts = await db.query(
		`select (select count(*) from public.projects) p, (select count(*) from public.events) e, (select count(*) from public.practices) pr, (select count(*) from public.organisations) o`
	);
	console.log(counts.rows[0]);
	const deep = (
		await db.query(`select slug from public.projects order by slug offset 9000 limit 1`)
	).rows[0].slug;
	const deepEvent = (
		await db.query(`select slug from public.events order by slug offset 9000 limit 1`)
	).rows[0].slug;
	const deepPractice = (
		await db.query(`select slug from public.practices order by slug offset 18000 limit 1`)
	).rows[0].slug;
	const plans = {
		index: `select * from public.sitemap_pages(50)`,
		projects: `select slug, updated_at from public.projects where slug >= '${deep}' and is_published order by slug limit 50`,
		events: `select slug, updated_at from public.events where slug >= '${deepEvent}' and visibility = 'public' order by slug limit 50`,
		practices: `select p.slug, p.updated_at, (select json_agg(pub.locale) from public.practice_publications pub where pub.practice_id = p.id) from public.practices p where p.slug >= '${deepPractice}' and exists (select 1 from public.practice_publications pub where pub.practice_id = p.id) order by p.slug limit 50`
	};
	for (const [name, query] of Object.entries(plans)) {
		await db.query('begin');
		await db.query(`set local role anon`);
		const plan = (await db.query(`explain (analyze, buffers) ${query}`)).rows.map(
			(r) => r['QUERY PLAN']
		);
		await db.query('rollback');
		console.log(`\n== ${name}\n${plan.join('\n')}`);
	}
	// What each kind costs the index: its rows read as anon, numbered in slug order.
	const kinds = {
		projects: `select slug, updated_at from public.projects where is_published`,
		events: `select slug, updated_at from public.events where visibility = 'public'`,
		practices: `select slug, updated_at from public.practices as p where exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)`,
		collections: `select slug, updated_at from public.collections where visibility = 'public'`,
		organisations: `select slug, updated_at from public.organisations`
	};
	for (const [name, query] of Object.entries(kinds)) {
		await db.query('begin');
		await db.query(`set local role anon`);
		const plan = (
			await db.query(
				`explain (analyze) select min(slug), max(updated_at) from (select slug, updated_at, (row_number() over (order by slug) - 1) / 50 as page from (${query}) as listed) as paged group by page`
			)
		).rows.map((r) => r['QUERY PLAN']);
		await db.query('rollback');
		console.log(`\n== index: ${name}\n${plan.join('\n')}`);
	}
	await db.end();
} finally {
	await stack.stop();
}
