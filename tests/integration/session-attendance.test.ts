// Attendance per session (supabase/migrations/20261214100000_attendance_per_session.sql and
// 20261214100100_record_session_attendance.sql): where the host wants it, a session of the agenda
// has its own door list beside the day's. Saving one leaves the other alone; a session of another
// event is refused with its reason; only the event's editors record; and whoever is on any list
// counts once among those who came. As each role, through the real PostgREST.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, type Answer } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `sa-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	host: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ city: 'Faenza', country: 'IT' })
};
const USER = {
	hostAdmin: make.person({ adminOf: ORG.host }),
	partnerEditor: make.person({ memberOf: ORG.partner }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.host, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const DAY_ONE = '2030-06-10';
const DAY_TWO = '2030-06-11';
const EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.host,
	starts_local: `${DAY_ONE} 09:00`,
	ends_local: `${DAY_TWO} 17:00`
});
const OTHER_EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.host,
	starts_local: '2030-09-01 09:00',
	ends_local: '2030-09-01 17:00'
});
const at = (day: string, from: string, to: string) => ({
	starts_local: `${day} ${from}`,
	ends_local: `${day} ${to}`
});
const SESSION = {
	opening: make.session(EVENT, { title: 'Opening', ...at(DAY_ONE, '09:00', '10:30') }),
	workshop: make.session(EVENT, { title: 'Workshop', ...at(DAY_ONE, '11:00', '13:00') }),
	visit: make.session(EVENT, { title: 'Visit', ...at(DAY_TWO, '09:00', '12:00') }),
	elsewhere: make.session(OTHER_EVENT, {
		title: 'Elsewhere',
		...at('2030-09-01', '09:00', '10:00')
	})
};
make.delegation(EVENT, ORG.partner, 3);
make.delegation(OTHER_EVENT, ORG.partner, 3);
const REG = {
	ann: make.registration(EVENT, ORG.partner, { full_name: 'Ann (test)' }),
	ben: make.registration(EVENT, ORG.partner, { full_name: 'Ben (test)' }),
	zoe: make.registration(OTHER_EVENT, ORG.partner, { full_name: 'Zoe (test)' })
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

const recordSession = (who: Person | 'anon', session: string, came: string[]) =>
	as(who).rpc('record_session_attendance', { event: EVENT, session, came });
const recordDay = (who: Person, day: string, came: string[]) =>
	as(who).rpc('record_attendance', { event: EVENT, day, came });

/** Every list as the database holds it: "day list who", the list being the session's title or "day". */
async function lists() {
	const rows = await peek<{ line: string }>(
		`select a.day::text || ' ' || coalesce(s.title -> 'en' ->> 'text', 'day') || ' ' || coalesce(r.full_name, a.walk_in_name) as line
		 from public.event_day_attendance as a
		 left join public.event_sessions as s on s.id = a.session_id
		 left join public.event_registrations as r on r.id = a.registration_id
		 where a.event_id = $1 order by 1`,
		[EVENT]
	);
	return rows.map((r) => r.line);
}

function expectReason(answer: Answer, hint: string) {
	expect({ code: answer.error?.code, hint: answer.error?.hint, status: answer.status }).toEqual({
		code: 'PT409',
		hint,
		status: 409
	});
}

describe('a session’s door list', () => {
	it('the host ticks who came to a session, on the session’s day, apart from the day’s list', async () => {
		expect(
			(await recordSession('hostAdmin', SESSION.workshop, [REG.ann, REG.ben])).error
		).toBeNull();
		expect((await recordDay('hostAdmin', DAY_ONE, [REG.ann])).error).toBeNull();
		expect(await lists()).toEqual([
			`${DAY_ONE} Workshop Ann (test)`,
			`${DAY_ONE} Workshop Ben (test)`,
			`${DAY_ONE} day Ann (test)`
		]);
	});

	it('saving the day again leaves the session’s list alone, and the session’s leaves the day’s', async () => {
		expect((await recordDay('hostAdmin', DAY_ONE, [])).error).toBeNull();
		expect(await lists()).toEqual([
			`${DAY_ONE} Workshop Ann (test)`,
			`${DAY_ONE} Workshop Ben (test)`
		]);
		expect((await recordDay('hostAdmin', DAY_ONE, [REG.ben])).error).toBeNull();
		expect((await recordSession('platformAdmin', SESSION.workshop, [REG.ann])).error).toBeNull();
		expect(await lists()).toEqual([`${DAY_ONE} Workshop Ann (test)`, `${DAY_ONE} day Ben (test)`]);
	});

	it('a walk-in is added to a session, once, on the session’s day only', async () => {
		const walkIn = (day: string) =>
			as('hostAdmin').from('event_day_attendance').insert({
				event_id: EVENT,
				day,
				session_id: SESSION.visit,
				walk_in_name: 'Walk-in (test)'
			});
		expect((await walkIn(DAY_TWO)).error).toBeNull();
		expect((await walkIn(DAY_TWO)).error?.code).toBe('23505');
		expectReason(await walkIn(DAY_ONE), 'session_outside_event');
		// The same person may also be on the day's list.
		const onDay = await as('hostAdmin')
			.from('event_day_attendance')
			.insert({ event_id: EVENT, day: DAY_TWO, walk_in_name: 'Walk-in (test)' });
		expect(onDay.error).toBeNull();
		expect(await lists()).toContain(`${DAY_TWO} Visit Walk-in (test)`);
	});

	it('a session of another event, or no session, is refused with its reason and nothing is saved', async () => {
		const before = await lists();
		expectReason(
			await recordSession('hostAdmin', SESSION.elsewhere, [REG.ann]),
			'session_outside_event'
		);
		expectReason(
			await recordSession('hostAdmin', randomUUID(), [REG.ann]),
			'session_outside_event'
		);
		const row = await as('hostAdmin').from('event_day_attendance').insert({
			event_id: EVENT,
			day: '2030-09-01',
			session_id: SESSION.elsewhere,
			registration_id: REG.ann
		});
		expect(row.error?.hint).toBe('day_outside_event');
		expect(await lists()).toEqual(before);
	});

	it('someone not registered for the event is refused, and nothing of the submit is saved', async () => {
		const before = await lists();
		expectReason(
			await recordSession('hostAdmin', SESSION.workshop, [REG.ann, REG.zoe]),
			'not_registered'
		);
		expect(await lists()).toEqual(before);
	});

	it('the partner editor and anon cannot record a session’s list', async () => {
		const before = await lists();
		expectRefused(await recordSession('partnerEditor', SESSION.workshop, [REG.ben]), '42501', 403);
		expectRefused(await recordSession('anon', SESSION.workshop, [REG.ben]), '42501', 401);
		const row = await as('partnerEditor').from('event_day_attendance').insert({
			event_id: EVENT,
			day: DAY_ONE,
			session_id: SESSION.opening,
			registration_id: REG.ben
		});
		expectRefused(row, '42501', 403);
		expect(await lists()).toEqual(before);
	});

	it('whoever is on any list counts once among those who came', async () => {
		const figures = await as('hostAdmin').rpc('event_attendance', { event: EVENT });
		// Ann (the workshop), Ben (day one) for the partner in Italy; the walk-in gave no country.
		expect(figures.data).toEqual([{ country: 'IT', participants: 2, attended: true }]);
	});

	it('a session removed from the agenda takes its list with it', async () => {
		await peek(`delete from public.event_sessions where id = $1`, [SESSION.workshop]);
		expect(await lists()).not.toContain(`${DAY_ONE} Workshop Ann (test)`);
	});
});
