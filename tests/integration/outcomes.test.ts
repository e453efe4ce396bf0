// Outcomes (supabase/migrations/20261122160100_outcomes.sql): achieved values counted from the
// records, entered values with their evidence, result statements and press items, as each role
// through the real PostgREST.
//
// Like events.test.ts, these requests commit: the file works on people, organisations, projects
// and events of its own, named with a random tag, and removes them afterwards. Fixtures are
// written, and stored rows checked, as `postgres`, which bypasses row level security.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';
const INVALID_INPUT = '22P02';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `oc-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** L, in Latvia: leads project A; its coordinator acts for it. */
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	/** P, in Italy: a partner in A. */
	partner: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' }),
	/** Q, in Poland: a partner in A that reports numbers without names. */
	other: make.organisation({ city: 'Leszno', country: 'PL' })
};
const USER = {
	platformAdmin: make.person({ is_platform_admin: true }),
	/** Coordinator for L of A and of the draft D. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Partner editor for P in A. */
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Viewer for Q in A. */
	viewer: make.person({ memberOf: ORG.other }),
	/** In no project. */
	outsider: make.person()
};
const PROJECT = { a: make.project({ is_published: true }), draft: make.project() };
make.partner(PROJECT.a, ORG.lead, 'lead_partner');
make.partner(PROJECT.a, ORG.partner);
make.partner(PROJECT.a, ORG.other);
make.partner(PROJECT.draft, ORG.lead, 'lead_partner');
make.projectMember(PROJECT.a, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT.a, USER.partnerEditor, ORG.partner, 'partner_editor');
make.projectMember(PROJECT.a, USER.viewer, ORG.other, 'viewer');
make.projectMember(PROJECT.draft, USER.coordinator, ORG.lead, 'coordinator');
const inA = { projects: [PROJECT.a] };
const EVENT = {
	/** Held in Riga (LV): L registers 3; P registers 2, one more cancelled, one waiting; Q reports 4. */
	riga: make.event({
		...inA,
		host_organisation_id: ORG.lead,
		venue_city: 'Riga',
		venue_country: 'LV',
		starts_local: '2025-05-05 09:00',
		ends_local: '2025-05-06 17:00',
		status: 'held'
	}),
	/** Held online: L reports 6 (participants, never mobilities). */
	online: make.event({
		...inA,
		kind: 'online_meeting',
		host_organisation_id: ORG.lead,
		starts_local: '2025-06-05 10:00',
		ends_local: '2025-06-05 12:00',
		status: 'held'
	}),
	/** Held in Faenza (IT): P reports 2 (at home), L reports 1 (travelled). */
	faenza: make.event({
		...inA,
		kind: 'conference',
		host_organisation_id: ORG.partner,
		venue_city: 'Faenza',
		venue_country: 'IT',
		time_zone: 'Europe/Rome',
		starts_local: '2025-09-10 09:00',
		ends_local: '2025-09-11 17:00',
		status: 'held'
	}),
	/** Planned, not held, in Tallinn: P reports 5 (not counted). */
	tallinn: make.event({
		...inA,
		kind: 'workshop',
		host_organisation_id: ORG.lead,
		venue_city: 'Tallinn',
		venue_country: 'EE',
		time_zone: 'Europe/Tallinn',
		starts_local: '2026-09-10 09:00',
		ends_local: '2026-09-11 17:00',
		status: 'planned'
	})
};
make.delegation(EVENT.riga, ORG.lead, 3);
make.delegation(EVENT.riga, ORG.partner, 2);
make.delegation(EVENT.riga, ORG.other, 0, { reported_participants: 4 });
make.delegation(EVENT.online, ORG.lead, 0, { reported_participants: 6 });
make.delegation(EVENT.faenza, ORG.partner, 0, { reported_participants: 2 });
make.delegation(EVENT.faenza, ORG.lead, 0, { reported_participants: 1 });
make.delegation(EVENT.tallinn, ORG.partner, 0, { reported_participants: 5 });
for (const full_name of ['Lead 1 (test)', 'Lead 2 (test)', 'Lead 3 (test)'])
	make.registration(EVENT.riga, ORG.lead, { full_name });
make.registration(EVENT.riga, ORG.partner, { full_name: 'Partner 1 (test)' });
make.registration(EVENT.riga, ORG.partner, { full_name: 'Partner 2 (test)' });
make.registration(EVENT.riga, ORG.partner, { full_name: 'cancelled', status: 'cancelled' });
make.registration(EVENT.riga, ORG.partner, { full_name: 'Partner 4 (test)', status: 'waitlisted' });
const INDICATOR = {
	events: randomUUID(),
	leadMobilities: randomUUID(),
	mobilities: randomUUID(),
	partnerParticipants: randomUUID(),
	indirect: randomUUID(),
	draft: randomUUID()
};

const t = (en: string) => `'{"en": {"text": "${en}", "status": "original"}}'`;
const text = (en: string) => ({ en: { text: en, status: 'original' } });

const FIXTURES = `
insert into public.project_indicators (id, project_id, code, planned, organisation_id, source) values
  ('${INDICATOR.events}', '${PROJECT.a}', 'international_events', 4, null, 'computed'),
  ('${INDICATOR.leadMobilities}', '${PROJECT.a}', 'staff_mobilities', 2, '${ORG.lead}', 'computed'),
  ('${INDICATOR.mobilities}', '${PROJECT.a}', 'staff_mobilities', 10, null, 'computed'),
  ('${INDICATOR.partnerParticipants}', '${PROJECT.a}', 'direct_participants', 5, '${ORG.partner}', 'computed'),
  ('${INDICATOR.indirect}', '${PROJECT.a}', 'indirect_participants', 100, null, 'entered'),
  ('${INDICATOR.draft}', '${PROJECT.draft}', 'indirect_participants', 50, null, 'entered');
insert into public.project_results (project_id, statement, position) values
  ('${PROJECT.a}', ${t('A result (test)')}, 1),
  ('${PROJECT.draft}', ${t('A draft result (test)')}, 1);
insert into public.press_items (project_id, kind, title, published_on, url, position) values
  ('${PROJECT.a}', 'press_release', ${t('A press release (test)')}, '2025-05-07', 'https://news.example/${TAG}', 1),
  ('${PROJECT.draft}', 'news', ${t('A draft news item (test)')}, null, null, 1);
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { db, peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		const [left] = await peek(
			`select (select count(*)::int from public.projects where slug like $1) as projects,
			        (select count(*)::int from public.events where slug like $1) as events`,
			[`${PREFIX}-%`]
		);
		expect(left).toEqual({ projects: 0, events: 0 });
	}
});

type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);

type Outcomes = {
	events_held: number;
	indicators: Array<{
		id: string;
		code: string;
		planned: number;
		achieved: number | null;
		source: string;
		organisation_id: string | null;
	}>;
	countries: Array<{ country: string; participants: number; mobilities: number }>;
	partners: Array<{
		organisation_id: string;
		city: string | null;
		events: number;
		participants: number;
		mobilities: number;
	}>;
	events: Array<{ event_id: string; participants: number; mobilities: number; countries: number }>;
	other_events: { held: number; participants: number; mobilities: number };
};

async function outcomesOf(who: Who, project: string): Promise<Outcomes | null> {
	const { data, error } = await as(who).rpc('project_outcomes', { project });
	expect(error).toBeNull();
	return data as Outcomes | null;
}

const achievedOf = (o: Outcomes, id: string) => o.indicators.find((i) => i.id === id)?.achieved;

describe('achieved values counted from the records', () => {
	it('counts held events only: planned ones are not counted', async () => {
		const o = (await outcomesOf('anon', PROJECT.a))!;
		expect(o.events_held).toBe(3);
		expect(achievedOf(o, INDICATOR.events)).toBe(3);
	});

	it('counts as mobilities the people at an event in another country: not the host country, not online, not cancelled or waiting', async () => {
		const o = (await outcomesOf('anon', PROJECT.a))!;
		// Riga: P's 2 registered (the cancelled and the waiting one are not) + Q's 4 reported;
		// L at home is not; online: none; Faenza: L's 1, P at home is not.
		expect(achievedOf(o, INDICATOR.mobilities)).toBe(7);
		expect(achievedOf(o, INDICATOR.leadMobilities)).toBe(1);
	});

	it("counts a partner's direct participants: registered where it registered, reported where it only reported", async () => {
		const o = (await outcomesOf('anon', PROJECT.a))!;
		expect(achievedOf(o, INDICATOR.partnerParticipants)).toBe(4);
	});

	it('gives participants and mobilities per country and per partner', async () => {
		const o = (await outcomesOf('anon', PROJECT.a))!;
		expect(o.countries).toEqual([
			{ country: 'IT', participants: 4, mobilities: 2 },
			{ country: 'LV', participants: 10, mobilities: 1 },
			{ country: 'PL', participants: 4, mobilities: 4 }
		]);
		const byOrg = Object.fromEntries(
			o.partners.map((p) => [
				p.organisation_id,
				{ events: p.events, participants: p.participants, mobilities: p.mobilities }
			])
		);
		expect(byOrg).toEqual({
			[ORG.lead]: { events: 3, participants: 10, mobilities: 1 },
			[ORG.partner]: { events: 2, participants: 4, mobilities: 2 },
			[ORG.other]: { events: 1, participants: 4, mobilities: 4 }
		});
	});

	it('gives each held event its people, mobilities and countries, adding up to the totals (for the funder report)', async () => {
		const o = (await outcomesOf('anon', PROJECT.a))!;
		const byEvent = Object.fromEntries(o.events.map(({ event_id, ...rest }) => [event_id, rest]));
		expect(byEvent).toEqual({
			[EVENT.riga]: { participants: 9, mobilities: 6, countries: 3, attended: false },
			[EVENT.online]: { participants: 6, mobilities: 0, countries: 1, attended: false },
			[EVENT.faenza]: { participants: 3, mobilities: 1, countries: 2, attended: false }
		});
		const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
		expect(sum(o.events.map((e) => e.participants))).toBe(
			sum(o.countries.map((c) => c.participants))
		);
		expect(sum(o.events.map((e) => e.mobilities))).toBe(sum(o.countries.map((c) => c.mobilities)));
		expect(Object.fromEntries(o.partners.map((p) => [p.organisation_id, p.city]))).toEqual({
			[ORG.lead]: 'Daugavpils',
			[ORG.partner]: 'Faenza',
			[ORG.other]: 'Leszno'
		});
	});

	it('tells who came per event, country and partner only for the events the reader may read, while the totals count every held event', async () => {
		await db.query(`update public.events set visibility = 'partners' where id = $1`, [
			EVENT.faenza
		]);
		try {
			const anon = (await outcomesOf('anon', PROJECT.a))!;
			expect(anon.events.map((e) => e.event_id).sort()).toEqual([EVENT.riga, EVENT.online].sort());
			expect(anon.events_held).toBe(3);
			expect(achievedOf(anon, INDICATOR.mobilities)).toBe(7);
			// Who went to Faenza is not told: per country and per partner leave it out, as one sum.
			expect(anon.other_events).toEqual({ held: 1, participants: 3, mobilities: 1 });
			expect(anon.countries).toEqual([
				{ country: 'IT', participants: 2, mobilities: 2 },
				{ country: 'LV', participants: 9, mobilities: 0 },
				{ country: 'PL', participants: 4, mobilities: 4 }
			]);
			expect(anon.partners.find((p) => p.organisation_id === ORG.lead)).toMatchObject({
				events: 2,
				participants: 9,
				mobilities: 0
			});
			const partner = (await outcomesOf('partnerEditor', PROJECT.a))!;
			expect(partner.events.map((e) => e.event_id)).toContain(EVENT.faenza);
			expect(partner.other_events).toEqual({ held: 0, participants: 0, mobilities: 0 });
			expect(partner.partners.find((p) => p.organisation_id === ORG.lead)).toMatchObject({
				events: 3,
				participants: 10,
				mobilities: 1
			});
		} finally {
			await db.query(`update public.events set visibility = 'public' where id = $1`, [
				EVENT.faenza
			]);
		}
	});

	it('follows the records: a registration cancelled later is no longer counted', async () => {
		await db.query(
			`update public.event_registrations set status = 'cancelled' where event_id = $1 and full_name = 'Partner 2 (test)'`,
			[EVENT.riga]
		);
		try {
			const o = (await outcomesOf('anon', PROJECT.a))!;
			expect(achievedOf(o, INDICATOR.mobilities)).toBe(6);
			expect(achievedOf(o, INDICATOR.partnerParticipants)).toBe(3);
		} finally {
			await db.query(
				`update public.event_registrations set status = 'registered' where event_id = $1 and full_name = 'Partner 2 (test)'`,
				[EVENT.riga]
			);
		}
	});

	it('answers only those who may read the project: a draft is null for the public', async () => {
		const readers: Record<Who, boolean> = {
			anon: false,
			outsider: false,
			partnerEditor: false,
			viewer: false,
			coordinator: true,
			platformAdmin: true
		};
		for (const [who, reads] of Object.entries(readers) as Array<[Who, boolean]>) {
			const o = await outcomesOf(who, PROJECT.draft);
			expect({ who, reads: o !== null }).toEqual({ who, reads });
		}
	});
});

describe('entered achieved values', () => {
	const evidence = text('Final report, page 12 (test)');

	it('are entered by coordinators, with who and when stamped by the database', async () => {
		const answer = await as('coordinator')
			.from('project_indicators')
			.update({ achieved: 120, evidence, achieved_by: USER.outsider, version: 2 })
			.eq('id', INDICATOR.indirect)
			.eq('version', 1)
			.select('achieved');
		expect(outcome(answer)).toBe(1);
		const [row] = await peek<{ achieved: string; achieved_by: string; achieved_at: Date | null }>(
			`select achieved::text, achieved_by, achieved_at from public.project_indicators where id = $1`,
			[INDICATOR.indirect]
		);
		expect(row).toMatchObject({ achieved: '120', achieved_by: USER.coordinator });
		expect(row.achieved_at).not.toBeNull();
		const o = (await outcomesOf('anon', PROJECT.a))!;
		expect(o.indicators.find((i) => i.id === INDICATOR.indirect)).toMatchObject({
			achieved: 120,
			source: 'entered'
		});
	});

	it('who entered it is cleared when their account is deleted; the figure and the audit entry stay', async () => {
		const [{ id: person }] = await peek<{ id: string }>(
			`insert into public.users (email, display_name, is_platform_admin) values ($1, 'Leaving admin (test)', true) returning id`,
			[`leaving@${EMAIL_DOMAIN}`]
		);
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.project_indicators (project_id, code, planned) values ($1, 'leaving_reach', 10) returning id`,
			[PROJECT.draft]
		);
		const leaving = actingAs<'leaving'>(stack, { leaving: person })('leaving');
		expect(
			outcome(
				await leaving
					.from('project_indicators')
					.update({ achieved: 12, evidence })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		// A client cannot clear it without changing the figure.
		await as('coordinator').from('project_indicators').update({ achieved_by: null }).eq('id', id);
		expect(
			(await peek(`select achieved_by from public.project_indicators where id = $1`, [id]))[0]
		).toEqual({ achieved_by: person });

		await db.query(`delete from public.users where id = $1`, [person]);
		const [row] = await peek<{
			achieved: string;
			achieved_by: string | null;
			achieved_at: Date | null;
		}>(
			`select achieved::text, achieved_by, achieved_at from public.project_indicators where id = $1`,
			[id]
		);
		expect(row).toMatchObject({ achieved: '12', achieved_by: null });
		expect(row.achieved_at).not.toBeNull();
		expect(
			await peek(`select actor_id from public.audit_log where details ->> 'indicator_id' = $1`, [
				id
			])
		).toEqual([{ actor_id: person }]);
	});

	it('a save from an older version changes nothing', async () => {
		const answer = await as('coordinator')
			.from('project_indicators')
			.update({ achieved: 999, evidence, version: 2 })
			.eq('id', INDICATOR.indirect)
			.eq('version', 1)
			.select('id');
		expect(outcome(answer)).toBe(0);
	});

	it('are not written by partner editors, viewers, outsiders or the public', async () => {
		const expected: Record<Exclude<Who, 'coordinator' | 'platformAdmin'>, Outcome> = {
			anon: DENIED,
			outsider: 0,
			partnerEditor: 0,
			viewer: 0
		};
		for (const [who, result] of Object.entries(expected)) {
			const answer = await as(who as Who)
				.from('project_indicators')
				.update({ achieved: 5, evidence })
				.eq('id', INDICATOR.indirect)
				.select('id');
			expect({ who, result: outcome(answer) }).toEqual({ who, result });
		}
		const [row] = await peek<{ achieved: string }>(
			`select achieved::text from public.project_indicators where id = $1`,
			[INDICATOR.indirect]
		);
		expect(row.achieved).toBe('120');
	});

	it.each([
		['a negative value', { achieved: -1, evidence }, CHECK],
		['a value that is not a number', { achieved: 'a lot', evidence }, INVALID_INPUT],
		['more than two decimals', { achieved: 1.234, evidence }, CHECK],
		['a value without evidence', { achieved: 5, evidence: null, evidence_url: null }, CHECK],
		[
			'an evidence link that is not https',
			{ achieved: 5, evidence, evidence_url: 'http://example.org/report' },
			CHECK
		]
	])('refuses %s, changing nothing', async (_, change, code) => {
		const answer = await as('coordinator')
			.from('project_indicators')
			.update(change)
			.eq('id', INDICATOR.indirect)
			.select('id');
		expect(answer.error?.code).toBe(code);
		const [row] = await peek<{ achieved: string; version: number }>(
			`select achieved::text, version from public.project_indicators where id = $1`,
			[INDICATOR.indirect]
		);
		expect(row).toEqual({ achieved: '120', version: 2 });
	});

	it('a computed indicator takes no typed value, and only events, mobilities and direct participants can be computed', async () => {
		expectRefused(
			await as('coordinator')
				.from('project_indicators')
				.update({ achieved: 3, evidence })
				.eq('id', INDICATOR.events)
				.select('id'),
			CHECK,
			400
		);
		expectRefused(
			await as('coordinator')
				.from('project_indicators')
				.update({ source: 'computed', achieved: null })
				.eq('id', INDICATOR.indirect)
				.select('id'),
			CHECK,
			400
		);
	});
});

describe('result statements and press items', () => {
	const tables: Record<
		'project_results' | 'press_items',
		(project: string) => Record<string, unknown>
	> = {
		project_results: (project: string) => ({
			project_id: project,
			statement: text(`Result ${randomUUID()} (test)`),
			position: 9
		}),
		press_items: (project: string) => ({
			project_id: project,
			kind: 'news',
			title: text(`News ${randomUUID()} (test)`),
			published_on: '2025-06-01',
			position: 9
		})
	};
	const change: Record<keyof typeof tables, Record<string, unknown>> = {
		project_results: { statement: text('Changed (test)') },
		press_items: { title: text('Changed (test)') }
	};

	// Rows a role sees in the published project and in the draft; what its insert, update and
	// delete in the published project come to (rows, or the SQLSTATE).
	const MATRIX: Record<
		Who,
		{ published: Outcome; draft: Outcome; insert: Outcome; update: Outcome; remove: Outcome }
	> = {
		anon: { published: 1, draft: 0, insert: DENIED, update: DENIED, remove: DENIED },
		outsider: { published: 1, draft: 0, insert: DENIED, update: 0, remove: 0 },
		viewer: { published: 1, draft: 0, insert: DENIED, update: 0, remove: 0 },
		partnerEditor: { published: 1, draft: 0, insert: DENIED, update: 0, remove: 0 },
		coordinator: { published: 1, draft: 1, insert: 1, update: 1, remove: 1 },
		platformAdmin: { published: 1, draft: 1, insert: 1, update: 1, remove: 1 }
	};

	for (const table of Object.keys(tables) as Array<keyof typeof tables>) {
		describe(table, () => {
			for (const [who, expected] of Object.entries(MATRIX) as Array<[Who, (typeof MATRIX)[Who]]>) {
				it(`as ${who}`, async () => {
					const client = as(who);
					const seen = async (project: string) =>
						outcome(
							await client.from(table).select('id').eq('project_id', project).neq('position', 9)
						);
					const inserted = await client.from(table).insert(tables[table](PROJECT.a)).select('id');
					// A row of the project to change and remove, added as postgres when the role may not add one.
					const [{ id }] = await peek<{ id: string }>(
						`insert into public.${table} (project_id, ${table === 'project_results' ? 'statement' : 'title'}, position)
						 values ($1, $2, 9) returning id`,
						[PROJECT.a, JSON.stringify(text(`Row for ${who} (test)`))]
					);
					const updated = await client.from(table).update(change[table]).eq('id', id).select('id');
					const removed = await client.from(table).delete().eq('id', id).select('id');
					expect({
						published: await seen(PROJECT.a),
						draft: await seen(PROJECT.draft),
						insert: outcome(inserted),
						update: outcome(updated),
						remove: outcome(removed)
					}).toEqual(expected);
					await db.query(`delete from public.${table} where project_id = $1 and position = 9`, [
						PROJECT.a
					]);
				});
			}
		});
	}

	it('a result or press item stays with its project', async () => {
		const [{ id }] = await peek<{ id: string }>(
			`select id from public.project_results where project_id = $1`,
			[PROJECT.a]
		);
		expectRefused(
			await as('coordinator')
				.from('project_results')
				.update({ project_id: PROJECT.draft })
				.eq('id', id)
				.select('id'),
			DENIED,
			403
		);
	});

	it('refuses a press link that is not https and a date out of range', async () => {
		const item = { project_id: PROJECT.a, kind: 'press_release', title: text('Bad (test)') };
		expectRefused(
			await as('coordinator')
				.from('press_items')
				.insert({ ...item, url: 'javascript:alert(1)' })
				.select('id'),
			CHECK,
			400
		);
		expectRefused(
			await as('coordinator')
				.from('press_items')
				.insert({ ...item, published_on: '1066-10-14' })
				.select('id'),
			CHECK,
			400
		);
		expectRefused(
			await as('coordinator')
				.from('press_items')
				.insert({ ...item, kind: 'rumour' })
				.select('id'),
			INVALID_INPUT,
			400
		);
	});
});

describe('editing a press item against the version it was opened at', () => {
	type Row = {
		title: unknown;
		body: unknown;
		published_on: string | null;
		url: string | null;
		kind: string;
		version: number;
	};
	const pressItem = async () =>
		(
			await peek<{ id: string }>(
				`insert into public.press_items (project_id, kind, title, position) values ($1, 'press_release', $2, 5) returning id`,
				[PROJECT.a, JSON.stringify(text(`Edited item ${randomUUID()} (test)`))]
			)
		)[0].id;
	const stored = async (id: string) =>
		(
			await peek<Row>(
				`select title, body, published_on::text, url, kind::text, version from public.press_items where id = $1`,
				[id]
			)
		)[0];
	const edit = (version: number, title: string) => ({
		kind: 'news',
		title: text(title),
		published_on: '2025-10-03',
		body: text('What the article says (test)'),
		url: 'https://news.example/edited',
		version: version + 1,
		updated_at: new Date().toISOString()
	});

	// The update the editor sends (every field, the version it opened): rows changed, or the SQLSTATE.
	const EDITS: Record<Who, Outcome> = {
		anon: DENIED,
		outsider: 0,
		viewer: 0,
		partnerEditor: 0,
		coordinator: 1,
		platformAdmin: 1
	};

	for (const [who, expected] of Object.entries(EDITS) as Array<[Who, Outcome]>) {
		it(`as ${who}: ${expected === 1 ? 'saved' : 'refused, nothing changed'}`, async () => {
			const id = await pressItem();
			const before = await stored(id);
			const answer = await as(who)
				.from('press_items')
				.update(edit(1, `Edited by ${who} (test)`))
				.eq('id', id)
				.eq('version', 1)
				.select('id');
			expect({ who, result: outcome(answer) }).toEqual({ who, result: expected });
			const after = await stored(id);
			if (expected === 1) {
				expect(after).toEqual({
					kind: 'news',
					title: text(`Edited by ${who} (test)`),
					published_on: '2025-10-03',
					body: text('What the article says (test)'),
					url: 'https://news.example/edited',
					version: 2
				});
			} else {
				expect(after).toEqual(before);
			}
		});
	}

	it('a second save from the same version changes nothing: the first stays', async () => {
		const id = await pressItem();
		expect(
			outcome(
				await as('coordinator')
					.from('press_items')
					.update(edit(1, 'First (test)'))
					.eq('id', id)
					.eq('version', 1)
					.select('id')
			)
		).toBe(1);
		expect(
			outcome(
				await as('platformAdmin')
					.from('press_items')
					.update(edit(1, 'Second (test)'))
					.eq('id', id)
					.eq('version', 1)
					.select('id')
			)
		).toBe(0);
		expect(await stored(id)).toMatchObject({ title: text('First (test)'), version: 2 });
	});

	it('the same holds for result statements', async () => {
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.project_results (project_id, statement, position) values ($1, $2, 5) returning id`,
			[PROJECT.a, JSON.stringify(text('Result to edit (test)'))]
		);
		const save = (who: Who, statement: string) =>
			as(who)
				.from('project_results')
				.update({ statement: text(statement), version: 2 })
				.eq('id', id)
				.eq('version', 1)
				.select('id');
		expect(outcome(await save('coordinator', 'First (test)'))).toBe(1);
		expect(outcome(await save('coordinator', 'Second (test)'))).toBe(0);
		const [row] = await peek<{ statement: unknown }>(
			`select statement from public.project_results where id = $1`,
			[id]
		);
		expect(row.statement).toEqual(text('First (test)'));
	});
});

describe('outcome changes in the audit log, with who made them', () => {
	type Entry = {
		actor_id: string | null;
		action: string;
		subject_type: string;
		subject_id: string;
		details: Record<string, unknown>;
	};
	/** Entries about one indicator, result or press item, oldest first. */
	const entriesAbout = (key: 'indicator_id' | 'result_id' | 'press_item_id', id: string) =>
		peek<Entry>(
			`select actor_id, action, subject_type, subject_id, details from public.audit_log where details ->> $1 = $2 order by id`,
			[key, id]
		);

	it("an indicator's achieved value, evidence and source: old and new value", async () => {
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.project_indicators (project_id, code, planned, source) values ($1, 'media_reach', 1000, 'entered') returning id`,
			[PROJECT.a]
		);
		const first = text('Press cuttings (test)');
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.update({ achieved: 1200, evidence: first, version: 2 })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		expect(
			outcome(
				await as('platformAdmin')
					.from('project_indicators')
					.update({ achieved: 1250.5, evidence_url: 'https://news.example/reach', version: 3 })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		// Saved again as it is: no entry. A partner editor's attempt changes nothing: no entry.
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.update({ achieved: 1250.5, version: 4 })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		expect(
			outcome(
				await as('partnerEditor')
					.from('project_indicators')
					.update({ achieved: 1 })
					.eq('id', id)
					.select('id')
			)
		).toBe(0);

		expect(await entriesAbout('indicator_id', id)).toEqual([
			{
				actor_id: USER.coordinator,
				action: 'indicator.achieved_changed',
				subject_type: 'project',
				subject_id: PROJECT.a,
				details: {
					indicator_id: id,
					code: 'media_reach',
					organisation_id: null,
					from: { achieved: null, evidence: null },
					to: { achieved: 1200, evidence: first }
				}
			},
			{
				actor_id: USER.platformAdmin,
				action: 'indicator.achieved_changed',
				subject_type: 'project',
				subject_id: PROJECT.a,
				details: {
					indicator_id: id,
					code: 'media_reach',
					organisation_id: null,
					from: { achieved: 1200, evidence_url: null },
					to: { achieved: 1250.5, evidence_url: 'https://news.example/reach' }
				}
			}
		]);
	});

	it('a counted indicator switched to an entered value: the source too', async () => {
		const before = await peek(
			`select id from public.audit_log where details ->> 'indicator_id' = $1`,
			[INDICATOR.partnerParticipants]
		);
		expect(before).toEqual([]);
		const evidence = text('Sign-in sheets (test)');
		const change = { source: 'entered', achieved: 6, evidence };
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.update(change)
					.eq('id', INDICATOR.partnerParticipants)
					.select('id')
			)
		).toBe(1);
		try {
			const [entry] = await entriesAbout('indicator_id', INDICATOR.partnerParticipants);
			expect(entry.details).toMatchObject({
				code: 'direct_participants',
				organisation_id: ORG.partner,
				from: { source: 'computed', achieved: null, evidence: null },
				to: { source: 'entered', achieved: 6, evidence }
			});
		} finally {
			await db.query(
				`update public.project_indicators set source = 'computed', achieved = null, evidence = null where id = $1`,
				[INDICATOR.partnerParticipants]
			);
		}
	});

	it('results added, changed and removed', async () => {
		const added = await as('coordinator')
			.from('project_results')
			.insert({ project_id: PROJECT.a, statement: text('Audited (test)'), position: 7 })
			.select('id')
			.single();
		const id = (added.data as { id: string }).id;
		await as('coordinator')
			.from('project_results')
			.update({ statement: text('Audited, changed (test)'), version: 2 })
			.eq('id', id);
		await as('coordinator').from('project_results').update({ position: 8 }).eq('id', id);
		await as('platformAdmin').from('project_results').delete().eq('id', id);
		expect(
			(await entriesAbout('result_id', id)).map((e) => [
				e.actor_id,
				e.action,
				e.subject_id,
				e.details
			])
		).toEqual([
			[
				USER.coordinator,
				'result.added',
				PROJECT.a,
				{ result_id: id, statement: text('Audited (test)') }
			],
			[
				USER.coordinator,
				'result.changed',
				PROJECT.a,
				{
					result_id: id,
					from: { statement: text('Audited (test)') },
					to: { statement: text('Audited, changed (test)') }
				}
			],
			// Moving it (position 8) is no entry: it changes no content.
			[
				USER.platformAdmin,
				'result.removed',
				PROJECT.a,
				{ result_id: id, statement: text('Audited, changed (test)') }
			]
		]);
	});

	it('press items added, changed and removed', async () => {
		const added = await as('coordinator')
			.from('press_items')
			.insert({
				project_id: PROJECT.a,
				kind: 'press_release',
				title: text('Audited release (test)'),
				position: 7
			})
			.select('id')
			.single();
		const id = (added.data as { id: string }).id;
		await as('coordinator')
			.from('press_items')
			.update({ published_on: '2025-11-20', body: text('The text (test)'), version: 2 })
			.eq('id', id);
		await as('coordinator').from('press_items').update({ version: 3 }).eq('id', id);
		await as('coordinator').from('press_items').delete().eq('id', id);
		const title = text('Audited release (test)');
		expect(
			(await entriesAbout('press_item_id', id)).map((e) => [
				e.actor_id,
				e.action,
				e.subject_id,
				e.details
			])
		).toEqual([
			[
				USER.coordinator,
				'press_item.added',
				PROJECT.a,
				{ press_item_id: id, kind: 'press_release', title, published_on: null, url: null }
			],
			[
				USER.coordinator,
				'press_item.changed',
				PROJECT.a,
				{
					press_item_id: id,
					title,
					from: { published_on: null, body: null },
					to: { published_on: '2025-11-20', body: text('The text (test)') }
				}
			],
			// The save that changed only the version is no entry.
			[
				USER.coordinator,
				'press_item.removed',
				PROJECT.a,
				{ press_item_id: id, kind: 'press_release', title, published_on: '2025-11-20', url: null }
			]
		]);
	});

	it('a refused change is no entry', async () => {
		const [{ id }] = await peek<{ id: string }>(
			`insert into public.press_items (project_id, title, position) values ($1, $2, 6) returning id`,
			[PROJECT.a, JSON.stringify(text('Untouched (test)'))]
		);
		for (const who of ['anon', 'outsider', 'viewer', 'partnerEditor'] as const) {
			await as(who)
				.from('press_items')
				.update({ title: text(`By ${who} (test)`) })
				.eq('id', id);
			await as(who).from('press_items').delete().eq('id', id);
		}
		expect((await entriesAbout('press_item_id', id)).map((e) => e.action)).toEqual([
			'press_item.added'
		]);
	});

	it('people read the entries of what they did; nobody changes them', async () => {
		const mine = await as('coordinator')
			.from('audit_log')
			.select('action')
			.like('action', 'press_item.%')
			.eq('subject_id', PROJECT.a);
		expect(outcome(mine)).toBeGreaterThan(0);
		expect(
			outcome(
				await as('partnerEditor')
					.from('audit_log')
					.select('id')
					.like('action', 'press_item.%')
					.eq('subject_id', PROJECT.a)
			)
		).toBe(0);
		expectRefused(
			await as('coordinator')
				.from('audit_log')
				.delete()
				.like('action', 'press_item.%')
				.select('id'),
			DENIED,
			403
		);
	});
});

describe('moving results and press items one place', () => {
	const positions = async (table: 'project_results' | 'press_items', ids: string[]) =>
		(
			await peek<{ id: string; position: number }>(
				`select id, position from public.${table} where id = any($1) order by position, created_at, id`,
				[ids]
			)
		).map((r) => r.id);

	it('a coordinator moves a result up and down; others cannot', async () => {
		const ids = (
			await peek<{ id: string }>(
				`insert into public.project_results (project_id, statement, position)
				 select $1, jsonb_build_object('en', jsonb_build_object('text', 'Move ' || n || ' (test)', 'status', 'original')), 20 + n
				 from generate_series(1, 3) as n returning id`,
				[PROJECT.draft]
			)
		).map((r) => r.id);
		const [first, second, third] = ids;
		const move = (who: Who, result: string, direction: number) =>
			as(who).rpc('move_project_result', { result, direction });
		// The draft's other result (position 1) comes first.
		expect((await move('coordinator', first, -1)).data).toBe(true);
		expect((await move('coordinator', third, -1)).data).toBe(true);
		expect(await positions('project_results', ids)).toEqual([first, third, second]);
		expect((await move('coordinator', second, 1)).data).toBe(false);
		for (const who of ['outsider', 'viewer', 'partnerEditor'] as const) {
			expect({ who, moved: (await move(who, third, 1)).data }).toEqual({ who, moved: false });
		}
		expectRefused(await move('anon', third, 1), DENIED, 401);
		expectRefused(await move('coordinator', third, 2), '22023', 400);
		expect(await positions('project_results', ids)).toEqual([first, third, second]);
		await db.query(`delete from public.project_results where id = any($1)`, [ids]);
	});

	it('press items move among those of the same date, even with equal positions', async () => {
		const ids = (
			await peek<{ id: string }>(
				`insert into public.press_items (project_id, title, published_on, position)
				 select $1, jsonb_build_object('en', jsonb_build_object('text', 'Press ' || n || ' (test)', 'status', 'original')), d, 30
				 from (values (1, null::date), (2, null), (3, '2025-01-01'::date)) as v (n, d) returning id`,
				[PROJECT.a]
			)
		).map((r) => r.id);
		const [, , dated] = ids;
		const move = (item: string, direction: number) =>
			as('coordinator').rpc('move_press_item', { item, direction });
		// The project's undated items in their order: these two last, at equal positions (by age, then id).
		const undated = (
			await peek<{ id: string }>(
				`select id from public.press_items where project_id = $1 and published_on is null`,
				[PROJECT.a]
			)
		).map((r) => r.id);
		const before = await positions('press_items', undated);
		const last = before.at(-1)!;
		expect(ids.slice(0, 2).sort()).toEqual(before.slice(-2).sort());
		expect((await move(last, -1)).data).toBe(true);
		const after = await positions('press_items', undated);
		expect(after).toEqual([...before.slice(0, -2), last, before.at(-2)]);
		expect((await move(last, 1)).data).toBe(true);
		expect(await positions('press_items', undated)).toEqual(before);
		expect((await move(last, 1)).data).toBe(false);
		// Alone on its date: nowhere to go.
		expect((await move(dated, -1)).data).toBe(false);
		expect((await move(dated, 1)).data).toBe(false);
		expect(
			(await as('partnerEditor').rpc('move_press_item', { item: last, direction: -1 })).data
		).toBe(false);
		expect(await positions('press_items', undated)).toEqual(before);
		await db.query(`delete from public.press_items where id = any($1)`, [ids]);
	});
});
