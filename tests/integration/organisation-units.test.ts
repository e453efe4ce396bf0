// An organisation as a unit of another (supabase/migrations/20261122170100_organisation_units.sql),
// through the real PostgREST: only platform admins name or remove a parent, one level only, and the
// parent's network overview counts its units' projects once each, their money with its own, and
// leaves them out of the partner countries (expected values computed here in SQL, as `postgres`).
// Who may change parent_id is also in the role matrix of roles.test.ts, on the demo data.
//
// The file works on organisations, people and projects of its own, named with a random tag, and
// removes them afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import { actingAs, expectRefused, outcome } from './acting-as.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `un-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** A city council, in Latvia. */
	council: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	/** Its education board: a unit of the council (set by the fixtures, as the database owner). */
	board: make.organisation({ kind: 'other', city: 'Daugavpils' }),
	italy: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' }),
	/** A Latvian partner that is no unit of the council: Latvia still counts it. */
	latvia: make.organisation({ city: 'Rēzekne' }),
	/** Organisations of no one, for the rules on parents. */
	loneA: make.organisation({ kind: 'other', country: 'EE' }),
	loneB: make.organisation({ kind: 'other', country: 'EE' }),
	loneC: make.organisation({ kind: 'other', country: 'EE' })
};
const USER = {
	councilAdmin: make.person({ adminOf: ORG.council }),
	/** Admin of the board; coordinator of its draft D. */
	boardAdmin: make.person({ adminOf: ORG.board }),
	boardMember: make.person({ memberOf: ORG.board }),
	/** Admin of both the council and the board. */
	bothAdmin: make.person({ adminOf: ORG.council }),
	platformAdmin: make.person({ is_platform_admin: true })
};
make.membership(ORG.board, USER.bothAdmin, 'admin');
const PROJECT = {
	/** CERV, 2024: the council leads, Italy and the Latvian partner take part. */
	a: make.project({
		is_published: true,
		programme: 'cerv',
		start_date: '2024-03-01',
		end_date: '2025-12-31',
		status: 'running'
	}),
	/** CERV, 2024: the board applies, Italy and the Latvian partner take part. */
	b: make.project({
		is_published: true,
		programme: 'cerv',
		start_date: '2024-01-01',
		end_date: '2025-12-31',
		status: 'running'
	}),
	/** Europe for Citizens, 2018: Italy leads; the council and the board are both partners, each with a budget. */
	c: make.project({
		is_published: true,
		programme: 'europe_for_citizens',
		start_date: '2018-01-01',
		end_date: '2019-06-30',
		status: 'settled'
	}),
	/** A draft, CERV, 2025: the board leads. */
	d: make.project({
		programme: 'cerv',
		start_date: '2025-02-01',
		end_date: '2026-01-31',
		status: 'planned'
	})
};
make.partner(PROJECT.a, ORG.council, 'lead_partner');
make.partner(PROJECT.a, ORG.italy);
make.partner(PROJECT.a, ORG.latvia);
make.partner(PROJECT.b, ORG.board, 'applicant');
make.partner(PROJECT.b, ORG.italy);
make.partner(PROJECT.b, ORG.latvia);
make.partner(PROJECT.c, ORG.italy, 'lead_partner');
make.partner(PROJECT.c, ORG.council);
make.partner(PROJECT.c, ORG.board);
make.partner(PROJECT.d, ORG.board, 'lead_partner');
make.projectMember(PROJECT.d, USER.boardAdmin, ORG.board, 'coordinator');

const FIXTURES = `
update public.organisations set parent_id = '${ORG.council}' where id = '${ORG.board}';
insert into public.unnamed_partners (project_id, country) values ('${PROJECT.c}', 'MT');
insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents) values
  ('${PROJECT.a}', '${ORG.council}', 1000050, 800000, 200050),
  ('${PROJECT.b}', '${ORG.board}', 3170000, 3170000, 0),
  ('${PROJECT.b}', '${ORG.italy}', 500000, 400000, 100000),
  ('${PROJECT.c}', '${ORG.council}', 300000, 200000, 100000),
  ('${PROJECT.c}', '${ORG.board}', 120001, 100000, 20001),
  ('${PROJECT.d}', '${ORG.board}', 700000, 700000, 0);
insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents) values
  ('${PROJECT.a}', '${ORG.council}', 'pre_financing', 2024, 300000),
  ('${PROJECT.b}', '${ORG.board}', 'pre_financing', 2024, 1268000),
  ('${PROJECT.b}', '${ORG.italy}', 'pre_financing', 2024, 77700),
  ('${PROJECT.c}', '${ORG.council}', 'co_financing', 2018, 100000),
  ('${PROJECT.c}', '${ORG.board}', 'pre_financing', 2018, 20001),
  ('${PROJECT.d}', '${ORG.board}', 'pre_financing', 2025, 200000);
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
const as = actingAs<Person>(stack, USER);

async function parentOf(organisation: string): Promise<string | null> {
	return (
		await peek<{ parent_id: string | null }>(
			`select parent_id from public.organisations where id = $1`,
			[organisation]
		)
	)[0].parent_id;
}

/** Puts the lone organisations back on their own, as the database owner. */
async function untangle() {
	await peek(`update public.organisations set parent_id = null where id = any($1)`, [
		[ORG.loneA, ORG.loneB, ORG.loneC]
	]);
}

describe('who names a parent', () => {
	it('nobody but a platform admin: not anon, a member, the unit’s admin, the parent’s admin, nor an admin of both', async () => {
		// Taking the board out of the council, and putting it under the Italian partner.
		for (const parent of [null, ORG.italy]) {
			expectRefused(
				await as('anon')
					.from('organisations')
					.update({ parent_id: parent })
					.eq('id', ORG.board)
					.select('id'),
				DENIED,
				401
			);
			// A plain member and the council's admin may not edit the board at all: no row to change.
			for (const who of ['boardMember', 'councilAdmin'] as const) {
				expect(
					outcome(
						await as(who)
							.from('organisations')
							.update({ parent_id: parent })
							.eq('id', ORG.board)
							.select('id')
					)
				).toBe(0);
			}
			// The board's admins may edit its details, but not whose unit it is.
			for (const who of ['boardAdmin', 'bothAdmin'] as const) {
				expectRefused(
					await as(who)
						.from('organisations')
						.update({ parent_id: parent })
						.eq('id', ORG.board)
						.select('id'),
					DENIED,
					403
				);
			}
		}
		// Nor may an admin make their own organisation a unit of another, or a unit of theirs.
		expectRefused(
			await as('councilAdmin')
				.from('organisations')
				.update({ parent_id: ORG.loneA })
				.eq('id', ORG.council)
				.select('id'),
			DENIED,
			403
		);
		expect(await parentOf(ORG.board)).toBe(ORG.council);
		expect(await parentOf(ORG.council)).toBeNull();
	});

	it('the board’s admin still edits its other details: the parent stays', async () => {
		const { error } = await as('boardAdmin')
			.from('organisations')
			.update({ city: 'Daugavpils (edited)' })
			.eq('id', ORG.board);
		expect(error).toBeNull();
		expect(
			(await peek(`select city, parent_id from public.organisations where id = $1`, [ORG.board]))[0]
		).toEqual({
			city: 'Daugavpils (edited)',
			parent_id: ORG.council
		});
	});

	it('a platform admin names and removes a parent, each change in the audit log', async () => {
		const [{ since }] = await peek<{ since: number }>(
			`select coalesce(max(id), 0) as since from public.audit_log`
		);
		const admin = as('platformAdmin');
		expect(
			(
				await admin
					.from('organisations')
					.update({ parent_id: ORG.loneB })
					.eq('id', ORG.loneA)
					.select('parent_id')
			).data
		).toEqual([{ parent_id: ORG.loneB }]);
		expect(
			(
				await admin
					.from('organisations')
					.update({ parent_id: null })
					.eq('id', ORG.loneA)
					.select('parent_id')
			).data
		).toEqual([{ parent_id: null }]);
		const entries = await peek(
			`select actor_id, action, subject_id, details from public.audit_log where id > $1 and subject_id = $2 order by id`,
			[since, ORG.loneA]
		);
		expect(entries).toEqual([
			{
				actor_id: USER.platformAdmin,
				action: 'organisation.parent_changed',
				subject_id: ORG.loneA,
				details: { from: null, to: ORG.loneB }
			},
			{
				actor_id: USER.platformAdmin,
				action: 'organisation.parent_changed',
				subject_id: ORG.loneA,
				details: { from: ORG.loneB, to: null }
			}
		]);
	});

	it('not even a platform admin names one while adding an organisation (no column grant)', async () => {
		const answer = await as('platformAdmin')
			.from('organisations')
			.insert({
				slug: slug('new-unit'),
				name: 'New unit (test)',
				kind: 'other',
				country: 'LV',
				parent_id: ORG.council
			})
			.select('id');
		expectRefused(answer, DENIED, 403);
		expect(
			await peek(`select 1 from public.organisations where slug = $1`, [slug('new-unit')])
		).toEqual([]);
	});

	it('a proposal accepted for a unit changes its details and keeps its parent', async () => {
		const [{ version }] = await peek<{ version: number }>(
			`select version from public.organisations where id = $1`,
			[ORG.board]
		);
		const proposed = await as('boardMember')
			.from('organisation_proposals')
			.insert({
				organisation_id: ORG.board,
				base_version: version,
				name: 'Education Board, renamed (test)',
				kind: 'other',
				country: 'LV'
			})
			.select('id')
			.single();
		expect(proposed.error).toBeNull();
		const accepted = await as('boardAdmin').rpc('accept_organisation_proposal', {
			proposal: (proposed.data as { id: string }).id,
			seen_version: version
		});
		expect(accepted).toMatchObject({ error: null, data: true });
		expect(
			(await peek(`select name, parent_id from public.organisations where id = $1`, [ORG.board]))[0]
		).toEqual({
			name: 'Education Board, renamed (test)',
			parent_id: ORG.council
		});
	});
});

describe('one level only', () => {
	const setParent = (organisation: string, parent: string | null) =>
		as('platformAdmin')
			.from('organisations')
			.update({ parent_id: parent })
			.eq('id', organisation)
			.select('id');

	it('no organisation is its own unit', async () => {
		expectRefused(await setParent(ORG.loneA, ORG.loneA), CHECK, 400);
		expect(await parentOf(ORG.loneA)).toBeNull();
	});

	it('a unit has no units, and an organisation with units becomes no unit: so no chain and no cycle', async () => {
		try {
			expect(outcome(await setParent(ORG.loneA, ORG.loneB))).toBe(1);
			// A under B: nothing goes under A, B goes under nothing (C, or A: a cycle).
			expectRefused(await setParent(ORG.loneC, ORG.loneA), CHECK, 400);
			expectRefused(await setParent(ORG.loneB, ORG.loneC), CHECK, 400);
			expectRefused(await setParent(ORG.loneB, ORG.loneA), CHECK, 400);
			// The demo's own: the board (a unit) takes no units, the council (with units) goes under nobody.
			expectRefused(await setParent(ORG.loneC, ORG.board), CHECK, 400);
			expectRefused(await setParent(ORG.council, ORG.loneC), CHECK, 400);
			expect(
				await peek(
					`select id, parent_id from public.organisations where id = any($1) order by slug`,
					[[ORG.loneA, ORG.loneB, ORG.loneC]]
				)
			).toEqual([
				{ id: ORG.loneA, parent_id: ORG.loneB },
				{ id: ORG.loneB, parent_id: null },
				{ id: ORG.loneC, parent_id: null }
			]);
			// A unit may move to another parent.
			expect(outcome(await setParent(ORG.loneA, ORG.loneC))).toBe(1);
		} finally {
			await untangle();
		}
	});

	it('two changes at once cannot make a chain: the second waits for the first and is then refused', async () => {
		const first = new pg.Client({ connectionString: stack.DATABASE_URL });
		const second = new pg.Client({ connectionString: stack.DATABASE_URL });
		await Promise.all([first.connect(), second.connect()]);
		try {
			await first.query('begin');
			await first.query(`update public.organisations set parent_id = $1 where id = $2`, [
				ORG.loneB,
				ORG.loneA
			]);
			// B under C, while A is becoming B's unit: waits on B's row.
			const meanwhile = second
				.query(`update public.organisations set parent_id = $1 where id = $2`, [
					ORG.loneC,
					ORG.loneB
				])
				.then(
					() => 'saved',
					(error: { code?: string }) => error.code
				);
			await new Promise((resolve) => setTimeout(resolve, 300));
			await first.query('commit');
			expect(await meanwhile).toBe(CHECK);
			expect(await parentOf(ORG.loneB)).toBeNull();
		} finally {
			await Promise.all([first.end(), second.end()]);
			await untangle();
		}
	});

	it('removing a parent leaves its units on their own', async () => {
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.organisations (slug, name, kind, country) values ($1, 'Short-lived parent (test)', 'other', 'EE') returning id`,
			[slug('short-lived')]
		);
		await peek(`update public.organisations set parent_id = $1 where id = $2`, [id, ORG.loneA]);
		expect(
			outcome(await as('platformAdmin').from('organisations').delete().eq('id', id).select('id'))
		).toBe(1);
		expect(await parentOf(ORG.loneA)).toBeNull();
	});
});

type Sums = {
	projects: number;
	total_cents: number;
	eu_cents: number;
	own_cents: number;
	pre_financing_cents: number;
};
type Overview = {
	projects: Array<{
		id: string;
		role: string | null;
		through: Array<{ slug: string; name: string; role: string }>;
	}>;
	per_programme_and_year: Array<{
		programme: string | null;
		year: number | null;
		projects: number;
	}>;
	money_per_programme: Array<Sums & { programme: string | null }>;
	money_total: Sums;
	payments_per_year: Array<{ year: number | null; kind: string; amount_cents: number }>;
	partnerships: Array<{ project_id: string; budgets: number; own_budgets: number }>;
	countries: Array<{ country: string; organisations: number; projects: number }>;
};

async function overviewOf(who: Person | 'anon', organisation: string): Promise<Overview> {
	const { data, error } = await as(who).rpc('organisation_overview', { organisation });
	expect(error).toBeNull();
	return data as Overview;
}

/** The council and its units, as the rows say. */
const FAMILY = `select id from public.organisations where id = $1 or parent_id = $1`;

/** The figures computed straight from the rows, over the organisation and its units, in the projects given. */
async function expectedFor(organisation: string, projects: string[]) {
	const n = (v: unknown) => Number(v);
	const sums = (r: Record<string, unknown>) => ({
		projects: n(r.projects),
		total_cents: n(r.total),
		eu_cents: n(r.eu),
		own_cents: n(r.own),
		pre_financing_cents: n(r.pre)
	});
	const budgets = `select b.*, p.programme,
	    (select coalesce(sum(x.amount_cents), 0) from public.budget_payments x
	     where x.project_id = b.project_id and x.organisation_id = b.organisation_id and x.kind = 'pre_financing') as pre
	  from public.project_budgets b join public.projects p on p.id = b.project_id
	  where b.organisation_id in (${FAMILY}) and b.project_id = any($2)`;
	const money = `count(distinct b.project_id) as projects, coalesce(sum(b.total_cents), 0) as total, coalesce(sum(b.eu_cofinancing_cents), 0) as eu,
	    coalesce(sum(b.own_cofinancing_cents), 0) as own, coalesce(sum(b.pre), 0) as pre`;
	const [total] = await peek(`select ${money} from (${budgets}) b`, [organisation, projects]);
	const perProgramme = await peek(
		`select b.programme, ${money} from (${budgets}) b group by b.programme order by b.programme nulls last`,
		[organisation, projects]
	);
	const payments = await peek(
		`select x.year, x.kind::text, sum(x.amount_cents) as amount from public.budget_payments x
		 where x.organisation_id in (${FAMILY}) and x.project_id = any($2) group by x.year, x.kind order by x.year nulls last, x.kind`,
		[organisation, projects]
	);
	const taking = await peek<{ id: string }>(
		`select distinct pp.project_id as id from public.project_partners pp where pp.organisation_id in (${FAMILY}) and pp.project_id = any($2)`,
		[organisation, projects]
	);
	const perProgrammeAndYear = await peek(
		`select p.programme, extract(year from p.start_date)::int as year, count(*) as projects from public.projects p
		 where p.id = any($2) and exists (select 1 from public.project_partners pp where pp.project_id = p.id and pp.organisation_id in (${FAMILY}))
		 group by 1, 2 order by 1 nulls last, 2 nulls last`,
		[organisation, projects]
	);
	const countries = await peek(
		`select c.country, count(distinct c.partner) as organisations, count(distinct c.project_id) as projects from (
		   select o.country, o.id::text as partner, pp.project_id from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
		   where pp.project_id = any($2) and pp.organisation_id not in (${FAMILY})
		   union all select u.country, u.id::text, u.project_id from public.unnamed_partners u where u.project_id = any($2)
		 ) c group by c.country order by c.country`,
		[organisation, projects]
	);
	return {
		projects: taking.map((r) => r.id).sort(),
		money_total: sums(total),
		money_per_programme: perProgramme.map((r) => ({ programme: r.programme, ...sums(r) })),
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

const PUBLISHED = [PROJECT.a, PROJECT.b, PROJECT.c];

describe("the parent's network overview", () => {
	for (const [who, projects] of [
		['anon', PUBLISHED],
		['boardAdmin', [...PUBLISHED, PROJECT.d]]
	] as const) {
		it(`as ${who}: counts its units' projects once each, and sums exactly its own and its units' rows`, async () => {
			const overview = await overviewOf(who, ORG.council);
			const ids = overview.projects.map((p) => p.id);
			expect(ids.length).toBe(new Set(ids).size);
			const expected = await expectedFor(ORG.council, [...projects]);
			expect(expected.projects).toEqual([...projects].sort());
			expect({
				projects: [...ids].sort(),
				money_total: overview.money_total,
				money_per_programme: overview.money_per_programme,
				payments_per_year: overview.payments_per_year,
				per_programme_and_year: overview.per_programme_and_year,
				countries: overview.countries
			}).toEqual(expected);
		});
	}

	it('says per project whether the council takes part itself, through its unit, or both', async () => {
		const overview = await overviewOf('anon', ORG.council);
		const [board] = await peek<{ slug: string; name: string }>(
			`select slug, name from public.organisations where id = $1`,
			[ORG.board]
		);
		expect(
			Object.fromEntries(overview.projects.map((p) => [p.id, { role: p.role, through: p.through }]))
		).toEqual({
			[PROJECT.a]: { role: 'lead_partner', through: [] },
			[PROJECT.b]: { role: null, through: [{ ...board, role: 'applicant' }] },
			[PROJECT.c]: { role: 'partner', through: [{ ...board, role: 'partner' }] }
		});
	});

	it('counts the project where both have a budget once, and both budgets in its money', async () => {
		const overview = await overviewOf('anon', ORG.council);
		const efc = overview.money_per_programme.find((row) => row.programme === 'europe_for_citizens');
		expect(efc).toEqual({
			programme: 'europe_for_citizens',
			projects: 1,
			total_cents: 420001,
			eu_cents: 300000,
			own_cents: 120001,
			pre_financing_cents: 20001
		});
		// Both budgets are the council's own side: C tells nothing about other partners.
		expect(overview.partnerships.find((p) => p.project_id === PROJECT.c)).toMatchObject({
			budgets: 2,
			own_budgets: 2
		});
		expect(overview.partnerships.find((p) => p.project_id === PROJECT.b)).toMatchObject({
			budgets: 2,
			own_budgets: 1
		});
	});

	it('leaves the council and its unit out of the partner countries, but not another Latvian partner', async () => {
		const overview = await overviewOf('anon', ORG.council);
		expect(overview.countries.find((c) => c.country === 'LV')).toEqual({
			country: 'LV',
			organisations: 1,
			projects: 2
		});
	});

	it("gives the unit's own overview as before: its projects only, the council among its partners", async () => {
		const overview = await overviewOf('anon', ORG.board);
		expect(overview.projects.map((p) => p.id).sort()).toEqual([PROJECT.b, PROJECT.c].sort());
		expect(overview.projects.every((p) => p.through.length === 0 && p.role !== null)).toBe(true);
		// The council in C, the Latvian partner in B.
		expect(overview.countries.find((c) => c.country === 'LV')).toEqual({
			country: 'LV',
			organisations: 2,
			projects: 2
		});
		expect(overview.money_total).toEqual(
			(await expectedFor(ORG.board, [PROJECT.b, PROJECT.c])).money_total
		);
	});
});
