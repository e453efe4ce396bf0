// Events of joint projects (supabase/migrations/20261122130000_events.sql), as each role, through
// the real PostgREST the way the portal calls it: the anon key, and for a signed-in person a
// minted user token (auth.uid() is its `sub`).
//
// Like project-editing.test.ts, these requests commit: this file works on people, organisations,
// projects and events of its own, named with a random tag, and removes them afterwards (events are
// not part of a project: they are deleted explicitly, before the projects and organisations).
// Fixtures are written, and outcomes checked, as `postgres`, which bypasses row level security.
// Wall-clock times are compared as text (`::text` as postgres, JSON as PostgREST gives them), never
// as JavaScript dates, which would bring in the test machine's zone.
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
// PostgREST answers PTxyz with HTTP xyz: an organisation without places at the event is a 409.
const NO_DELEGATION = 'PT409';

// Fixtures: this run's own --------------------------------------------------------------------
const TAG = randomBytes(4).toString('hex');
/** Every slug this file makes starts so, and cleaning up removes exactly those. */
const PREFIX = `ev-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** L: leads the projects; its members coordinate them. */
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	/** H: hosts the events; a partner in A (an event's host must be), though none of its people holds a project role. */
	host: make.organisation({ city: 'Tartu', country: 'EE' }),
	/** P: a partner in project A. */
	partner: make.organisation({ kind: 'university', city: 'Leszno', country: 'PL' }),
	/** Q: another partner in project A. */
	other: make.organisation({ kind: 'association', city: 'Faenza', country: 'IT' }),
	/** U: unrelated to everything here (a partner in no project). */
	unrelated: make.organisation({ kind: 'other', city: 'Vänersborg', country: 'SE' })
};
const USER = {
	/** Platform admin, member of nothing. */
	platformAdmin: make.person({ is_platform_admin: true }),
	/** Plain member of L; coordinator for L of projects A, B and D. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Plain member of L; coordinator for L of project B only. */
	coordinatorB: make.person({ memberOf: ORG.lead }),
	/** Member of P; partner editor for P in project A. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Plain member of P, in no project. */
	partnerMember: make.person({ memberOf: ORG.partner }),
	/** Admin of P, in no project. */
	partnerAdmin: make.person({ adminOf: ORG.partner }),
	/** Plain member of Q, in no project. */
	otherMember: make.person({ memberOf: ORG.other }),
	/** Admin of the host organisation H, with no project role. */
	hostAdmin: make.person({ adminOf: ORG.host }),
	/** Plain member of H, with no project role. */
	hostMember: make.person({ memberOf: ORG.host }),
	/** Member of U, in no project. */
	outsider: make.person({ memberOf: ORG.unrelated })
};
const PROJECT = {
	/** Published; partners L (lead), P, Q and the host H. */
	a: make.project({ is_published: true }),
	/** Published; partner L. */
	b: make.project({ is_published: true }),
	/** A draft; partner L. */
	draft: make.project()
};
make.partner(PROJECT.a, ORG.lead, 'lead_partner');
make.partner(PROJECT.a, ORG.partner);
make.partner(PROJECT.a, ORG.other);
make.partner(PROJECT.a, ORG.host);
make.partner(PROJECT.b, ORG.lead, 'lead_partner');
make.partner(PROJECT.draft, ORG.lead, 'lead_partner');
make.projectMember(PROJECT.a, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT.a, USER.partnerEditor, ORG.partner, 'partner_editor');
make.projectMember(PROJECT.b, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT.b, USER.coordinatorB, ORG.lead, 'coordinator');
make.projectMember(PROJECT.draft, USER.coordinator, ORG.lead, 'coordinator');
const inA = {
	projects: [PROJECT.a],
	host_organisation_id: ORG.host,
	visibility: 'public'
} as const;
const EVENT = {
	/** Public, in A, hosted by H in Riga, 24–26 October 2025 (the clocks go back on the 26th). */
	main: make.event({
		...inA,
		slug: slug('main'),
		kind: 'conference',
		starts_local: '2025-10-24 09:00',
		ends_local: '2025-10-26 18:00'
	}),
	/** For the partnership only, in A, hosted by H. */
	partners: make.event({
		...inA,
		visibility: 'partners',
		starts_local: '2026-02-10 09:00',
		ends_local: '2026-02-11 17:00'
	}),
	/** Public, but in the draft project D only; hosted by L. */
	draft: make.event({
		projects: [PROJECT.draft],
		kind: 'workshop',
		host_organisation_id: ORG.lead,
		starts_local: '2026-03-03 10:00',
		ends_local: '2026-03-03 16:00',
		visibility: 'public'
	}),
	/** Public, in A, hosted by H: where people register. P has 2 places, Q 1. */
	meeting: make.event({
		...inA,
		time_zone: 'Europe/Tallinn',
		starts_local: '2026-04-20 09:00',
		ends_local: '2026-04-21 17:00'
	}),
	/** In A, hosted by H in Riga, 29–30 March 2025 (the clocks go forward on the 30th). */
	spring: make.event({
		...inA,
		kind: 'workshop',
		starts_local: '2025-03-29 09:00',
		ends_local: '2025-03-30 18:00'
	}),
	/** In A, hosted by H in London, 29–30 March 2025, with a session at 03:30 on the 30th. */
	london: make.event({
		...inA,
		kind: 'study_visit',
		time_zone: 'Europe/London',
		starts_local: '2025-03-29 09:00',
		ends_local: '2025-03-30 18:00'
	}),
	/** Hosted by U, in no project: nobody here but U's members and platform admins edits it. */
	foreign: make.event({
		kind: 'workshop',
		host_organisation_id: ORG.unrelated,
		time_zone: 'Europe/Stockholm',
		starts_local: '2026-06-01 09:00',
		ends_local: '2026-06-01 17:00',
		visibility: 'public'
	})
};
make.delegation(EVENT.main, ORG.lead, 5, { reported_participants: 7 });
make.delegation(EVENT.main, ORG.host, 0, { reported_participants: 3 });
make.delegation(EVENT.main, ORG.partner, 0, { reported_participants: 4 });
make.delegation(EVENT.main, ORG.other, 0, { reported_participants: 2 });
make.delegation(EVENT.partners, ORG.other, 0, { reported_participants: 5 });
make.delegation(EVENT.draft, ORG.lead, 0, { reported_participants: 2 });
make.delegation(EVENT.meeting, ORG.partner, 2);
make.delegation(EVENT.meeting, ORG.other, 1);
make.registration(EVENT.main, ORG.lead, { email: `lead-person@${EMAIL_DOMAIN}` });

const title = (en: string) => `'{"en": {"text": "${en}", "status": "original"}}'`;
const text = (en: string) => ({ en: { text: en, status: 'original' } });

const FIXTURES = `
insert into public.event_links (event_id, online_url) values
  ('${EVENT.main}', 'https://meet.example/${TAG}-main'),
  ('${EVENT.partners}', 'https://meet.example/${TAG}-partners'),
  ('${EVENT.draft}', 'https://meet.example/${TAG}-draft');
insert into public.event_sessions (event_id, starts_local, ends_local, title, kind) values
  ('${EVENT.main}', '2025-10-24 09:30', '2025-10-24 10:30', ${title('Opening (test)')}, 'plenary'),
  ('${EVENT.main}', '2025-10-26 10:00', '2025-10-26 11:00', ${title('Closing (test)')}, 'plenary'),
  ('${EVENT.partners}', '2026-02-10 09:30', '2026-02-10 12:00', ${title('Steering group (test)')}, 'session'),
  ('${EVENT.draft}', '2026-03-03 10:00', '2026-03-03 12:00', ${title('Draft session (test)')}, 'workshop'),
  ('${EVENT.london}', '2025-03-30 03:30', '2025-03-30 04:30', ${title('Early walk (test)')}, 'visit');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { db, peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		const left = await peek(
			`select (select count(*)::int from public.events where slug like $1) as events,
			        (select count(*)::int from public.organisations where slug like $1) as organisations,
			        (select count(*)::int from public.projects where slug like $1) as projects,
			        (select count(*)::int from public.users where email like $2) as users`,
			[`${PREFIX}-%`, `%@${EMAIL_DOMAIN}`]
		);
		expect(left).toEqual([{ events: 0, organisations: 0, projects: 0, users: 0 }]);
	}
});

// Clients ------------------------------------------------------------------------------------
type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);

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

async function eventsLike(pattern: string): Promise<number> {
	return (
		await peek<{ n: number }>(`select count(*)::int as n from public.events where slug like $1`, [
			pattern
		])
	)[0].n;
}

/** Everything the database holds about an event, to show that a refused request changed nothing. */
async function eventSnapshot(event: string): Promise<unknown> {
	const [row] = await peek<{ snapshot: unknown }>(
		`select jsonb_build_object(
		   'event', (select to_jsonb(e) from public.events e where e.id = $1),
		   'listings', (select jsonb_agg(x.project_id order by x.project_id) from public.project_events x where x.event_id = $1),
		   'link', (select to_jsonb(x) from public.event_links x where x.event_id = $1),
		   'sessions', (select jsonb_agg(to_jsonb(x) order by x.id) from public.event_sessions x where x.event_id = $1),
		   'delegations', (select jsonb_agg(to_jsonb(x) order by x.organisation_id) from public.event_delegations x where x.event_id = $1),
		   'registrations', (select jsonb_agg(to_jsonb(x) order by x.id) from public.event_registrations x where x.event_id = $1)
		 ) as snapshot`,
		[event]
	);
	return row.snapshot;
}

const EVERYONE: Who[] = [
	'anon',
	'outsider',
	'partnerMember',
	'partnerAdmin',
	'otherMember',
	'coordinatorB',
	'hostMember',
	'hostAdmin',
	'partnerEditor',
	'coordinator',
	'platformAdmin'
];

/** What each person gets of an event through the API: rows, or the SQLSTATE of the refusal. */
async function whoSees(event: string, readers: Who[] = EVERYONE) {
	const seen: Record<string, Record<string, Outcome>> = {};
	for (const who of readers) {
		const c = as(who);
		seen[who] = {
			event: outcome(await c.from('events').select('id').eq('id', event)),
			listings: outcome(await c.from('project_events').select('project_id').eq('event_id', event)),
			sessions: outcome(await c.from('event_sessions').select('id').eq('event_id', event)),
			link: outcome(await c.from('event_links').select('online_url').eq('event_id', event)),
			delegations: outcome(
				await c.from('event_delegations').select('organisation_id').eq('event_id', event)
			),
			registrations: outcome(await c.from('event_registrations').select('id').eq('event_id', event))
		};
	}
	return seen;
}

const row = (
	event: Outcome,
	listings: Outcome,
	sessions: Outcome,
	link: Outcome,
	delegations: Outcome,
	registrations: Outcome
) => ({
	event,
	listings,
	sessions,
	link,
	delegations,
	registrations
});

// Reading ------------------------------------------------------------------------------------
describe('reading events', () => {
	it('anon reads a public event of a published project, its listing and its agenda (wall-clock times with the zone)', async () => {
		const anon = as('anon');
		const event = await anon
			.from('events')
			.select(
				'id, slug, kind, time_zone, starts_local, ends_local, time_precision, visibility, status'
			)
			.eq('id', EVENT.main);
		expect(event.error).toBeNull();
		expect(event.data).toEqual([
			{
				id: EVENT.main,
				slug: slug('main'),
				kind: 'conference',
				time_zone: 'Europe/Riga',
				starts_local: '2025-10-24T09:00:00',
				ends_local: '2025-10-26T18:00:00',
				time_precision: 'minute',
				visibility: 'public',
				status: 'planned'
			}
		]);
		expect(
			(await anon.from('project_events').select('project_id').eq('event_id', EVENT.main)).data
		).toEqual([{ project_id: PROJECT.a }]);
		const sessions = await anon
			.from('event_sessions')
			.select('starts_local, ends_local, kind')
			.eq('event_id', EVENT.main)
			.order('starts_local');
		expect(sessions.data).toEqual([
			{ starts_local: '2025-10-24T09:30:00', ends_local: '2025-10-24T10:30:00', kind: 'plenary' },
			{ starts_local: '2025-10-26T10:00:00', ends_local: '2025-10-26T11:00:00', kind: 'plenary' }
		]);
	});

	it('anon sees who comes as people per country (registrations where there are any, else the reported number), never names', async () => {
		const attendance = await as('anon').rpc('event_attendance', { event: EVENT.main });
		expect(attendance.error).toBeNull();
		// LV: one registration outweighs the 7 reported; the others as reported.
		expect(attendance.data).toEqual([
			{ country: 'EE', participants: 3, attended: false },
			{ country: 'IT', participants: 2, attended: false },
			{ country: 'LV', participants: 1, attended: false },
			{ country: 'PL', participants: 4, attended: false }
		]);
	});

	it('anon gets no registrations, delegations or online link at all (no grant: 401)', async () => {
		const anon = as('anon');
		expectRefused(
			await anon.from('event_registrations').select('id, full_name').eq('event_id', EVENT.main),
			DENIED,
			401
		);
		expectRefused(
			await anon
				.from('event_delegations')
				.select('organisation_id, places')
				.eq('event_id', EVENT.main),
			DENIED,
			401
		);
		expectRefused(
			await anon.from('event_links').select('online_url').eq('event_id', EVENT.main),
			DENIED,
			401
		);
		// Nor through an embedding on the readable event.
		expect(
			(await anon.from('events').select('id, event_links(online_url)').eq('id', EVENT.main)).error
				?.code
		).toBe(DENIED);
		expect(
			(await anon.from('events').select('id, event_delegations(places)').eq('id', EVENT.main)).error
				?.code
		).toBe(DENIED);
	});

	it('a public event: everyone reads it and its agenda; the link and all places only the partnership and the editors, members their own organisation’s places; names only editors and the own organisation’s registrants', async () => {
		// The partnership: members of a project that lists it (A: coordinator, partner editor) and of
		// its host organisation (H). Members of P, Q and L read their own organisation's row of the
		// four. L's registration is read by the editors (the coordinator acts for L in A too), not by
		// coordinatorB: a plain member of L who acts for L only in B, which does not list the event.
		const none = row(1, 1, 2, 0, 0, 0);
		const ownPlaces = row(1, 1, 2, 0, 1, 0);
		expect(await whoSees(EVENT.main)).toEqual({
			anon: row(1, 1, 2, DENIED, DENIED, DENIED),
			outsider: none,
			partnerMember: ownPlaces,
			partnerAdmin: ownPlaces,
			otherMember: ownPlaces,
			coordinatorB: ownPlaces,
			hostMember: row(1, 1, 2, 1, 4, 0),
			hostAdmin: row(1, 1, 2, 1, 4, 1),
			partnerEditor: row(1, 1, 2, 1, 4, 0),
			coordinator: row(1, 1, 2, 1, 4, 1),
			platformAdmin: row(1, 1, 2, 1, 4, 1)
		});
	});

	it("a 'partners' event is invisible to anon and outsiders, visible to the project's members and the host organisation's", async () => {
		const hidden = row(0, 0, 0, 0, 0, 0);
		const partnership = row(1, 1, 1, 1, 1, 0);
		expect(await whoSees(EVENT.partners)).toEqual({
			anon: row(0, 0, 0, DENIED, DENIED, DENIED),
			outsider: hidden,
			// P and Q are partners in A, but these people hold no role in it. Only Q has places here:
			// Q's member reads Q's own row, and nothing else of the event.
			partnerMember: hidden,
			partnerAdmin: hidden,
			otherMember: row(0, 0, 0, 0, 1, 0),
			coordinatorB: hidden,
			hostMember: partnership,
			hostAdmin: partnership,
			partnerEditor: partnership,
			coordinator: partnership,
			platformAdmin: partnership
		});
		// Attendance too: nothing for anon, the counts for the partnership.
		expect((await as('anon').rpc('event_attendance', { event: EVENT.partners })).data).toEqual([]);
		expect((await as('outsider').rpc('event_attendance', { event: EVENT.partners })).data).toEqual(
			[]
		);
		expect(
			(await as('partnerEditor').rpc('event_attendance', { event: EVENT.partners })).data
		).toEqual([{ country: 'IT', participants: 5, attended: false }]);
	});

	it('an event of a draft project is invisible to anon (and to everyone outside that project and the host organisation)', async () => {
		const hidden = row(0, 0, 0, 0, 0, 0);
		expect(
			await whoSees(EVENT.draft, [
				'anon',
				'outsider',
				'partnerEditor',
				'partnerMember',
				'hostAdmin',
				'hostMember',
				'coordinatorB',
				'coordinator',
				'platformAdmin'
			])
		).toEqual({
			anon: row(0, 0, 0, DENIED, DENIED, DENIED),
			outsider: hidden,
			partnerEditor: hidden,
			partnerMember: hidden,
			// H does not host this one.
			hostAdmin: hidden,
			hostMember: hidden,
			// A member of its host organisation L.
			coordinatorB: row(1, 0, 1, 1, 1, 0),
			coordinator: row(1, 1, 1, 1, 1, 0),
			platformAdmin: row(1, 1, 1, 1, 1, 0)
		});
		expect((await as('anon').rpc('event_attendance', { event: EVENT.draft })).data).toEqual([]);
		expect((await as('coordinator').rpc('event_attendance', { event: EVENT.draft })).data).toEqual([
			{ country: 'LV', participants: 2, attended: false }
		]);
	});

	it('what everyone reads follows the event’s projects and visibility as they change: publishing, unpublishing, listing, unlisting, visibility', async () => {
		// Event, listing and session as anon sees them (the listing in B, once there, counts too).
		const anonSees = async () => {
			const seen = await whoSees(EVENT.draft, ['anon']);
			return [seen.anon.event, seen.anon.listings, seen.anon.sessions];
		};
		const hidden = [0, 0, 0];
		expect(await anonSees()).toEqual(hidden);
		try {
			await db.query(`update public.projects set is_published = true where id = $1`, [
				PROJECT.draft
			]);
			expect(await anonSees()).toEqual([1, 1, 1]);
			await db.query(`update public.events set visibility = 'partners' where id = $1`, [
				EVENT.draft
			]);
			expect(await anonSees()).toEqual(hidden);
			await db.query(`update public.events set visibility = 'public' where id = $1`, [EVENT.draft]);
			expect(await anonSees()).toEqual([1, 1, 1]);
			// Listed in the published B as well: unpublishing D leaves it public through B.
			await db.query(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
				PROJECT.b,
				EVENT.draft
			]);
			await db.query(`update public.projects set is_published = false where id = $1`, [
				PROJECT.draft
			]);
			expect(await anonSees()).toEqual([1, 1, 1]);
			await db.query(`delete from public.project_events where project_id = $1 and event_id = $2`, [
				PROJECT.b,
				EVENT.draft
			]);
			expect(await anonSees()).toEqual(hidden);
			// The partnership kept reading it throughout; outsiders never did.
			expect(await whoSees(EVENT.draft, ['coordinator', 'outsider'])).toEqual({
				coordinator: row(1, 1, 1, 1, 1, 0),
				outsider: row(0, 0, 0, 0, 0, 0)
			});
		} finally {
			await db.query(`delete from public.project_events where project_id = $1 and event_id = $2`, [
				PROJECT.b,
				EVENT.draft
			]);
			await db.query(`update public.events set visibility = 'public' where id = $1`, [EVENT.draft]);
			await db.query(`update public.projects set is_published = false where id = $1`, [
				PROJECT.draft
			]);
		}
	});
});

// create_event -------------------------------------------------------------------------------
describe('create_event', () => {
	const newEvent = (overrides: Record<string, unknown> = {}) => ({
		project: PROJECT.a,
		slug: slug('created'),
		kind: 'partner_meeting',
		title: text('Created (test)'),
		host_organisation: ORG.host,
		time_zone: 'Europe/Riga',
		starts_local: '2026-05-12T09:00:00',
		ends_local: '2026-05-13T17:00:00',
		...overrides
	});

	async function listingsOfA(): Promise<unknown[]> {
		return peek(`select event_id from public.project_events where project_id = $1 order by 1`, [
			PROJECT.a
		]);
	}

	it('the coordinator creates an event listed in the project, audited event.created', async () => {
		const since = await lastAuditId();
		const response = await as('coordinator').rpc('create_event', newEvent());
		expect(response.error).toBeNull();
		const id = response.data as string;
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(
			await peek(
				`select slug, kind::text, title, host_organisation_id, time_zone, starts_local::text, ends_local::text,
				        time_precision::text, visibility::text, status::text, version
				 from public.events where id = $1`,
				[id]
			)
		).toEqual([
			{
				slug: slug('created'),
				kind: 'partner_meeting',
				title: text('Created (test)'),
				host_organisation_id: ORG.host,
				time_zone: 'Europe/Riga',
				starts_local: '2026-05-12 09:00:00',
				ends_local: '2026-05-13 17:00:00',
				time_precision: 'minute',
				visibility: 'public',
				status: 'planned',
				version: 1
			}
		]);
		expect(
			await peek(`select project_id from public.project_events where event_id = $1`, [id])
		).toEqual([{ project_id: PROJECT.a }]);
		expect(await auditSince(since, id)).toEqual([
			expect.objectContaining({
				actor_id: USER.coordinator,
				action: 'event.created',
				subject_type: 'event',
				subject_id: id
			}),
			expect.objectContaining({
				actor_id: USER.coordinator,
				action: 'event.listed',
				subject_id: id,
				details: { project_id: PROJECT.a }
			})
		]);
		// Public in a published project: anon reads it at once.
		expect(outcome(await as('anon').from('events').select('id').eq('id', id))).toBe(1);
	});

	it('a platform admin may create one too', async () => {
		const response = await as('platformAdmin').rpc(
			'create_event',
			newEvent({ slug: slug('by-platform-admin') })
		);
		expect(response.error).toBeNull();
		expect(
			await peek(`select project_id from public.project_events where event_id = $1`, [
				response.data
			])
		).toEqual([{ project_id: PROJECT.a }]);
	});

	it.each([
		['the coordinator', 'coordinator'],
		['a platform admin', 'platformAdmin']
	] as const)(
		'a host that is not a partner of the project (U) is refused to %s (23514, host_not_partner), and nothing is left',
		async (_, who) => {
			const listings = await listingsOfA();
			const since = await lastAuditId();
			const response = await as(who).rpc(
				'create_event',
				newEvent({ slug: slug('foreign-host'), host_organisation: ORG.unrelated })
			);
			expect({
				code: response.error?.code,
				hint: response.error?.hint,
				status: response.status
			}).toEqual({ code: CHECK, hint: 'host_not_partner', status: 400 });
			expect(response.data).toBeNull();
			expect(await eventsLike(slug('foreign-host'))).toBe(0);
			expect(await listingsOfA()).toEqual(listings);
			expect(await auditSince(since)).toEqual([]);
		}
	);

	it('a partner of the project may host, and so may no one (no host)', async () => {
		const byPartner = await as('coordinator').rpc(
			'create_event',
			newEvent({ slug: slug('hosted-by-p'), host_organisation: ORG.partner })
		);
		expect(byPartner.error).toBeNull();
		const unhosted = await as('coordinator').rpc(
			'create_event',
			newEvent({ slug: slug('unhosted'), host_organisation: null })
		);
		expect(unhosted.error).toBeNull();
		expect(
			await peek(
				`select slug, host_organisation_id from public.events where id = any($1::uuid[]) order by slug`,
				[[byPartner.data, unhosted.data]]
			)
		).toEqual([
			{ slug: slug('hosted-by-p'), host_organisation_id: ORG.partner },
			{ slug: slug('unhosted'), host_organisation_id: null }
		]);
	});

	it.each([
		['a partner editor of the project', 'partnerEditor', 403],
		['a plain member of a partner organisation', 'partnerMember', 403],
		['the host organisation’s admin, in no project', 'hostAdmin', 403],
		['the coordinator of another project', 'coordinatorB', 403],
		['a member of an unrelated organisation', 'outsider', 403],
		['anon', 'anon', 401]
	] as const)('%s is refused, and nothing is left', async (_, who, status) => {
		const listings = await listingsOfA();
		const since = await lastAuditId();
		expectRefused(
			await as(who).rpc('create_event', newEvent({ slug: slug('refused') })),
			DENIED,
			status
		);
		expect(await eventsLike(slug('refused'))).toBe(0);
		expect(await listingsOfA()).toEqual(listings);
		expect(await auditSince(since)).toEqual([]);
	});

	it("an unknown time zone ('Mars/Base') is refused as a check violation (23514), and nothing is left", async () => {
		const listings = await listingsOfA();
		const response = await as('coordinator').rpc(
			'create_event',
			newEvent({ slug: slug('on-mars'), time_zone: 'Mars/Base' })
		);
		expect({
			code: response.error?.code,
			status: response.status,
			message: response.error?.message
		}).toEqual({
			code: CHECK,
			status: 400,
			message: expect.any(String)
		});
		expect(await eventsLike(slug('on-mars'))).toBe(0);
		expect(await listingsOfA()).toEqual(listings);
	});

	it('time zones are checked against a table of their names, and a zone PostgreSQL knows beyond it is still accepted', async () => {
		// The table holds exactly the zone names of this PostgreSQL, and every one of them is accepted.
		const [zones] = await peek<{ known: number; kept: number; refused: number }>(
			`select (select count(*)::int from pg_timezone_names) as known,
			        (select count(*)::int from private.time_zone_names) as kept,
			        (select count(*)::int from pg_timezone_names as z where not private.is_time_zone(z.name)) as refused`
		);
		expect(zones).toEqual({ known: zones.kept, kept: expect.any(Number), refused: 0 });
		expect(zones.kept).toBeGreaterThan(400);
		// A zone a later upgrade added (here: one taken out of the table) is looked up the slow way.
		await db.query('begin');
		try {
			await db.query(`delete from private.time_zone_names where name = 'Europe/Riga'`);
			expect(
				await peek(
					`select private.is_time_zone('Europe/Riga') as riga, private.is_time_zone('Mars/Base') as mars, private.is_time_zone('CEST') as abbreviation`
				)
			).toEqual([{ riga: true, mars: false, abbreviation: false }]);
		} finally {
			await db.query('rollback');
		}
	});

	it('an end before the start is refused (23514), and nothing is left', async () => {
		expectRefused(
			await as('coordinator').rpc(
				'create_event',
				newEvent({
					slug: slug('backwards'),
					starts_local: '2026-05-13T09:00:00',
					ends_local: '2026-05-12T17:00:00'
				})
			),
			CHECK,
			400
		);
		expect(await eventsLike(slug('backwards'))).toBe(0);
	});

	it('a taken slug gives 23505 (409) and leaves no event, listing or audit entry', async () => {
		const listings = await listingsOfA();
		const since = await lastAuditId();
		expectRefused(
			await as('coordinator').rpc('create_event', newEvent({ slug: slug('main') })),
			UNIQUE,
			409
		);
		expect(await peek(`select id from public.events where slug = $1`, [slug('main')])).toEqual([
			{ id: EVENT.main }
		]);
		expect(await listingsOfA()).toEqual(listings);
		expect(await auditSince(since)).toEqual([]);
	});

	it.each([
		[
			'a start that does not exist (Riga, clocks forward 03:00 → 04:00)',
			'2025-03-30T03:30:00',
			'2025-03-30T12:00:00'
		],
		['an end that does not exist', '2025-03-29T09:00:00', '2025-03-30T03:30:00'],
		[
			'a start that exists twice (Riga, clocks back 04:00 → 03:00)',
			'2025-10-26T03:30:00',
			'2025-10-26T12:00:00'
		],
		['an end that exists twice', '2025-10-25T09:00:00', '2025-10-26T03:30:00']
	])(
		'for a minute-precision event, %s is refused (23514), and nothing is left',
		async (_, starts_local, ends_local) => {
			expectRefused(
				await as('coordinator').rpc(
					'create_event',
					newEvent({ slug: slug('dst'), starts_local, ends_local })
				),
				CHECK,
				400
			);
			expect(await eventsLike(slug('dst'))).toBe(0);
		}
	);

	it('the times just beside a change are fine (02:30 before the spring gap, 04:00 after the repeated hour)', async () => {
		const spring = await as('coordinator').rpc(
			'create_event',
			newEvent({
				slug: slug('dst-spring'),
				starts_local: '2025-03-30T02:30:00',
				ends_local: '2025-03-30T04:00:00'
			})
		);
		expect(spring.error).toBeNull();
		const autumn = await as('coordinator').rpc(
			'create_event',
			newEvent({
				slug: slug('dst-autumn'),
				starts_local: '2025-10-26T02:00:00',
				ends_local: '2025-10-26T04:00:00'
			})
		);
		expect(autumn.error).toBeNull();
	});

	it('an event of more than 31 days is refused (23514): meetings last days, and feeds stay small', async () => {
		const response = await as('coordinator').rpc(
			'create_event',
			newEvent({
				slug: slug('too-long'),
				starts_local: '2025-01-01T09:00:00',
				ends_local: '2025-02-02T09:00:00'
			})
		);
		expectRefused(response, CHECK, 400);
	});
});

// Editing an event ---------------------------------------------------------------------------
describe('editing an event', () => {
	async function version(): Promise<number> {
		return (
			await peek<{ version: number }>(`select version from public.events where id = $1`, [
				EVENT.main
			])
		)[0].version;
	}

	const save = (who: Who, name: string, seen: number) =>
		as(who)
			.from('events')
			.update({ title: text(name), version: seen + 1, updated_at: new Date().toISOString() })
			.eq('id', EVENT.main)
			.eq('version', seen)
			.select('id, version');

	it('the coordinator saves against the version they read; a second save with that stale version changes nothing', async () => {
		const seen = await version();
		const first = await save('coordinator', 'Main, edited (test)', seen);
		expect(first.error).toBeNull();
		expect(first.data).toEqual([{ id: EVENT.main, version: seen + 1 }]);
		const stale = await save('coordinator', 'Main, overwritten (test)', seen);
		expect(stale.error).toBeNull();
		expect(stale.data).toEqual([]);
		expect(
			await peek(`select title, version from public.events where id = $1`, [EVENT.main])
		).toEqual([{ title: text('Main, edited (test)'), version: seen + 1 }]);
	});

	it('the host organisation’s admin, in no project, edits it too; a status change is audited', async () => {
		const seen = await version();
		const saved = await save('hostAdmin', 'Main, by the host (test)', seen);
		expect(saved.data).toEqual([{ id: EVENT.main, version: seen + 1 }]);
		const since = await lastAuditId();
		const confirmed = await as('hostAdmin')
			.from('events')
			.update({ status: 'confirmed' })
			.eq('id', EVENT.main)
			.select('status');
		expect(confirmed.data).toEqual([{ status: 'confirmed' }]);
		expect(await auditSince(since, EVENT.main)).toEqual([
			expect.objectContaining({
				actor_id: USER.hostAdmin,
				action: 'event.status_changed',
				details: { from: 'planned', to: 'confirmed' }
			})
		]);
	});

	// The host's admins become the event's editors: an editor may not hand the event to just any
	// organisation, only to a partner of a project that lists it.
	const setHost = (who: Who, host: string | null) =>
		as(who)
			.from('events')
			.update({ host_organisation_id: host })
			.eq('id', EVENT.main)
			.select('host_organisation_id');

	it.each([
		['the coordinator', 'coordinator'],
		['the host organisation’s admin', 'hostAdmin']
	] as const)(
		'%s cannot make an organisation that is no partner of a listing project (U) the host (42501), and nothing changes',
		async (_, who) => {
			const before = await eventSnapshot(EVENT.main);
			expectRefused(await setHost(who, ORG.unrelated), DENIED, 403);
			expect(await eventSnapshot(EVENT.main)).toEqual(before);
			// U's member has not become an editor.
			expect(
				outcome(
					await as('outsider')
						.from('events')
						.update({ venue_city: 'Vänersborg' })
						.eq('id', EVENT.main)
						.select('id')
				)
			).toBe(0);
			expect(await eventSnapshot(EVENT.main)).toEqual(before);
		}
	);

	it('an editor may make another partner of the project (P) the host, and give it back', async () => {
		const before = await eventSnapshot(EVENT.main);
		expect((await setHost('coordinator', ORG.partner)).data).toEqual([
			{ host_organisation_id: ORG.partner }
		]);
		// P's admin edits now; H's admin no longer does.
		expect(
			outcome(
				await as('hostAdmin')
					.from('events')
					.update({ venue_city: 'Tartu' })
					.eq('id', EVENT.main)
					.select('id')
			)
		).toBe(0);
		expect((await setHost('partnerAdmin', ORG.host)).data).toEqual([
			{ host_organisation_id: ORG.host }
		]);
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it('a platform admin may make any organisation the host', async () => {
		const before = await eventSnapshot(EVENT.main);
		try {
			expect((await setHost('platformAdmin', ORG.unrelated)).data).toEqual([
				{ host_organisation_id: ORG.unrelated }
			]);
			expect(
				await peek(`select host_organisation_id from public.events where id = $1`, [EVENT.main])
			).toEqual([{ host_organisation_id: ORG.unrelated }]);
		} finally {
			await db.query(`update public.events set host_organisation_id = $2 where id = $1`, [
				EVENT.main,
				ORG.host
			]);
		}
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it.each([
		['a partner editor of the project', 'partnerEditor'],
		['a plain member of a partner organisation', 'partnerMember'],
		['a plain member of the host organisation', 'hostMember'],
		['the coordinator of another project', 'coordinatorB'],
		['a member of an unrelated organisation', 'outsider']
	] as const)('%s cannot change or delete it (no rows)', async (_, who) => {
		const before = await eventSnapshot(EVENT.main);
		expect(outcome(await save(who, 'Hijacked (test)', await version()))).toBe(0);
		expect(
			outcome(
				await as(who)
					.from('events')
					.update({ visibility: 'partners' })
					.eq('id', EVENT.main)
					.select('id')
			)
		).toBe(0);
		expect(outcome(await as(who).from('events').delete().eq('id', EVENT.main).select('id'))).toBe(
			0
		);
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it('anon is refused (no grant)', async () => {
		const before = await eventSnapshot(EVENT.main);
		expectRefused(await save('anon', 'Hijacked (test)', await version()), DENIED, 401);
		expectRefused(
			await as('anon').from('events').delete().eq('id', EVENT.main).select('id'),
			DENIED,
			401
		);
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it('an event keeps its address: the slug cannot be changed (no column grant)', async () => {
		expectRefused(
			await as('coordinator')
				.from('events')
				.update({ slug: slug('renamed') })
				.eq('id', EVENT.main)
				.select('id'),
			DENIED,
			403
		);
	});

	it('an unknown time zone is refused as a check violation (23514) on update too', async () => {
		const before = await eventSnapshot(EVENT.main);
		const response = await as('coordinator')
			.from('events')
			.update({ time_zone: 'Mars/Base' })
			.eq('id', EVENT.main)
			.select('id');
		expect({ code: response.error?.code, status: response.status }).toEqual({
			code: CHECK,
			status: 400
		});
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});
});

// Sessions -----------------------------------------------------------------------------------
describe('sessions', () => {
	const session = (overrides: Record<string, unknown> = {}) => ({
		event_id: EVENT.main,
		starts_local: '2025-10-25T10:00:00',
		ends_local: '2025-10-25T11:00:00',
		title: text('A session (test)'),
		...overrides
	});

	async function sessionsOf(event: string): Promise<unknown[]> {
		return peek(
			`select id, starts_local::text, ends_local::text, title, position from public.event_sessions where event_id = $1 order by starts_local, id`,
			[event]
		);
	}

	it('the coordinator adds a session, the host organisation’s admin changes and removes it', async () => {
		const added = await as('coordinator')
			.from('event_sessions')
			.insert(session())
			.select('id')
			.single();
		expect(added.error).toBeNull();
		const id = (added.data as { id: string }).id;
		const changed = await as('hostAdmin')
			.from('event_sessions')
			.update({ title: text('Renamed (test)'), position: 2 })
			.eq('id', id)
			.select('id, position');
		expect(changed.data).toEqual([{ id, position: 2 }]);
		const removed = await as('hostAdmin').from('event_sessions').delete().eq('id', id).select('id');
		expect(removed.data).toEqual([{ id }]);
		expect(await peek(`select id from public.event_sessions where id = $1`, [id])).toEqual([]);
	});

	it.each([
		['a partner editor of the project', 'partnerEditor', 403],
		['a plain member of a partner organisation', 'partnerMember', 403],
		['a plain member of the host organisation', 'hostMember', 403],
		['a member of an unrelated organisation', 'outsider', 403],
		['anon', 'anon', 401]
	] as const)('%s cannot add, change or remove sessions', async (_, who, status) => {
		const [opening] = (await sessionsOf(EVENT.main)) as { id: string }[];
		const before = await sessionsOf(EVENT.main);
		expectRefused(
			await as(who).from('event_sessions').insert(session()).select('id'),
			DENIED,
			status
		);
		const update = await as(who)
			.from('event_sessions')
			.update({ title: text('Hijacked (test)') })
			.eq('id', opening.id)
			.select('id');
		const remove = await as(who).from('event_sessions').delete().eq('id', opening.id).select('id');
		const expected = who === 'anon' ? DENIED : 0;
		expect({ update: outcome(update), remove: outcome(remove) }).toEqual({
			update: expected,
			remove: expected
		});
		expect(await sessionsOf(EVENT.main)).toEqual(before);
	});

	it("a session outside the event's days is refused (23514); the days run from midnight to midnight", async () => {
		const before = await sessionsOf(EVENT.main);
		for (const [starts_local, ends_local] of [
			['2025-10-23T23:00:00', '2025-10-24T08:00:00'],
			['2025-10-26T23:30:00', '2025-10-27T00:30:00'],
			['2025-10-28T10:00:00', '2025-10-28T11:00:00']
		]) {
			expectRefused(
				await as('coordinator')
					.from('event_sessions')
					.insert(session({ starts_local, ends_local }))
					.select('id'),
				CHECK,
				400
			);
		}
		const [opening] = before as { id: string }[];
		expectRefused(
			await as('coordinator')
				.from('event_sessions')
				.update({ starts_local: '2025-10-27T09:00:00', ends_local: '2025-10-27T10:00:00' })
				.eq('id', opening.id)
				.select('id'),
			CHECK,
			400
		);
		expect(await sessionsOf(EVENT.main)).toEqual(before);
		// The first day from 00:00, the last until 24:00.
		const edges = await as('coordinator')
			.from('event_sessions')
			.insert([
				session({ starts_local: '2025-10-24T00:00:00', ends_local: '2025-10-24T01:00:00' }),
				session({ starts_local: '2025-10-26T23:00:00', ends_local: '2025-10-27T00:00:00' })
			])
			.select('id');
		expect(edges.error).toBeNull();
		await db.query(`delete from public.event_sessions where id = any($1::uuid[])`, [
			(edges.data as { id: string }[]).map((s) => s.id)
		]);
	});

	it('a session at a local time that exists twice (Riga, 26 October 2025, 03:30) or not at all (30 March 2025, 03:30) is refused (23514)', async () => {
		const main = await sessionsOf(EVENT.main);
		const spring = await sessionsOf(EVENT.spring);
		expectRefused(
			await as('coordinator')
				.from('event_sessions')
				.insert(session({ starts_local: '2025-10-26T03:30:00', ends_local: '2025-10-26T05:00:00' }))
				.select('id'),
			CHECK,
			400
		);
		expectRefused(
			await as('coordinator')
				.from('event_sessions')
				.insert(session({ starts_local: '2025-10-26T01:00:00', ends_local: '2025-10-26T03:30:00' }))
				.select('id'),
			CHECK,
			400
		);
		expectRefused(
			await as('coordinator')
				.from('event_sessions')
				.insert(
					session({
						event_id: EVENT.spring,
						starts_local: '2025-03-30T03:30:00',
						ends_local: '2025-03-30T05:00:00'
					})
				)
				.select('id'),
			CHECK,
			400
		);
		const [opening] = main as { id: string }[];
		expectRefused(
			await as('coordinator')
				.from('event_sessions')
				.update({ starts_local: '2025-10-26T03:00:00', ends_local: '2025-10-26T05:00:00' })
				.eq('id', opening.id)
				.select('id'),
			CHECK,
			400
		);
		expect(await sessionsOf(EVENT.main)).toEqual(main);
		expect(await sessionsOf(EVENT.spring)).toEqual(spring);
	});

	it('a session crossing midnight UTC (Riga, 25 October, 02:30–03:30 local = 23:30–00:30 UTC) is fine, and reads back as written', async () => {
		const added = await as('coordinator')
			.from('event_sessions')
			.insert(
				session({
					starts_local: '2025-10-25T02:30:00',
					ends_local: '2025-10-25T03:30:00',
					title: text('Night walk (test)')
				})
			)
			.select('id')
			.single();
		expect(added.error).toBeNull();
		const id = (added.data as { id: string }).id;
		expect(
			await peek(
				`select to_char(s.starts_local at time zone e.time_zone at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as starts_utc,
				        to_char(s.ends_local at time zone e.time_zone at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as ends_utc
				 from public.event_sessions s join public.events e on e.id = s.event_id where s.id = $1`,
				[id]
			)
		).toEqual([{ starts_utc: '2025-10-24 23:30', ends_utc: '2025-10-25 00:30' }]);
		expect(
			(await as('anon').from('event_sessions').select('starts_local, ends_local').eq('id', id)).data
		).toEqual([{ starts_local: '2025-10-25T02:30:00', ends_local: '2025-10-25T03:30:00' }]);
	});

	it("moving the event's days so that sessions would fall outside is refused (23514); moving them around the sessions is fine", async () => {
		const before = await eventSnapshot(EVENT.main);
		const move = (changes: Record<string, string>) =>
			as('coordinator').from('events').update(changes).eq('id', EVENT.main).select('id');
		// The opening is on the 24th, the closing on the 26th.
		expectRefused(await move({ starts_local: '2025-10-25T09:00:00' }), CHECK, 400);
		expectRefused(await move({ ends_local: '2025-10-25T18:00:00' }), CHECK, 400);
		expectRefused(
			await move({ starts_local: '2025-11-24T09:00:00', ends_local: '2025-11-26T18:00:00' }),
			CHECK,
			400
		);
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
		expect(
			outcome(
				await move({ starts_local: '2025-10-24T07:00:00', ends_local: '2025-10-26T20:00:00' })
			)
		).toBe(1);
		expect(
			outcome(
				await move({ starts_local: '2025-10-24T09:00:00', ends_local: '2025-10-26T18:00:00' })
			)
		).toBe(1);
	});

	// The invariant "a session is at a time that exists once in the venue's zone" is checked when a
	// session is written; the event's zone can change under it.
	it('changing the venue’s time zone is refused (23514, sessions_ambiguous_in_zone) when a session would then be at a time that does not exist there, and nothing changes', async () => {
		const before = await eventSnapshot(EVENT.london);
		// 30 March 2025, 03:30 exists in London (after 01:00 → 02:00), not in Riga (03:00 → 04:00).
		const response = await as('coordinator')
			.from('events')
			.update({ time_zone: 'Europe/Riga' })
			.eq('id', EVENT.london)
			.select('id');
		expect({
			code: response.error?.code,
			hint: response.error?.hint,
			status: response.status
		}).toEqual({
			code: CHECK,
			hint: 'sessions_ambiguous_in_zone',
			status: 400
		});
		expect(response.data).toBeNull();
		expect(await eventSnapshot(EVENT.london)).toEqual(before);
	});

	it('changing the venue’s time zone to one where every session exists once is fine (London → Lisbon, and back)', async () => {
		const before = await eventSnapshot(EVENT.london);
		const zone = (time_zone: string) =>
			as('coordinator')
				.from('events')
				.update({ time_zone })
				.eq('id', EVENT.london)
				.select('time_zone');
		// Lisbon changes its clocks as London does (01:00 → 02:00): 03:30 exists once.
		expect((await zone('Europe/Lisbon')).data).toEqual([{ time_zone: 'Europe/Lisbon' }]);
		expect((await zone('Europe/London')).data).toEqual([{ time_zone: 'Europe/London' }]);
		expect(await eventSnapshot(EVENT.london)).toEqual(before);
	});
});

// swap_sessions ------------------------------------------------------------------------------
describe('swap_sessions', () => {
	const SESSION = {
		welcome: randomUUID(),
		workshop: randomUUID(),
		late: randomUUID(),
		later: randomUUID()
	};

	beforeAll(async () => {
		// At the meeting (Tallinn, 20–21 April 2026): welcome 09:30–10:30, a pause, workshop 11:00–12:30;
		// on the last evening two that overlap, the second running until 23:59.
		await db.query(
			`insert into public.event_sessions (id, event_id, starts_local, ends_local, title, position) values
			   ($1, $5, '2026-04-20 09:30', '2026-04-20 10:30', ${title('Welcome (test)')}, 0),
			   ($2, $5, '2026-04-20 11:00', '2026-04-20 12:30', ${title('Workshop (test)')}, 1),
			   ($3, $5, '2026-04-21 22:00', '2026-04-21 23:30', ${title('Late (test)')}, 0),
			   ($4, $5, '2026-04-21 23:00', '2026-04-21 23:59', ${title('Later (test)')}, 0)`,
			[SESSION.welcome, SESSION.workshop, SESSION.late, SESSION.later, EVENT.meeting]
		);
	});

	async function agenda(): Promise<unknown[]> {
		return peek(
			`select id, starts_local::text, ends_local::text, position, version from public.event_sessions where event_id = $1 order by starts_local, position, id`,
			[EVENT.meeting]
		);
	}

	const swap = (who: Who, first: string, second: string) =>
		as(who).rpc('swap_sessions', { first, second });

	it.each([
		['a partner editor of the project', 'partnerEditor', DENIED, 403],
		['a plain member of the host organisation', 'hostMember', DENIED, 403],
		['a member of an unrelated organisation', 'outsider', DENIED, 403],
		['anon', 'anon', DENIED, 401]
	] as const)(
		'%s cannot swap sessions, and the agenda is unchanged',
		async (_, who, code, status) => {
			const before = await agenda();
			expectRefused(await swap(who, SESSION.welcome, SESSION.workshop), code, status);
			expect(await agenda()).toEqual(before);
		}
	);

	it('sessions of different events, or that do not exist, are not found (PT404, HTTP 404)', async () => {
		const [opening] = await peek<{ id: string }>(
			`select id from public.event_sessions where event_id = $1 order by starts_local limit 1`,
			[EVENT.main]
		);
		const before = await agenda();
		expectRefused(await swap('coordinator', SESSION.welcome, opening.id), 'PT404', 404);
		expectRefused(await swap('coordinator', SESSION.welcome, randomUUID()), 'PT404', 404);
		expect(await agenda()).toEqual(before);
	});

	it('an editor swaps two sessions: the later takes the earlier’s start, each keeps its length, the pause stays', async () => {
		const response = await swap('hostAdmin', SESSION.workshop, SESSION.welcome);
		expect(response.error).toBeNull();
		expect(
			await peek(
				`select id, starts_local::text, ends_local::text, position, version from public.event_sessions where id = any($1::uuid[]) order by starts_local`,
				[[SESSION.welcome, SESSION.workshop]]
			)
		).toEqual([
			{
				id: SESSION.workshop,
				starts_local: '2026-04-20 09:30:00',
				ends_local: '2026-04-20 11:00:00',
				position: 0,
				version: 2
			},
			{
				id: SESSION.welcome,
				starts_local: '2026-04-20 11:30:00',
				ends_local: '2026-04-20 12:30:00',
				position: 1,
				version: 2
			}
		]);
	});

	it('when the second move would leave the event’s days, nothing moves (23514)', async () => {
		const before = await agenda();
		// Overlapping: the later (59 min) moves to 22:00, the earlier (90 min) would end at 00:29 the next day.
		expectRefused(await swap('coordinator', SESSION.late, SESSION.later), CHECK, 400);
		expect(await agenda()).toEqual(before);
	});
});

// Listing an event in another project --------------------------------------------------------
describe('listing an event in a second project', () => {
	const list = (who: Who, project: string, event: string) =>
		as(who)
			.from('project_events')
			.insert({ project_id: project, event_id: event })
			.select('project_id, event_id');

	async function listings(event: string): Promise<unknown[]> {
		return peek(`select project_id from public.project_events where event_id = $1 order by 1`, [
			event
		]);
	}

	it.each([
		[
			'the coordinator of B only, who cannot edit the event',
			'coordinatorB',
			PROJECT.b,
			EVENT.meeting,
			403
		],
		[
			'the host organisation’s admin (an editor of the event), who coordinates no project',
			'hostAdmin',
			PROJECT.b,
			EVENT.meeting,
			403
		],
		[
			'a partner editor of the project that lists it',
			'partnerEditor',
			PROJECT.b,
			EVENT.meeting,
			403
		],
		['a member of an unrelated organisation', 'outsider', PROJECT.b, EVENT.meeting, 403],
		[
			'the coordinator of B, for an event they cannot edit',
			'coordinator',
			PROJECT.b,
			EVENT.foreign,
			403
		],
		['anon', 'anon', PROJECT.b, EVENT.meeting, 401]
	] as const)('%s is refused', async (_, who, project, event, status) => {
		const before = await listings(event);
		expectRefused(await list(who, project, event), DENIED, status);
		expect(await listings(event)).toEqual(before);
	});

	it("a coordinator of both projects lists it in the second; that project's coordinator becomes an editor, until it is unlisted", async () => {
		const listed = await list('coordinator', PROJECT.b, EVENT.main);
		expect(listed.error).toBeNull();
		expect(listed.data).toEqual([{ project_id: PROJECT.b, event_id: EVENT.main }]);
		expect(await listings(EVENT.main)).toEqual(
			[{ project_id: PROJECT.a }, { project_id: PROJECT.b }].sort((x, y) =>
				x.project_id < y.project_id ? -1 : 1
			)
		);
		expect(
			outcome(
				await as('coordinatorB')
					.from('events')
					.update({ venue_city: 'Rīga' })
					.eq('id', EVENT.main)
					.select('id')
			)
		).toBe(1);

		// Someone who coordinates neither cannot unlist it.
		expect(
			outcome(
				await as('partnerEditor')
					.from('project_events')
					.delete()
					.eq('project_id', PROJECT.b)
					.eq('event_id', EVENT.main)
					.select('project_id')
			)
		).toBe(0);
		const unlisted = await as('coordinatorB')
			.from('project_events')
			.delete()
			.eq('project_id', PROJECT.b)
			.eq('event_id', EVENT.main)
			.select('project_id');
		expect(unlisted.data).toEqual([{ project_id: PROJECT.b }]);
		expect(await listings(EVENT.main)).toEqual([{ project_id: PROJECT.a }]);
		expect(
			outcome(
				await as('coordinatorB')
					.from('events')
					.update({ venue_city: 'Daugavpils' })
					.eq('id', EVENT.main)
					.select('id')
			)
		).toBe(0);
	});
});

// Delegations --------------------------------------------------------------------------------
describe('delegations', () => {
	it('read by the partnership (the project’s members and the host organisation’s) and the editors: all of them; members of P or Q without a project role (P’s admin too): only their own organisation’s', async () => {
		const seen: Record<string, Outcome | string[]> = {};
		for (const who of EVERYONE) {
			const response = await as(who)
				.from('event_delegations')
				.select('organisation_id')
				.eq('event_id', EVENT.meeting);
			seen[who] = response.error
				? response.error.code
				: (response.data as { organisation_id: string }[]).map((d) => d.organisation_id).sort();
		}
		const both = [ORG.partner, ORG.other].sort();
		expect(seen).toEqual({
			anon: DENIED,
			outsider: [],
			partnerMember: [ORG.partner],
			partnerAdmin: [ORG.partner],
			otherMember: [ORG.other],
			// L has no places at this meeting.
			coordinatorB: [],
			hostMember: both,
			hostAdmin: both,
			// The partner editor of P reads Q's places too.
			partnerEditor: both,
			coordinator: both,
			platformAdmin: both
		});
	});

	type Write = [string, (c: SupabaseClient) => PromiseLike<Answer>];
	const WRITES: Write[] = [
		[
			'give places',
			(c) =>
				c
					.from('event_delegations')
					.insert({ event_id: EVENT.main, organisation_id: ORG.unrelated, places: 1 })
					.select('organisation_id')
		],
		[
			'change places',
			(c) =>
				c
					.from('event_delegations')
					.update({ places: 9 })
					.eq('event_id', EVENT.main)
					.eq('organisation_id', ORG.partner)
					.select('organisation_id')
		],
		[
			'report participants',
			(c) =>
				c
					.from('event_delegations')
					.update({ reported_participants: 40 })
					.eq('event_id', EVENT.main)
					.eq('organisation_id', ORG.partner)
					.select('organisation_id')
		],
		[
			'take places away',
			(c) =>
				c
					.from('event_delegations')
					.delete()
					.eq('event_id', EVENT.main)
					.eq('organisation_id', ORG.other)
					.select('organisation_id')
		]
	];

	async function attemptAll(who: Who): Promise<Record<string, Outcome>> {
		const outcomes: Record<string, Outcome> = {};
		for (const [name, write] of WRITES) outcomes[name] = outcome(await write(as(who)));
		return outcomes;
	}

	it.each([
		['a partner editor of the project (even for their own organisation)', 'partnerEditor'],
		['a plain member of the partner organisation', 'partnerMember'],
		['the partner organisation’s admin', 'partnerAdmin'],
		['a plain member of the host organisation', 'hostMember'],
		['a member of an unrelated organisation', 'outsider']
	] as const)('%s cannot set places', async (_, who) => {
		const before = await eventSnapshot(EVENT.main);
		expect(await attemptAll(who)).toEqual({
			'give places': DENIED,
			'change places': 0,
			'report participants': 0,
			'take places away': 0
		});
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it('anon is refused every write (no grant)', async () => {
		const before = await eventSnapshot(EVENT.main);
		expect(await attemptAll('anon')).toEqual(
			Object.fromEntries(WRITES.map(([name]) => [name, DENIED]))
		);
		expect(await eventSnapshot(EVENT.main)).toEqual(before);
	});

	it('the editors set places: the coordinator gives and changes, the host organisation’s admin reports and takes away', async () => {
		const before = await peek(
			`select organisation_id, places, reported_participants from public.event_delegations where event_id = $1 order by 1`,
			[EVENT.main]
		);
		const [give, change, report, takeAway] = WRITES.map(([, write]) => write);
		expect(outcome(await give(as('coordinator')))).toBe(1);
		expect(outcome(await change(as('coordinator')))).toBe(1);
		expect(outcome(await report(as('hostAdmin')))).toBe(1);
		expect(outcome(await takeAway(as('hostAdmin')))).toBe(1);
		// Put back as it was.
		await db.query('begin');
		await db.query(
			`delete from public.event_delegations where event_id = $1 and organisation_id = $2`,
			[EVENT.main, ORG.unrelated]
		);
		await db.query(
			`update public.event_delegations set places = 0, reported_participants = 4 where event_id = $1 and organisation_id = $2`,
			[EVENT.main, ORG.partner]
		);
		await db.query(
			`insert into public.event_delegations (event_id, organisation_id, places, reported_participants) values ($1, $2, 0, 2)`,
			[EVENT.main, ORG.other]
		);
		await db.query('commit');
		expect(
			await peek(
				`select organisation_id, places, reported_participants from public.event_delegations where event_id = $1 order by 1`,
				[EVENT.main]
			)
		).toEqual(before);
	});
});

// Registrations ------------------------------------------------------------------------------
describe('registrations', () => {
	const person = (full_name: string, overrides: Record<string, unknown> = {}) => ({
		event: EVENT.meeting,
		organisation: ORG.partner,
		full_name,
		...overrides
	});
	const register = (who: Who, args: Record<string, unknown>) =>
		as(who).rpc('register_participant', args);

	type Registration = {
		id: string;
		organisation_id: string;
		full_name: string;
		email: string | null;
		status: string;
		registered_by: string | null;
	};

	async function registrations(): Promise<Registration[]> {
		return peek<Registration>(
			`select id, organisation_id, full_name, email, status::text, registered_by from public.event_registrations where event_id = $1 order by created_at, id`,
			[EVENT.meeting]
		);
	}

	async function byName(name: string): Promise<Registration> {
		const [found] = await peek<Registration>(
			`select id, organisation_id, full_name, email, status::text, registered_by from public.event_registrations
			 where event_id = $1 and full_name = $2 and status <> 'cancelled'`,
			[EVENT.meeting, name]
		);
		return found;
	}

	async function statusOf(id: string): Promise<string> {
		return (
			await peek<{ status: string }>(
				`select status::text from public.event_registrations where id = $1`,
				[id]
			)
		)[0].status;
	}

	async function countOf(organisation: string, status: string): Promise<number> {
		return (
			await peek<{ n: number }>(
				`select count(*)::int as n from public.event_registrations where event_id = $1 and organisation_id = $2 and status = $3::public.registration_status`,
				[EVENT.meeting, organisation, status]
			)
		)[0].n;
	}

	let anna: string;
	let waiting: string;

	it('the partner editor of P registers a person for P: registered, the e-mail kept in lower case, audited registration.made', async () => {
		const since = await lastAuditId();
		const response = await register(
			'partnerEditor',
			person('Anna Bērziņa', {
				job_title: 'Youth worker',
				email: 'Anna.Berzina@Partner.example',
				arrival: '2026-04-19',
				departure: '2026-04-21',
				dietary_needs: 'vegetarian'
			})
		);
		expect(response.error).toBeNull();
		expect(response.data).toBe('registered');
		const stored = await byName('Anna Bērziņa');
		anna = stored.id;
		expect(stored).toEqual({
			id: anna,
			organisation_id: ORG.partner,
			full_name: 'Anna Bērziņa',
			email: 'anna.berzina@partner.example',
			status: 'registered',
			registered_by: USER.partnerEditor
		});
		expect(await auditSince(since, EVENT.meeting)).toEqual([
			expect.objectContaining({
				actor_id: USER.partnerEditor,
				action: 'registration.made',
				subject_type: 'event',
				details: { registration_id: anna, organisation_id: ORG.partner, status: 'registered' }
			})
		]);
	});

	it('two registrations at once for the last place: exactly one is registered, the other waitlisted', async () => {
		const [bruno, carla] = await Promise.all([
			register('partnerEditor', person('Bruno Rossi')),
			register('partnerEditor', person('Carla Nowak'))
		]);
		expect([bruno.error, carla.error]).toEqual([null, null]);
		expect([bruno.data, carla.data].sort()).toEqual(['registered', 'waitlisted']);
		expect(await countOf(ORG.partner, 'registered')).toBe(2);
		waiting = (await byName(bruno.data === 'waitlisted' ? 'Bruno Rossi' : 'Carla Nowak')).id;
		expect(await statusOf(waiting)).toBe('waitlisted');
	});

	it('beyond the places, people are waitlisted; P’s admin (in no project) may register for P too', async () => {
		expect((await register('partnerEditor', person('Dita Ozola'))).data).toBe('waitlisted');
		expect((await register('partnerAdmin', person('Egils Kalns'))).data).toBe('waitlisted');
		expect(await countOf(ORG.partner, 'registered')).toBe(2);
		expect(await countOf(ORG.partner, 'waitlisted')).toBe(3);
	});

	it('the event’s editors register for any organisation with places: the coordinator and the host organisation’s admin for Q', async () => {
		expect(
			(await register('coordinator', person('Quentin Ricci', { organisation: ORG.other }))).data
		).toBe('registered');
		expect(
			(
				await register(
					'hostAdmin',
					person('Rita Conti', { organisation: ORG.other, email: 'rita@other.example' })
				)
			).data
		).toBe('waitlisted');
	});

	it.each([
		[
			'a plain member of P (no project role, not its admin), for P',
			'partnerMember',
			ORG.partner,
			403
		],
		['the partner editor of P, for Q', 'partnerEditor', ORG.other, 403],
		['P’s admin, for Q', 'partnerAdmin', ORG.other, 403],
		['a plain member of Q, for Q', 'otherMember', ORG.other, 403],
		['a plain member of the host organisation, for P', 'hostMember', ORG.partner, 403],
		['a member of an unrelated organisation, for P', 'outsider', ORG.partner, 403],
		['anon, for P', 'anon', ORG.partner, 401]
	] as const)('%s is refused, and nothing is added', async (_, who, organisation, status) => {
		const before = await registrations();
		const since = await lastAuditId();
		expectRefused(await register(who, person('Refused Person', { organisation })), DENIED, status);
		expect(await registrations()).toEqual(before);
		expect(await auditSince(since, EVENT.meeting)).toEqual([]);
	});

	it.each([
		[
			'the same e-mail in another case',
			person('Anna Other', { email: 'ANNA.BERZINA@partner.EXAMPLE' })
		],
		[
			'the same name in the same organisation, in another case and spacing',
			person('  anna bērziņa ', { email: 'another@partner.example' })
		]
	])('a duplicate (%s) is refused with 23505 (409), and nothing is added', async (_, args) => {
		const before = await registrations();
		const since = await lastAuditId();
		expectRefused(await register('coordinator', args), UNIQUE, 409);
		expect(await registrations()).toEqual(before);
		expect(await auditSince(since, EVENT.meeting)).toEqual([]);
	});

	it('an organisation without a delegation row at the event: PT409 (HTTP 409)', async () => {
		const before = await eventSnapshot(EVENT.partners);
		// P has no places at the partners' meeting; L none at this meeting.
		expectRefused(
			await register('partnerEditor', person('No Places', { event: EVENT.partners })),
			NO_DELEGATION,
			409
		);
		expectRefused(
			await register('coordinator', person('No Places', { organisation: ORG.lead })),
			NO_DELEGATION,
			409
		);
		expect(await eventSnapshot(EVENT.partners)).toEqual(before);
	});

	it('a departure before the arrival is refused (23514), and nothing is added', async () => {
		const before = await registrations();
		expectRefused(
			await register(
				'partnerEditor',
				person('Backwards Traveller', { arrival: '2026-04-21', departure: '2026-04-19' })
			),
			CHECK,
			400
		);
		expect(await registrations()).toEqual(before);
	});

	it('cancelling is refused to those who may not register for the organisation', async () => {
		const before = await registrations();
		for (const who of ['partnerMember', 'otherMember', 'hostMember', 'outsider'] as const) {
			expectRefused(await as(who).rpc('cancel_registration', { registration: anna }), DENIED, 403);
		}
		expectRefused(await as('anon').rpc('cancel_registration', { registration: anna }), DENIED, 401);
		expect(await registrations()).toEqual(before);
	});

	it('cancelling frees the place: the first waitlisted becomes registered; both audited', async () => {
		const since = await lastAuditId();
		const response = await as('partnerEditor').rpc('cancel_registration', { registration: anna });
		expect(response.error).toBeNull();
		expect(await statusOf(anna)).toBe('cancelled');
		// Nothing personal is kept of a cancelled registration.
		expect(
			(
				await peek(
					`select full_name, job_title, email, arrival, departure, dietary_needs, access_needs from public.event_registrations where id = $1`,
					[anna]
				)
			)[0]
		).toEqual({
			full_name: 'cancelled',
			job_title: null,
			email: null,
			arrival: null,
			departure: null,
			dietary_needs: null,
			access_needs: null
		});
		expect(await statusOf(waiting)).toBe('registered');
		expect((await byName('Dita Ozola')).status).toBe('waitlisted');
		expect((await byName('Egils Kalns')).status).toBe('waitlisted');
		expect(await countOf(ORG.partner, 'registered')).toBe(2);
		expect(await auditSince(since, EVENT.meeting)).toEqual([
			expect.objectContaining({
				actor_id: USER.partnerEditor,
				action: 'registration.cancelled',
				details: { registration_id: anna, organisation_id: ORG.partner }
			}),
			expect.objectContaining({
				actor_id: USER.partnerEditor,
				action: 'registration.registered',
				details: { registration_id: waiting, organisation_id: ORG.partner }
			})
		]);
	});

	it('a cancelled person may be registered again (and waits, the places being taken)', async () => {
		const response = await register(
			'partnerEditor',
			person('Anna Bērziņa', { email: 'anna.berzina@partner.example' })
		);
		expect(response.error).toBeNull();
		expect(response.data).toBe('waitlisted');
	});

	it('raising the places lets the first waiting in; only an editor can', async () => {
		expect(
			outcome(
				await as('partnerEditor')
					.from('event_delegations')
					.update({ places: 3 })
					.eq('event_id', EVENT.meeting)
					.eq('organisation_id', ORG.partner)
					.select('places')
			)
		).toBe(0);
		expect((await byName('Dita Ozola')).status).toBe('waitlisted');

		const since = await lastAuditId();
		const raised = await as('coordinator')
			.from('event_delegations')
			.update({ places: 3 })
			.eq('event_id', EVENT.meeting)
			.eq('organisation_id', ORG.partner)
			.select('places');
		expect(raised.data).toEqual([{ places: 3 }]);
		const dita = await byName('Dita Ozola');
		expect(dita.status).toBe('registered');
		expect((await byName('Egils Kalns')).status).toBe('waitlisted');
		expect(await countOf(ORG.partner, 'registered')).toBe(3);
		expect(await auditSince(since, EVENT.meeting)).toEqual([
			expect.objectContaining({
				actor_id: USER.coordinator,
				action: 'registration.registered',
				details: { registration_id: dita.id, organisation_id: ORG.partner }
			})
		]);
	});

	it('attendance counts the registered per country', async () => {
		expect((await as('anon').rpc('event_attendance', { event: EVENT.meeting })).data).toEqual([
			{ country: 'IT', participants: 1, attended: false },
			{ country: 'PL', participants: 3, attended: false }
		]);
	});

	it('names are seen by the event’s editors (all) and by those who register for P (P’s partner editor and admin: P’s only); not by plain members of P or Q, anon, outsiders or the host’s plain members', async () => {
		const all = await registrations();
		const ofOrganisation = (organisation: string) =>
			all
				.filter((r) => r.organisation_id === organisation)
				.map((r) => r.id)
				.sort();
		const everyone = all.map((r) => r.id).sort();
		const seen: Record<string, Outcome | string[]> = {};
		for (const who of EVERYONE) {
			const response = await as(who)
				.from('event_registrations')
				.select('id')
				.eq('event_id', EVENT.meeting);
			seen[who] = response.error
				? response.error.code
				: (response.data as { id: string }[]).map((r) => r.id).sort();
		}
		expect(ofOrganisation(ORG.partner)).toHaveLength(6);
		expect(ofOrganisation(ORG.other)).toHaveLength(2);
		expect(seen).toEqual({
			anon: DENIED,
			outsider: [],
			// A plain member of P, with no project role: not P's registrant.
			partnerMember: [],
			partnerAdmin: ofOrganisation(ORG.partner),
			// Q's plain member, likewise; Q's people are seen by the editors only (Q has no admin or
			// partner editor here).
			otherMember: [],
			coordinatorB: [],
			hostMember: [],
			hostAdmin: everyone,
			partnerEditor: ofOrganisation(ORG.partner),
			coordinator: everyone,
			platformAdmin: everyone
		});
	});

	it('nobody writes registrations directly (no grants): only through the functions', async () => {
		const before = await registrations();
		for (const who of [
			'coordinator',
			'hostAdmin',
			'platformAdmin',
			'partnerEditor',
			'partnerAdmin'
		] as const) {
			const c = as(who);
			const attempts = {
				insert: outcome(
					await c
						.from('event_registrations')
						.insert({
							event_id: EVENT.meeting,
							organisation_id: ORG.partner,
							full_name: 'Slipped In',
							status: 'registered'
						})
						.select('id')
				),
				update: outcome(
					await c
						.from('event_registrations')
						.update({ status: 'registered' })
						.eq('id', anna)
						.select('id')
				),
				delete: outcome(await c.from('event_registrations').delete().eq('id', anna).select('id'))
			};
			expect({ who, ...attempts }).toEqual({ who, insert: DENIED, update: DENIED, delete: DENIED });
		}
		expectRefused(
			await as('anon')
				.from('event_registrations')
				.insert({
					event_id: EVENT.meeting,
					organisation_id: ORG.partner,
					full_name: 'Slipped In',
					status: 'registered'
				})
				.select('id'),
			DENIED,
			401
		);
		expect(await registrations()).toEqual(before);
	});
});

describe('after the review', () => {
	it('registration is closed for an event that has taken place or is cancelled (PT409)', async () => {
		await peek(`update public.events set status = 'held' where id = $1`, [EVENT.meeting]);
		try {
			const response = await as('partnerEditor').rpc('register_participant', {
				event: EVENT.meeting,
				organisation: ORG.partner,
				full_name: 'Too Late'
			});
			expect({
				code: response.error?.code,
				hint: response.error?.hint,
				status: response.status
			}).toEqual({ code: 'PT409', hint: 'registration_closed', status: 409 });
		} finally {
			await peek(`update public.events set status = 'planned' where id = $1`, [EVENT.meeting]);
		}
	});

	it('fewer places put the last registered back on the waiting list, first in line; more let them in again', async () => {
		const registered = async () =>
			(
				await peek<{ id: string }>(
					`select id from public.event_registrations where event_id = $1 and organisation_id = $2 and status = 'registered' order by created_at, id`,
					[EVENT.meeting, ORG.partner]
				)
			).map((r) => r.id);
		const [{ places }] = await peek<{ places: number }>(
			`select places from public.event_delegations where event_id = $1 and organisation_id = $2`,
			[EVENT.meeting, ORG.partner]
		);
		const before = await registered();
		expect(before.length).toBeGreaterThan(1);
		const fewer = await as('coordinator')
			.from('event_delegations')
			.update({ places: 1 })
			.eq('event_id', EVENT.meeting)
			.eq('organisation_id', ORG.partner)
			.select('places');
		expect(fewer.error).toBeNull();
		expect(await registered()).toEqual(before.slice(0, 1));
		const again = await as('coordinator')
			.from('event_delegations')
			.update({ places })
			.eq('event_id', EVENT.meeting)
			.eq('organisation_id', ORG.partner)
			.select('places');
		expect(again.error).toBeNull();
		expect(await registered()).toEqual(before);
	});

	it('exporting the delegation list is recorded, and only editors may', async () => {
		const since = await lastAuditId();
		expect(
			(await as('coordinator').rpc('record_delegation_export', { event: EVENT.meeting })).error
		).toBeNull();
		expectRefused(
			await as('partnerEditor').rpc('record_delegation_export', { event: EVENT.meeting }),
			DENIED,
			403
		);
		expect(await auditSince(since, EVENT.meeting)).toEqual([
			expect.objectContaining({
				actor_id: USER.coordinator,
				action: 'event.delegations_exported',
				subject_id: EVENT.meeting
			})
		]);
	});
});
