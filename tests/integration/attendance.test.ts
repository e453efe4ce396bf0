// Attendance per event day (supabase/migrations/20261211100000_event_day_attendance.sql): the host
// marks who came from the registrations and adds walk-ins; a day outside the event, a person not
// registered for it and anyone but the event's editors are refused with their reason, and nothing
// is half saved. As each role, through the real PostgREST, as in events.test.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, type Answer } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `at-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const DAY_ONE = '2030-05-14';
const DAY_TWO = '2030-05-15';
const HELD_DAYS = ['2026-11-10', '2026-11-11'];

const make = factories(PREFIX);
const ORG = {
	host: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ city: 'Faenza', country: 'IT' }),
	outside: make.organisation({ city: 'Jette', country: 'BE' })
};
const USER = {
	/** Admin of the host organisation (Daugavpils): one of the event's editors. */
	hostAdmin: make.person({ adminOf: ORG.host }),
	/** Coordinator of the project, for the host: one of the event's editors. */
	hostCoordinator: make.person({ memberOf: ORG.host }),
	/** Partner editor for the partner organisation: registers its people, does not edit the event. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Admin of an organisation in no project of the event. */
	outsider: make.person({ adminOf: ORG.outside }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.host, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.hostCoordinator, ORG.host, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const hosted = { projects: [PROJECT], host_organisation_id: ORG.host };
/** Two days in Daugavpils; the partner has Ann and Ben registered and Wes waiting. */
const EVENT = make.event({
	...hosted,
	starts_local: `${DAY_ONE} 09:00`,
	ends_local: `${DAY_TWO} 17:00`
});
/** Another event of the same project, with Zoe registered. */
const OTHER_EVENT = make.event({
	...hosted,
	starts_local: '2030-09-01 09:00',
	ends_local: '2030-09-01 17:00'
});
/** A two-day meeting held in Daugavpils: the partner (IT) registered Ida and Ivo, the host (LV) Lev. */
const HELD = make.event({
	...hosted,
	starts_local: `${HELD_DAYS[0]} 09:00`,
	ends_local: `${HELD_DAYS[1]} 17:00`,
	venue_country: 'LV',
	status: 'held'
});
make.delegation(EVENT, ORG.partner, 2);
make.delegation(OTHER_EVENT, ORG.partner, 2);
make.delegation(HELD, ORG.partner, 2);
make.delegation(HELD, ORG.host, 1);
const REG = {
	ann: make.registration(EVENT, ORG.partner, { full_name: 'Ann (test)' }),
	ben: make.registration(EVENT, ORG.partner, { full_name: 'Ben (test)' }),
	wes: make.registration(EVENT, ORG.partner, { full_name: 'Wes (test)', status: 'waitlisted' }),
	zoe: make.registration(OTHER_EVENT, ORG.partner, { full_name: 'Zoe (test)' })
};
const HELD_REG = {
	ida: make.registration(HELD, ORG.partner, { full_name: 'Ida (test)' }),
	ivo: make.registration(HELD, ORG.partner, { full_name: 'Ivo (test)' }),
	lev: make.registration(HELD, ORG.host, { full_name: 'Lev (test)' })
};

const FIXTURES = `
insert into public.project_indicators (project_id, code, planned, source) values
  ('${PROJECT}', 'direct_participants', 10, 'computed'), ('${PROJECT}', 'staff_mobilities', 5, 'computed');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP
});
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const record = (who: Person | 'anon', day: string, came: string[]) =>
	as(who).rpc('record_attendance', { event: EVENT, day, came });
const addWalkIn = (who: Person | 'anon', day: string, name: string) =>
	as(who).from('event_day_attendance').insert({
		event_id: EVENT,
		day,
		walk_in_name: name,
		walk_in_organisation: 'Press (test)',
		walk_in_country: 'LV'
	});

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
	expect({ code: answer.error?.code, hint: answer.error?.hint, status: answer.status }).toEqual({
		code: 'PT409',
		hint,
		status: 409
	});
}

describe('recording attendance', () => {
	it('the host admin marks who came on the first day, and a walk-in', async () => {
		expect((await record('hostAdmin', DAY_ONE, [REG.ann, REG.ben])).error).toBeNull();
		expect((await addWalkIn('hostAdmin', DAY_ONE, 'Walk-in (test)')).error).toBeNull();
		expect(await came()).toEqual([
			`${DAY_ONE} Ann (test)`,
			`${DAY_ONE} Ben (test)`,
			`${DAY_ONE} Walk-in (test)`
		]);
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
		const answer = await as('hostAdmin').from('event_day_attendance').insert({
			event_id: EVENT,
			day: DAY_ONE,
			registration_id: REG.ben,
			walk_in_name: 'Ben (test)'
		});
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
		const { data, error } = await as(who)
			.from('event_day_attendance')
			.select('day, registration_id, walk_in_name')
			.eq('event_id', EVENT);
		return error
			? error.code
			: (data ?? []).map((r) => `${r.day} ${r.registration_id ?? r.walk_in_name}`).sort();
	};

	it('the editors and the platform admin read every entry, walk-ins included', async () => {
		const all = [
			`${DAY_ONE} ${REG.ann}`,
			`${DAY_ONE} Walk-in (test)`,
			`${DAY_TWO} ${REG.ben}`
		].sort();
		for (const who of ['hostAdmin', 'hostCoordinator', 'platformAdmin'] as const)
			expect({ who, rows: await read(who) }).toEqual({ who, rows: all });
	});

	it('the partner editor reads its own people’s attendance, as it reads their registrations, and no walk-ins', async () => {
		expect(await read('partnerEditor')).toEqual(
			[`${DAY_ONE} ${REG.ann}`, `${DAY_TWO} ${REG.ben}`].sort()
		);
	});

	it('an outsider reads nothing; anon is refused', async () => {
		expect(await read('outsider')).toEqual([]);
		expect(await read('anon')).toBe('42501');
	});
});

describe('the figures count registrations until attendance is recorded, then those who came', () => {
	type Figures = {
		events_attended: number;
		indicators: Array<{ code: string; achieved: number }>;
		countries: Array<{ country: string; participants: number; mobilities: number }>;
		partners: Array<{ organisation_id: string; participants: number }>;
		events: Array<{
			event_id: string;
			participants: number;
			mobilities: number;
			attended: boolean;
		}>;
	};
	const perCountry = async (who: Person | 'anon') =>
		(await as(who).rpc('event_attendance', { event: HELD })).data;
	async function figures(who: Person | 'anon') {
		const { data, error } = await as(who).rpc('project_outcomes', { project: PROJECT });
		expect(error).toBeNull();
		const found = data as Figures;
		return {
			eventsAttended: found.events_attended,
			indicators: Object.fromEntries(found.indicators.map((i) => [i.code, Number(i.achieved)])),
			countries: found.countries.map((c) => `${c.country} ${c.participants} ${c.mobilities}`),
			partners: found.partners
				.map((p) => `${p.organisation_id === ORG.host ? 'host' : 'partner'} ${p.participants}`)
				.sort(),
			event: found.events.find((e) => e.event_id === HELD)
		};
	}

	it('before any attendance: the registered, labelled as such, for anon and the partnership alike', async () => {
		expect(await perCountry('anon')).toEqual([
			{ country: 'IT', participants: 2, attended: false },
			{ country: 'LV', participants: 1, attended: false }
		]);
		for (const who of ['anon', 'partnerEditor'] as const) {
			expect(await figures(who)).toEqual({
				eventsAttended: 0,
				indicators: { staff_mobilities: 2, direct_participants: 3 },
				countries: ['IT 2 2', 'LV 1 0'],
				partners: ['host 1', 'partner 2'],
				event: { event_id: HELD, participants: 3, mobilities: 2, countries: 2, attended: false }
			});
		}
	});

	it('once recorded: each person who came once over both days, walk-ins under their country and in no partner', async () => {
		expect(
			(
				await as('hostAdmin').rpc('record_attendance', {
					event: HELD,
					day: HELD_DAYS[0],
					came: [HELD_REG.ida, HELD_REG.lev]
				})
			).error
		).toBeNull();
		expect(
			(
				await as('hostCoordinator').rpc('record_attendance', {
					event: HELD,
					day: HELD_DAYS[1],
					came: [HELD_REG.ida]
				})
			).error
		).toBeNull();
		for (const day of HELD_DAYS) {
			const walkIn = {
				event_id: HELD,
				day,
				walk_in_name: 'Eve (test)',
				walk_in_organisation: 'Tartu (test)',
				walk_in_country: 'EE'
			};
			expect((await as('hostAdmin').from('event_day_attendance').insert(walkIn)).error).toBeNull();
		}
		const local = {
			event_id: HELD,
			day: HELD_DAYS[1],
			walk_in_name: 'Lina (test)',
			walk_in_organisation: null,
			walk_in_country: 'LV'
		};
		expect((await as('hostAdmin').from('event_day_attendance').insert(local)).error).toBeNull();

		expect(await perCountry('anon')).toEqual([
			{ country: 'EE', participants: 1, attended: true },
			{ country: 'IT', participants: 1, attended: true },
			{ country: 'LV', participants: 2, attended: true }
		]);
		expect(await figures('anon')).toEqual({
			eventsAttended: 1,
			indicators: { staff_mobilities: 2, direct_participants: 4 },
			countries: ['EE 1 1', 'IT 1 1', 'LV 2 0'],
			partners: ['host 1', 'partner 1'],
			event: { event_id: HELD, participants: 4, mobilities: 2, countries: 3, attended: true }
		});
	});

	it('a walk-in without a country counts in the totals only', async () => {
		const nameless = { event_id: HELD, day: HELD_DAYS[0], walk_in_name: 'Noa (test)' };
		expect((await as('hostAdmin').from('event_day_attendance').insert(nameless)).error).toBeNull();
		const after = await figures('hostAdmin');
		expect(after.indicators).toEqual({ staff_mobilities: 2, direct_participants: 5 });
		expect(after.countries).toEqual(['EE 1 1', 'IT 1 1', 'LV 2 0']);
		expect(after.event?.participants).toBe(5);
	});
});
