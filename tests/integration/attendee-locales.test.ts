// The account language of each registered person who attended (supabase/migrations/
// 20261212110000_attendee_locales.sql), in which their certificate is printed: the event's editors
// read it; a partner, an outsider and anon learn nothing of anyone's account. As each role,
// through the real PostgREST.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const PREFIX = `al-${randomBytes(4).toString('hex')}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const DAY = '2030-06-03';

const make = factories(PREFIX);
const ORG = {
	host: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ city: 'Thessaloniki', country: 'GR' }),
	outside: make.organisation({ city: 'Jette', country: 'BE' })
};
const USER = {
	/** Admin of the host organisation: an editor of the event. */
	hostAdmin: make.person({ adminOf: ORG.host, preferred_locale: 'lv' }),
	/** Partner editor: reads its own people's registrations, does not edit the event. */
	partnerEditor: make.person({ memberOf: ORG.partner, preferred_locale: 'it' }),
	outsider: make.person({
		adminOf: ORG.outside,
		email: `outsider@${EMAIL_DOMAIN}`,
		preferred_locale: 'en'
	}),
	/** A registered participant with an account in Greek. */
	greek: make.person({
		email: `eleni@${EMAIL_DOMAIN}`,
		display_name: 'Ελένη (test)',
		preferred_locale: 'el'
	})
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.host, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.host,
	starts_local: `${DAY} 09:00`,
	ends_local: `${DAY} 17:00`
});
make.delegation(EVENT, ORG.partner, 3);
/** Eleni has an account (by her address, in any case); Olena has none; Wes came but was erased. */
const REG = {
	eleni: make.registration(EVENT, ORG.partner, {
		full_name: 'Ελένη Παπαδοπούλου',
		email: `Eleni@${EMAIL_DOMAIN}`
	}),
	olena: make.registration(EVENT, ORG.partner, {
		full_name: 'Олена Ковальчук',
		email: `olena@${EMAIL_DOMAIN}`
	}),
	absent: make.registration(EVENT, ORG.partner, {
		full_name: 'Absent (test)',
		email: `outsider@${EMAIL_DOMAIN}`
	})
};

const FIXTURES = `
insert into public.event_day_attendance (event_id, day, registration_id) values
  ('${EVENT}', '${DAY}', '${REG.eleni}'), ('${EVENT}', '${DAY}', '${REG.olena}');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { rows: make, setUp: FIXTURES, cleanUp: CLEAN_UP });
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
		for (const who of ['partnerEditor', 'outsider', 'greek'] as const)
			expect({ who, data: (await locales(who)).data }).toEqual({ who, data: [] });
		expectRefused(await locales('anon'), '42501', 401);
	});
});
