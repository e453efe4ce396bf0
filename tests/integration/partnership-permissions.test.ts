// What a person may do with a project, an organisation and a practice transfer, as
// public.project_permissions, public.organisation_permissions and public.transfer_permissions answer
// it (supabase/migrations/20261215100000_project_permissions.sql, 20261215100100_organisation_permissions.sql,
// 20261215100200_transfer_permissions.sql), and whom they may start a practice, a project or a
// collection for and where they may list an event (20261215100300_practice_owner_choices.sql,
// 20261215400000_project_lead_organisations.sql, 20261215400100_event_listing_projects.sql,
// 20261215400200_collection_owner_choices.sql), acting as each role through the real PostgREST: the
// answer itself, and that it agrees with what the database then lets each role do.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `pp-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** L: leads the projects; the coordinator acts for it; owns the practice. */
	lead: make.organisation({ kind: 'municipality' }),
	/** P: a partner; adopts the practice. */
	partner: make.organisation({ country: 'PL' }),
	/** U: in no project. */
	unrelated: make.organisation({ country: 'SE' })
};
const USER = {
	/** Member of U only. */
	outsider: make.person({ memberOf: ORG.unrelated }),
	/** Member of P, a viewer in the published project. */
	viewer: make.person({ memberOf: ORG.partner }),
	/** Member of P, its partner editor in both projects. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Member of L, the coordinator of both projects. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Admin of P, in no project. */
	organisationAdmin: make.person({ adminOf: ORG.partner }),
	/** Platform admin, member of nothing. */
	platformAdmin: make.person({ is_platform_admin: true })
};
type Person = keyof typeof USER;
const ROLES: Array<Person | 'anon'> = ['anon', ...(Object.keys(USER) as Person[])];

const PROJECT = {
	published: make.project({ is_published: true }),
	draft: make.project({ is_published: false })
};
for (const project of Object.values(PROJECT)) {
	make.partner(project, ORG.lead, 'lead_partner');
	make.partner(project, ORG.partner);
	make.projectMember(project, USER.coordinator, ORG.lead, 'coordinator');
	make.projectMember(project, USER.partnerEditor, ORG.partner, 'partner_editor');
}
make.projectMember(PROJECT.published, USER.viewer, ORG.partner, 'viewer');

/** Hosted by P, listed in the published project: edited by its coordinator and P's admins. */
const EVENT = make.event({ host_organisation_id: ORG.partner, projects: [PROJECT.published] });

/** L's practice (a draft: read by L and platform admins), adopted by P. */
const PRACTICE = make.practice(ORG.lead);

/** P adopts the practice: made in the first test, and again after each removal. */
const TRANSFER = `insert into public.practice_transfers (practice_id, organisation_id)
  values ('${PRACTICE}', '${ORG.partner}') returning id`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.practices where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
const as = actingAs<Person>(stack, USER);

/** The row's permissions column as `who` reads it with the row; null when the row is not theirs to read. */
async function permissionsOf<Permissions>(
	who: Person | 'anon',
	table: 'projects' | 'organisations' | 'practice_transfers',
	column: string,
	id: string
): Promise<Permissions | null> {
	const { data, error } = await as(who)
		.from(table)
		.select(`permissions:${column}`)
		.eq('id', id)
		.maybeSingle();
	expect(error).toBeNull();
	return ((data as { permissions?: Permissions } | null)?.permissions as Permissions) ?? null;
}

/** Each role's answer, by role. */
async function everyRole<Answer>(answer: (who: Person | 'anon') => Promise<Answer>) {
	const seen: Partial<Record<Person | 'anon', Answer>> = {};
	for (const who of ROLES) seen[who] = await answer(who);
	return seen;
}

type ProjectPermissions = {
	read: boolean;
	edit: boolean;
	documents: boolean;
	people: boolean;
	invite: boolean;
};
const project = (who: Person | 'anon', id: string) =>
	permissionsOf<ProjectPermissions>(who, 'projects', 'project_permissions', id);
const READER: ProjectPermissions = {
	read: true,
	edit: false,
	documents: false,
	people: false,
	invite: false
};
const COORDINATOR: ProjectPermissions = {
	read: true,
	edit: true,
	documents: true,
	people: true,
	invite: true
};

describe('public.project_permissions, as each role', () => {
	it('answers what each role may do with a published project', async () => {
		expect(await everyRole((who) => project(who, PROJECT.published))).toEqual({
			anon: READER,
			outsider: READER,
			viewer: { ...READER, people: true },
			partnerEditor: { ...READER, documents: true, people: true },
			coordinator: COORDINATOR,
			organisationAdmin: READER,
			platformAdmin: COORDINATOR
		});
	});

	it('answers nothing to those who may not read a draft, and the partnership what it may do', async () => {
		expect(await everyRole((who) => project(who, PROJECT.draft))).toEqual({
			anon: null,
			outsider: null,
			viewer: null,
			partnerEditor: { ...READER, documents: true, people: true },
			coordinator: COORDINATOR,
			organisationAdmin: null,
			platformAdmin: COORDINATOR
		});
	});

	it('edit: exactly those it names change the project (row level security)', async () => {
		for (const who of ROLES) {
			const may = (await project(who, PROJECT.published))?.edit ?? false;
			const { data } = await as(who)
				.from('projects')
				.update({ grant_reference: `GR-${who}` })
				.eq('id', PROJECT.published)
				.select('id');
			expect({ who, changed: (data ?? []).length > 0 }).toEqual({ who, changed: may });
		}
	});

	it('people: exactly those it names see who takes part', async () => {
		for (const who of ROLES) {
			const may = (await project(who, PROJECT.published))?.people ?? false;
			const { data } = await as(who)
				.from('project_members')
				.select('user_id')
				.eq('project_id', PROJECT.published);
			expect({ who, sees: (data ?? []).length > 0 }).toEqual({ who, sees: may });
		}
	});
});

type OrganisationPermissions = {
	edit: boolean;
	members: boolean;
	propose: boolean;
	units: boolean;
};
const organisation = (who: Person | 'anon') =>
	permissionsOf<OrganisationPermissions>(
		who,
		'organisations',
		'organisation_permissions',
		ORG.partner
	);
const NONE: OrganisationPermissions = { edit: false, members: false, propose: false, units: false };

describe('public.organisation_permissions, as each role', () => {
	it('answers what each role may do with an organisation', async () => {
		expect(await everyRole(organisation)).toEqual({
			anon: NONE,
			outsider: NONE,
			viewer: { edit: false, members: true, propose: true, units: false },
			partnerEditor: { edit: false, members: true, propose: true, units: false },
			// In the project with P, but no member of P.
			coordinator: NONE,
			organisationAdmin: { edit: true, members: true, propose: true, units: false },
			platformAdmin: { edit: true, members: true, propose: false, units: true }
		});
	});

	it('edit: exactly those it names change the organisation (row level security)', async () => {
		for (const who of ROLES) {
			const may = (await organisation(who))?.edit ?? false;
			const { data } = await as(who)
				.from('organisations')
				.update({ city: `Leszno ${who}` })
				.eq('id', ORG.partner)
				.select('id');
			expect({ who, changed: (data ?? []).length > 0 }).toEqual({ who, changed: may });
		}
	});

	it('members: exactly those it names see who belongs to it', async () => {
		for (const who of ROLES) {
			const may = (await organisation(who))?.members ?? false;
			const { data } = await as(who)
				.from('organisation_members')
				.select('user_id')
				.eq('organisation_id', ORG.partner);
			expect({ who, sees: (data ?? []).length > 0 }).toEqual({ who, sees: may });
		}
	});

	it('propose: exactly those it names propose a change', async () => {
		for (const who of ROLES) {
			const may = (await organisation(who))?.propose ?? false;
			const { error } = await as(who)
				.from('organisation_proposals')
				.insert({
					organisation_id: ORG.partner,
					base_version: 1,
					name: `Proposed by ${who} (test)`,
					kind: 'ngo',
					country: 'PL'
				});
			expect({ who, proposed: error === null }).toEqual({ who, proposed: may });
		}
	});
	it('units: exactly those it names make it a unit of another (private.check_organisation_parent)', async () => {
		for (const who of ROLES) {
			const may = (await organisation(who))?.units ?? false;
			const { data, error } = await as(who)
				.from('organisations')
				.update({ parent_id: ORG.unrelated })
				.eq('id', ORG.partner)
				.select('id');
			expect({ who, named: !error && (data ?? []).length > 0 }).toEqual({ who, named: may });
			if (may)
				await as(who).from('organisations').update({ parent_id: null }).eq('id', ORG.partner);
		}
	});
});

type TransferPermissions = { edit: boolean; remove: boolean };
let transfer = '';
const transferOf = (who: Person | 'anon') =>
	permissionsOf<TransferPermissions>(who, 'practice_transfers', 'transfer_permissions', transfer);

describe('public.transfer_permissions, as each role', () => {
	it('answers what each role may do with a transfer, and nothing to those who may not read it', async () => {
		transfer = (await peek<{ id: string }>(TRANSFER))[0].id;
		expect(await everyRole(transferOf)).toEqual({
			anon: null,
			outsider: null,
			viewer: { edit: true, remove: false },
			partnerEditor: { edit: true, remove: false },
			// Reads it as a member of the practice's organisation; follows none of P's transfers.
			coordinator: { edit: false, remove: false },
			organisationAdmin: { edit: true, remove: true },
			platformAdmin: { edit: true, remove: true }
		});
	});

	it('edit: exactly those it names follow the transfer (row level security)', async () => {
		for (const who of ROLES) {
			const may = (await transferOf(who))?.edit ?? false;
			const { data } = await as(who)
				.from('practice_transfers')
				.update({ notes: `Noted by ${who}` })
				.eq('id', transfer)
				.select('id');
			expect({ who, changed: (data ?? []).length > 0 }).toEqual({ who, changed: may });
		}
	});

	it('remove: exactly those it names remove the transfer', async () => {
		for (const who of ROLES) {
			const may = (await transferOf(who))?.remove ?? false;
			const { data } = await as(who)
				.from('practice_transfers')
				.delete()
				.eq('id', transfer)
				.select('id');
			expect({ who, removed: (data ?? []).length > 0 }).toEqual({ who, removed: may });
			if (may) transfer = (await peek<{ id: string }>(TRANSFER))[0].id;
		}
	});
});

const sorted = (...ids: string[]) => [...ids].sort();

/** Among the file's organisations and projects, those `who` is offered to start a practice for. */
async function ownerChoicesOf(who: Person | 'anon') {
	const api = as(who);
	const [organisations, projects] = await Promise.all([
		api.rpc('practice_owner_organisations').select('id').in('id', Object.values(ORG)),
		api.rpc('practice_owner_projects').select('id').in('id', Object.values(PROJECT))
	]);
	const failed = organisations.error ?? projects.error;
	if (failed) return failed.code;
	const ids = (rows: unknown) => (rows as Array<{ id: string }>).map((row) => row.id).sort();
	return { organisations: ids(organisations.data), projects: ids(projects.data) };
}

describe('public.practice_owner_organisations and practice_owner_projects, as each role', () => {
	it('offer each role the organisations and projects it may start a practice for', async () => {
		const everyProject = sorted(...Object.values(PROJECT));
		expect(await everyRole(ownerChoicesOf)).toEqual({
			// Signed-out people start nothing: the functions are not theirs to call.
			anon: '42501',
			outsider: { organisations: [ORG.unrelated], projects: [] },
			viewer: { organisations: [ORG.partner], projects: [] },
			partnerEditor: { organisations: [ORG.partner], projects: everyProject },
			coordinator: { organisations: [ORG.lead], projects: everyProject },
			organisationAdmin: { organisations: [ORG.partner], projects: [] },
			platformAdmin: { organisations: sorted(...Object.values(ORG)), projects: everyProject }
		});
	});

	it('offer exactly what the database then accepts', async () => {
		let made = 0;
		for (const who of ROLES.filter((role) => role !== 'anon')) {
			const offered = await ownerChoicesOf(who);
			if (typeof offered === 'string') throw new Error(`${who}: ${offered}`);
			for (const organisation of Object.values(ORG)) {
				for (const project of [null, PROJECT.published]) {
					const { error } = await as(who).rpc('create_practice', {
						organisation,
						project,
						slug: `${PREFIX}-started-${++made}`,
						locale: 'en',
						title: `Started by ${who} (test)`
					});
					// Part of a project only for one of its partners (a foreign key, whoever starts it).
					const may =
						offered.organisations.includes(organisation) &&
						(project === null ||
							(offered.projects.includes(project) && organisation !== ORG.unrelated));
					expect({ who, organisation, project, started: error === null }).toEqual({
						who,
						organisation,
						project,
						started: may
					});
				}
			}
		}
	});
});

/** The ids among `among` that `who` gets from a choice function, sorted; the error code when refused. */
async function offered(
	who: Person | 'anon',
	choices:
		| 'project_lead_organisations'
		| 'collection_owner_organisations'
		| 'collection_owner_projects'
		| 'event_listing_projects',
	among: string[]
) {
	const { data, error } = await as(who)
		.rpc(choices, choices === 'event_listing_projects' ? { event: EVENT } : {})
		.select('id')
		.in('id', among);
	if (error) return error.code;
	return (data as Array<{ id: string }>).map((row) => row.id).sort();
}

const SIGNED_IN = ROLES.filter((role): role is Person => role !== 'anon');

describe('public.project_lead_organisations, as each role', () => {
	const leadable = (who: Person | 'anon') =>
		offered(who, 'project_lead_organisations', Object.values(ORG));

	it('offers each role the organisations it may start a project for', async () => {
		expect(await everyRole(leadable)).toEqual({
			anon: '42501',
			outsider: [],
			viewer: [],
			partnerEditor: [],
			coordinator: [ORG.lead],
			organisationAdmin: [ORG.partner],
			platformAdmin: sorted(...Object.values(ORG))
		});
	});

	it('offers exactly what public.create_project then accepts', async () => {
		let made = 0;
		for (const who of SIGNED_IN) {
			const choices = await leadable(who);
			for (const organisation of Object.values(ORG)) {
				const slug = `${PREFIX}-led-${++made}`;
				const { error } = await as(who).rpc('create_project', {
					organisation,
					slug,
					title: { en: { text: `Led by ${who} (test)`, status: 'original' } }
				});
				expect({ who, organisation, started: error === null }).toEqual({
					who,
					organisation,
					started: choices.includes(organisation)
				});
				await peek(`delete from public.projects where slug = '${slug}'`);
			}
		}
	});
});

describe('public.event_listing_projects, as each role', () => {
	const listable = (who: Person | 'anon') =>
		offered(who, 'event_listing_projects', Object.values(PROJECT));

	it('offers each role the projects it may list the event in, those not listing it yet', async () => {
		expect(await everyRole(listable)).toEqual({
			anon: '42501',
			outsider: [],
			viewer: [],
			partnerEditor: [],
			coordinator: [PROJECT.draft],
			// Edits the event as its host's admin, but coordinates no project.
			organisationAdmin: [],
			platformAdmin: [PROJECT.draft]
		});
	});

	it('offers exactly what row level security then lets each role list it in', async () => {
		for (const who of SIGNED_IN) {
			const choices = await listable(who);
			for (const project of Object.values(PROJECT)) {
				const { error } = await as(who)
					.from('project_events')
					.insert({ project_id: project, event_id: EVENT });
				expect({ who, project, listed: error === null }).toEqual({
					who,
					project,
					listed: choices.includes(project)
				});
				if (project !== PROJECT.published)
					await peek(
						`delete from public.project_events where project_id = '${project}' and event_id = '${EVENT}'`
					);
			}
		}
	});
});

describe('public.collection_owner_projects and collection_owner_organisations, as each role', () => {
	async function owners(who: Person | 'anon') {
		const [projects, organisations] = await Promise.all([
			offered(who, 'collection_owner_projects', Object.values(PROJECT)),
			offered(who, 'collection_owner_organisations', Object.values(ORG))
		]);
		return { projects, organisations };
	}

	it('offer each role the projects and organisations it may start a collection for', async () => {
		const everyProject = sorted(...Object.values(PROJECT));
		expect(await everyRole(owners)).toEqual({
			anon: { projects: '42501', organisations: '42501' },
			outsider: { projects: [], organisations: [] },
			viewer: { projects: [], organisations: [] },
			partnerEditor: { projects: [], organisations: [] },
			coordinator: { projects: everyProject, organisations: [] },
			organisationAdmin: { projects: [], organisations: [ORG.partner] },
			platformAdmin: { projects: everyProject, organisations: sorted(...Object.values(ORG)) }
		});
	});

	it('offer exactly what row level security then lets each role start', async () => {
		let made = 0;
		for (const who of SIGNED_IN) {
			const choices = await owners(who);
			const candidates = [
				...Object.values(PROJECT).map((id) => ({
					id,
					column: 'project_id',
					among: choices.projects
				})),
				...Object.values(ORG).map((id) => ({
					id,
					column: 'organisation_id',
					among: choices.organisations
				}))
			];
			for (const { id, column, among } of candidates) {
				const { error } = await as(who)
					.from('collections')
					.insert({
						[column]: id,
						slug: `${PREFIX}-kept-${++made}`,
						title: { en: { text: `Kept by ${who} (test)`, status: 'original' } }
					});
				expect({ who, id, started: error === null }).toEqual({
					who,
					id,
					started: among.includes(id)
				});
			}
		}
	});
});
