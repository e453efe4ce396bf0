// What a person may do with an event, as public.event_permissions answers it
// (supabase/migrations/20261214200000_event_permissions.sql), acting as each role through the real
// PostgREST: the answer itself, and that it agrees with what the policies and functions then let
// each role do (read, edit, see the delegations, register for each organisation).
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { register } from '../../src/lib/server/data/events.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `ep-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = {
	/** L: leads the project; the coordinator acts for it. */
	lead: randomUUID(),
	/** H: hosts the events, a partner of the project. */
	host: randomUUID(),
	/** P: a partner with places at the meeting. */
	partner: randomUUID(),
	/** Q: a partner without places anywhere. */
	other: randomUUID(),
	/** U: in no project. */
	unrelated: randomUUID()
};
const USER = {
	/** Member of U only. */
	stranger: randomUUID(),
	/** Plain member of P, in no project. */
	partnerMember: randomUUID(),
	/** Member of P, its partner editor in the project. */
	partnerEditor: randomUUID(),
	/** Admin of Q, in no project. */
	otherAdmin: randomUUID(),
	/** Admin of H. */
	hostAdmin: randomUUID(),
	/** Member of L, the project's coordinator for L. */
	coordinator: randomUUID(),
	/** Platform admin, member of nothing. */
	platformAdmin: randomUUID()
};
type Person = keyof typeof USER;
const ROLES: Array<Person | 'anon'> = ['anon', ...(Object.keys(USER) as Person[])];
const PROJECT = randomUUID();
const EVENT = {
	/** Public, in the published project, hosted by H; P has places. */
	meeting: randomUUID(),
	/** For the partnership only, hosted by H; no delegations. */
	closed: randomUUID()
};

const FIXTURES = `
insert into public.users (id, email, display_name, is_platform_admin) values
  ${(Object.entries(USER) as Array<[Person, string]>)
		.map(
			([name, id]) =>
				`('${id}', '${name.toLowerCase()}@${EMAIL_DOMAIN}', '${name} (test)', ${name === 'platformAdmin'})`
		)
		.join(',\n  ')};
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.lead}', '${slug('lead')}', 'Lead (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'ngo', 'Tartu', 'EE'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'university', 'Leszno', 'PL'),
  ('${ORG.other}', '${slug('other')}', 'Other (test)', 'association', 'Faenza', 'IT'),
  ('${ORG.unrelated}', '${slug('unrelated')}', 'Unrelated (test)', 'other', 'Vänersborg', 'SE');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.unrelated}', '${USER.stranger}', 'member'),
  ('${ORG.partner}', '${USER.partnerMember}', 'member'),
  ('${ORG.partner}', '${USER.partnerEditor}', 'member'),
  ('${ORG.other}', '${USER.otherAdmin}', 'admin'),
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'),
  ('${ORG.lead}', '${USER.coordinator}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Permissions project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.lead}', 'lead_partner'),
  ('${PROJECT}', '${ORG.host}', 'partner'),
  ('${PROJECT}', '${ORG.partner}', 'partner'),
  ('${PROJECT}', '${ORG.other}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.coordinator}', '${ORG.lead}', 'coordinator'),
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, visibility) values
  ('${EVENT.meeting}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-05-14 09:00', '2030-05-15 17:00', 'public'),
  ('${EVENT.closed}', '${slug('closed')}', 'partner_meeting', '{"en": {"text": "Closed meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-06-14 09:00', '2030-06-15 17:00', 'partners');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT.meeting}'), ('${PROJECT}', '${EVENT.closed}');
insert into public.event_delegations (event_id, organisation_id, places) values ('${EVENT.meeting}', '${ORG.partner}', 50);
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });
const as = actingAs<Person>(stack, USER);

type Permissions = { read: boolean; edit: boolean; delegations: boolean; register_for: string[] };

/** The event's permissions as `who` reads them with the event; null when the event is not theirs to read. */
async function permissionsOf(who: Person | 'anon', event: string): Promise<Permissions | null> {
	const { data, error } = await as(who)
		.from('events')
		.select('permissions:event_permissions')
		.eq('id', event)
		.maybeSingle();
	expect(error).toBeNull();
	return (data?.permissions as Permissions | undefined) ?? null;
}

const NOTHING = null;
const READER: Permissions = { read: true, edit: false, delegations: false, register_for: [] };
const sorted = (...ids: string[]) => [...ids].sort();

describe('public.event_permissions, as each role', () => {
	it('answers what each role may do with a public event', async () => {
		const seen = Object.fromEntries(
			await Promise.all(ROLES.map(async (who) => [who, await permissionsOf(who, EVENT.meeting)]))
		);
		expect(seen).toEqual({
			anon: READER,
			stranger: READER,
			// Sees the delegations (its organisation's), registers no one.
			partnerMember: { ...READER, delegations: true },
			partnerEditor: { ...READER, delegations: true, register_for: [ORG.partner] },
			// Registers for Q, which has no places here: the registration will say so.
			otherAdmin: { ...READER, register_for: [ORG.other] },
			hostAdmin: {
				read: true,
				edit: true,
				delegations: true,
				register_for: sorted(ORG.partner, ORG.host)
			},
			coordinator: {
				read: true,
				edit: true,
				delegations: true,
				register_for: sorted(ORG.partner, ORG.lead)
			},
			platformAdmin: { read: true, edit: true, delegations: true, register_for: [ORG.partner] }
		});
	});

	it("answers nothing to those who may not read a partners' event, and the partnership what it may do", async () => {
		const seen = Object.fromEntries(
			await Promise.all(ROLES.map(async (who) => [who, await permissionsOf(who, EVENT.closed)]))
		);
		expect(seen).toEqual({
			anon: NOTHING,
			stranger: NOTHING,
			// A member of a partner organisation in no project is not in the partnership.
			partnerMember: NOTHING,
			// No delegations yet: nothing to see there.
			partnerEditor: { ...READER, register_for: [ORG.partner] },
			otherAdmin: NOTHING,
			hostAdmin: { read: true, edit: true, delegations: true, register_for: [ORG.host] },
			coordinator: { read: true, edit: true, delegations: true, register_for: [ORG.lead] },
			platformAdmin: { read: true, edit: true, delegations: true, register_for: [] }
		});
	});
});

describe('the permissions agree with what the database then allows', () => {
	it('edit: exactly those it names change the event (row level security)', async () => {
		for (const who of ROLES) {
			const may = (await permissionsOf(who, EVENT.meeting))?.edit ?? false;
			const { data } = await as(who)
				.from('events')
				.update({ venue_city: `Riga ${who}` })
				.eq('id', EVENT.meeting)
				.select('id');
			expect({ who, changed: (data ?? []).length > 0 }).toEqual({ who, changed: may });
		}
	});

	it('delegations: exactly those it names see any', async () => {
		for (const who of ROLES) {
			const may = (await permissionsOf(who, EVENT.meeting))?.delegations ?? false;
			const { data } = await as(who)
				.from('event_delegations')
				.select('organisation_id')
				.eq('event_id', EVENT.meeting);
			expect({ who, sees: (data ?? []).length > 0 }).toEqual({ who, sees: may });
		}
	});

	it('register_for: each role registers for exactly the organisations it names, and one without places is told so', async () => {
		for (const who of ROLES) {
			const permissions = await permissionsOf(who, EVENT.meeting);
			// An editor registers for any organisation (private.may_register_for); the answer names those with places.
			const mayFor = permissions?.edit ? Object.values(ORG) : (permissions?.register_for ?? []);
			for (const [name, organisation] of Object.entries(ORG)) {
				const answer = await register(as(who) as unknown as Supabase, EVENT.meeting, organisation, {
					full_name: `${who} for ${name}`,
					job_title: null,
					email: null,
					arrival: null,
					departure: null,
					dietary_needs: null,
					access_needs: null
				}).catch((refused: { status?: number }) => refused.status);
				// A refusal of row level security (42501) is the portal's 403.
				const expected = !mayFor.includes(organisation)
					? 403
					: organisation === ORG.partner
						? 'registered'
						: 'no_delegation';
				expect({ who, name, answer }).toEqual({ who, name, answer: expected });
			}
		}
	});
});
