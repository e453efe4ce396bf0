// Lowering places only with the host's confirmation (supabase/migrations/20261206130300_lower_places.sql):
// everyone who would move to the waiting list must have been named to the host, checked with the
// delegation locked; as each role, through the real PostgREST, as in events.test.ts.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `lp-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = { host: make.organisation(), partner: make.organisation(), lead: make.organisation() };
const USER = {
	/** Admin of the host organisation: one of the event's editors. */
	hostAdmin: make.person({ adminOf: ORG.host }),
	/** Coordinator of the project (for the lead organisation): one of the event's editors. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Partner editor for the partner organisation: registers its people, does not edit the event. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Plain member of the partner organisation, in no project. */
	partnerMember: make.person({ memberOf: ORG.partner })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.host);
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
/** In Riga, far ahead; the partner has 5 places and 3 registered people (Ann, Ben, Cay in that order). */
const EVENT = make.event({
	host_organisation_id: ORG.host,
	starts_local: '2030-05-14 09:00',
	ends_local: '2030-05-15 17:00',
	projects: [PROJECT]
});
make.delegation(EVENT, ORG.partner, 5);
const REG = {
	ann: make.registration(EVENT, ORG.partner, {
		full_name: 'Ann (test)',
		created_at: '2030-01-01 10:00+00'
	}),
	ben: make.registration(EVENT, ORG.partner, {
		full_name: 'Ben (test)',
		created_at: '2030-01-01 11:00+00'
	}),
	cay: make.registration(EVENT, ORG.partner, {
		full_name: 'Cay (test)',
		created_at: '2030-01-01 12:00+00'
	})
};

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const lower = (who: Person | 'anon', places: number, confirmed: string[]) =>
	as(who).rpc('lower_places', { event: EVENT, organisation: ORG.partner, places, confirmed });

async function state() {
	const [delegation] = await peek<{ places: number }>(
		`select places from public.event_delegations where event_id = $1`,
		[EVENT]
	);
	const people = await peek<{ full_name: string; status: string }>(
		`select full_name, status::text from public.event_registrations where event_id = $1 order by created_at`,
		[EVENT]
	);
	return {
		places: delegation.places,
		people: Object.fromEntries(people.map((p) => [p.full_name, p.status]))
	};
}

const ALL_IN = {
	'Ann (test)': 'registered',
	'Ben (test)': 'registered',
	'Cay (test)': 'registered'
};

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
		expect(await state()).toEqual({
			places: 1,
			people: { 'Ann (test)': 'registered', 'Ben (test)': 'waitlisted', 'Cay (test)': 'waitlisted' }
		});
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
