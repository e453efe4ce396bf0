// Attendance per event day (supabase/migrations/20261211100000_event_day_attendance.sql): the host
// marks who came from the registrations and adds walk-ins; a day outside the event, a person not
// registered for it and anyone but the event's editors are refused with their reason, and nothing
// is half saved. As each role, through the real PostgREST, as in events.test.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, type Answer } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `at-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { host: randomUUID(), partner: randomUUID(), outside: randomUUID() };
const USER = {
	/** Admin of the host organisation (Daugavpils): one of the event's editors. */
	hostAdmin: randomUUID(),
	/** Coordinator of the project, for the host: one of the event's editors. */
	hostCoordinator: randomUUID(),
	/** Partner editor for the partner organisation: registers its people, does not edit the event. */
	partnerEditor: randomUUID(),
	/** Admin of an organisation in no project of the event. */
	outsider: randomUUID(),
	platformAdmin: randomUUID()
};
const PROJECT = randomUUID();
/** Two days in Daugavpils; the partner has Ann and Ben registered and Wes waiting. */
const EVENT = randomUUID();
/** Another event of the same project, with Zoe registered. */
const OTHER_EVENT = randomUUID();
const REG = { ann: randomUUID(), ben: randomUUID(), wes: randomUUID(), zoe: randomUUID() };
const DAY_ONE = '2030-05-14';
const DAY_TWO = '2030-05-15';

const FIXTURES = `
insert into public.users (id, email, display_name, is_platform_admin) values
  ('${USER.hostAdmin}', 'host-admin@${EMAIL_DOMAIN}', 'Host admin (test)', false),
  ('${USER.hostCoordinator}', 'host-coordinator@${EMAIL_DOMAIN}', 'Host coordinator (test)', false),
  ('${USER.partnerEditor}', 'partner-editor@${EMAIL_DOMAIN}', 'Partner editor (test)', false),
  ('${USER.outsider}', 'outsider@${EMAIL_DOMAIN}', 'Outsider (test)', false),
  ('${USER.platformAdmin}', 'platform-admin@${EMAIL_DOMAIN}', 'Platform admin (test)', true);
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'ngo', 'Faenza', 'IT'),
  ('${ORG.outside}', '${slug('outside')}', 'Outside (test)', 'ngo', 'Jette', 'BE');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'),
  ('${ORG.host}', '${USER.hostCoordinator}', 'member'),
  ('${ORG.partner}', '${USER.partnerEditor}', 'member'),
  ('${ORG.outside}', '${USER.outsider}', 'admin');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Attendance project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.host}', 'lead_partner'),
  ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.hostCoordinator}', '${ORG.host}', 'coordinator'),
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local) values
  ('${EVENT}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Attendance meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '${DAY_ONE} 09:00', '${DAY_TWO} 17:00'),
  ('${OTHER_EVENT}', '${slug('other')}', 'partner_meeting', '{"en": {"text": "Other meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-09-01 09:00', '2030-09-01 17:00');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT}'), ('${PROJECT}', '${OTHER_EVENT}');
insert into public.event_delegations (event_id, organisation_id, places) values
  ('${EVENT}', '${ORG.partner}', 2), ('${OTHER_EVENT}', '${ORG.partner}', 2);
insert into public.event_registrations (id, event_id, organisation_id, full_name, status) values
  ('${REG.ann}', '${EVENT}', '${ORG.partner}', 'Ann (test)', 'registered'),
  ('${REG.ben}', '${EVENT}', '${ORG.partner}', 'Ben (test)', 'registered'),
  ('${REG.wes}', '${EVENT}', '${ORG.partner}', 'Wes (test)', 'waitlisted'),
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

const record = (who: Person | 'anon', day: string, came: string[]) => as(who).rpc('record_attendance', { event: EVENT, day, came });
const addWalkIn = (who: Person | 'anon', day: string, name: string) =>
	as(who).from('event_day_attendance').insert({ event_id: EVENT, day, walk_in_name: name, walk_in_organisation: 'Press (test)', walk_in_country: 'LV' });

/** Who came on each day, as the database holds it (registrations by name, walk-ins by theirs). */
async function came() {
	const rows = await peek<{ day: string; who: string }>(
		`select a.day::text as day, coalesce(r.full_name, a.walk_in_name) as who
		 from public.event_day_attendance as a left join public.event_registrations as r on r.id = a.registration_id
		 where a.event_id = $1 order by 1, 2`,
		[EVENT]
	);
	return rows.map((r) => `${r.day} ${r.who}`);
}

function expectReason(answer: Answer, hint: string) {
	expect({ code: answer.error?.code, hint: answer.error?.hint, status: answer.status }).toEqual({ code: 'PT409', hint, status: 409 });
}

describe('recording attendance', () => {
	it('the host admin marks who came on the first day, and a walk-in', async () => {
		expect((await record('hostAdmin', DAY_ONE, [REG.ann, REG.ben])).error).toBeNull();
		expect((await addWalkIn('hostAdmin', DAY_ONE, 'Walk-in (test)')).error).toBeNull();
		expect(await came()).toEqual([`${DAY_ONE} Ann (test)`, `${DAY_ONE} Ben (test)`, `${DAY_ONE} Walk-in (test)`]);
		const [walkIn] = await peek<{ recorded_by: string }>(
			`select recorded_by from public.event_day_attendance where event_id = $1 and walk_in_name is not null`,
			[EVENT]
		);
		expect(walkIn.recorded_by).toBe(USER.hostAdmin);
	});

	it('a second submit of the day keeps exactly those ticked, and the walk-ins', async () => {
		expect((await record('hostCoordinator', DAY_ONE, [REG.ann])).error).toBeNull();
		expect(await came()).toEqual([`${DAY_ONE} Ann (test)`, `${DAY_ONE} Walk-in (test)`]);
	});

	it('the platform admin records the second day', async () => {
		expect((await record('platformAdmin', DAY_TWO, [REG.ben])).error).toBeNull();
		expect(await came()).toContain(`${DAY_TWO} Ben (test)`);
	});

	it('a day outside the event is refused with its reason, through the function and the table', async () => {
		const before = await came();
		expectReason(await record('hostAdmin', '2030-05-16', [REG.ann]), 'day_outside_event');
		expectReason(await record('hostAdmin', '2030-05-13', []), 'day_outside_event');
		expectReason(await addWalkIn('hostAdmin', '2030-05-16', 'Late (test)'), 'day_outside_event');
		expect(await came()).toEqual(before);
	});

	it('someone not registered for the event is refused, and nothing of the submit is saved', async () => {
		const before = await came();
		expectReason(await record('hostAdmin', DAY_ONE, [REG.ben, REG.zoe]), 'not_registered');
		expectReason(await record('hostAdmin', DAY_ONE, [REG.wes]), 'not_registered');
		expectReason(await record('hostAdmin', DAY_ONE, [randomUUID()]), 'not_registered');
		expect(await came()).toEqual(before);
	});

	it('a registration and a walk-in at once is refused', async () => {
		const answer = await as('hostAdmin')
			.from('event_day_attendance')
			.insert({ event_id: EVENT, day: DAY_ONE, registration_id: REG.ben, walk_in_name: 'Ben (test)' });
		expect(answer.error?.code).toBe('23514');
	});

	it('the partner editor, an outsider and anon cannot record attendance', async () => {
		const before = await came();
		for (const who of ['partnerEditor', 'outsider'] as const) {
			expectRefused(await record(who, DAY_ONE, [REG.ann, REG.ben]), '42501', 403);
			expectRefused(await addWalkIn(who, DAY_ONE, 'Intruder (test)'), '42501', 403);
			await as(who).from('event_day_attendance').delete().eq('event_id', EVENT);
		}
		expectRefused(await record('anon', DAY_ONE, [REG.ann]), '42501', 401);
		expectRefused(await addWalkIn('anon', DAY_ONE, 'Intruder (test)'), '42501', 401);
		expect(await came()).toEqual(before);
	});
});

describe('reading attendance', () => {
	const read = async (who: Person | 'anon') => {
		const { data, error } = await as(who).from('event_day_attendance').select('day, registration_id, walk_in_name').eq('event_id', EVENT);
		return error ? error.code : (data ?? []).map((r) => `${r.day} ${r.registration_id ?? r.walk_in_name}`).sort();
	};

	it('the editors and the platform admin read every entry, walk-ins included', async () => {
		const all = [`${DAY_ONE} ${REG.ann}`, `${DAY_ONE} Walk-in (test)`, `${DAY_TWO} ${REG.ben}`].sort();
		for (const who of ['hostAdmin', 'hostCoordinator', 'platformAdmin'] as const) expect({ who, rows: await read(who) }).toEqual({ who, rows: all });
	});

	it('the partner editor reads its own people’s attendance, as it reads their registrations, and no walk-ins', async () => {
		expect(await read('partnerEditor')).toEqual([`${DAY_ONE} ${REG.ann}`, `${DAY_TWO} ${REG.ben}`].sort());
	});

	it('an outsider reads nothing; anon is refused', async () => {
		expect(await read('outsider')).toEqual([]);
		expect(await read('anon')).toBe('42501');
	});
});
