// Lowering places only with the host's confirmation (supabase/migrations/20261206130300_lower_places.sql):
// everyone who would move to the waiting list must have been named to the host, checked with the
// delegation locked; as each role, through the real PostgREST, as in events.test.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `lp-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { host: randomUUID(), partner: randomUUID(), lead: randomUUID() };
const USER = {
	/** Admin of the host organisation: one of the event's editors. */
	hostAdmin: randomUUID(),
	/** Coordinator of the project (for the lead organisation): one of the event's editors. */
	coordinator: randomUUID(),
	/** Partner editor for the partner organisation: registers its people, does not edit the event. */
	partnerEditor: randomUUID(),
	/** Plain member of the partner organisation, in no project. */
	partnerMember: randomUUID()
};
const PROJECT = randomUUID();
/** In Riga, far ahead; the partner has 5 places and 3 registered people (Ann, Ben, Cay in that order). */
const EVENT = randomUUID();
const REG = { ann: randomUUID(), ben: randomUUID(), cay: randomUUID() };

const FIXTURES = `
insert into public.users (id, email, display_name) values
  ('${USER.hostAdmin}', 'host-admin@${EMAIL_DOMAIN}', 'Host admin (test)'),
  ('${USER.coordinator}', 'coordinator@${EMAIL_DOMAIN}', 'Coordinator (test)'),
  ('${USER.partnerEditor}', 'partner-editor@${EMAIL_DOMAIN}', 'Partner editor (test)'),
  ('${USER.partnerMember}', 'partner-member@${EMAIL_DOMAIN}', 'Partner member (test)');
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'municipality', 'Riga', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'ngo', 'Faenza', 'IT'),
  ('${ORG.lead}', '${slug('lead')}', 'Lead (test)', 'municipality', 'Daugavpils', 'LV');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'),
  ('${ORG.lead}', '${USER.coordinator}', 'member'),
  ('${ORG.partner}', '${USER.partnerEditor}', 'member'),
  ('${ORG.partner}', '${USER.partnerMember}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Places project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.lead}', 'lead_partner'),
  ('${PROJECT}', '${ORG.host}', 'partner'),
  ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.coordinator}', '${ORG.lead}', 'coordinator'),
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local) values
  ('${EVENT}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Places meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-05-14 09:00', '2030-05-15 17:00');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT}');
insert into public.event_delegations (event_id, organisation_id, places) values ('${EVENT}', '${ORG.partner}', 5);
insert into public.event_registrations (id, event_id, organisation_id, full_name, status, created_at) values
  ('${REG.ann}', '${EVENT}', '${ORG.partner}', 'Ann (test)', 'registered', '2030-01-01 10:00+00'),
  ('${REG.ben}', '${EVENT}', '${ORG.partner}', 'Ben (test)', 'registered', '2030-01-01 11:00+00'),
  ('${REG.cay}', '${EVENT}', '${ORG.partner}', 'Cay (test)', 'registered', '2030-01-01 12:00+00');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const lower = (who: Person | 'anon', places: number, confirmed: string[]) =>
	as(who).rpc('lower_places', { event: EVENT, organisation: ORG.partner, places, confirmed });

async function state() {
	const [delegation] = await peek<{ places: number }>(`select places from public.event_delegations where event_id = $1`, [EVENT]);
	const people = await peek<{ full_name: string; status: string }>(
		`select full_name, status::text from public.event_registrations where event_id = $1 order by created_at`,
		[EVENT]
	);
	return { places: delegation.places, people: Object.fromEntries(people.map((p) => [p.full_name, p.status])) };
}

const ALL_IN = { 'Ann (test)': 'registered', 'Ben (test)': 'registered', 'Cay (test)': 'registered' };

describe('lowering places', () => {
	it('without a confirmation: nothing changes, and the answer names who would move, in the trigger’s order', async () => {
		const answer = await lower('hostAdmin', 1, []);
		expect(answer.error).toBeNull();
		expect(answer.data).toEqual([
			{ registration_id: REG.ben, full_name: 'Ben (test)' },
			{ registration_id: REG.cay, full_name: 'Cay (test)' }
		]);
		expect(await state()).toEqual({ places: 5, people: ALL_IN });
	});

	it('a confirmation naming only some of them changes nothing either', async () => {
		const answer = await lower('coordinator', 1, [REG.cay]);
		expect((answer.data as unknown[]).length).toBe(2);
		expect(await state()).toEqual({ places: 5, people: ALL_IN });
	});

	it('lowering to no fewer than the registered needs no confirmation', async () => {
		expect((await lower('hostAdmin', 3, [])).data).toEqual([]);
		expect(await state()).toEqual({ places: 3, people: ALL_IN });
	});

	it('confirmed for everyone who would move: saved, and the last registered wait', async () => {
		expect((await lower('hostAdmin', 1, [REG.ben, REG.cay])).data).toEqual([]);
		expect(await state()).toEqual({ places: 1, people: { 'Ann (test)': 'registered', 'Ben (test)': 'waitlisted', 'Cay (test)': 'waitlisted' } });
	});

	it('partners and anon cannot lower places', async () => {
		for (const who of ['partnerEditor', 'partnerMember'] as const) {
			const answer = await lower(who, 0, [REG.ann]);
			expect({ who, code: answer.error?.code }).toEqual({ who, code: 'PT404' });
		}
		expectRefused(await lower('anon', 0, [REG.ann]), '42501', 401);
		expect((await state()).places).toBe(1);
	});
});
