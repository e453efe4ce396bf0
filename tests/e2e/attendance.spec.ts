// Attendance at the door, on a phone: the Daugavpils host marks who came to a two-day meeting held
// in Daugavpils, day by day, and adds a walk-in; the project's indicator and the event's figures
// turn from "registered" to "attended". Refusals (a day outside the event, a person not registered,
// someone who is not the host) come back as messages, with the ticked boxes kept; the page works
// without JavaScript. A project and meeting of their own, removed afterwards.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const TAG = randomUUID().slice(0, 8);
const PROJECT = `attendance-${TAG}`;
const EVENT = `attendance-meeting-${TAG}`;
const DAYS = ['2026-11-10', '2026-11-11'];
const PERSON = {
	anna: randomUUID(),
	bruno: randomUUID(),
	carla: randomUUID(),
	dace: randomUUID(),
	waiting: randomUUID()
};
const PHONE = { width: 375, height: 812 };

test.describe.configure({ mode: 'serial' });
test.use({ viewport: PHONE });

test.beforeAll(async () => {
	await sql(
		`with p as (
		   insert into public.projects (slug, title, is_published) values ($1, '{"en": {"text": "Attendance project (test)", "status": "original"}}', true) returning id
		 ), partners as (
		   insert into public.project_partners (project_id, organisation_id, role) select id, $3, 'lead_partner' from p
		 ), members as (
		   insert into public.project_members (project_id, user_id, organisation_id, role) select id, $4, $3, 'coordinator' from p
		 ), indicators as (
		   insert into public.project_indicators (project_id, code, planned, source) select id, 'direct_participants', 10, 'computed' from p
		 ), e as (
		   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, venue_city, venue_country, status)
		   values ($2, 'partner_meeting', '{"en": {"text": "Two-day meeting in Daugavpils (test)", "status": "original"}}', $3, 'Europe/Riga',
		           '${DAYS[0]} 09:00', '${DAYS[1]} 16:00', 'Daugavpils', 'LV', 'held')
		   returning id
		 )
		 insert into public.project_events (project_id, event_id) select p.id, e.id from p, e`,
		[PROJECT, EVENT, DAUGAVPILS, COORDINATOR]
	);
	await sql(
		`with e as (select id from public.events where slug = $1),
		 d as (insert into public.event_delegations (event_id, organisation_id, places) select id, $2::uuid, 3 from e union all select id, $3::uuid, 1 from e)
		 insert into public.event_registrations (id, event_id, organisation_id, full_name, status)
		 select x.id::uuid, e.id, x.organisation::uuid, x.name, x.status::public.registration_status from e, (values
		   ($4, $2, 'Anna Rossi', 'registered'), ($5, $2, 'Bruno Verdi', 'registered'), ($6, $3, 'Dace Ozola', 'registered'), ($7, $2, 'Waiting Person', 'waitlisted'), ($8, $2, 'Carla Bianchi', 'registered')
		 ) as x (id, organisation, name, status)`,
		[
			EVENT,
			FAENZA,
			DAUGAVPILS,
			PERSON.anna,
			PERSON.bruno,
			PERSON.dace,
			PERSON.waiting,
			PERSON.carla
		]
	);
});

test.afterAll(async () => {
	await sql(`delete from public.events where slug = $1`, [EVENT]);
	await sql(`delete from public.projects where slug = $1`, [PROJECT]);
});

/** What the project page says the participants indicator counts. */
const indicatorRow = (page: Page) => page.getByRole('row', { name: /Direct participants/ });

async function post(
	request: APIRequestContext,
	action: string,
	day: string,
	fields: Array<[string, string]>
) {
	return request.post(`/en/events/${EVENT}/attendance?day=${day}&/${action}`, {
		data: new URLSearchParams([['day', day], ...fields]).toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: process.env.TILTS_APP_URL!,
			accept: 'text/html'
		},
		maxRedirects: 0
	});
}

test('the host marks who came on both days of the meeting on a phone, adds a walk-in, and the figures say "attended"', async ({
	page
}, testInfo) => {
	// A dozen pages, axe and the report: more than a default test's time on a busy machine.
	test.slow();
	await signIn(page, DEMO.coordinator);
	// Before: the figures count the registered, and say so.
	await page.goto(`/en/projects/${PROJECT}`);
	await expect(indicatorRow(page)).toContainText('Counted: registered');
	await expect(indicatorRow(page).getByRole('cell').nth(1)).toHaveText('4');
	await page.goto(`/en/events/${EVENT}`);
	await expect(page.getByRole('heading', { name: 'Who comes' })).toBeVisible();
	await expect(page.getByText('Counted: registered')).toBeVisible();

	await page.getByRole('link', { name: 'Attendance', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Attendance', exact: true })
	).toBeVisible();
	// The event is over: its first day comes first; the waiting list is not on the door list.
	const list = page.getByRole('group', { name: 'Who came on Tuesday, 10 November 2026' });
	await expect(list.getByRole('checkbox')).toHaveCount(4);
	await expect(list.getByText('Waiting Person')).toHaveCount(0);
	await expect(list.getByRole('checkbox', { name: /Anna Rossi/ })).not.toBeChecked();

	// Big enough to tap at the door: every row at least 44 px high and the page no wider than the phone.
	for (const box of await list.locator('label').all())
		expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);

	await list.getByText('Anna Rossi').click();
	await list.getByText('Dace Ozola').click();
	await list.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	await expect(page.getByRole('status')).toBeFocused();
	await expect(page.getByText('2 people recorded for this day.')).toBeVisible();

	// The second day: Anna again, and a walk-in.
	await page.getByLabel('Day', { exact: true }).selectOption(DAYS[1]);
	await page.getByRole('button', { name: 'Show this day' }).click();
	const second = page.getByRole('group', { name: 'Who came on Wednesday, 11 November 2026' });
	await second.getByRole('checkbox', { name: /Anna Rossi/ }).check();
	await second.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	const walkIns = page.getByRole('region', { name: 'Walk-ins on Wednesday, 11 November 2026' });
	await walkIns.getByLabel('Full name').fill('Jānis Bērziņš');
	await walkIns.getByLabel('Organisation').fill('Latgales Vēstis');
	await walkIns.getByLabel('Country').selectOption('LV');
	await walkIns.getByRole('button', { name: 'Add the walk-in' }).click();
	await expect(page.getByRole('status')).toHaveText('The walk-in is added.');
	await expect(walkIns.getByRole('listitem')).toHaveText([
		/Jānis Bērziņš\s+Latgales Vēstis · Latvia/
	]);
	await expect(page.getByText('2 people recorded for this day.')).toBeVisible();
	await expectNoViolations(page, 'en');
	await page.screenshot({ path: testInfo.outputPath('attendance-375.png'), fullPage: true });

	// After: each person once over both days (Anna, Dace, the walk-in; Bruno and Carla did not come), labelled as attended.
	await page.goto(`/en/events/${EVENT}`);
	await expect(page.getByRole('heading', { name: 'Who came' })).toBeVisible();
	await expect(page.getByText('Counted: attended')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Who came' }).getByRole('listitem')).toHaveText([
		'Italy: 1 participant',
		'Latvia: 2 participants'
	]);
	await page.goto(`/en/projects/${PROJECT}`);
	await expect(indicatorRow(page)).toContainText('Counted: attended');
	await expect(indicatorRow(page).getByRole('cell').nth(1)).toHaveText('3');
	// The funder report says the same, per event and for the indicator.
	await page.goto(`/en/projects/${PROJECT}/report`);
	await expect(page.getByRole('row', { name: /^Two-day meeting in Daugavpils/ })).toContainText(
		/3\s*1\s*attended/
	);
	await expect(page.getByRole('row', { name: /^Direct participants/ })).toContainText(
		'Counted: attended'
	);
});

test('a day outside the meeting, a person not registered and someone who is not the host are refused with a message', async ({
	page,
	browser,
	baseURL
}) => {
	await signIn(page, DEMO.coordinator);
	const outside = await post(page.request, 'record', '2026-11-12', [['came', PERSON.anna]]);
	expect(outside.status()).toBe(409);
	expect(await outside.text()).toMatch(
		/This day is not one of the event(&#39;|')s days, so nothing was saved\./
	);

	// The waiting person is not registered: nothing saved, and the boxes come back as they were ticked.
	const before = await sql(
		`select registration_id from public.event_day_attendance where day = $1 and registration_id is not null order by 1`,
		[DAYS[1]]
	);
	const refused = await post(page.request, 'record', DAYS[1], [
		['came', PERSON.bruno],
		['came', PERSON.waiting]
	]);
	expect(refused.status()).toBe(409);
	const html = await refused.text();
	expect(html).toContain('Someone ticked is not registered for this event, so nothing was saved.');
	expect(html).toMatch(new RegExp(`value="${PERSON.bruno}" checked`));
	expect(html).not.toMatch(new RegExp(`value="${PERSON.anna}" checked`));
	expect(
		await sql(
			`select registration_id from public.event_day_attendance where day = $1 and registration_id is not null order by 1`,
			[DAYS[1]]
		)
	).toEqual(before);

	// The page shown after the refusal, as a person sees it, passes axe.
	await page.goto(`/en/events/${EVENT}/attendance?day=2026-11-12`);
	await expect(page.getByRole('alert')).toHaveText(
		"This day is not one of the event's days, so nothing was saved. Choose one of its days."
	);
	await expectNoViolations(page, 'en');

	// A partner's editor: the page and a post are refused, and nothing changes.
	const partner = await (await browser.newContext({ baseURL, viewport: PHONE })).newPage();
	await signIn(partner, DEMO.faenzaEditor);
	await partner.goto(`/en/events/${EVENT}/attendance`);
	await expect(partner.getByText("Only the event's host records attendance.")).toBeVisible();
	const intruder = await post(partner.request, 'walkIn', DAYS[0], [
		['walk_in_name', 'Intruder'],
		['walk_in_country', 'IT']
	]);
	expect(intruder.status()).toBe(403);
	expect(await intruder.text()).toMatch(/Only the event(&#39;|')s host records attendance\./);
	expect(
		await sql(`select 1 from public.event_day_attendance where walk_in_name = 'Intruder'`)
	).toEqual([]);
	await partner.context().close();
});

test('without JavaScript: choosing the day, saving it and adding a walk-in, with a missing name kept from being lost', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: PHONE });
	const page = await context.newPage();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${EVENT}/attendance`);
	await page.getByLabel('Day', { exact: true }).selectOption(DAYS[1]);
	await page.getByRole('button', { name: 'Show this day' }).click();
	const second = page.getByRole('group', { name: 'Who came on Wednesday, 11 November 2026' });
	await expect(second.getByRole('checkbox', { name: /Anna Rossi/ })).toBeChecked();
	await second.getByRole('checkbox', { name: /Bruno Verdi/ }).check();
	await second.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	await expect(page.getByRole('status')).toBeFocused();
	await expect(
		page.getByRole('group', { name: /Wednesday/ }).getByRole('checkbox', { name: /Bruno Verdi/ })
	).toBeChecked();

	const walkIns = page.getByRole('region', { name: /Walk-ins on Wednesday/ });
	await walkIns.getByLabel('Organisation').fill('Daugavpils University');
	await walkIns.getByRole('button', { name: 'Add the walk-in' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Some fields need your attention; see the messages below.'
	);
	await expect(walkIns.getByLabel('Organisation')).toHaveValue('Daugavpils University');
	await expect(walkIns.getByText('Please fill this in.')).toBeVisible();

	// A walk-in removed on request.
	await page.getByRole('button', { name: 'Remove (Jānis Bērziņš)' }).click();
	await expect(page.getByRole('status')).toHaveText('The walk-in is removed.');
	await expect(page.getByText('No walk-ins on this day yet.')).toBeVisible();
	await context.close();
});
