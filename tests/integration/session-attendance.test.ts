// Attendance per session (supabase/migrations/20261214100000_attendance_per_session.sql and
// 20261214100100_record_session_attendance.sql): where the host wants it, a session of the agenda
// has its own door list beside the day's. Saving one leaves the other alone; a session of another
// event is refused with its reason; only the event's editors record; and whoever is on any list
// counts once among those who came. As each role, through the real PostgREST.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, type Answer } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `sa-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { host: randomUUID(), partner: randomUUID() };
const USER = { hostAdmin: randomUUID(), partnerEditor: randomUUID(), platformAdmin: randomUUID() };
const PROJECT = randomUUID();
const EVENT = randomUUID();
const OTHER_EVENT = randomUUID();
const DAY_ONE = '2030-06-10';
const DAY_TWO = '2030-06-11';
const SESSION = {
	opening: randomUUID(),
	workshop: randomUUID(),
	visit: randomUUID(),
	elsewhere: randomUUID()
};
const REG = { ann: randomUUID(), ben: randomUUID(), zoe: randomUUID() };

const FIXTURES = `
insert into public.users (id, email, display_name, is_platform_admin) values
  ('${USER.hostAdmin}', 'host-admin@${EMAIL_DOMAIN}', 'Host admin (test)', false),
  ('${USER.partnerEditor}', 'partner-editor@${EMAIL_DOMAIN}', 'Partner editor (test)', false),
  ('${USER.platformAdmin}', 'platform-admin@${EMAIL_DOMAIN}', 'Platform admin (test)', true);
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'ngo', 'Faenza', 'IT');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'), ('${ORG.partner}', '${USER.partnerEditor}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Session attendance project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.host}', 'lead_partner'), ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local) values
  ('${EVENT}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Session meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '${DAY_ONE} 09:00', '${DAY_TWO} 17:00'),
  ('${OTHER_EVENT}', '${slug('other')}', 'partner_meeting', '{"en": {"text": "Other meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-09-01 09:00', '2030-09-01 17:00');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT}'), ('${PROJECT}', '${OTHER_EVENT}');
insert into public.event_sessions (id, event_id, starts_local, ends_local, title) values
  ('${SESSION.opening}', '${EVENT}', '${DAY_ONE} 09:00', '${DAY_ONE} 10:30', '{"en": {"text": "Opening", "status": "original"}}'),
  ('${SESSION.workshop}', '${EVENT}', '${DAY_ONE} 11:00', '${DAY_ONE} 13:00', '{"en": {"text": "Workshop", "status": "original"}}'),
  ('${SESSION.visit}', '${EVENT}', '${DAY_TWO} 09:00', '${DAY_TWO} 12:00', '{"en": {"text": "Visit", "status": "original"}}'),
  ('${SESSION.elsewhere}', '${OTHER_EVENT}', '2030-09-01 09:00', '2030-09-01 10:00', '{"en": {"text": "Elsewhere", "status": "original"}}');
insert into public.event_delegations (event_id, organisation_id, places) values ('${EVENT}', '${ORG.partner}', 3), ('${OTHER_EVENT}', '${ORG.partner}', 3);
insert into public.event_registrations (id, event_id, organisation_id, full_name, status) values
  ('${REG.ann}', '${EVENT}', '${ORG.partner}', 'Ann (test)', 'registered'),
  ('${REG.ben}', '${EVENT}', '${ORG.partner}', 'Ben (test)', 'registered'),
  ('${REG.zoe}', '${OTHER_EVENT}', '${ORG.partner}', 'Zoe (test)', 'registered');
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
