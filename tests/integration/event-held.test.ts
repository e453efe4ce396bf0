// An event is held only once it is over at its venue, on its own clock
// (supabase/migrations/20261207130300_event_held_after_it_ends.sql): a coming event marked held
// would count at once in the outcomes and the funder report. As each role, through the real PostgREST.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `held-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	host: make.organisation({ kind: 'municipality' }),
	partner: make.organisation({ country: 'IT' })
};
const USER = {
	/** Admin of the host organisation: one of the event's editors. */
	hostAdmin: make.person({ adminOf: ORG.host }),
	/** Coordinator of the project: one of the event's editors. */
	coordinator: make.person({ memberOf: ORG.host }),
	/** Partner editor: registers people, does not edit the event. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.host, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.host, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.host,
	starts_local: '2030-05-14 09:00',
	ends_local: '2030-05-15 17:00'
});

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const markHeld = (who: Person | 'anon') =>
	as(who).from('events').update({ status: 'held' }).eq('id', EVENT).select('id');
const status = async () =>
	(
		await peek<{ status: string }>(`select status::text from public.events where id = $1`, [EVENT])
	)[0].status;
const eventsHeld = async () =>
	((await as('anon').rpc('project_outcomes', { project: PROJECT })).data as { events_held: number })
		.events_held;

/** Puts the event's end `hours` hours from now on the clock of `zone` (negative: past), to the minute. */
async function endsIn(
	hours: number,
	zone: string,
	precision: 'minute' | 'day' = 'minute'
): Promise<void> {
	await peek(
		`update public.events set status = 'planned', time_zone = $2, time_precision = $3::public.time_precision,
		   ends_local = date_trunc('minute', (now() at time zone $2) + make_interval(hours => $4)),
		   starts_local = date_trunc('minute', (now() at time zone $2) + make_interval(hours => $4)) - interval '2 hours'
		 where id = $1`,
		[EVENT, zone, precision, hours]
	);
}

describe('marking an event held', () => {
	it('is refused to each of its editors while it is still to come (23514), and nothing is counted', async () => {
		await endsIn(48, 'Europe/Riga');
		for (const who of ['hostAdmin', 'coordinator', 'platformAdmin'] as const) {
			const answer = await markHeld(who);
			expectRefused(answer, '23514', 400);
			expect(answer.error?.hint).toBe('event_not_over');
		}
		expect(await status()).toBe('planned');
		expect(await eventsHeld()).toBe(0);
	});

	it('stays closed to those who may not edit the event (row level security, grants)', async () => {
		await endsIn(48, 'Europe/Riga');
		expect(outcome(await markHeld('partnerEditor'))).toBe(0);
		expect(outcome(await markHeld('anon'))).toBe('42501');
	});

	it('is refused through save_event too, and a held event cannot be moved into the future', async () => {
		await endsIn(-48, 'Europe/Riga');
		expect(outcome(await markHeld('hostAdmin'))).toBe(1);
		expect(await eventsHeld()).toBe(1);
		const moved = await as('hostAdmin')
			.from('events')
			.update({ ends_local: '2040-05-15T17:00:00', starts_local: '2040-05-15T09:00:00' })
			.eq('id', EVENT)
			.select('id');
		expectRefused(moved, '23514', 400);
		await endsIn(48, 'Europe/Riga');
		const [event] = await peek<Record<string, unknown>>(
			`select kind, visibility, time_precision, title, host_organisation_id, time_zone, version,
			        to_char(starts_local, 'YYYY-MM-DD"T"HH24:MI:SS') as starts_local, to_char(ends_local, 'YYYY-MM-DD"T"HH24:MI:SS') as ends_local
			 from public.events where id = $1`,
			[EVENT]
		);
		const details = {
			...event,
			status: 'held',
			description: null,
			venue_name: null,
			venue_address: null,
			venue_city: null,
			venue_country: null,
			registration_deadline: null
		};
		const saved = await as('coordinator').rpc('save_event', {
			event: EVENT,
			seen_version: event.version,
			details,
			online_url: null
		});
		expect({ code: saved.error?.code, hint: saved.error?.hint }).toEqual({
			code: '23514',
			hint: 'event_not_over'
		});
		expect(await status()).toBe('planned');
	});

	it('reads the end on the venue’s own clock: the same wall-clock end is over in Kiritimati (UTC+14), not yet in Pago Pago (UTC−11)', async () => {
		// An hour ago on Kiritimati's clock is 24 hours ahead on Pago Pago's.
		await endsIn(-1, 'Pacific/Kiritimati');
		const [{ end }] = await peek<{ end: string }>(
			`select ends_local::text as end from public.events where id = $1`,
			[EVENT]
		);
		expect(outcome(await markHeld('hostAdmin'))).toBe(1);
		await peek(
			`update public.events set status = 'planned', time_zone = 'Pacific/Pago_Pago' where id = $1`,
			[EVENT]
		);
		expect(
			(
				await peek<{ end: string }>(
					`select ends_local::text as end from public.events where id = $1`,
					[EVENT]
				)
			)[0].end
		).toBe(end);
		expectRefused(await markHeld('hostAdmin'), '23514', 400);
	});

	it('an event known to the day is held once its last day has ended there', async () => {
		await endsIn(0, 'Europe/Riga', 'day');
		expectRefused(await markHeld('hostAdmin'), '23514', 400);
		await endsIn(-24, 'Europe/Riga', 'day');
		expect(outcome(await markHeld('hostAdmin'))).toBe(1);
	});
});
