// How the project list's cost grows with the data: the same page (first page, a search, a country
// filter) read through the real API with 100 and with 10,000 projects, in one run on one machine.
// Prints the ratios; the budget (docs: QUALITY) is that cost stays flat, at most 1.5×.
//   npm run bench
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { startTestStack } from '../tests/support/stack.ts';

const LIST =
	'id, slug, acronym, title, summary, programme, status, start_date, end_date, dates_precision, is_published, partners:project_partners(role, organisation:organisations!inner(id, slug, name, country)), unnamed_partners(country, role)';
const ROUNDS = 60;

const stack = await startTestStack();
try {
	const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
	// The stack stopping at the end ends this connection too: not an error.
	db.on('error', () => {});
	await db.connect();
	const api = createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_ANON_KEY, {
		auth: { persistSession: false }
	});

	/** Published projects, each with two partners, until there are `total`. */
	async function grow(total: number) {
		await db.query(
			`insert into public.projects (slug, title, summary, programme, status, start_date, end_date, is_published)
			 select 'bench-' || n, jsonb_build_object('en', jsonb_build_object('text', 'Benchmark project ' || n, 'status', 'original')),
			        jsonb_build_object('lv', jsonb_build_object('text', 'Sadarbība starp pilsētām numur ' || n, 'status', 'original')),
			        (array['europe_for_citizens', 'erasmus_plus_ka1', 'cerv'])[1 + n % 3], 'closed',
			        make_date((2000 + n % 25)::int, 1, 1), make_date((2001 + n % 25)::int, 12, 31), true
			 from generate_series((select count(*)::int from public.projects where slug like 'bench-%') + 1, $1::int - 5) as n`,
			[total]
		);
		await db.query(
			`insert into public.project_partners (project_id, organisation_id)
			 select p.id, o.id from public.projects as p
			 cross join lateral (select id from public.organisations order by md5(p.slug || id::text) limit 2) as o
			 where p.slug like 'bench-%' on conflict do nothing`
		);
		await db.query('analyze');
	}

	const requests = {
		'first page': () => api.rpc('search_projects', {}).select(LIST).range(0, 19),
		'count (capped)': () => api.rpc('count_projects', { cap: 1000 }),
		'search "cilveki"': () =>
			api.rpc('search_projects', { query: 'cilveki' }).select(LIST).range(0, 19),
		'country LV': () => api.rpc('search_projects', { country: 'LV' }).select(LIST).range(0, 19),
		'filter choices': () => api.rpc('project_filter_choices')
	};

	/** Median milliseconds of each request, after a warm-up. */
	async function measure() {
		const medians: Record<string, number> = {};
		for (const [name, request] of Object.entries(requests)) {
			for (let i = 0; i < 5; i++) await request();
			const times: number[] = [];
			for (let i = 0; i < ROUNDS; i++) {
				const start = performance.now();
				const answer = await request();
				if (answer.error) throw new Error(`${name}: ${answer.error.message}`);
				times.push(performance.now() - start);
			}
			medians[name] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
		}
		return medians;
	}

	await grow(100);
	const small = await measure();
	await grow(10_000);
	const large = await measure();
	await db.end();

	console.log('\nProject list, median of %d requests: 100 → 10,000 projects\n', ROUNDS);
	let over = false;
	for (const name of Object.keys(requests)) {
		const ratio = large[name] / small[name];
		over ||= ratio > 1.5;
		console.log(
			`  ${name.padEnd(22)} ${small[name].toFixed(1).padStart(7)} ms → ${large[name].toFixed(1).padStart(7)} ms   ×${ratio.toFixed(2)}${ratio > 1.5 ? '  (over the 1.5× budget)' : ''}`
		);
	}
	console.log(
		over
			? '\nSome requests grow faster than the budget allows.'
			: '\nWithin the budget: cost stays flat.'
	);
} finally {
	await stack.dispose();
}
