// Finding projects in the database: accent-free search over every language, filters, counts and
// pages, each as the reader may see (row level security runs inside the search).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';

const stack = inject('stack');
const USER = { coordinator: '0c000000-0000-4000-8000-000000000002', lesznoEditor: '0c000000-0000-4000-8000-000000000004' };
const as = actingAs<keyof typeof USER>(stack, USER);
const DRAFT = 'search-test-draft';
let db: pg.Client;

beforeAll(async () => {
	db = new pg.Client({ connectionString: stack.DATABASE_URL });
	await db.connect();
	// A draft of the Daugavpils council's, with a Greek title: only its partnership finds it.
	await db.query(`insert into public.projects (slug, title) values ($1, '{"el": {"text": "Εθελοντές της πόλης", "status": "original"}}')`, [DRAFT]);
	await db.query(
		`insert into public.project_partners (project_id, organisation_id) select id, '0a000000-0000-4000-8000-000000000001' from public.projects where slug = $1`,
		[DRAFT]
	);
	await db.query(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, $2, '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = $1`,
		[DRAFT, USER.coordinator]
	);
});

afterAll(async () => {
	await db.query(`delete from public.projects where slug = $1`, [DRAFT]);
	await db.end();
});

async function slugs(who: 'anon' | keyof typeof USER, filters: Record<string, unknown>): Promise<string[]> {
	const answer = await as(who).rpc('search_projects', filters).select('slug');
	expect(answer.error).toBeNull();
	return (answer.data as Array<{ slug: string }>).map((p) => p.slug).sort();
}

describe('search_projects', () => {
	it('ignores accents and case, in every language of the title and summary', async () => {
		expect(await slugs('anon', { query: 'cilveki' })).toEqual(['hop']);
		expect(await slugs('anon', { query: 'CILVĒKI' })).toEqual(['hop']);
		// The English translation is searched too.
		expect(await slugs('anon', { query: 'open your hearts' })).toEqual(['hop']);
		// Greek: without its accent, as a Greek keyboard user might type it; found by the partnership only.
		expect(await slugs('anon', { query: 'εθελοντες' })).toEqual([]);
		expect(await slugs('coordinator', { query: 'εθελοντες' })).toEqual([DRAFT]);
		expect(await slugs('lesznoEditor', { query: 'εθελοντες' })).toEqual([]);
	});

	it('filters by programme, status, year, country (unnamed partners too) and organisation', async () => {
		expect(await slugs('anon', { programme: 'europe_for_citizens' })).toEqual(['hop', 'solid', 'wir']);
		expect(await slugs('anon', { country: 'MT' })).toEqual(['young-neets']);
		expect(await slugs('anon', { organisation: 'comune-di-faenza' })).toEqual(['young-neets']);
		expect(await slugs('anon', { year: 2017 })).toEqual(['wir']);
		expect(await slugs('anon', { year: 2017, country: 'LV', programme: 'cerv' })).toEqual([]);
	});

	it('counts and pages the answer: the newest first', async () => {
		const first = await as('anon').rpc('search_projects', {}, { count: 'exact' }).select('slug').range(0, 1);
		const second = await as('anon').rpc('search_projects', {}, { count: 'exact' }).select('slug').range(2, 3);
		const all = await as('anon').rpc('search_projects', {}).select('slug, start_date');
		expect(first.count).toBe((all.data as unknown[]).length);
		expect([...(first.data as Array<{ slug: string }>), ...(second.data as Array<{ slug: string }>)].map((p) => p.slug)).toEqual(
			(all.data as Array<{ slug: string }>).slice(0, 4).map((p) => p.slug)
		);
		const dates = (all.data as Array<{ start_date: string | null }>).map((p) => p.start_date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('counts matches up to a cap: one more than the cap means "more than"', async () => {
		const all = (await as('anon').rpc('search_projects', {}).select('slug')).data as unknown[];
		expect((await as('anon').rpc('count_projects', {})).data).toBe(all.length);
		expect((await as('anon').rpc('count_projects', { cap: 2 })).data).toBe(3);
		expect((await as('anon').rpc('count_projects', { query: 'cilveki', cap: 2 })).data).toBe(1);
		// Drafts count for their partnership only.
		expect((await as('coordinator').rpc('count_projects', { query: 'εθελοντες' })).data).toBe(1);
		expect((await as('anon').rpc('count_projects', { query: 'εθελοντες' })).data).toBe(0);
	});

	it('offers as filter choices only what the reader may see', async () => {
		const anon = (await as('anon').rpc('project_filter_choices')).data as { countries: string[]; organisations: Array<{ slug: string }> };
		expect(anon.countries).toEqual(expect.arrayContaining(['LV', 'IT', 'MT']));
		expect(anon.organisations.map((o) => o.slug)).toContain('comune-di-faenza');
	});
});
