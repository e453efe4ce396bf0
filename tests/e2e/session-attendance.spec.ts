// Attendance per session, where the host wants it: at a one-day meeting with an agenda, the
// Daugavpils host keeps the workshop's own door list on a phone, without JavaScript too, beside the
// day's; a walk-in joins the workshop only. Those who came count once, and a certificate counts the
// hours of the session ticked, not the whole day. A meeting of its own, removed afterwards.
import { randomUUID } from 'node:crypto';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';
import { pdfText } from '../support/pdf.ts';

const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const TAG = randomUUID().slice(0, 8);
const PROJECT = `session-attendance-${TAG}`;
const EVENT = `session-attendance-${TAG}`;
const DAY = '2026-11-17';
const PERSON = { anna: randomUUID(), bruno: randomUUID() };
const PHONE = { width: 375, height: 812 };

test.describe.configure({ mode: 'serial' });
test.use({ viewport: PHONE });

test.beforeAll(async () => {
	// The Daugavpils coordinator edits the meeting as the coordinator of its project.
	await sql(
		`with p as (
		   insert into public.projects (slug, title, is_published) values ($1, '{"en": {"text": "Session attendance project (test)", "status": "original"}}', true) returning id
		 ), partners as (
		   insert into public.project_partners (project_id, organisation_id, role) select id, $2, 'lead_partner' from p
		 )
		 insert into public.project_members (project_id, user_id, organisation_id, role) select id, $3, $2, 'coordinator' from p`,
		[PROJECT, DAUGAVPILS, COORDINATOR]
	);
	await sql(
		`with e as (
		   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, venue_city, venue_country, status)
		   values ($1, 'partner_meeting', '{"en": {"text": "Meeting with a workshop (test)", "status": "original"}}', $2, 'Europe/Riga',
		           '${DAY} 09:00', '${DAY} 17:00', 'Daugavpils', 'LV', 'held')
		   returning id
		 ), s as (
		   insert into public.event_sessions (event_id, starts_local, ends_local, title, kind)
		   select id, x.starts::timestamp, x.ends::timestamp, jsonb_build_object('en', jsonb_build_object('text', x.title, 'status', 'original')), x.kind::public.session_kind
		   from e, (values ('${DAY} 09:00', '${DAY} 12:00', 'Plenary', 'session'), ('${DAY} 12:00', '${DAY} 13:00', 'Lunch', 'meal'),
		                   ('${DAY} 13:00', '${DAY} 15:30', 'Youth workshop', 'workshop')) as x (starts, ends, title, kind)
		 ), pe as (
		   insert into public.project_events (project_id, event_id) select p.id, e.id from public.projects as p, e where p.slug = $6
		 ), d as (
		   insert into public.event_delegations (event_id, organisation_id, places) select id, $3, 2 from e
		 )
		 insert into public.event_registrations (id, event_id, organisation_id, full_name, status)
		 select x.id::uuid, e.id, $3, x.name, 'registered' from e, (values ($4, 'Anna Rossi'), ($5, 'Bruno Verdi')) as x (id, name)`,
		[EVENT, DAUGAVPILS, FAENZA, PERSON.anna, PERSON.bruno, PROJECT]
	);
});

test.afterAll(async () => {
	await sql(`delete from public.events where slug = $1`, [EVENT]);
	await sql(`delete from public.projects where slug = $1`, [PROJECT]);
});

test('the host keeps the workshop’s own door list beside the day’s, and a walk-in joins the workshop only', async ({
	page
}, testInfo) => {
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${EVENT}/attendance`);
	// The chooser lists the day and its programme sessions, not lunch.
	const chooser = page.getByLabel('Day or session');
	await expect(chooser.locator('option')).toHaveText([
		'Tuesday, 17 November 2026: the whole day',
		/09:00.12:00 Plenary/,
		/13:00.15:30 Youth workshop/
	]);

	// The day: Anna.
	const day = page.getByRole('group', { name: 'Who came on Tuesday, 17 November 2026' });
	await day.getByRole('checkbox', { name: /Anna Rossi/ }).check();
	await day.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');

	// The workshop: Bruno only, and a walk-in.
	await chooser.selectOption({ label: '13:00–15:30 Youth workshop' });
	await page.getByRole('button', { name: 'Show this list' }).click();
	const workshop = page.getByRole('group', {
		name: /^Who came to 13:00.15:30 Youth workshop, Tuesday, 17 November 2026$/
	});
	await expect(workshop.getByRole('checkbox', { name: /Anna Rossi/ })).not.toBeChecked();
	await workshop.getByRole('checkbox', { name: /Bruno Verdi/ }).check();
	await workshop.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	await expect(page.getByText('1 person recorded for this session.')).toBeVisible();
	const walkIns = page.getByRole('region', { name: /^Walk-ins at 13:00.15:30 Youth workshop/ });
	await walkIns.getByLabel('Full name').fill('Jānis Bērziņš');
	await walkIns.getByLabel('Country').selectOption('LV');
	await walkIns.getByRole('button', { name: 'Add the walk-in' }).click();
	await expect(page.getByRole('status')).toHaveText('The walk-in is added.');
	await expect(walkIns.getByRole('listitem')).toHaveText([/Jānis Bērziņš\s+Latvia/]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
	await expectNoViolations(page, 'en');
	await page.screenshot({
		path: testInfo.outputPath('session-attendance-375.png'),
		fullPage: true
	});

	// The same walk-in twice on the workshop's list is refused with the session's words.
	await walkIns.getByLabel('Full name').fill('Jānis Bērziņš');
	await walkIns.getByRole('button', { name: 'Add the walk-in' }).click();
	await expect(
		walkIns.getByText("This person is already among the session's walk-ins.")
	).toBeVisible();

	// The day's list kept Anna and has no walk-ins.
	await page.goto(`/en/events/${EVENT}/attendance?day=${DAY}`);
	await expect(
		page.getByRole('group', { name: /Who came on/ }).getByRole('checkbox', { name: /Anna Rossi/ })
	).toBeChecked();
	await expect(page.getByText('No walk-ins on this day yet.')).toBeVisible();

	// Each person once: Anna and Bruno for Italy, the walk-in for Latvia.
	await page.goto(`/en/events/${EVENT}`);
	await expect(page.getByRole('region', { name: 'Who came' }).getByRole('listitem')).toHaveText([
		'Italy: 2 participants',
		'Latvia: 1 participant'
	]);

	// Bruno's certificate counts the workshop's 2.5 hours; Anna's the day without lunch, 5.5 hours.
	await page.goto(`/en/events/${EVENT}/certificates`);
	await expect(
		page.getByText(
			'Where attendance was kept per session, the hours also count the sessions each person was ticked for.'
		)
	).toBeVisible();
	const certificate = async (person: string) =>
		pdfText(
			await (
				await page.request.get(
					`/en/events/${EVENT}/certificates.pdf?signer_name=Ilze&signer_role=Coordinator&person=${person}`
				)
			).body()
		);
	expect(await certificate(PERSON.bruno)).toMatch(/2\.5 hours/);
	expect(await certificate(PERSON.anna)).toMatch(/5\.5 hours/);
});

test('without JavaScript, a session is chosen and saved; a session of no event is refused with a message', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: PHONE });
	const page = await context.newPage();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${EVENT}/attendance`);
	await page.getByLabel('Day or session').selectOption({ label: '09:00–12:00 Plenary' });
	await page.getByRole('button', { name: 'Show this list' }).click();
	const plenary = page.getByRole('group', { name: /^Who came to 09:00.12:00 Plenary/ });
	await plenary.getByRole('checkbox', { name: /Anna Rossi/ }).check();
	await plenary.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	await expect(page.getByRole('status')).toBeFocused();
	expect(
		await sql(
			`select count(*)::int as n from public.event_day_attendance where registration_id = $1 and session_id is not null`,
			[PERSON.anna]
		)
	).toEqual([{ n: 1 }]);

	await page.goto(`/en/events/${EVENT}/attendance?session=${randomUUID()}`);
	await expect(page.getByRole('alert')).toHaveText(
		"This session is not one of the event's sessions, so nothing was saved. Choose one from the list."
	);
	await context.close();
});
