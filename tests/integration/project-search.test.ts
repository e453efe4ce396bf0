// Finding projects in the database: accent-free search over every language, filters, counts and
// pages, each as the reader may see (row level security runs inside the search).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';

const stack = inject('stack');
const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	lesznoEditor: '0c000000-0000-4000-8000-000000000004'
};
const as = actingAs<keyof typeof USER>(stack, USER);
const DRAFT = 'search-test-draft';
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
// A draft of the Daugavpils council's, with a Greek title: only its partnership finds it.
const make = factories(DRAFT);
const project = make.project({
	slug: DRAFT,
	title: { el: { text: 'Εθελοντές της πόλης', status: 'original' } }
});
make.partner(project, DAUGAVPILS);
make.projectMember(project, USER.coordinator, DAUGAVPILS, 'coordinator');
let db: pg.Client;

beforeAll(async () => {
	db = new pg.Client({ connectionString: stack.DATABASE_URL });
	await db.connect();
	await make.insert(db);
});

afterAll(async () => {
	await db.query(`delete from public.projects where slug = $1`, [DRAFT]);
	await db.end();
});

async function slugs(
	who: 'anon' | keyof typeof USER,
	filters: Record<string, unknown>
): Promise<string[]> {
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
		expect(await slugs('anon', { programme: 'europe_for_citizens' })).toEqual([
			'hop',
			'solid',
			'wir'
		]);
		expect(await slugs('anon', { country: 'MT' })).toEqual(['young-neets']);
		// Faenza is a partner of the fictional demo project too.
		expect(await slugs('anon', { organisation: 'comune-di-faenza' })).toEqual([
			'demo-project',
			'young-neets'
		]);
		expect(await slugs('anon', { year: 2017 })).toEqual(['wir']);
		expect(await slugs('anon', { year: 2017, country: 'LV', programme: 'cerv' })).toEqual([]);
	});

	it('counts and pages the answer: the newest first', async () => {
		const first = await as('anon')
			.rpc('search_projects', {}, { count: 'exact' })
			.select('slug')
			.range(0, 1);
		const second = await as('anon')
			.rpc('search_projects', {}, { count: 'exact' })
			.select('slug')
			.range(2, 3);
		const all = await as('anon').rpc('search_projects', {}).select('slug, start_date');
		expect(first.count).toBe((all.data as unknown[]).length);
		expect(
			[...(first.data as Array<{ slug: string }>), ...(second.data as Array<{ slug: string }>)].map(
				(p) => p.slug
			)
		).toEqual((all.data as Array<{ slug: string }>).slice(0, 4).map((p) => p.slug));
		const dates = (all.data as Array<{ start_date: string | null }>).map((p) => p.start_date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('cuts a page inside the search, before partners are read: every project once, in order, for each reader', async () => {
		for (const who of ['anon', 'coordinator', 'lesznoEditor'] as const) {
			const all = (
				(await as(who).rpc('search_projects', {}).select('slug')).data as Array<{ slug: string }>
			).map((p) => p.slug);
			const paged: string[] = [];
			for (let skip = 0; skip <= all.length; skip += 2) {
				const page = await as(who)
					.rpc('search_projects', { skip, take: 2 })
					.select('slug, partners:project_partners(role)');
				expect(page.error).toBeNull();
				const rows = page.data as Array<{ slug: string }>;
				expect(rows.length).toBeLessThanOrEqual(2);
				paged.push(...rows.map((p) => p.slug));
			}
			expect(paged).toEqual(all);
		}
		// The coordinator's draft is in their pages only.
		const drafts = async (who: 'anon' | 'coordinator') =>
			(
				(await as(who).rpc('search_projects', { skip: 0, take: 100 }).select('slug'))
					.data as Array<{ slug: string }>
			).filter((p) => p.slug === DRAFT).length;
		expect([await drafts('anon'), await drafts('coordinator')]).toEqual([0, 1]);
		// A skip below zero is the first page.
		const first = await as('anon').rpc('search_projects', { skip: -5, take: 2 }).select('slug');
		expect(first.data).toEqual(
			(await as('anon').rpc('search_projects', { skip: 0, take: 2 }).select('slug')).data
		);
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
		type Choices = { first_year: number | null; last_year: number | null; countries: string[] };
		const choices = async (who: 'anon' | keyof typeof USER) =>
			(await as(who).rpc('project_filter_choices')).data as Choices;
		const published = (
			await db.query(`select p.start_date, p.end_date from public.projects p where p.is_published`)
		).rows as Array<{ start_date: Date | null; end_date: Date | null }>;
		const years = published
			.flatMap((p) => [p.start_date, p.end_date ?? p.start_date])
			.filter((d): d is Date => d !== null)
			.map((d) => d.getFullYear());
		const anon = await choices('anon');
		expect(anon).toEqual({
			first_year: Math.min(...years),
			last_year: Math.max(...years),
			countries: expect.arrayContaining(['LV', 'IT', 'MT'])
		});
		expect(anon.countries).toEqual([...anon.countries].sort());

		// The draft's own country and years: offered to its partnership only.
		await db.query(
			`update public.projects set start_date = '1991-05-01', end_date = '2099-06-30' where slug = $1`,
			[DRAFT]
		);
		await db.query(
			`insert into public.unnamed_partners (project_id, country) select id, 'LI' from public.projects where slug = $1`,
			[DRAFT]
		);
		try {
			expect(await choices('anon')).toEqual(anon);
			expect(await choices('lesznoEditor')).toEqual(anon);
			const partnership = await choices('coordinator');
			expect(partnership).toEqual({
				first_year: 1991,
				last_year: 2099,
				countries: [...anon.countries, 'LI'].sort()
			});
		} finally {
			await db.query(
				`update public.projects set start_date = null, end_date = null where slug = $1`,
				[DRAFT]
			);
			await db.query(
				`delete from public.unnamed_partners where country = 'LI' and project_id = (select id from public.projects where slug = $1)`,
				[DRAFT]
			);
		}
	});

	it('keeps the countries offered as projects are published, partnered and taken back', async () => {
		const countries = async () =>
			((await as('anon').rpc('project_filter_choices')).data as { countries: string[] }).countries;
		// Liechtenstein: no organisation or partner of the seed's is there.
		expect(await countries()).not.toContain('LI');
		await db.query(
			`insert into public.organisations (slug, name, kind, country) values ('search-test-vaduz', 'Gemeinde Vaduz (test)', 'municipality', 'LI')`
		);
		try {
			await db.query(
				`insert into public.project_partners (project_id, organisation_id) select p.id, o.id from public.projects p, public.organisations o where p.slug = $1 and o.slug = 'search-test-vaduz'`,
				[DRAFT]
			);
			// A partner in a draft: not yet.
			expect(await countries()).not.toContain('LI');
			await db.query(`update public.projects set is_published = true where slug = $1`, [DRAFT]);
			expect(await countries()).toContain('LI');
			// The organisation moves: its old country goes, its new one comes.
			await db.query(
				`update public.organisations set country = 'SM' where slug = 'search-test-vaduz'`
			);
			expect(await countries()).toEqual(expect.arrayContaining(['SM']));
			expect(await countries()).not.toContain('LI');
			await db.query(`update public.projects set is_published = false where slug = $1`, [DRAFT]);
			expect(await countries()).not.toContain('SM');
			await db.query(`update public.projects set is_published = true where slug = $1`, [DRAFT]);
			await db.query(
				`delete from public.project_partners where organisation_id = (select id from public.organisations where slug = 'search-test-vaduz')`
			);
			expect(await countries()).not.toContain('SM');
		} finally {
			await db.query(`update public.projects set is_published = false where slug = $1`, [DRAFT]);
			await db.query(
				`delete from public.project_partners where organisation_id = (select id from public.organisations where slug = 'search-test-vaduz')`
			);
			await db.query(`delete from public.organisations where slug = 'search-test-vaduz'`);
		}
	});
});

describe('project_partner_choices', () => {
	async function named(who: 'anon' | keyof typeof USER, typed: string): Promise<string[]> {
		const answer = await as(who)
			.rpc('project_partner_choices', { typed })
			.select('slug, name, name_lang, names:organisation_name_translations(locale, name)');
		expect(answer.error).toBeNull();
		return (answer.data as Array<{ slug: string }>).map((o) => o.slug);
	}

	it('finds partners by any part of their own name or a translation of it, without case or accents', async () => {
		expect(await named('anon', 'faenza')).toEqual(['comune-di-faenza']);
		expect(await named('anon', 'COMUNE DI   FAENZA')).toEqual(['comune-di-faenza']);
		expect(await named('anon', 'daugavpils')).toEqual(
			expect.arrayContaining(['daugavpils-city-council'])
		);
		// What was typed is text, not a pattern.
		expect(await named('anon', '%')).toEqual([]);
		expect(await named('anon', 'faen_a')).toEqual([]);
		expect(await named('anon', '')).toEqual([]);
		expect(await named('anon', 'no such name at all')).toEqual([]);
	});

	it('offers an organisation only where it takes part in a project the reader may see', async () => {
		await db.query(
			`insert into public.organisations (slug, name, kind, country, name_lang) values ('search-test-hidden', 'Stadtgemeinde Verborgen (test)', 'municipality', 'AT', 'de')`
		);
		await db.query(
			`insert into public.organisation_name_translations (organisation_id, locale, name) select id, 'lv', 'Slēptā pašvaldība (tests)' from public.organisations where slug = 'search-test-hidden'`
		);
		try {
			// In no project: offered to nobody.
			expect(await named('coordinator', 'verborgen')).toEqual([]);
			await db.query(
				`insert into public.project_partners (project_id, organisation_id) select p.id, o.id from public.projects p, public.organisations o where p.slug = $1 and o.slug = 'search-test-hidden'`,
				[DRAFT]
			);
			// A partner in a draft only: its partnership finds it, by its own name or its Latvian one.
			for (const typed of ['verborgen', 'slepta pasvaldiba']) {
				expect(await named('anon', typed)).toEqual([]);
				expect(await named('lesznoEditor', typed)).toEqual([]);
				expect(await named('coordinator', typed)).toEqual(['search-test-hidden']);
			}
		} finally {
			await db.query(
				`delete from public.project_partners where organisation_id = (select id from public.organisations where slug = 'search-test-hidden')`
			);
			await db.query(`delete from public.organisations where slug = 'search-test-hidden'`);
		}
	});
});
