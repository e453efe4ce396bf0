// The account language of each registered person who attended (supabase/migrations/
// 20261212110000_attendee_locales.sql), in which their certificate is printed: the event's editors
// read it; a partner, an outsider and anon learn nothing of anyone's account. As each role,
// through the real PostgREST.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const PREFIX = `al-${randomBytes(4).toString('hex')}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { host: randomUUID(), partner: randomUUID(), outside: randomUUID() };
const USER = {
	/** Admin of the host organisation: an editor of the event. */
	hostAdmin: randomUUID(),
	/** Partner editor: reads its own people's registrations, does not edit the event. */
	partnerEditor: randomUUID(),
	outsider: randomUUID(),
	/** A registered participant with an account in Greek. */
	greek: randomUUID()
};
const PROJECT = randomUUID();
const EVENT = randomUUID();
/** Eleni has an account (by her address, in any case); Olena has none; Wes came but was erased. */
const REG = { eleni: randomUUID(), olena: randomUUID(), absent: randomUUID() };
const DAY = '2030-06-03';

const FIXTURES = `
insert into public.users (id, email, display_name, preferred_locale) values
  ('${USER.hostAdmin}', 'host@${EMAIL_DOMAIN}', 'Host (test)', 'lv'),
  ('${USER.partnerEditor}', 'partner@${EMAIL_DOMAIN}', 'Partner (test)', 'it'),
  ('${USER.outsider}', 'outsider@${EMAIL_DOMAIN}', 'Outsider (test)', 'en'),
  ('${USER.greek}', 'eleni@${EMAIL_DOMAIN}', 'Ελένη (test)', 'el');
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'ngo', 'Thessaloniki', 'GR'),
  ('${ORG.outside}', '${slug('outside')}', 'Outside (test)', 'ngo', 'Jette', 'BE');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'),
  ('${ORG.partner}', '${USER.partnerEditor}', 'member'),
  ('${ORG.outside}', '${USER.outsider}', 'admin');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Locales project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.host}', 'lead_partner'), ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local) values
  ('${EVENT}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Locales meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '${DAY} 09:00', '${DAY} 17:00');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT}');
insert into public.event_delegations (event_id, organisation_id, places) values ('${EVENT}', '${ORG.partner}', 3);
insert into public.event_registrations (id, event_id, organisation_id, full_name, email, status) values
  ('${REG.eleni}', '${EVENT}', '${ORG.partner}', 'Ελένη Παπαδοπούλου', 'Eleni@${EMAIL_DOMAIN}', 'registered'),
  ('${REG.olena}', '${EVENT}', '${ORG.partner}', 'Олена Ковальчук', 'olena@${EMAIL_DOMAIN}', 'registered'),
  ('${REG.absent}', '${EVENT}', '${ORG.partner}', 'Absent (test)', 'outsider@${EMAIL_DOMAIN}', 'registered');
insert into public.event_day_attendance (event_id, day, registration_id) values
  ('${EVENT}', '${DAY}', '${REG.eleni}'), ('${EVENT}', '${DAY}', '${REG.olena}');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);
const locales = (who: Person | 'anon') => as(who).rpc('attendee_locales', { event: EVENT });

describe('the account languages of those who attended', () => {
	it('the host reads the language of each attendee with an account, matched by address in any case; not of those who did not come', async () => {
		const { data, error } = await locales('hostAdmin');
		expect(error).toBeNull();
		expect(data).toEqual([{ registration_id: REG.eleni, locale: 'el' }]);
	});

	it('the partner, an outsider and the attendee herself learn nothing; anon is refused', async () => {
		for (const who of ['partnerEditor', 'outsider', 'greek'] as const) expect({ who, data: (await locales(who)).data }).toEqual({ who, data: [] });
		expectRefused(await locales('anon'), '42501', 401);
	});
});
