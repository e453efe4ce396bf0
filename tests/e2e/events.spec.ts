// Hosting a partner meeting: the host builds the agenda in the venue's time, a partner in another
// zone reads both clocks and registers a delegation, the host exports the list, the public sees
// counts only, and calendars carry the same instants as the page.
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, SHARED_COPY_MS, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Posts a form as the page's browser would (same origin, its cookies). */
async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin },
		maxRedirects: 0
	});
}

/** The instants a calendar gives its entries, by UID. */
function calendarInstants(
	text: string
): Map<string, { start: string; end: string; summary: string }> {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const entries = new Map<string, { start: string; end: string; summary: string }>();
	for (const vevent of calendar.getAllSubcomponents('vevent')) {
		const entry = new ICAL.Event(vevent);
		entries.set(entry.uid, {
			start: entry.startDate.toJSDate().toISOString(),
			end: entry.endDate.toJSDate().toISOString(),
			summary: entry.summary
		});
	}
	return entries;
}

test('a three-day meeting in Riga across a clock change: agenda, delegations, calendars', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const slug = unique('riga-meeting');

	// The Daugavpils coordinator creates the meeting in Europe/Riga, spanning the night the clocks go forward.
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/young-neets/events');
	await page.getByRole('link', { name: 'Add an event' }).click();
	await expect(page.getByRole('heading', { name: 'Add an event' })).toBeVisible();
	await page.getByLabel('Title').fill('Young NEETs partner meeting in Riga');
	await page.getByLabel('Host').selectOption({ label: 'Daugavpils pilsētas Izglītības pārvalde' });
	await page.getByLabel("Venue's time zone").selectOption('Europe/Riga');
	await page.getByLabel('Starts (venue time)').fill('2027-03-26T09:00');
	await page.getByLabel('Ends (venue time)').fill('2027-03-28T17:00');
	await page.getByLabel('Address name').fill(slug);
	await page.getByRole('button', { name: 'Create the event' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/events/${slug}/edit$`));

	// A night walk on the second day crosses midnight UTC (01:30–02:30 in Riga is 23:30–00:30 UTC).
	const addSession = async (start: string, end: string, title: string) => {
		await page.getByLabel('Session starts (venue time)').fill(start);
		await page.getByLabel('Session ends (venue time)').fill(end);
		await page.getByLabel('Session title').fill(title);
		await page.getByRole('button', { name: 'Add a session' }).click();
	};
	await addSession('2027-03-27T01:30', '2027-03-27T02:30', 'Night walk along the Daugava');
	await expect(page.getByRole('status')).toHaveText('The session is added.');
	await addSession('2027-03-28T09:00', '2027-03-28T10:30', 'Closing plenary');
	await expect(page.getByRole('status')).toHaveText('The session is added.');
	// 03:30 on 28 March 2027 does not exist in Riga: the clocks jump from 03:00 to 04:00.
	await addSession('2027-03-28T03:30', '2027-03-28T04:30', 'Impossible');
	await expect(
		page.getByText('does not exist in Europe/Riga (the clocks go forward that night)')
	).toBeVisible();
	await expect(page.getByLabel('Session title')).toHaveValue('Impossible');
	// Outside the event's days.
	await addSession('2027-03-30T10:00', '2027-03-30T11:00', 'Too late');
	await expect(page.getByText("The session must be on one of the event's days.")).toBeVisible();

	// Two places for Comune di Faenza.
	await page.goto(`/en/events/${slug}/delegations`);
	const give = page.getByRole('region', { name: 'Give places to an organisation' });
	await give.getByLabel('Organisation').selectOption({ label: 'Comune di Faenza' });
	await give.getByLabel('Places').fill('2');
	await give.getByRole('button', { name: 'Give places to an organisation' }).click();
	await expect(page.getByRole('status')).toHaveText('The places are saved.');

	// The Faenza partner editor, whose account says Europe/Rome, reads both clocks.
	const partner = await (
		await browser.newContext({ baseURL, timezoneId: 'Europe/Rome' })
	).newPage();
	await signIn(partner, DEMO.faenzaEditor);
	await partner.goto(`/en/events/${slug}`);
	const night = partner.getByRole('listitem').filter({ hasText: 'Night walk along the Daugava' });
	await expect(night).toContainText('01:30');
	await expect(night).toContainText('your time: 00:30');
	const closing = partner.getByRole('listitem').filter({ hasText: 'Closing plenary' });
	// After the change Riga is three hours ahead of UTC, Rome two (Italy changes the same night).
	await expect(closing).toContainText('09:00');
	await expect(closing).toContainText('your time: 08:00');
	await expectNoViolations(partner, 'en');

	// They register two people; a third goes on the waiting list; the same person twice is refused.
	await partner.getByRole('link', { name: 'Delegations' }).click();
	const register = async (name: string, email: string) => {
		await partner.getByLabel('Full name').fill(name);
		await partner.getByLabel('E-mail address').fill(email);
		await partner.getByLabel('Arrival').fill('2027-03-25');
		await partner.getByLabel('Departure').fill('2027-03-29');
		await partner.getByRole('button', { name: 'Register', exact: true }).click();
	};
	await register('Giulia Test-Rossi', `giulia-${slug}@test.example`);
	await expect(partner.getByRole('status')).toHaveText('Registered.');
	await register('Paolo Test-Bianchi', `paolo-${slug}@test.example`);
	await expect(partner.getByRole('status')).toHaveText('Registered.');
	await register('Anna Test-Verdi', `anna-${slug}@test.example`);
	await expect(partner.getByRole('status')).toContainText('the person is on the waiting list');
	await register('Paolo Again', `PAOLO-${slug}@test.example`);
	await expect(
		partner.getByText('This person is registered for this event already.')
	).toBeVisible();
	await expectNoViolations(partner, 'en');

	// The host sees every name and exports the list.
	await page.goto(`/en/events/${slug}/delegations`);
	await expect(page.getByRole('region', { name: /^Comune di Faenza/ })).toContainText(
		'2 registered of 2 places'
	);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export the full list (CSV)' }).click();
	const csv = await (await (await download).createReadStream()).toArray();
	const exported = Buffer.concat(csv).toString('utf8');
	expect(exported).toContain('"Giulia Test-Rossi"');
	expect(exported).toContain('"waiting list"');

	// The public sees counts per country, never names.
	const anon = await (await browser.newContext({ baseURL })).newPage();
	await anon.goto(`/en/events/${slug}`);
	await expect(anon.getByRole('region', { name: 'Who comes' })).toContainText(
		'Italy: 2 participants'
	);
	expect(await anon.content()).not.toContain('Giulia');
	expect((await anon.goto(`/en/events/${slug}/delegations`))?.url()).toContain('/sign-in');
	expect(
		(await anon.request.get(`/en/events/${slug}/delegations.csv`, { maxRedirects: 0 })).status()
	).toBe(303);

	// The project's feed, read by Mozilla's ical.js, gives the instants the page shows.
	await anon.goto(`/en/events/${slug}`);
	const pageInstants = await anon
		.locator('.sessions time')
		.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
	expect(pageInstants).toEqual([
		'2027-03-26T23:30:00.000Z',
		'2027-03-27T00:30:00.000Z',
		'2027-03-28T06:00:00.000Z',
		'2027-03-28T07:30:00.000Z'
	]);
	const feed = await anon.request.get('/en/projects/young-neets/calendar.ics');
	expect(feed.headers()['content-type']).toContain('text/calendar');
	const feedText = await feed.text();
	expect(feedText).not.toContain('Giulia');
	const [{ id }] = await sql<{ id: string }>(`select id from public.events where slug = $1`, [
		slug
	]);
	const entries = calendarInstants(feedText);
	expect(entries.get(`${id}-2027-03-27@tilts`)).toMatchObject({
		start: pageInstants[0],
		end: pageInstants[1]
	});
	expect(entries.get(`${id}-2027-03-28@tilts`)).toMatchObject({
		start: pageInstants[2],
		end: pageInstants[3]
	});
	// The first day has no agenda: the event's own start, 09:00 in Riga (07:00 UTC before the change).
	expect(entries.get(`${id}-2027-03-26@tilts`)?.start).toBe('2027-03-26T07:00:00.000Z');
});

test('bad event input: a message per field and nothing saved', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/young-neets/events/new');
	const base = {
		kind: 'partner_meeting',
		language: 'en',
		title: 'Bad input meeting',
		host: '',
		time_zone: 'Europe/Riga',
		starts_local: '2027-05-10T09:00',
		ends_local: '2027-05-11T17:00'
	};
	const cases: Array<[Record<string, string>, string]> = [
		[{ ends_local: '2027-05-09T17:00' }, 'The end date cannot be before the start date.'],
		[{ time_zone: 'Mars/Olympus_Mons' }, 'Please choose one of the options.'],
		[{ starts_local: '2027-02-30T09:00' }, 'Please enter a real date and time'],
		[
			{ starts_local: '2027-03-28T03:30', ends_local: '2027-03-28T17:00' },
			'does not exist in Europe/Riga'
		],
		[
			{ starts_local: '2027-10-31T03:30', ends_local: '2027-10-31T17:00' },
			'happens twice in Europe/Riga'
		],
		[{ slug: 'solid-kick-off-jette-2018' }, 'This address name is already used.'],
		[{ title: 'x'.repeat(301) }, 'Please use at most 300 characters.'],
		[{ ends_local: '2027-06-30T17:00' }, 'An event lasts at most 31 days'],
		[{ host: '0a000000-0000-4000-8000-00000000001f' }, 'Please choose one of the options.']
	];
	for (const [fields, message] of cases) {
		const answer = await post(page, '/en/projects/young-neets/events/new', {
			...base,
			slug: unique('bad'),
			...fields
		});
		expect(answer.status(), message).toBe(400);
		expect(await answer.text()).toContain(message);
	}
	expect(
		await sql(`select 1 from public.events where title->'en'->>'text' = 'Bad input meeting'`)
	).toHaveLength(0);
});

test('a partners-only event and its online link stay within the partnership', async ({
	page,
	browser,
	baseURL
}) => {
	const slug = unique('online');
	await sql(
		`insert into public.events (slug, kind, title, time_zone, starts_local, ends_local, visibility)
		 values ($1, 'online_meeting', '{"en": {"text": "Steering group call", "status": "original"}}', 'Europe/Riga', '2027-06-01 10:00', '2027-06-01 11:00', 'partners')`,
		[slug]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select '0b000000-0000-4000-8000-000000000001', id from public.events where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.event_links (event_id, online_url) select id, 'https://meet.example.org/steering' from public.events where slug = $1`,
		[slug]
	);

	const anon = await (await browser.newContext({ baseURL })).newPage();
	expect((await anon.goto(`/en/events/${slug}`))?.status()).toBe(404);
	expect(await (await anon.request.get('/en/calendar/events.ics')).text()).not.toContain(
		'Steering group call'
	);

	// A partner of another project (Leszno, in the small-scale partnership only) does not see it either.
	await signIn(page, DEMO.lesznoEditor);
	expect((await page.goto(`/en/events/${slug}`))?.status()).toBe(404);

	const partner = await (await browser.newContext({ baseURL })).newPage();
	await signIn(partner, DEMO.faenzaEditor);
	await partner.goto(`/en/events/${slug}`);
	await expect(
		partner.getByRole('link', { name: 'https://meet.example.org/steering' })
	).toBeVisible();
	await expect(partner.getByText('partners only')).toBeVisible();
});

test('two editors saving the same event: the second gets a conflict and keeps what they typed', async ({
	browser,
	baseURL
}) => {
	const slug = unique('conflict');
	await sql(
		`insert into public.events (slug, kind, title, time_zone, starts_local, ends_local)
		 values ($1, 'workshop', '{"en": {"text": "Workshop", "status": "original"}}', 'Europe/Riga', '2027-09-01 10:00', '2027-09-01 16:00')`,
		[slug]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select '0b000000-0000-4000-8000-000000000001', id from public.events where slug = $1`,
		[slug]
	);
	const [first, second] = await Promise.all(
		[browser.newContext({ baseURL }), browser.newContext({ baseURL })].map(async (c) =>
			(await c).newPage()
		)
	);
	for (const page of [first, second]) {
		await signIn(page, DEMO.coordinator);
		await page.goto(`/en/events/${slug}/edit?lang=en`);
	}
	await first.getByLabel('Title', { exact: true }).fill('Workshop on youth work');
	await first.getByRole('button', { name: 'Save the event' }).click();
	await expect(first.getByRole('status')).toHaveText('The event is saved.');

	await second.getByLabel('Title', { exact: true }).fill('Workshop on volunteering');
	await second.getByRole('button', { name: 'Save the event' }).click();
	await expect(second.getByRole('alert')).toContainText(
		'Someone else saved this since you opened it.'
	);
	await expect(second.getByRole('note')).toContainText('Workshop on volunteering');
	await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Workshop on youth work');
	const [{ title }] = await sql<{ title: Record<string, { text: string }> }>(
		`select title from public.events where slug = $1`,
		[slug]
	);
	expect(title.en.text).toBe('Workshop on youth work');
});

test('the seeded meetings as the sheets give them: months, days and delegation sizes', async ({
	page
}) => {
	await page.goto('/en/events/solid-kick-off-jette-2018');
	await expect(page.getByRole('definition').first()).toHaveText('March 2018');
	await expect(page.getByRole('region', { name: 'Who comes' })).toContainText(
		'Latvia: 3 participants'
	);
	// Known only to the month: nothing to put in a calendar.
	await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveCount(0);

	await page.goto('/en/events/hop-meeting-torun-2018');
	await expect(page.getByRole('definition').first()).toHaveText(/^11\s?–\s?12 April 2018$/);
	await expect(page.getByRole('region', { name: 'Who comes' })).toContainText(
		'Latvia: 7 participants'
	);
	// SOLID's five meetings, in Latvian, as its series.
	await page.goto('/lv/projects/solid/events');
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(5);
	await expect(page.getByRole('main')).toContainText('2018. g. marts');
});

test('every feed parses with ical.js and gives the page’s instants; coming events show on the home, project and organisation pages', async ({
	page,
	request
}) => {
	const slug = unique('feed');
	await sql(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status)
		 values ($1, 'conference', '{"en": {"text": "Feed check conference", "status": "original"}}', '0a000000-0000-4000-8000-000000000002',
		         'Europe/Riga', '2030-10-27 09:30', '2030-10-27 17:00', 'confirmed')`,
		[slug]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select '0b000000-0000-4000-8000-000000000001', id from public.events where slug = $1`,
		[slug]
	);
	const [{ id }] = await sql<{ id: string }>(`select id from public.events where slug = $1`, [
		slug
	]);

	await page.goto(`/en/events/${slug}`);
	const start = await page.locator('.facts time').first().getAttribute('datetime');
	// 27 October 2030 is the first day after Riga's clocks go back: 09:30 there is 07:30 UTC.
	expect(start).toBe('2030-10-27T07:30:00.000Z');

	// The event was written straight into the database, not through the portal: a reader who has
	// the feeds and pages from before gets them anew within the few seconds of the shared copy.
	for (const feed of [
		'/en/calendar/events.ics',
		'/en/projects/young-neets/calendar.ics',
		'/en/organisations/daugavpils-education-board/calendar.ics'
	]) {
		await expect(async () => {
			const answer = await request.get(feed);
			expect(answer.status(), feed).toBe(200);
			const entries = calendarInstants(await answer.text());
			expect(entries.get(`${id}-2030-10-27@tilts`), feed).toMatchObject({
				start,
				end: '2030-10-27T15:00:00.000Z',
				summary: 'Feed check conference'
			});
		}).toPass({ timeout: SHARED_COPY_MS });
	}

	// The pages show the few soonest coming events, and other tests add coming events of their own:
	// one under way since midnight comes before them all.
	const today = unique('today');
	await sql(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status)
		 values ($1, 'conference', '{"en": {"text": "Feed check conference today", "status": "original"}}', '0a000000-0000-4000-8000-000000000002',
		         'Europe/Riga', current_date::timestamp, current_date + interval '2 days', 'confirmed')`,
		[today]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select '0b000000-0000-4000-8000-000000000001', id from public.events where slug = $1`,
		[today]
	);
	for (const path of [
		'/en',
		'/en/projects/young-neets',
		'/en/organisations/daugavpils-education-board'
	]) {
		await expect(async () => {
			await page.goto(path);
			await expect(
				page.getByRole('link', { name: 'Feed check conference today' }),
				path
			).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: SHARED_COPY_MS });
	}
});
