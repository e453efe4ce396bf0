// An organisation's network overview (supabase/migrations/20261122170500_network_overview.sql),
// as each role through the real PostgREST: which projects it counts, and that its sums are the
// sums of the budget and payment rows those readers may read (expected values computed here in
// SQL, as `postgres`, over the projects each reader may see).
//
// The file works on organisations, people and projects of its own, named with a random tag, and
// removes them afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import { actingAs } from './acting-as.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `ov-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** The organisation whose overview is read, in Latvia. */
	home: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	italy: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' }),
	poland: make.organisation({ city: 'Leszno', country: 'PL' }),
	/** A second Polish partner: Poland counts two organisations. */
	poland2: make.organisation({ kind: 'municipality', city: 'Toruń', country: 'PL' })
};
const USER = {
	/** A member of the home organisation and coordinator of its draft project D. */
	coordinator: make.person({ adminOf: ORG.home }),
	/** A member of the home organisation with no role in D: row level security shows them no draft. */
	member: make.person({ memberOf: ORG.home }),
	/** A member of the Italian partner, in no project of its own. */
	outsider: make.person({ memberOf: ORG.italy }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = {
	/** CERV, 2024: home leads; Italy and Poland partners, and a partner in Malta known only by country. */
	a: make.project({
		slug: slug('a'),
		is_published: true,
		programme: 'cerv',
		start_date: '2024-03-01',
		end_date: '2025-12-31',
		status: 'running'
	}),
	/** Europe for Citizens, 2018: Poland (the second organisation) leads, home and Italy partners. */
	b: make.project({
		slug: slug('b'),
		is_published: true,
		programme: 'europe_for_citizens',
		start_date: '2018-01-01',
		end_date: '2019-06-30',
		status: 'settled'
	}),
	/** No programme or dates recorded: home and a partner in Malta known only by country. */
	c: make.project({ slug: slug('c'), is_published: true, status: 'planned' }),
	/** A draft, CERV, 2025: home leads, Poland partner. */
	d: make.project({
		slug: slug('d'),
		programme: 'cerv',
		start_date: '2025-02-01',
		end_date: '2026-01-31',
		status: 'planned'
	}),
	/** Italy's alone: not in home's overview. */
	e: make.project({
		is_published: true,
		programme: 'cerv',
		start_date: '2024-01-01',
		end_date: '2024-12-31',
		status: 'closed'
	})
};
make.partner(PROJECT.a, ORG.home, 'lead_partner');
make.partner(PROJECT.a, ORG.italy);
make.partner(PROJECT.a, ORG.poland);
make.partner(PROJECT.b, ORG.poland2, 'lead_partner');
make.partner(PROJECT.b, ORG.home);
make.partner(PROJECT.b, ORG.italy);
make.partner(PROJECT.c, ORG.home);
make.partner(PROJECT.d, ORG.home, 'lead_partner');
make.partner(PROJECT.d, ORG.poland);
make.partner(PROJECT.e, ORG.italy, 'lead_partner');
make.projectMember(PROJECT.d, USER.coordinator, ORG.home, 'coordinator');

const FIXTURES = `
insert into public.unnamed_partners (project_id, country) values
  ('${PROJECT.a}', 'MT'), ('${PROJECT.c}', 'MT');
insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents) values
  ('${PROJECT.a}', '${ORG.home}', 1000050, 800000, 200050),
  ('${PROJECT.a}', '${ORG.italy}', 500000, 400000, 100000),
  ('${PROJECT.b}', '${ORG.home}', 300000, 200000, 90000),
  ('${PROJECT.d}', '${ORG.home}', 700000, 700000, 0),
  ('${PROJECT.e}', '${ORG.italy}', 999900, 999900, 0);
insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents) values
  ('${PROJECT.a}', '${ORG.home}', 'pre_financing', 2024, 300000),
  ('${PROJECT.a}', '${ORG.home}', 'pre_financing', null, 50000),
  ('${PROJECT.a}', '${ORG.home}', 'advance', 2024, 400000),
  ('${PROJECT.a}', '${ORG.home}', 'co_financing', 2025, 100025),
  ('${PROJECT.a}', '${ORG.italy}', 'pre_financing', 2024, 77700),
  ('${PROJECT.b}', '${ORG.home}', 'co_financing', 2018, 90000),
  ('${PROJECT.d}', '${ORG.home}', 'pre_financing', 2025, 200000);
`;

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP
});

type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);

type Sums = {
	total_cents: number;
	eu_cents: number;
	own_cents: number;
	pre_financing_cents: number;
};
type Overview = {
	projects: Array<{
		id: string;
		slug: string;
		role: string;
		is_published: boolean;
		programme: string | null;
		start_date: string | null;
	}>;
	per_programme_and_year: Array<{
		programme: string | null;
		year: number | null;
		projects: number;
	}>;
	money_per_programme: Array<Sums & { programme: string | null; projects: number }>;
	money_per_year: Array<Sums & { year: number | null; projects: number }>;
	money_total: Sums & { projects: number };
	payments_per_year: Array<{ year: number | null; kind: string; amount_cents: number }>;
	partnerships: Array<{
		project_id: string;
		partners: number;
		budgets: number;
		total_cents: number;
		eu_cents: number;
		own_cents: number;
	}>;
	countries: Array<{ country: string; organisations: number; projects: number }>;
};

async function overviewOf(who: Who, organisation: string): Promise<Overview | null> {
	const { data, error } = await as(who).rpc('organisation_overview', { organisation });
	expect(error).toBeNull();
	return data as Overview | null;
}

const PUBLISHED = [PROJECT.a, PROJECT.b, PROJECT.c];
const WITH_DRAFT = [...PUBLISHED, PROJECT.d];

// Who sees which of home's projects: drafts are for the project's own members (and platform admins).
const SEES: Record<Who, string[]> = {
	anon: PUBLISHED,
	outsider: PUBLISHED,
	member: PUBLISHED,
	coordinator: WITH_DRAFT,
	platformAdmin: WITH_DRAFT
};

/** The figures computed straight from the rows, over the projects given. */
async function expectedFor(organisation: string, projects: string[]) {
	const n = (v: unknown) => Number(v);
	const [total] = await peek(
		`select count(*) as projects, coalesce(sum(b.total_cents), 0) as total, coalesce(sum(b.eu_cofinancing_cents), 0) as eu,
		        coalesce(sum(b.own_cofinancing_cents), 0) as own,
		        (select coalesce(sum(x.amount_cents), 0) from public.budget_payments x
		         where x.organisation_id = $1 and x.project_id = any($2) and x.kind = 'pre_financing') as pre
		 from public.project_budgets b where b.organisation_id = $1 and b.project_id = any($2)`,
		[organisation, projects]
	);
	const perProgramme = await peek(
		`select p.programme, count(*) as projects, sum(b.total_cents) as total, sum(b.eu_cofinancing_cents) as eu, sum(b.own_cofinancing_cents) as own,
		        coalesce(sum((select sum(x.amount_cents) from public.budget_payments x
		                      where x.project_id = b.project_id and x.organisation_id = b.organisation_id and x.kind = 'pre_financing')), 0) as pre
		 from public.project_budgets b join public.projects p on p.id = b.project_id
		 where b.organisation_id = $1 and b.project_id = any($2) group by p.programme order by p.programme nulls last`,
		[organisation, projects]
	);
	const perYear = await peek(
		`select extract(year from p.start_date)::int as year, count(*) as projects, sum(b.total_cents) as total, sum(b.eu_cofinancing_cents) as eu,
		        sum(b.own_cofinancing_cents) as own,
		        coalesce(sum((select sum(x.amount_cents) from public.budget_payments x
		                      where x.project_id = b.project_id and x.organisation_id = b.organisation_id and x.kind = 'pre_financing')), 0) as pre
		 from public.project_budgets b join public.projects p on p.id = b.project_id
		 where b.organisation_id = $1 and b.project_id = any($2) group by 1 order by 1 nulls last`,
		[organisation, projects]
	);
	const payments = await peek(
		`select x.year, x.kind::text, sum(x.amount_cents) as amount from public.budget_payments x
		 where x.organisation_id = $1 and x.project_id = any($2) group by x.year, x.kind order by x.year nulls last, x.kind`,
		[organisation, projects]
	);
	const perProgrammeAndYear = await peek(
		`select p.programme, extract(year from p.start_date)::int as year, count(*) as projects from public.projects p
		 where p.id = any($2) and exists (select 1 from public.project_partners pp where pp.project_id = p.id and pp.organisation_id = $1)
		 group by 1, 2 order by 1 nulls last, 2 nulls last`,
		[organisation, projects]
	);
	const countries = await peek(
		`select c.country, count(distinct c.partner) as organisations, count(distinct c.project_id) as projects from (
		   select o.country, o.id::text as partner, pp.project_id from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
		   where pp.project_id = any($2) and pp.organisation_id <> $1
		   union all select u.country, u.id::text, u.project_id from public.unnamed_partners u where u.project_id = any($2)
		 ) c group by c.country order by c.country`,
		[organisation, projects]
	);
	return {
		money_total: {
			projects: n(total.projects),
			total_cents: n(total.total),
			eu_cents: n(total.eu),
			own_cents: n(total.own),
			pre_financing_cents: n(total.pre)
		},
		money_per_programme: perProgramme.map((r) => ({
			programme: r.programme,
			projects: n(r.projects),
			total_cents: n(r.total),
			eu_cents: n(r.eu),
			own_cents: n(r.own),
			pre_financing_cents: n(r.pre)
		})),
		money_per_year: perYear.map((r) => ({
			year: r.year,
			projects: n(r.projects),
			total_cents: n(r.total),
			eu_cents: n(r.eu),
			own_cents: n(r.own),
			pre_financing_cents: n(r.pre)
		})),
		payments_per_year: payments.map((r) => ({
			year: r.year,
			kind: r.kind,
			amount_cents: n(r.amount)
		})),
		per_programme_and_year: perProgrammeAndYear.map((r) => ({
			programme: r.programme,
			year: r.year,
			projects: n(r.projects)
		})),
		countries: countries.map((r) => ({
			country: r.country,
			organisations: n(r.organisations),
			projects: n(r.projects)
		}))
	};
}

describe('organisation_overview', () => {
	for (const [who, projects] of Object.entries(SEES) as Array<[Who, string[]]>) {
		it(`as ${who}: counts the projects it may read, and sums exactly their budget and payment rows`, async () => {
			const overview = (await overviewOf(who, ORG.home))!;
			expect(overview.projects.map((p) => p.id).sort()).toEqual([...projects].sort());
			const expected = await expectedFor(ORG.home, projects);
			expect({
				money_total: overview.money_total,
				money_per_programme: overview.money_per_programme,
				money_per_year: overview.money_per_year,
				payments_per_year: overview.payments_per_year,
				per_programme_and_year: overview.per_programme_and_year,
				countries: overview.countries
			}).toEqual(expected);
		});
	}

	it('says the role the organisation has in each project, newest first, projects without dates last', async () => {
		const overview = (await overviewOf('coordinator', ORG.home))!;
		expect(overview.projects.map((p) => [p.slug, p.role, p.is_published])).toEqual([
			[slug('d'), 'lead_partner', false],
			[slug('a'), 'lead_partner', true],
			[slug('b'), 'partner', true],
			[slug('c'), 'partner', true]
		]);
	});

	it('adds the draft to the figures for those who may read it, and only for them', async () => {
		const [publicView, coordinatorView] = [
			await overviewOf('anon', ORG.home),
			await overviewOf('coordinator', ORG.home)
		];
		const [{ total }] = await peek<{ total: string }>(
			`select total_cents as total from public.project_budgets where project_id = $1`,
			[PROJECT.d]
		);
		expect(coordinatorView!.money_total.total_cents - publicView!.money_total.total_cents).toBe(
			Number(total)
		);
		expect(publicView!.per_programme_and_year.find((c) => c.year === 2025)).toBeUndefined();
		expect(coordinatorView!.per_programme_and_year.find((c) => c.year === 2025)).toEqual({
			programme: 'cerv',
			year: 2025,
			projects: 1
		});
	});

	it('keeps cents exact: sums end in the cents of the rows', async () => {
		const overview = (await overviewOf('anon', ORG.home))!;
		expect(overview.money_total.total_cents % 100).toBe(50);
		expect(
			overview.payments_per_year.find((p) => p.year === 2025 && p.kind === 'co_financing')
				?.amount_cents
		).toBe(100025);
	});

	it('counts partner countries without the organisation itself: named organisations once, each partner known only by country on its own', async () => {
		const overview = (await overviewOf('anon', ORG.home))!;
		// Poland: its two organisations, in A and B; Malta: the unnamed partners of A and C; no Latvia.
		expect(overview.countries).toEqual([
			{ country: 'IT', organisations: 1, projects: 2 },
			{ country: 'MT', organisations: 2, projects: 2 },
			{ country: 'PL', organisations: 2, projects: 2 }
		]);
	});

	it("totals each partnership's recorded budgets, with how many of its partners have one", async () => {
		const overview = (await overviewOf('anon', ORG.home))!;
		const a = overview.partnerships.find((p) => p.project_id === PROJECT.a);
		const [expected] = await peek<{ total: string; eu: string; own: string; budgets: string }>(
			`select sum(total_cents) as total, sum(eu_cofinancing_cents) as eu, sum(own_cofinancing_cents) as own, count(*) as budgets
			 from public.project_budgets where project_id = $1`,
			[PROJECT.a]
		);
		expect(a).toEqual({
			project_id: PROJECT.a,
			partners: 4,
			budgets: Number(expected.budgets),
			// Home's own (it has no units).
			own_budgets: 1,
			total_cents: Number(expected.total),
			eu_cents: Number(expected.eu),
			own_cents: Number(expected.own)
		});
		// C has no budget recorded at all: not listed.
		expect(overview.partnerships.map((p) => p.project_id).sort()).toEqual(
			[PROJECT.a, PROJECT.b].sort()
		);
	});

	it("gives a partner's overview from its own side: Italy counts its own project and Latvia among its partners", async () => {
		const overview = (await overviewOf('anon', ORG.italy))!;
		expect(overview.projects.map((p) => p.id).sort()).toEqual(
			[PROJECT.a, PROJECT.b, PROJECT.e].sort()
		);
		expect(overview.countries.find((c) => c.country === 'LV')).toEqual({
			country: 'LV',
			organisations: 1,
			projects: 2
		});
		expect(overview.money_total).toEqual(
			(await expectedFor(ORG.italy, [PROJECT.a, PROJECT.b, PROJECT.e])).money_total
		);
	});

	it('answers null for an organisation that does not exist', async () => {
		expect(await overviewOf('anon', randomUUID())).toBeNull();
	});

	it('an organisation with no projects gets empty tables and zero sums', async () => {
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.organisations (slug, name, kind, country) values ($1, 'Lonely (test)', 'other', 'EE') returning id`,
			[slug('lonely')]
		);
		expect(await overviewOf('anon', id)).toEqual({
			projects: [],
			per_programme_and_year: [],
			money_per_programme: [],
			money_per_year: [],
			money_total: {
				projects: 0,
				total_cents: 0,
				eu_cents: 0,
				own_cents: 0,
				pre_financing_cents: 0
			},
			payments_per_year: [],
			partnerships: [],
			countries: []
		});
	});
});
