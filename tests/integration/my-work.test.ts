// "My work" (supabase/migrations/20261206110000_my_work.sql) as each role, through the real
// PostgREST: public.my_work() runs with the caller's rights, so each person finds only what waits
// for them, and public.my_work_count() gives the header's number from the same definitions.
//
// The people are the seed's (supabase/seed.sql) plus two of this file's own. The seed has work of
// its own waiting (a submitted HOP! text for the coordinator, a transfer): answers are filtered to
// this run's rows, named with its tag, and cleaned up after.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';

const ORG = {
	/** Comune di Faenza: the Faenza editor is its admin. */
	faenza: '0a000000-0000-4000-8000-000000000003',
	/** Fundacja Centrum Aktywności Twórczej, Leszno: the Leszno editor is its admin. */
	leszno: '0a000000-0000-4000-8000-000000000004',
	/** Daugavpils City Council: the coordinator is its admin. */
	daugavpils: '0a000000-0000-4000-8000-000000000001'
};
const PROJECT = {
	/** Young NEETs: the coordinator coordinates it; Faenza is a partner. */
	youngNeets: '0b000000-0000-4000-8000-000000000001',
	/** Small-scale partnership: the coordinator coordinates it; Leszno is a partner. */
	small: '0b000000-0000-4000-8000-000000000002'
};

const TAG = randomBytes(4).toString('hex');
const PREFIX = `mw-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);
const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	/** This file's: a plain member of Leszno, in no project. */
	lesznoMember: make.person({ display_name: 'Leszno member (test)', memberOf: ORG.leszno }),
	/** This file's: signed in, a member of nothing. */
	outsider: make.person()
};

const PRACTICE = randomUUID();
const EVENT = {
	coming: randomUUID(),
	unrecorded: randomUUID(),
	recorded: randomUUID(),
	/** Held five days ago with Leszno's two people: nobody marked as present yet. */
	heldUnlisted: randomUUID(),
	/** Held eight days ago, one person marked as present. */
	heldListed: randomUUID(),
	/** Held 100 days ago, nobody marked: too long ago to list. */
	heldLongAgo: randomUUID()
};
const REGISTRATION = { listed: randomUUID() };
const title = (text: string) => `'{"en": {"text": "${text}", "status": "original"}}'`;
// Wall-clock times at the venue (Riga), a number of days from its today.
const rigaDay = (days: number, time: string) =>
	`((now() at time zone 'Europe/Riga')::date + ${days} + time '${time}')`;

const FIXTURES = `
-- The Faenza editor writes a practice of the Young NEETs project and submits its English text.
select set_config('request.jwt.claim.sub', '${USER.faenzaEditor}', true);
insert into public.practices (id, slug, organisation_id, project_id, country, created_by) values
  ('${PRACTICE}', '${slug('practice')}', '${ORG.faenza}', '${PROJECT.youngNeets}', 'IT', '${USER.faenzaEditor}');
insert into public.practice_texts (practice_id, locale, kind, title) values
  ('${PRACTICE}', 'en', 'original', 'Street football with the council (test ${TAG})');
select set_config('tilts.practice_text_action', 'submitted', true);
update public.practice_texts set state = 'submitted', version = version + 1 where practice_id = '${PRACTICE}';
select set_config('tilts.practice_text_action', '', true);
select set_config('request.jwt.claim.sub', '', true);

-- A member of Leszno proposes new details for it; its admin (the Leszno editor) decides.
insert into public.organisation_proposals (organisation_id, proposed_by, base_version, name, kind, country) values
  ('${ORG.leszno}', '${USER.lesznoMember}', 1, '${PREFIX} Leszno renamed', 'ngo', 'PL');

-- A coming meeting of the small-scale partnership, hosted by Daugavpils, where Leszno has two places:
-- two registered (one without an e-mail address) and one waiting without travel dates.
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status) values
  ('${EVENT.coming}', '${slug('coming')}', 'partner_meeting', ${title(`Coming meeting ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(30, '09:00')}, ${rigaDay(31, '17:00')}, 'confirmed'),
  ('${EVENT.unrecorded}', '${slug('unrecorded')}', 'workshop', ${title(`Unrecorded workshop ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(-12, '09:00')}, ${rigaDay(-11, '17:00')}, 'confirmed'),
  ('${EVENT.recorded}', '${slug('recorded')}', 'workshop', ${title(`Recorded workshop ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(-20, '09:00')}, ${rigaDay(-19, '17:00')}, 'held');
insert into public.project_events (project_id, event_id) values
  ('${PROJECT.small}', '${EVENT.coming}'),
  ('${PROJECT.small}', '${EVENT.unrecorded}'),
  ('${PROJECT.small}', '${EVENT.recorded}');
insert into public.event_delegations (event_id, organisation_id, places, reported_participants) values
  ('${EVENT.coming}', '${ORG.leszno}', 2, null),
  ('${EVENT.coming}', '${ORG.daugavpils}', 3, null),
  ('${EVENT.recorded}', '${ORG.leszno}', 0, 4);
insert into public.event_registrations (event_id, organisation_id, full_name, email, arrival, departure, status) values
  ('${EVENT.coming}', '${ORG.leszno}', 'Anna (test)', 'anna@${EMAIL_DOMAIN}', ${rigaDay(29, '00:00')}::date, ${rigaDay(32, '00:00')}::date, 'registered'),
  ('${EVENT.coming}', '${ORG.leszno}', 'Bartek (test)', null, ${rigaDay(29, '00:00')}::date, ${rigaDay(32, '00:00')}::date, 'registered'),
  ('${EVENT.coming}', '${ORG.leszno}', 'Celina (test)', 'celina@${EMAIL_DOMAIN}', null, null, 'waitlisted');

-- Three meetings held, each with people of Leszno registered: one whose door list is kept.
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status) values
  ('${EVENT.heldUnlisted}', '${slug('held-unlisted')}', 'partner_meeting', ${title(`Held meeting ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(-6, '09:00')}, ${rigaDay(-5, '17:00')}, 'held'),
  ('${EVENT.heldListed}', '${slug('held-listed')}', 'partner_meeting', ${title(`Listed meeting ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(-8, '09:00')}, ${rigaDay(-8, '17:00')}, 'held'),
  ('${EVENT.heldLongAgo}', '${slug('held-long-ago')}', 'partner_meeting', ${title(`Old meeting ${TAG}`)}, '${ORG.daugavpils}', 'Europe/Riga',
   ${rigaDay(-100, '09:00')}, ${rigaDay(-100, '17:00')}, 'held');
insert into public.project_events (project_id, event_id) values
  ('${PROJECT.small}', '${EVENT.heldUnlisted}'),
  ('${PROJECT.small}', '${EVENT.heldListed}'),
  ('${PROJECT.small}', '${EVENT.heldLongAgo}');
insert into public.event_delegations (event_id, organisation_id, places) values
  ('${EVENT.heldUnlisted}', '${ORG.leszno}', 2),
  ('${EVENT.heldListed}', '${ORG.leszno}', 2),
  ('${EVENT.heldLongAgo}', '${ORG.leszno}', 2);
insert into public.event_registrations (id, event_id, organisation_id, full_name, status) values
  (default, '${EVENT.heldUnlisted}', '${ORG.leszno}', 'Dorota (test)', 'registered'),
  (default, '${EVENT.heldUnlisted}', '${ORG.leszno}', 'Emil (test)', 'registered'),
  ('${REGISTRATION.listed}', '${EVENT.heldListed}', '${ORG.leszno}', 'Filip (test)', 'registered'),
  (default, '${EVENT.heldLongAgo}', '${ORG.leszno}', 'Grzegorz (test)', 'registered');
insert into public.event_day_attendance (event_id, day, registration_id) values
  ('${EVENT.heldListed}', ${rigaDay(-8, '00:00')}::date, '${REGISTRATION.listed}');

-- The coordinator's invitations into Daugavpils: one open, one revoked, one expired.
insert into public.invitations (token_hash, email, organisation_id, invited_by, expires_at, revoked_at) values
  ('${randomBytes(32).toString('hex')}', 'open@${EMAIL_DOMAIN}', '${ORG.daugavpils}', '${USER.coordinator}', now() + interval '7 days', null),
  ('${randomBytes(32).toString('hex')}', 'revoked@${EMAIL_DOMAIN}', '${ORG.daugavpils}', '${USER.coordinator}', now() + interval '7 days', now()),
  ('${randomBytes(32).toString('hex')}', 'expired@${EMAIL_DOMAIN}', '${ORG.daugavpils}', '${USER.coordinator}', now() - interval '1 day', null);
`;

const CLEAN_UP = `
delete from public.practices where slug like '${PREFIX}-%';
delete from public.events where slug like '${PREFIX}-%';
delete from public.invitations where email like '%@${EMAIL_DOMAIN}';
delete from public.organisation_proposals where name like '${PREFIX} %';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		const left = await peek(
			`select (select count(*)::int from public.practices where slug like $1) as practices,
			        (select count(*)::int from public.events where slug like $1) as events,
			        (select count(*)::int from public.invitations where email like $2) as invitations,
			        (select count(*)::int from public.users where email like $2) as users`,
			[`${PREFIX}-%`, `%@${EMAIL_DOMAIN}`]
		);
		expect(left).toEqual([{ practices: 0, events: 0, invitations: 0, users: 0 }]);
	}
});

const as = actingAs(stack, USER);

type Work = Record<string, Array<Record<string, unknown>>>;

async function workOf(who: keyof typeof USER): Promise<Work> {
	const { data, error } = await as(who).rpc('my_work');
	expect(error).toBeNull();
	return data as Work;
}

async function countOf(who: keyof typeof USER): Promise<number> {
	const { data, error } = await as(who).rpc('my_work_count');
	expect(error).toBeNull();
	return data as number;
}

const ours = (items: Array<Record<string, unknown>>, key = 'practice_slug') =>
	items.filter((item) => String(item[key]).startsWith(PREFIX));

/** The header's number, as the page's sections count it. */
function countFromPage(work: Work): number {
	return (
		work.review_texts.length +
		work.review_proposals.length +
		work.my_texts.filter((text) => text.state === 'returned').length
	);
}

describe('my_work', () => {
	it('refuses the anonymous role', async () => {
		expectRefused(await as('anon').rpc('my_work'), DENIED, 401);
		expectRefused(await as('anon').rpc('my_work_count'), DENIED, 401);
	});

	it('shows the coordinator the submitted text they approve, with who submitted it', async () => {
		const work = await workOf('coordinator');
		expect(ours(work.review_texts)).toEqual([
			expect.objectContaining({
				practice_slug: slug('practice'),
				locale: 'en',
				submitted_by: 'Marco Bianchetti (demo)'
			})
		]);
		expect(await countOf('coordinator')).toBe(countFromPage(work));
	});

	it('shows an outsider nothing at all', async () => {
		const work = await workOf('outsider');
		expect(Object.values(work).every((items) => items.length === 0)).toBe(true);
		expect(await countOf('outsider')).toBe(0);
	});

	it('does not ask the author, a partner editor who may not approve, to review their own text', async () => {
		const work = await workOf('faenzaEditor');
		expect(ours(work.review_texts)).toEqual([]);
		expect(ours(work.my_texts)).toEqual([
			expect.objectContaining({
				practice_slug: slug('practice'),
				state: 'submitted',
				comment: null
			})
		]);
	});

	it('shows the author a returned text with the approver’s comment, and counts it', async () => {
		const before = await countOf('faenzaEditor');
		const [{ version }] = await peek<{ version: number }>(
			`select version from public.practice_texts where practice_id = $1 and locale = 'en'`,
			[PRACTICE]
		);
		const returned = await as('coordinator').rpc('return_practice_text', {
			practice: PRACTICE,
			locale: 'en',
			seen_version: version,
			comment: 'Please add the costs.'
		});
		expect(returned.error).toBeNull();

		const work = await workOf('faenzaEditor');
		expect(ours(work.my_texts)).toEqual([
			expect.objectContaining({
				practice_slug: slug('practice'),
				state: 'returned',
				comment: 'Please add the costs.'
			})
		]);
		expect(await countOf('faenzaEditor')).toBe(before + 1);
		// No longer waiting for the coordinator.
		expect(ours((await workOf('coordinator')).review_texts)).toEqual([]);
	});

	it('gives the organisation admin the proposal to decide, and the proposer its state', async () => {
		const admin = await workOf('lesznoEditor');
		expect(
			admin.review_proposals.filter(
				(p) => p.organisation === 'Fundacja Centrum Aktywności Twórczej'
			)
		).toEqual([expect.objectContaining({ proposed_by: 'Leszno member (test)' })]);
		expect(await countOf('lesznoEditor')).toBe(countFromPage(admin));
		const proposer = await workOf('lesznoMember');
		expect(proposer.my_proposals).toEqual([
			expect.objectContaining({
				organisation_slug: 'fundacja-centrum-aktywnosci-tworczej',
				status: 'pending'
			})
		]);
		expect(proposer.review_proposals).toEqual([]);
		// Only admins decide: the coordinator, no member of Leszno, is not asked.
		expect(
			(await workOf('coordinator')).review_proposals.filter(
				(p) => p.organisation_slug === 'fundacja-centrum-aktywnosci-tworczej'
			)
		).toEqual([]);
	});

	it('gives the registrar their own delegation’s numbers, and no one else’s', async () => {
		const work = await workOf('lesznoEditor');
		expect(ours(work.delegations, 'event_slug')).toEqual([
			expect.objectContaining({
				event_slug: slug('coming'),
				organisation_id: ORG.leszno,
				places: 2,
				registered: 2,
				waiting: 1,
				// Bartek has no e-mail address, Celina no travel dates.
				missing_details: 2,
				days_to_go: 30
			})
		]);
		// The Leszno editor edits no event of this partnership.
		expect(ours(work.hosted_events, 'slug')).toEqual([]);
		// A plain member registers no one.
		expect(ours((await workOf('lesznoMember')).delegations, 'event_slug')).toEqual([]);
	});

	it('gives the coordinator the events they organise with places, registered and waiting', async () => {
		const work = await workOf('coordinator');
		expect(ours(work.hosted_events, 'slug')).toEqual([
			expect.objectContaining({
				slug: slug('coming'),
				places: 5,
				registered: 2,
				waiting: 1,
				days_to_go: 30
			})
		]);
		// Their own organisation's delegation, empty.
		expect(ours(work.delegations, 'event_slug')).toEqual([
			expect.objectContaining({
				organisation_id: ORG.daugavpils,
				places: 3,
				registered: 0,
				waiting: 0,
				missing_details: 0
			})
		]);
	});

	it('lists the past events whose outcomes are not recorded, and not those with participants', async () => {
		const work = await workOf('coordinator');
		expect(ours(work.outcomes, 'slug')).toEqual([
			expect.objectContaining({ slug: slug('unrecorded'), status: 'confirmed' })
		]);
		expect(ours((await workOf('lesznoEditor')).outcomes, 'slug')).toEqual([]);
	});

	it('lists the events held lately where nobody is marked as present, to their editors only', async () => {
		const work = await workOf('coordinator');
		expect(ours(work.attendance, 'slug')).toEqual([
			expect.objectContaining({ slug: slug('held-unlisted'), registered: 2 })
		]);
		expect(ours(work.outcomes, 'slug')).not.toContainEqual(
			expect.objectContaining({ slug: slug('held-unlisted') })
		);
		// Leszno's people went, but Leszno does not keep the door list.
		expect(ours((await workOf('lesznoEditor')).attendance, 'slug')).toEqual([]);
	});

	it('lists the invitations the person sent that are still open', async () => {
		const work = await workOf('coordinator');
		expect(
			work.invitations
				.filter((i) => String(i.email).endsWith(`@${EMAIL_DOMAIN}`))
				.map((i) => i.email)
		).toEqual([`open@${EMAIL_DOMAIN}`]);
		expect(
			(await workOf('lesznoEditor')).invitations.filter((i) =>
				String(i.email).endsWith(`@${EMAIL_DOMAIN}`)
			)
		).toEqual([]);
	});
});
