// What a person may do with an event, as public.event_permissions answers it
// (supabase/migrations/20261214200000_event_permissions.sql), acting as each role through the real
// PostgREST: the answer itself, and that it agrees with what the policies and functions then let
// each role do (read, edit, see the delegations, register for each organisation).
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { register } from '../../src/lib/server/data/events.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `ep-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** L: leads the project; the coordinator acts for it. */
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	/** H: hosts the events, a partner of the project. */
	host: make.organisation({ city: 'Tartu', country: 'EE' }),
	/** P: a partner with places at the meeting. */
	partner: make.organisation({ kind: 'university', city: 'Leszno', country: 'PL' }),
	/** Q: a partner without places anywhere. */
	other: make.organisation({ kind: 'association', city: 'Faenza', country: 'IT' }),
	/** U: in no project. */
	unrelated: make.organisation({ kind: 'other', city: 'Vänersborg', country: 'SE' })
};
const USER = {
	/** Member of U only. */
	stranger: make.person({ memberOf: ORG.unrelated }),
	/** Plain member of P, in no project. */
	partnerMember: make.person({ memberOf: ORG.partner }),
	/** Member of P, its partner editor in the project. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Admin of Q, in no project. */
	otherAdmin: make.person({ adminOf: ORG.other }),
	/** Admin of H. */
	hostAdmin: make.person({ adminOf: ORG.host }),
	/** Member of L, the project's coordinator for L. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Platform admin, member of nothing. */
	platformAdmin: make.person({ is_platform_admin: true })
};
type Person = keyof typeof USER;
const ROLES: Array<Person | 'anon'> = ['anon', ...(Object.keys(USER) as Person[])];
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.host);
make.partner(PROJECT, ORG.partner);
make.partner(PROJECT, ORG.other);
make.projectMember(PROJECT, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const EVENT = {
	/** Public, in the published project, hosted by H; P has places. */
	meeting: make.event({
		projects: [PROJECT],
		host_organisation_id: ORG.host,
		starts_local: '2030-05-14 09:00',
		ends_local: '2030-05-15 17:00',
		visibility: 'public'
	}),
	/** For the partnership only, hosted by H; no delegations. */
	closed: make.event({
		projects: [PROJECT],
		host_organisation_id: ORG.host,
		starts_local: '2030-06-14 09:00',
		ends_local: '2030-06-15 17:00',
		visibility: 'partners'
	})
};
make.delegation(EVENT.meeting, ORG.partner, 50);

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
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
