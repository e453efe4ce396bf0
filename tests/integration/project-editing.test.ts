// Editing joint projects (supabase/migrations/20261122120000_project_editing.sql), as each role,
// through the real PostgREST the way the portal calls it: the anon key, and for a signed-in
// person a minted user token (auth.uid() is its `sub`).
//
// Unlike roles.test.ts these requests commit, so this file works on people, organisations and
// projects of its own, named with a random tag, and removes them afterwards (the audit log keeps
// its entries: it is append-only, and only platform admins and each actor read them). Fixtures
// are written, and outcomes checked, as `postgres`, which bypasses row level security.
// While this file runs, roles.test.ts would count its organisations and projects: the two pass
// when test files run one at a time (vitest's default on two CPUs), not side by side.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { actingAs, expectRefused, outcome, type Answer, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const UNIQUE = '23505';
const CHECK = '23514';
const FOREIGN_KEY = '23503';
// PostgREST answers PTxyz with HTTP xyz: a proposal decided meanwhile (or never seen) is a 409.
const NO_PENDING_PROPOSAL = 'PT409';

// Fixtures: this run's own --------------------------------------------------------------------
const TAG = randomBytes(4).toString('hex');
/** Every slug this file makes starts so, and cleaning up removes exactly those. */
const PREFIX = `pe-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** The organisation projects are started for. */
	lead: make.organisation({
		kind: 'municipality',
		city: 'Daugavpils',
		website: 'https://lead.example'
	}),
	/** An unrelated organisation (a partner in the existing project only). */
	other: make.organisation({ city: 'Faenza', country: 'IT' }),
	/** A partner organisation brought into projects by SQL. */
	partner: make.organisation({ kind: 'university', city: 'Leszno', country: 'PL' })
};
const USER = {
	/** Admin of the lead organisation, in no project until they start one. */
	leadAdmin: make.person({ adminOf: ORG.lead }),
	/** Plain member of the lead organisation, in no project: the proposer. */
	leadMember: make.person({ memberOf: ORG.lead }),
	/** Another plain member of the lead organisation, in no project. */
	leadMember2: make.person({ memberOf: ORG.lead }),
	/** Plain member of the lead organisation, coordinator of the existing project for it. */
	leadCoordinator: make.person({ memberOf: ORG.lead }),
	/** Member of the other organisation, partner editor for it in the existing project. */
	otherProjectEditor: make.person({ memberOf: ORG.other }),
	/** Admin of the other organisation. */
	otherAdmin: make.person({ adminOf: ORG.other }),
	/** Plain member of the other organisation, in no project. */
	outsider: make.person({ memberOf: ORG.other }),
	/** Member of the partner organisation; made partner editor of projects by SQL. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Platform admin, member of nothing. */
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = {
	/** A draft led by the lead organisation (coordinator: leadCoordinator), the other organisation a partner. */
	existing: make.project({ slug: slug('existing'), title: 'Existing (test)' })
};
make.partner(PROJECT.existing, ORG.lead, 'lead_partner');
make.partner(PROJECT.existing, ORG.other);
make.projectMember(PROJECT.existing, USER.leadCoordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT.existing, USER.otherProjectEditor, ORG.other, 'partner_editor');

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { db, peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	cleanUp: CLEAN_UP,
	left: async () => {
		const left = await peek(
			`select (select count(*)::int from public.organisations where slug like $1) as organisations,
			        (select count(*)::int from public.projects where slug like $1) as projects,
			        (select count(*)::int from public.users where email like $2) as users`,
			[`${PREFIX}-%`, `%@${EMAIL_DOMAIN}`]
		);
		expect(left).toEqual([{ organisations: 0, projects: 0, users: 0 }]);
	}
});

// Clients ------------------------------------------------------------------------------------
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const text = (en: string) => ({ en: { text: en, status: 'original' } });

async function lastAuditId(): Promise<number> {
	return Number(
		(await peek<{ id: string | null }>(`select max(id) as id from public.audit_log`))[0].id ?? 0
	);
}

type Entry = {
	actor_id: string | null;
	action: string;
	subject_type: string | null;
	subject_id: string | null;
	details: Record<string, unknown>;
};

/** Audit entries written since `since` about `subject` or by one of this file's people. */
async function auditSince(since: number, subject?: string): Promise<Entry[]> {
	return peek<Entry>(
		`select actor_id, action, subject_type, subject_id, details from public.audit_log
		 where id > $1 and (subject_id = $2 or ($2 is null and actor_id = any($3::uuid[]))) order by id`,
		[since, subject ?? null, Object.values(USER)]
	);
}

async function organisationsLike(pattern: string): Promise<number> {
	return (
		await peek<{ n: number }>(
			`select count(*)::int as n from public.organisations where slug like $1`,
			[pattern]
		)
	)[0].n;
}

async function projectsLike(pattern: string): Promise<number> {
	return (
		await peek<{ n: number }>(`select count(*)::int as n from public.projects where slug like $1`, [
			pattern
		])
	)[0].n;
}

/** Everything the database holds about a project, to show that a refused request changed nothing. */
async function projectSnapshot(project: string): Promise<unknown> {
	const [row] = await peek<{ snapshot: unknown }>(
		`select jsonb_build_object(
		   'project', (select to_jsonb(p) from public.projects p where p.id = $1),
		   'partners', (select jsonb_agg(to_jsonb(x) order by x.organisation_id) from public.project_partners x where x.project_id = $1),
		   'members', (select jsonb_agg(to_jsonb(x) order by x.user_id) from public.project_members x where x.project_id = $1),
		   'budgets', (select jsonb_agg(to_jsonb(x) order by x.organisation_id) from public.project_budgets x where x.project_id = $1),
		   'payments', (select jsonb_agg(to_jsonb(x) order by x.id) from public.budget_payments x where x.project_id = $1),
		   'indicators', (select jsonb_agg(to_jsonb(x) order by x.id) from public.project_indicators x where x.project_id = $1),
		   'unnamed', (select jsonb_agg(to_jsonb(x) order by x.id) from public.unnamed_partners x where x.project_id = $1)
		 ) as snapshot`,
		[project]
	);
	return row.snapshot;
}

async function createProject(
	who: Person | 'anon',
	args: { organisation: string; slug: string; title: unknown; acronym?: string | null }
) {
	return as(who).rpc('create_project', args);
}

/** A draft started through the API by `who` for the lead organisation. */
async function startDraft(who: Person, name: string): Promise<string> {
	const { data, error } = await createProject(who, {
		organisation: ORG.lead,
		slug: slug(name),
		title: text(`${name} (test)`)
	});
	expect(error).toBeNull();
	return data as string;
}

// create_project -----------------------------------------------------------------------------
describe('create_project', () => {
	it('an organisation admin starts a draft: their organisation is lead partner, they coordinate for it, and it is audited', async () => {
		const since = await lastAuditId();
		const response = await createProject('leadAdmin', {
			organisation: ORG.lead,
			slug: slug('by-admin'),
			title: text('By the admin'),
			acronym: 'BTA'
		});
		expect(response.error).toBeNull();
		const id = response.data as string;
		expect(id).toMatch(/^[0-9a-f-]{36}$/);

		expect(
			await peek(
				`select slug, acronym, title, status::text, is_published, version from public.projects where id = $1`,
				[id]
			)
		).toEqual([
			{
				slug: slug('by-admin'),
				acronym: 'BTA',
				title: text('By the admin'),
				status: 'planned',
				is_published: false,
				version: 1
			}
		]);
		expect(
			await peek(
				`select organisation_id, role::text from public.project_partners where project_id = $1`,
				[id]
			)
		).toEqual([{ organisation_id: ORG.lead, role: 'lead_partner' }]);
		expect(
			await peek(
				`select user_id, organisation_id, role::text from public.project_members where project_id = $1`,
				[id]
			)
		).toEqual([{ user_id: USER.leadAdmin, organisation_id: ORG.lead, role: 'coordinator' }]);
		expect(await auditSince(since, id)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadAdmin,
				action: 'project.created',
				subject_type: 'project',
				subject_id: id
			}),
			expect.objectContaining({
				actor_id: USER.leadAdmin,
				action: 'project_partner.added',
				details: { organisation_id: ORG.lead, role: 'lead_partner' }
			}),
			expect.objectContaining({
				actor_id: USER.leadAdmin,
				action: 'project_role.granted',
				details: expect.objectContaining({ user_id: USER.leadAdmin, role: 'coordinator' })
			})
		]);

		// The new coordinator reads and edits their draft through the API at once.
		const read = await as('leadAdmin').from('projects').select('id, is_published').eq('id', id);
		expect(read.data).toEqual([{ id, is_published: false }]);
	});

	it('a plain member of the organisation (no admin, coordinating nothing for it) is refused, and nothing is saved', async () => {
		const since = await lastAuditId();
		expectRefused(
			await createProject('leadMember', {
				organisation: ORG.lead,
				slug: slug('by-member'),
				title: text('By a member')
			}),
			DENIED,
			403
		);
		expect(await projectsLike(slug('by-member'))).toBe(0);
		expect(await auditSince(since)).toEqual([]);
	});

	it('someone who coordinates another project for the organisation may start one, and coordinates it', async () => {
		const response = await createProject('leadCoordinator', {
			organisation: ORG.lead,
			slug: slug('by-coordinator'),
			title: text('By a coordinator')
		});
		expect(response.error).toBeNull();
		expect(
			await peek(
				`select user_id, organisation_id, role::text from public.project_members where project_id = $1`,
				[response.data]
			)
		).toEqual([{ user_id: USER.leadCoordinator, organisation_id: ORG.lead, role: 'coordinator' }]);
	});

	it('anon is refused (no EXECUTE), and nothing is saved', async () => {
		expectRefused(
			await createProject('anon', {
				organisation: ORG.lead,
				slug: slug('by-anon'),
				title: text('By anon')
			}),
			DENIED,
			401
		);
		expect(await projectsLike(slug('by-anon'))).toBe(0);
	});

	it('a platform admin who belongs to no organisation starts one with the organisation as lead partner, and gets no project role', async () => {
		const since = await lastAuditId();
		const response = await createProject('platformAdmin', {
			organisation: ORG.lead,
			slug: slug('by-platform-admin'),
			title: text('By a platform admin')
		});
		expect(response.error).toBeNull();
		const id = response.data as string;
		expect(await peek(`select is_published from public.projects where id = $1`, [id])).toEqual([
			{ is_published: false }
		]);
		expect(
			await peek(
				`select organisation_id, role::text from public.project_partners where project_id = $1`,
				[id]
			)
		).toEqual([{ organisation_id: ORG.lead, role: 'lead_partner' }]);
		expect(
			await peek(`select user_id from public.project_members where project_id = $1`, [id])
		).toEqual([]);
		expect((await auditSince(since, id)).map((e) => [e.actor_id, e.action])).toEqual([
			[USER.platformAdmin, 'project.created'],
			[USER.platformAdmin, 'project_partner.added']
		]);
		// They still read it (platform admins read drafts); the lead organisation's admin does not.
		expect(outcome(await as('platformAdmin').from('projects').select('id').eq('id', id))).toBe(1);
		expect(outcome(await as('leadAdmin').from('projects').select('id').eq('id', id))).toBe(0);
	});

	it('a taken slug gives 23505 (409) and leaves no project, partner, member or audit entry', async () => {
		const partnersBefore = await peek(
			`select project_id from public.project_partners where organisation_id = $1 order by 1`,
			[ORG.lead]
		);
		const since = await lastAuditId();
		expectRefused(
			await createProject('leadAdmin', {
				organisation: ORG.lead,
				slug: slug('existing'),
				title: text('Taken slug')
			}),
			UNIQUE,
			409
		);
		expect(
			await peek(`select id from public.projects where slug = $1`, [slug('existing')])
		).toEqual([{ id: PROJECT.existing }]);
		expect(
			await peek(
				`select project_id from public.project_partners where organisation_id = $1 order by 1`,
				[ORG.lead]
			)
		).toEqual(partnersBefore);
		expect(await auditSince(since)).toEqual([]);
	});

	it('when the partner row cannot be made (no such organisation), the project is not left behind either', async () => {
		// Only a platform admin gets past the check for an organisation that does not exist; the
		// project row is written first, then the lead partner fails on its foreign key.
		const since = await lastAuditId();
		expectRefused(
			await createProject('platformAdmin', {
				organisation: randomUUID(),
				slug: slug('no-such-organisation'),
				title: text('No organisation')
			}),
			FOREIGN_KEY,
			409
		);
		expect(await projectsLike(slug('no-such-organisation'))).toBe(0);
		expect(await auditSince(since)).toEqual([]);
	});

	const BAD_TITLES: [string, unknown][] = [
		[
			'two originals',
			{ en: { text: 'One', status: 'original' }, lv: { text: 'Divi', status: 'original' } }
		],
		['no original', { en: { text: 'One', status: 'machine' } }],
		['empty text', { en: { text: '   ', status: 'original' } }],
		['a bare string', 'Just a string'],
		['an unknown status', { en: { text: 'One', status: 'draft' } }]
	];

	it.each(BAD_TITLES)(
		'a title that is not translated text (%s) is refused (23514), and nothing is saved',
		async (_, title) => {
			const name = `bad-title-${randomBytes(3).toString('hex')}`;
			expectRefused(
				await createProject('leadAdmin', { organisation: ORG.lead, slug: slug(name), title }),
				CHECK,
				400
			);
			expect(await projectsLike(slug(name))).toBe(0);
		}
	);

	it('an organisation admin starts projects for their own organisation only', async () => {
		expectRefused(
			await createProject('leadAdmin', {
				organisation: ORG.other,
				slug: slug('for-other'),
				title: text('For another')
			}),
			DENIED,
			403
		);
		// Coordinating for the lead organisation does not carry over to another one either.
		expectRefused(
			await createProject('leadCoordinator', {
				organisation: ORG.other,
				slug: slug('for-other'),
				title: text('For another')
			}),
			DENIED,
			403
		);
		// Nor does being a partner editor for an organisation.
		expectRefused(
			await createProject('otherProjectEditor', {
				organisation: ORG.other,
				slug: slug('for-other'),
				title: text('For another')
			}),
			DENIED,
			403
		);
		expect(await projectsLike(slug('for-other'))).toBe(0);
		// The other organisation's own admin may.
		const own = await createProject('otherAdmin', {
			organisation: ORG.other,
			slug: slug('by-other-admin'),
			title: text('By the other admin')
		});
		expect(own.error).toBeNull();
	});
});

// Draft visibility ---------------------------------------------------------------------------
describe('a new draft is seen by its partnership only, until it is published', () => {
	let draft: string;

	beforeAll(async () => {
		draft = await startDraft('leadAdmin', 'visibility');
	});

	const readers = [
		'anon',
		'otherProjectEditor',
		'outsider',
		'leadMember',
		'leadAdmin',
		'platformAdmin'
	] as const;

	async function whoSees(): Promise<Record<string, { project: Outcome; partners: Outcome }>> {
		const seen: Record<string, { project: Outcome; partners: Outcome }> = {};
		for (const who of readers) {
			seen[who] = {
				project: outcome(await as(who).from('projects').select('id').eq('id', draft)),
				partners: outcome(
					await as(who).from('project_partners').select('organisation_id').eq('project_id', draft)
				)
			};
		}
		return seen;
	}

	it('hidden from anon, a partner editor of another project and members of other organisations (or of its own, without a role); seen by its coordinator and platform admins', async () => {
		expect(await whoSees()).toEqual({
			anon: { project: 0, partners: 0 },
			otherProjectEditor: { project: 0, partners: 0 },
			outsider: { project: 0, partners: 0 },
			leadMember: { project: 0, partners: 0 },
			leadAdmin: { project: 1, partners: 1 },
			platformAdmin: { project: 1, partners: 1 }
		});
	});

	it('once its coordinator publishes it, everyone sees it', async () => {
		const since = await lastAuditId();
		const published = await as('leadAdmin')
			.from('projects')
			.update({ is_published: true })
			.eq('id', draft)
			.select('id, is_published');
		expect(published.error).toBeNull();
		expect(published.data).toEqual([{ id: draft, is_published: true }]);
		const everyone = { project: 1, partners: 1 };
		expect(await whoSees()).toEqual(Object.fromEntries(readers.map((r) => [r, everyone])));
		expect(await auditSince(since, draft)).toEqual([
			expect.objectContaining({ actor_id: USER.leadAdmin, action: 'project.published' })
		]);
	});
});

// Editing ------------------------------------------------------------------------------------
describe('editing a project', () => {
	let project: string;
	let payment: string;
	let indicator: string;

	beforeAll(async () => {
		project = await startDraft('leadAdmin', 'editing');
		await db.query('begin');
		await db.query(
			`insert into public.project_partners (project_id, organisation_id, role) values ($1, $2, 'partner')`,
			[project, ORG.partner]
		);
		await db.query(
			`insert into public.project_members (project_id, user_id, organisation_id, role) values ($1, $2, $3, 'partner_editor')`,
			[project, USER.partnerEditor, ORG.partner]
		);
		await db.query(
			`insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents) values ($1, $2, 100000, 80000)`,
			[project, ORG.partner]
		);
		payment = (
			await db.query(
				`insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents) values ($1, $2, 'advance', 2027, 40000) returning id`,
				[project, ORG.partner]
			)
		).rows[0].id;
		indicator = (
			await db.query(
				`insert into public.project_indicators (project_id, code, planned) values ($1, 'direct_participants', 120) returning id`,
				[project]
			)
		).rows[0].id;
		await db.query('commit');
	});

	it('the coordinator saves title, status and dates against the version they read; a second save with that stale version changes nothing', async () => {
		const coordinator = as('leadAdmin');
		const [{ version }] = (await coordinator.from('projects').select('version').eq('id', project))
			.data as { version: number }[];
		const save = (title: string, status: string, start: string, end: string) =>
			coordinator
				.from('projects')
				.update({
					title: text(title),
					status,
					start_date: start,
					end_date: end,
					version: version + 1,
					updated_at: new Date().toISOString()
				})
				.eq('id', project)
				.eq('version', version)
				.select('id, version');

		const first = await save('Edited (test)', 'running', '2027-01-01', '2027-12-31');
		expect(first.error).toBeNull();
		expect(first.data).toEqual([{ id: project, version: version + 1 }]);

		const stale = await save('Overwritten (test)', 'closed', '2028-01-01', '2028-12-31');
		expect(stale.error).toBeNull();
		expect(stale.data).toEqual([]);

		expect(
			await peek(
				`select title, status::text, start_date::text, end_date::text, version from public.projects where id = $1`,
				[project]
			)
		).toEqual([
			{
				title: text('Edited (test)'),
				status: 'running',
				start_date: '2027-01-01',
				end_date: '2027-12-31',
				version: version + 1
			}
		]);
	});

	it('a partner editor of the project reads it', async () => {
		expect(outcome(await as('partnerEditor').from('projects').select('id').eq('id', project))).toBe(
			1
		);
		expect(
			outcome(
				await as('partnerEditor')
					.from('project_budgets')
					.select('organisation_id')
					.eq('project_id', project)
			)
		).toBe(1);
	});

	// Each write, as a request; applied in this order. For someone who may not write, an update or
	// delete filtered out by row level security returns no rows, an insert is refused with 42501.
	const WRITES: [string, (c: SupabaseClient) => PromiseLike<Answer>][] = [
		[
			'edit the title',
			(c) =>
				c
					.from('projects')
					.update({ title: text('Hijacked') })
					.eq('id', project)
					.select('id')
		],
		[
			'publish it',
			(c) => c.from('projects').update({ is_published: true }).eq('id', project).select('id')
		],
		[
			'change its status',
			(c) => c.from('projects').update({ status: 'settled' }).eq('id', project).select('id')
		],
		[
			"change the partner organisation's own budget",
			(c) =>
				c
					.from('project_budgets')
					.update({ total_cents: 999999 })
					.eq('project_id', project)
					.eq('organisation_id', ORG.partner)
					.select('project_id')
		],
		[
			'add a budget for the lead partner',
			(c) =>
				c
					.from('project_budgets')
					.insert({ project_id: project, organisation_id: ORG.lead, total_cents: 5000 })
					.select('project_id')
		],
		[
			'change a payment',
			(c) => c.from('budget_payments').update({ amount_cents: 1 }).eq('id', payment).select('id')
		],
		[
			'add a payment',
			(c) =>
				c
					.from('budget_payments')
					.insert({
						project_id: project,
						organisation_id: ORG.partner,
						kind: 'final_payment',
						amount_cents: 60000
					})
					.select('id')
		],
		[
			'change an indicator',
			(c) => c.from('project_indicators').update({ planned: 0 }).eq('id', indicator).select('id')
		],
		[
			'add an indicator',
			(c) =>
				c
					.from('project_indicators')
					.insert({ project_id: project, code: 'staff_mobilities', planned: 4 })
					.select('id')
		],
		[
			'add a partner',
			(c) =>
				c
					.from('project_partners')
					.insert({ project_id: project, organisation_id: ORG.other })
					.select('project_id')
		],
		[
			"change a partner's role",
			(c) =>
				c
					.from('project_partners')
					.update({ role: 'coordinator' })
					.eq('project_id', project)
					.eq('organisation_id', ORG.partner)
					.select('project_id')
		],
		[
			'add an unnamed partner',
			(c) => c.from('unnamed_partners').insert({ project_id: project, country: 'MT' }).select('id')
		],
		['remove a payment', (c) => c.from('budget_payments').delete().eq('id', payment).select('id')],
		[
			'remove an indicator',
			(c) => c.from('project_indicators').delete().eq('id', indicator).select('id')
		],
		[
			'remove a budget',
			(c) =>
				c
					.from('project_budgets')
					.delete()
					.eq('project_id', project)
					.eq('organisation_id', ORG.partner)
					.select('project_id')
		],
		[
			'remove a partner',
			(c) =>
				c
					.from('project_partners')
					.delete()
					.eq('project_id', project)
					.eq('organisation_id', ORG.partner)
					.select('project_id')
		]
	];
	const REFUSED: Record<string, Outcome> = Object.fromEntries(
		WRITES.map(([name]) => [name, name.startsWith('add ') ? DENIED : 0])
	);

	async function attemptAll(who: Person | 'anon'): Promise<Record<string, Outcome>> {
		const outcomes: Record<string, Outcome> = {};
		for (const [name, write] of WRITES) outcomes[name] = outcome(await write(as(who)));
		return outcomes;
	}

	it.each([
		['a partner editor of the project', 'partnerEditor'],
		['a member of an unrelated organisation', 'outsider'],
		['a plain member of the lead organisation', 'leadMember'],
		['a partner editor of another project of the lead organisation', 'otherProjectEditor']
	] as const)(
		'%s cannot change the project, its budgets, payments, indicators or partners',
		async (_, who) => {
			const before = await projectSnapshot(project);
			expect(await attemptAll(who)).toEqual(REFUSED);
			expect(await projectSnapshot(project)).toEqual(before);
		}
	);

	it('anon is refused every write (no grant)', async () => {
		const before = await projectSnapshot(project);
		expect(await attemptAll('anon')).toEqual(
			Object.fromEntries(WRITES.map(([name]) => [name, DENIED]))
		);
		expect(await projectSnapshot(project)).toEqual(before);
	});

	it('the same requests succeed for the coordinator (so the refusals above are not about the requests)', async () => {
		expect(await attemptAll('leadAdmin')).toEqual(
			Object.fromEntries(WRITES.map(([name]) => [name, 1]))
		);
	});
});

// add_new_partner_organisation ---------------------------------------------------------------
describe('add_new_partner_organisation', () => {
	/** Coordinated by leadCoordinator: the lead organisation's admin has no role in it. */
	let project: string;

	beforeAll(async () => {
		project = await startDraft('leadCoordinator', 'partners');
		await db.query('begin');
		await db.query(
			`insert into public.project_partners (project_id, organisation_id, role) values ($1, $2, 'partner')`,
			[project, ORG.partner]
		);
		await db.query(
			`insert into public.project_members (project_id, user_id, organisation_id, role) values ($1, $2, $3, 'partner_editor')`,
			[project, USER.partnerEditor, ORG.partner]
		);
		await db.query('commit');
	});

	const newcomer = (overrides: Record<string, unknown> = {}) => ({
		project,
		slug: slug('newcomer'),
		name: 'Newcomer association (test)',
		kind: 'association',
		city: 'Tartu',
		country: 'EE',
		website: 'https://newcomer.example',
		role: 'partner',
		...overrides
	});

	it('the coordinator creates the organisation and its partnership in one call, audited', async () => {
		const since = await lastAuditId();
		const response = await as('leadCoordinator').rpc('add_new_partner_organisation', newcomer());
		expect(response.error).toBeNull();
		const id = response.data as string;
		expect(
			await peek(
				`select slug, name, kind::text, city, country, website, description, version from public.organisations where id = $1`,
				[id]
			)
		).toEqual([
			{
				slug: slug('newcomer'),
				name: 'Newcomer association (test)',
				kind: 'association',
				city: 'Tartu',
				country: 'EE',
				website: 'https://newcomer.example',
				description: null,
				version: 1
			}
		]);
		expect(
			await peek(
				`select role::text from public.project_partners where project_id = $1 and organisation_id = $2`,
				[project, id]
			)
		).toEqual([{ role: 'partner' }]);
		// Nobody belongs to it yet.
		expect(
			await peek(`select user_id from public.organisation_members where organisation_id = $1`, [id])
		).toEqual([]);
		expect(await auditSince(since, id)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadCoordinator,
				action: 'organisation.created',
				subject_type: 'organisation'
			})
		]);
		expect(await auditSince(since, project)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadCoordinator,
				action: 'project_partner.added',
				details: { organisation_id: id, role: 'partner' }
			})
		]);
		// The project's partners, through the API, include it.
		const partners = await as('leadCoordinator')
			.from('project_partners')
			.select('organisation_id')
			.eq('project_id', project);
		expect((partners.data ?? []).map((p) => p.organisation_id)).toContain(id);
	});

	it('a taken slug gets a number: -2, then -3', async () => {
		const second = await as('leadCoordinator').rpc(
			'add_new_partner_organisation',
			newcomer({ name: 'Newcomer again (test)', role: 'applicant' })
		);
		expect(second.error).toBeNull();
		const third = await as('leadCoordinator').rpc(
			'add_new_partner_organisation',
			newcomer({ name: 'Newcomer thrice (test)' })
		);
		expect(third.error).toBeNull();
		expect(
			await peek(
				`select slug, name from public.organisations where id = any($1::uuid[]) order by slug`,
				[[second.data, third.data]]
			)
		).toEqual([
			{ slug: slug('newcomer-2'), name: 'Newcomer again (test)' },
			{ slug: slug('newcomer-3'), name: 'Newcomer thrice (test)' }
		]);
		expect(
			await peek(
				`select role::text from public.project_partners where project_id = $1 and organisation_id = $2`,
				[project, second.data]
			)
		).toEqual([{ role: 'applicant' }]);
	});

	it.each([
		['a partner editor of the project', 'partnerEditor', 403],
		["the lead organisation's admin, who has no role in the project", 'leadAdmin', 403],
		['a plain member of the lead organisation', 'leadMember', 403],
		['a member of an unrelated organisation', 'outsider', 403],
		['anon', 'anon', 401]
	] as const)('%s is refused, and no organisation is left behind', async (_, who, status) => {
		const partners = await peek(
			`select organisation_id from public.project_partners where project_id = $1 order by 1`,
			[project]
		);
		const since = await lastAuditId();
		expectRefused(
			await as(who).rpc('add_new_partner_organisation', newcomer({ slug: slug('refused') })),
			DENIED,
			status
		);
		expect(await organisationsLike(`${slug('refused')}%`)).toBe(0);
		expect(
			await peek(
				`select organisation_id from public.project_partners where project_id = $1 order by 1`,
				[project]
			)
		).toEqual(partners);
		expect(await auditSince(since)).toEqual([]);
	});

	it.each(['XX1', 'lv', 'LVA', ''])(
		'a bad country (%j) is refused (23514), and no organisation is left behind',
		async (country) => {
			const partners = await peek(
				`select organisation_id from public.project_partners where project_id = $1 order by 1`,
				[project]
			);
			expectRefused(
				await as('leadCoordinator').rpc(
					'add_new_partner_organisation',
					newcomer({ slug: slug('bad-country'), country })
				),
				CHECK,
				400
			);
			expect(await organisationsLike(`${slug('bad-country')}%`)).toBe(0);
			expect(
				await peek(
					`select organisation_id from public.project_partners where project_id = $1 order by 1`,
					[project]
				)
			).toEqual(partners);
		}
	);

	// The numbered slug is cut to 75 characters before "-n": a cut that ends on a hyphen (a long
	// name cut by slugify, e.g. "...-municipality") must not give "--2", which the slug check refuses.
	it('a taken slug of 80 characters whose 75th is a hyphen still gets a valid numbered slug', async () => {
		const long = slug('x'.repeat(74 - slug('').length) + '-abcde');
		expect({ length: long.length, at75: long[74] }).toEqual({ length: 80, at75: '-' });
		const taken = await as('leadCoordinator').rpc(
			'add_new_partner_organisation',
			newcomer({ slug: long, name: 'Long name (test)' })
		);
		expect(taken.error).toBeNull();
		const again = await as('leadCoordinator').rpc(
			'add_new_partner_organisation',
			newcomer({ slug: long, name: 'Long name again (test)' })
		);
		expect(again.error).toBeNull();
		const [{ slug: numbered }] = await peek<{ slug: string }>(
			`select slug from public.organisations where id = $1`,
			[again.data]
		);
		expect(numbered).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2$/);
	});

	it('when the partner row cannot be made (no such project), the organisation is not left behind', async () => {
		// A platform admin passes the check for any project id; the organisation is written first.
		expectRefused(
			await as('platformAdmin').rpc(
				'add_new_partner_organisation',
				newcomer({ project: randomUUID(), slug: slug('orphan') })
			),
			FOREIGN_KEY,
			409
		);
		expect(await organisationsLike(`${slug('orphan')}%`)).toBe(0);
	});
});

// organisation_proposals ---------------------------------------------------------------------
describe('organisation_proposals', () => {
	type Proposal = {
		id: string;
		status: string;
		proposed_by: string | null;
		decided_by: string | null;
		decided_at: Date | null;
	};

	async function version(): Promise<number> {
		return (
			await peek<{ version: number }>(`select version from public.organisations where id = $1`, [
				ORG.lead
			])
		)[0].version;
	}

	async function organisation() {
		return (
			await peek(
				`select name, kind::text, city, country, website, description, version from public.organisations where id = $1`,
				[ORG.lead]
			)
		)[0];
	}

	async function proposal(id: string): Promise<Proposal> {
		return (
			await peek<Proposal>(
				`select id, status::text, proposed_by, decided_by, decided_at from public.organisation_proposals where id = $1`,
				[id]
			)
		)[0];
	}

	async function countProposals(): Promise<number> {
		return (
			await peek<{ n: number }>(
				`select count(*)::int as n from public.organisation_proposals where organisation_id = $1`,
				[ORG.lead]
			)
		)[0].n;
	}

	const change = async (overrides: Record<string, unknown> = {}) => ({
		organisation_id: ORG.lead,
		base_version: await version(),
		name: 'Lead, renamed (test)',
		kind: 'association',
		city: 'Rēzekne',
		country: 'LV',
		website: 'https://renamed.example',
		description: text('What we do now'),
		message: 'Our name changed in 2027.',
		...overrides
	});

	/** A pending proposal by the plain member, made through the API. */
	async function propose(overrides: Record<string, unknown> = {}): Promise<string> {
		const { data, error } = await as('leadMember')
			.from('organisation_proposals')
			.insert(await change(overrides))
			.select('id')
			.single();
		expect(error).toBeNull();
		return (data as { id: string }).id;
	}

	let first: string;

	it('a plain member proposes a change to their organisation: proposed_by is them, status pending, audited', async () => {
		const since = await lastAuditId();
		const { data, error } = await as('leadMember')
			.from('organisation_proposals')
			.insert(await change())
			.select('id, organisation_id, proposed_by, status, decided_by, decided_at, name, description')
			.single();
		expect(error).toBeNull();
		first = (data as { id: string }).id;
		expect(data).toEqual({
			id: first,
			organisation_id: ORG.lead,
			proposed_by: USER.leadMember,
			status: 'pending',
			decided_by: null,
			decided_at: null,
			name: 'Lead, renamed (test)',
			description: text('What we do now')
		});
		expect(await auditSince(since, ORG.lead)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadMember,
				action: 'organisation_proposal.made',
				subject_type: 'organisation',
				details: { proposal_id: first }
			})
		]);
	});

	it('someone outside the organisation cannot propose for it', async () => {
		const before = await countProposals();
		for (const who of ['outsider', 'otherAdmin', 'partnerEditor', 'platformAdmin'] as const) {
			expectRefused(
				await as(who)
					.from('organisation_proposals')
					.insert(await change())
					.select('id'),
				DENIED,
				403
			);
		}
		expectRefused(
			await as('anon')
				.from('organisation_proposals')
				.insert(await change())
				.select('id'),
			DENIED,
			401
		);
		expect(await countProposals()).toBe(before);
	});

	it('a member cannot name someone else as proposer, nor make a proposal already accepted or decided', async () => {
		const before = await countProposals();
		for (const extra of [
			{ proposed_by: USER.leadMember2 },
			{ proposed_by: USER.leadMember },
			{ status: 'accepted' },
			{ decided_by: USER.leadAdmin },
			{ decided_at: new Date().toISOString() },
			{ id: randomUUID() }
		]) {
			expectRefused(
				await as('leadMember')
					.from('organisation_proposals')
					.insert(await change(extra))
					.select('id'),
				DENIED,
				403
			);
		}
		expect(await countProposals()).toBe(before);
	});

	it("a proposal's details are checked as the organisation's are", async () => {
		const before = await countProposals();
		for (const bad of [
			{ country: 'lv' },
			{ website: 'ftp://x.example' },
			{ name: ' ' },
			{ description: { en: { text: 'x', status: 'machine' } } }
		]) {
			expectRefused(
				await as('leadMember')
					.from('organisation_proposals')
					.insert(await change(bad))
					.select('id'),
				CHECK,
				400
			);
		}
		expect(await countProposals()).toBe(before);
	});

	it('the proposer, the organisation’s admin and platform admins see it; other members, outsiders and anon do not', async () => {
		const seen: Record<string, Outcome> = {};
		for (const who of [
			'leadMember',
			'leadAdmin',
			'platformAdmin',
			'leadMember2',
			'leadCoordinator',
			'outsider',
			'otherAdmin',
			'anon'
		] as const) {
			seen[who] = outcome(
				await as(who).from('organisation_proposals').select('id').eq('id', first)
			);
		}
		expect(seen).toEqual({
			leadMember: 1,
			leadAdmin: 1,
			platformAdmin: 1,
			leadMember2: 0,
			leadCoordinator: 0,
			outsider: 0,
			otherAdmin: 0,
			anon: DENIED
		});
	});

	it('nobody but the organisation’s admins (and platform admins) decides: others change no row', async () => {
		for (const who of ['leadMember', 'leadMember2', 'outsider', 'otherAdmin'] as const) {
			for (const status of ['accepted', 'declined']) {
				const response = await as(who)
					.from('organisation_proposals')
					.update({ status })
					.eq('id', first)
					.select('id');
				expect({ who, status, outcome: outcome(response) }).toEqual({ who, status, outcome: 0 });
			}
		}
		expectRefused(
			await as('anon')
				.from('organisation_proposals')
				.update({ status: 'declined' })
				.eq('id', first)
				.select('id'),
			DENIED,
			401
		);
		expect(await proposal(first)).toMatchObject({
			status: 'pending',
			decided_by: null,
			decided_at: null
		});
	});

	it('the admin declines; who decided and when are stamped by the database, and the client cannot set them', async () => {
		const admin = as('leadAdmin');
		expectRefused(
			await admin
				.from('organisation_proposals')
				.update({ status: 'declined', decided_by: USER.leadMember2 })
				.eq('id', first)
				.select('id'),
			DENIED,
			403
		);
		expectRefused(
			await admin
				.from('organisation_proposals')
				.update({ status: 'declined', decided_at: '2000-01-01T00:00:00Z' })
				.eq('id', first)
				.select('id'),
			DENIED,
			403
		);
		expect(await proposal(first)).toMatchObject({
			status: 'pending',
			decided_by: null,
			decided_at: null
		});

		const since = await lastAuditId();
		const before = await organisation();
		const declined = await admin
			.from('organisation_proposals')
			.update({ status: 'declined' })
			.eq('id', first)
			.select('status, decided_by, decided_at')
			.single();
		expect(declined.error).toBeNull();
		expect(declined.data).toEqual({
			status: 'declined',
			decided_by: USER.leadAdmin,
			decided_at: expect.any(String)
		});
		const stored = await proposal(first);
		expect(stored).toMatchObject({ status: 'declined', decided_by: USER.leadAdmin });
		expect(Math.abs(Date.now() - stored.decided_at!.getTime())).toBeLessThan(60_000);
		// Declining changes nothing about the organisation.
		expect(await organisation()).toEqual(before);
		expect(await auditSince(since, ORG.lead)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadAdmin,
				action: 'organisation_proposal.declined',
				details: { proposal_id: first, proposed_by: USER.leadMember }
			})
		]);
		// The proposer still sees their proposal, and how it was decided.
		expect(
			(
				await as('leadMember')
					.from('organisation_proposals')
					.select('status, decided_by')
					.eq('id', first)
			).data
		).toEqual([{ status: 'declined', decided_by: USER.leadAdmin }]);
	});

	it('a decided proposal is not decided again', async () => {
		const decided = await proposal(first);
		const before = await organisation();
		for (const status of ['accepted', 'declined', 'pending']) {
			expectRefused(
				await as('leadAdmin')
					.from('organisation_proposals')
					.update({ status })
					.eq('id', first)
					.select('id'),
				CHECK,
				400
			);
		}
		const again = await as('leadAdmin').rpc('accept_organisation_proposal', {
			proposal: first,
			seen_version: await version()
		});
		expect(again.error?.code).toBe(NO_PENDING_PROPOSAL);
		expect(await proposal(first)).toEqual(decided);
		expect(await organisation()).toEqual(before);
	});

	it('the admin accepts: the organisation takes the proposed details, its version goes up, the proposal is marked accepted; true', async () => {
		const id = await propose({
			name: 'Lead, accepted (test)',
			city: null,
			website: null,
			kind: 'ngo',
			country: 'EE'
		});
		const seen = await version();
		const since = await lastAuditId();
		const response = await as('leadAdmin').rpc('accept_organisation_proposal', {
			proposal: id,
			seen_version: seen
		});
		expect(response.error).toBeNull();
		expect(response.data).toBe(true);
		expect(await organisation()).toEqual({
			name: 'Lead, accepted (test)',
			kind: 'ngo',
			city: null,
			country: 'EE',
			website: null,
			description: text('What we do now'),
			version: seen + 1
		});
		expect(await proposal(id)).toMatchObject({
			status: 'accepted',
			decided_by: USER.leadAdmin,
			decided_at: expect.any(Date)
		});
		expect(await auditSince(since, ORG.lead)).toEqual([
			expect.objectContaining({
				actor_id: USER.leadAdmin,
				action: 'organisation_proposal.accepted',
				details: { proposal_id: id, proposed_by: USER.leadMember }
			})
		]);
	});

	it('with a stale seen_version it answers false and changes nothing', async () => {
		const id = await propose({ name: 'Lead, too late (test)' });
		const before = await organisation();
		const response = await as('leadAdmin').rpc('accept_organisation_proposal', {
			proposal: id,
			seen_version: (before.version as number) - 1
		});
		expect(response.error).toBeNull();
		expect(response.data).toBe(false);
		expect(await organisation()).toEqual(before);
		expect(await proposal(id)).toMatchObject({
			status: 'pending',
			decided_by: null,
			decided_at: null
		});
	});

	it('the proposer (not an admin) cannot accept their own proposal: refused, nothing changes', async () => {
		const id = await propose({ name: 'Lead, self-accepted (test)' });
		const before = await organisation();
		const since = await lastAuditId();
		expectRefused(
			await as('leadMember').rpc('accept_organisation_proposal', {
				proposal: id,
				seen_version: before.version
			}),
			DENIED,
			403
		);
		// Another member does not even see it.
		expect(
			(
				await as('leadMember2').rpc('accept_organisation_proposal', {
					proposal: id,
					seen_version: before.version
				})
			).error?.code
		).toBe(NO_PENDING_PROPOSAL);
		expectRefused(
			await as('anon').rpc('accept_organisation_proposal', {
				proposal: id,
				seen_version: before.version
			}),
			DENIED,
			401
		);
		expect(await organisation()).toEqual(before);
		expect(await proposal(id)).toMatchObject({ status: 'pending', decided_by: null });
		expect(await auditSince(since)).toEqual([]);
	});

	it('a platform admin may accept too', async () => {
		const id = await propose({ name: 'Lead, by the platform (test)' });
		const seen = await version();
		const response = await as('platformAdmin').rpc('accept_organisation_proposal', {
			proposal: id,
			seen_version: seen
		});
		expect(response.data).toBe(true);
		expect(await organisation()).toMatchObject({
			name: 'Lead, by the platform (test)',
			version: seen + 1
		});
		expect(await proposal(id)).toMatchObject({
			status: 'accepted',
			decided_by: USER.platformAdmin
		});
	});

	// A proposal already decided (say by another admin a moment before) is an expected answer:
	// a client error the portal explains, never a server error.
	it('accepting a proposal that is not pending (or not visible) is a client error (4xx), not a server error', async () => {
		const statuses: Record<string, number> = {};
		statuses['already declined'] = (
			await as('leadAdmin').rpc('accept_organisation_proposal', {
				proposal: first,
				seen_version: await version()
			})
		).status;
		statuses['no such proposal'] = (
			await as('leadAdmin').rpc('accept_organisation_proposal', {
				proposal: randomUUID(),
				seen_version: await version()
			})
		).status;
		const clientErrors = Object.fromEntries(
			Object.entries(statuses).map(([name, status]) => [
				name,
				status >= 400 && status < 500 ? 'client error' : status
			])
		);
		expect(clientErrors).toEqual({
			'already declined': 'client error',
			'no such proposal': 'client error'
		});
	});

	// "Accepted" means the proposed details were applied: accept_organisation_proposal does both in
	// one transaction; setting the status directly is refused.
	it('a proposal is marked accepted only by accepting it (applying its details), not by setting its status', async () => {
		const id = await propose({ name: 'Lead, accepted on paper only (test)' });
		const before = await organisation();
		const response = await as('leadAdmin')
			.from('organisation_proposals')
			.update({ status: 'accepted' })
			.eq('id', id)
			.select('status');
		const stored = await proposal(id);
		const after = await organisation();
		expect({
			refused: response.error !== null,
			status: stored.status,
			organisationChanged: after.name !== before.name
		}).toEqual({
			refused: true,
			status: 'pending',
			organisationChanged: false
		});
	});
});
