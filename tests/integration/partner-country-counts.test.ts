// The partners and projects the database keeps per country for the portal's map
// (supabase/migrations/20261213110000_partner_country_counts.sql): read by every role, written by
// none through the API, and after every change, also by two transactions at once, equal to the
// counts made from scratch from the tables.
//
// The file's partners are in Andorra, the Faroe Islands and Guernsey, countries no seed or other
// test uses, so that its checks of those countries are its own while other files run beside it.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');
const PREFIX = `pcc-${randomBytes(4).toString('hex')}`;
const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	platformAdmin: '0c000000-0000-4000-8000-000000000001'
};
const as = actingAs<keyof typeof USER>(stack, USER);
const WHO = ['anon', 'coordinator', 'platformAdmin'] as const;

const make = factories(PREFIX);
const ORG = {
	andorra: make.organisation({ kind: 'municipality', country: 'AD' }),
	escaldes: make.organisation({ country: 'AD' }),
	faroe: make.organisation({ kind: 'municipality', country: 'FO' })
};
/** Published: Andorra's and the Faroes' organisations, and a partner in Guernsey known by its country; the draft: both Andorran ones. */
const PROJECT = { published: make.project({ is_published: true }), draft: make.project() };
make.partner(PROJECT.published, ORG.andorra, 'lead_partner');
make.partner(PROJECT.published, ORG.faroe);
make.partner(PROJECT.draft, ORG.andorra, 'lead_partner');
make.partner(PROJECT.draft, ORG.escaldes);
const OURS = ['AD', 'FO', 'GG'];

const { db, peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: `
		insert into public.unnamed_partners (project_id, country) values ('${PROJECT.published}', 'GG');`,
	cleanUp: `
		delete from public.projects where slug like '${PREFIX}-%';
		delete from public.organisations where slug like '${PREFIX}-%';`,
	left: async () => expect(await ours()).toEqual([])
});

type Count = { country: string; partners: number; projects: number };

/** The file's countries as kept, read as anon through the API. */
async function ours(): Promise<Count[]> {
	const { data, error } = await as('anon')
		.from('partner_country_counts')
		.select('country, partners, projects')
		.in('country', OURS)
		.order('country');
	expect(error).toBeNull();
	return data as Count[];
}

/** Every country's counts as kept and as counted from the tables, in one statement (one snapshot). */
async function expectCountedFromScratch(): Promise<void> {
	const [{ kept, counted }] = await peek<{ kept: Count[] | null; counted: Count[] | null }>(`
		with partners as (
		  select o.country, pp.organisation_id as partner, pp.project_id
		  from public.project_partners as pp
		  join public.projects as p on p.id = pp.project_id
		  join public.organisations as o on o.id = pp.organisation_id
		  where p.is_published
		  union all
		  select u.country, u.id, u.project_id
		  from public.unnamed_partners as u join public.projects as p on p.id = u.project_id
		  where p.is_published
		),
		counted as (
		  select country, count(distinct partner)::int as partners, count(distinct project_id)::int as projects from partners group by country
		)
		select (select json_agg(k order by k.country) from (select country, partners, projects from public.partner_country_counts) as k) as kept,
		       (select json_agg(c order by c.country) from counted as c) as counted`);
	expect(kept).toEqual(counted);
}

const at = (country: string, partners: number, projects: number): Count => ({
	country,
	partners,
	projects
});

describe('the counts per country', () => {
	it.each(WHO)('as %s: readable, the same as the portal’s map', async (who) => {
		const { data, error } = await as(who)
			.from('partner_country_counts')
			.select('country, partners, projects')
			.in('country', OURS)
			.order('country');
		expect(error).toBeNull();
		expect(data).toEqual([at('AD', 1, 1), at('FO', 1, 1), at('GG', 1, 1)]);
		const map = await as(who).rpc('partner_countries');
		expect(map.error).toBeNull();
		expect((map.data as Count[]).filter((row) => OURS.includes(row.country))).toEqual(
			data!.map((row) => ({ ...row, towns: null }))
		);
	});

	it.each(WHO)('as %s: never written through the API', async (who) => {
		const client = as(who);
		expect(
			(
				await client
					.from('partner_country_counts')
					.insert({ country: 'SJ', partners: 1, projects: 1 })
			).error?.code
		).toBe('42501');
		expect(
			(await client.from('partner_country_counts').update({ partners: 99 }).eq('country', 'AD'))
				.error?.code
		).toBe('42501');
		expect(
			(await client.from('partner_country_counts').delete().eq('country', 'AD')).error?.code
		).toBe('42501');
		expect(await ours()).toEqual([at('AD', 1, 1), at('FO', 1, 1), at('GG', 1, 1)]);
	});

	it('follow publishing, partners added, moved and removed, and unpublishing', async () => {
		await expectCountedFromScratch();

		await peek(`update public.projects set is_published = true where id = $1`, [PROJECT.draft]);
		expect(await ours()).toEqual([at('AD', 2, 2), at('FO', 1, 1), at('GG', 1, 1)]);
		await expectCountedFromScratch();

		await peek(
			`insert into public.project_partners (project_id, organisation_id) values ($1, $2)`,
			[PROJECT.draft, ORG.faroe]
		);
		expect(await ours()).toEqual([at('AD', 2, 2), at('FO', 1, 2), at('GG', 1, 1)]);
		await expectCountedFromScratch();

		// An organisation moving country takes its partnerships along.
		await peek(`update public.organisations set country = 'FO' where id = $1`, [ORG.escaldes]);
		expect(await ours()).toEqual([at('AD', 1, 2), at('FO', 2, 2), at('GG', 1, 1)]);
		await expectCountedFromScratch();

		// So does a partner known only by its country.
		await peek(`update public.unnamed_partners set country = 'FO' where project_id = $1`, [
			PROJECT.published
		]);
		expect(await ours()).toEqual([at('AD', 1, 2), at('FO', 3, 2)]);
		await expectCountedFromScratch();

		await peek(`update public.projects set is_published = false where id = $1`, [
			PROJECT.published
		]);
		expect(await ours()).toEqual([at('AD', 1, 1), at('FO', 2, 1)]);
		await expectCountedFromScratch();

		// Several statements in one transaction.
		await peek(`begin;
			delete from public.project_partners where project_id = '${PROJECT.draft}' and organisation_id = '${ORG.faroe}';
			update public.projects set is_published = true where id = '${PROJECT.published}';
			commit;`);
		expect(await ours()).toEqual([at('AD', 1, 2), at('FO', 3, 2)]);
		await expectCountedFromScratch();

		await peek(`delete from public.unnamed_partners where project_id = $1`, [PROJECT.published]);
		await peek(`delete from public.projects where id = $1`, [PROJECT.draft]);
		expect(await ours()).toEqual([at('AD', 1, 1), at('FO', 1, 1)]);
		await expectCountedFromScratch();
	});
});

describe('two writers at once', () => {
	const first = new pg.Client({ connectionString: stack.DATABASE_URL });
	const second = new pg.Client({ connectionString: stack.DATABASE_URL });
	beforeAll(async () => {
		await first.connect();
		await second.connect();
	});
	afterAll(async () => {
		await first.end();
		await second.end();
	});

	/** Runs `before` in a transaction left open, then `during` in another, then commits the first. */
	async function overlapping(before: string, during: string): Promise<void> {
		await first.query('begin');
		await first.query(before);
		const running = second.query(`begin; ${during}; commit;`);
		// Long enough for the second to reach whatever it waits for.
		await new Promise((resolve) => setTimeout(resolve, 300));
		await first.query('commit');
		await running;
	}

	it('a partner added while its organisation moves country is counted where it moved', async () => {
		await db.query(`update public.organisations set country = 'AD' where id = $1`, [ORG.escaldes]);
		await overlapping(
			`update public.organisations set country = 'GG' where id = '${ORG.escaldes}'`,
			`insert into public.project_partners (project_id, organisation_id) values ('${PROJECT.published}', '${ORG.escaldes}')`
		);
		expect((await ours()).find((row) => row.country === 'GG')).toEqual(at('GG', 1, 1));
		await expectCountedFromScratch();
	});

	it('a partner added to a draft while it is published is counted', async () => {
		const draft = randomUUID();
		await db.query(
			`insert into public.projects (id, slug, title) values ($1, $2, '{"en": {"text": "Late draft (test)", "status": "original"}}')`,
			[draft, `${PREFIX}-late`]
		);
		await overlapping(
			`insert into public.project_partners (project_id, organisation_id) values ('${draft}', '${ORG.faroe}')`,
			`update public.projects set is_published = true where id = '${draft}'`
		);
		expect((await ours()).find((row) => row.country === 'FO')).toEqual(at('FO', 1, 2));
		await expectCountedFromScratch();
	});
});
