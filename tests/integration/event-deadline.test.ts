// An event's registration deadline (supabase/migrations/20261206130000_event_registration_deadline.sql
// and the two after it): a day on the venue's calendar after which partners can no longer register
// people, though the event's editors still can; never after the event's last day; set by the
// event's editors only. As each role, through the real PostgREST, as in events.test.ts.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `dl-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	host: make.organisation({ kind: 'municipality', city: 'Riga' }),
	partner: make.organisation({ city: 'Faenza', country: 'IT' }),
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' })
};
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
/** In Riga, far ahead; the partner has 5 places. */
const EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.host,
	starts_local: '2030-05-14 09:00',
	ends_local: '2030-05-15 17:00'
});
make.delegation(EVENT, ORG.partner, 5);

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

/** Sets the deadline `days` days from today on the venue's calendar (negative: in the past). */
async function deadlineInDays(days: number): Promise<void> {
	await peek(
		`update public.events set registration_deadline = (now() at time zone time_zone)::date + $2::int where id = $1`,
		[EVENT, days]
	);
}

const register = (who: Person, fullName: string) =>
	as(who).rpc('register_participant', {
		event: EVENT,
		organisation: ORG.partner,
		full_name: fullName
	});

describe('registering after the deadline', () => {
	it('a partner editor is refused once the deadline day has ended at the venue (PT409, its own hint)', async () => {
		await deadlineInDays(-1);
		const response = await register('partnerEditor', 'Late Partner');
		expect({
			code: response.error?.code,
			hint: response.error?.hint,
			status: response.status
		}).toEqual({
			code: 'PT409',
			hint: 'registration_deadline_passed',
			status: 409
		});
		expect(
			await peek(
				`select 1 from public.event_registrations where event_id = $1 and full_name = 'Late Partner'`,
				[EVENT]
			)
		).toEqual([]);
	});

	it.each(['hostAdmin', 'coordinator'] as const)(
		'the event’s editors still register people after it: %s',
		async (who) => {
			await deadlineInDays(-1);
			const response = await register(who, `Registered by ${who}`);
			expect(response.error).toBeNull();
			expect(response.data).toBe('registered');
		}
	);

	it('on the deadline day itself, and without a deadline, partners register', async () => {
		await deadlineInDays(0);
		expect((await register('partnerEditor', 'On The Day')).data).toBe('registered');
		await peek(`update public.events set registration_deadline = null where id = $1`, [EVENT]);
		expect((await register('partnerEditor', 'No Deadline')).data).toBe('registered');
	});
});

describe('setting the deadline', () => {
	const setDeadline = (who: Person | 'anon', day: string | null) =>
		as(who)
			.from('events')
			.update({ registration_deadline: day })
			.eq('id', EVENT)
			.select('registration_deadline');

	it('only the event’s editors may (update grants and row level security per role)', async () => {
		const answers: Record<string, unknown> = {};
		for (const who of [
			'hostAdmin',
			'coordinator',
			'partnerEditor',
			'partnerMember',
			'anon'
		] as const) {
			answers[who] = outcome(await setDeadline(who, '2030-05-01'));
		}
		// Editors change one row; partners find none to change (filtered); anon has no grant at all.
		expect(answers).toEqual({
			hostAdmin: 1,
			coordinator: 1,
			partnerEditor: 0,
			partnerMember: 0,
			anon: '42501'
		});
	});

	it('a deadline after the event’s last day is refused (23514); on the last day is fine', async () => {
		expectRefused(await setDeadline('hostAdmin', '2030-05-16'), '23514', 400);
		expect(outcome(await setDeadline('hostAdmin', '2030-05-15'))).toBe(1);
	});

	it('moving the event to end before its deadline is refused too', async () => {
		await peek(`update public.events set registration_deadline = '2030-05-15' where id = $1`, [
			EVENT
		]);
		const moved = await as('hostAdmin')
			.from('events')
			.update({ starts_local: '2030-05-10T09:00:00', ends_local: '2030-05-11T17:00:00' })
			.eq('id', EVENT)
			.select('id');
		expect(moved.error?.code).toBe('23514');
		expect(moved.error?.message).toContain('events_registration_deadline_before_end');
	});

	it('save_event saves it with the other details, and clears it with null', async () => {
		const [event] = await peek<Record<string, unknown>>(
			`select kind, status, visibility, time_precision, title, host_organisation_id, time_zone,
			        to_char(starts_local, 'YYYY-MM-DD"T"HH24:MI:SS') as starts_local, to_char(ends_local, 'YYYY-MM-DD"T"HH24:MI:SS') as ends_local, version
			 from public.events where id = $1`,
			[EVENT]
		);
		const details = {
			...event,
			description: null,
			venue_name: null,
			venue_address: null,
			venue_city: null,
			venue_country: null
		};
		const save = (version: number, deadline: string | null) =>
			as('hostAdmin').rpc('save_event', {
				event: EVENT,
				seen_version: version,
				details: { ...details, registration_deadline: deadline },
				online_url: null
			});
		const version = event.version as number;
		expect((await save(version, '2030-05-02')).data).toBe(true);
		expect(
			await peek(`select registration_deadline::text as d from public.events where id = $1`, [
				EVENT
			])
		).toEqual([{ d: '2030-05-02' }]);
		const late = await save(version + 1, '2030-06-01');
		expect(late.error?.code).toBe('23514');
		expect((await save(version + 1, null)).data).toBe(true);
		expect(
			await peek(`select registration_deadline as d from public.events where id = $1`, [EVENT])
		).toEqual([{ d: null }]);
	});
});
