// The evidence a funder asks for, as PDFs from the portal: the participant list to sign per day
// and certificates of attendance. Who may have each (never a 500), bad choices answered in the
// reader's language, and both downloaded through their forms without JavaScript, read back with
// poppler and rendered to PNG (test-results/pdf/) to look at.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { expectReflow } from './reflow.ts';
import { DEMO, createAccount, signIn, sql } from './factories.ts';
import { pdfPages, pdfText, pdfToPng } from '../support/pdf.ts';

const DAUGAVPILS_CITY_COUNCIL = '0a000000-0000-4000-8000-000000000001';
const EDUCATION_BOARD = '0a000000-0000-4000-8000-000000000002';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const DAY_ONE = '2031-05-14';
const DAY_TWO = '2031-05-15';

/**
 * A Young NEETs meeting hosted by the Education Board (the Daugavpils coordinator edits it): Faenza
 * has a Greek and a Ukrainian participant, the City Council a Latvian one.
 */
async function meeting(options: { registrations: boolean }) {
	const slug = `evidence-${randomUUID().slice(0, 8)}`;
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, venue_name, venue_city, venue_country)
		 values ($1, 'partner_meeting', '{"en": {"text": "Evidence meeting", "status": "original"}, "el": {"text": "Συνάντηση τεκμηρίωσης", "status": "reviewed"}}',
		         $2, 'Europe/Riga', '${DAY_ONE} 09:00', '${DAY_TWO} 17:00', 'Vienības nams', 'Daugavpils', 'LV')
		 returning id`,
		[slug, EDUCATION_BOARD]
	);
	await sql(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
		YOUNG_NEETS,
		id
	]);
	await sql(
		`insert into public.event_delegations (event_id, organisation_id, places) values ($1, $2, 3), ($1, $3, 3)`,
		[id, FAENZA, DAUGAVPILS_CITY_COUNCIL]
	);
	const greekEmail = `giorgos-${slug}@test.example`;
	const people: Record<string, string> = {};
	if (options.registrations) {
		for (const [key, name, organisation, email] of [
			['greek', 'Γιώργος Παπαδόπουλος', FAENZA, greekEmail],
			['ukrainian', 'Олена Ковальчук', FAENZA, null],
			['latvian', 'Jānis Bērziņš', DAUGAVPILS_CITY_COUNCIL, null]
		] as const) {
			const [row] = await sql<{ id: string }>(
				`insert into public.event_registrations (event_id, organisation_id, full_name, email, status) values ($1, $2, $3, $4, 'registered') returning id`,
				[id, organisation, name, email]
			);
			people[key] = row.id;
		}
	}
	return { id, slug, greekEmail, people };
}

async function signedIn(
	browser: Browser,
	baseURL: string | undefined,
	email: string | null,
	javaScriptEnabled = true
): Promise<Page> {
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled })).newPage();
	if (email) await signIn(page, email);
	return page;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
	return new Uint8Array(fs.readFileSync((await download.path())!));
}

const png = (name: string) => path.resolve('test-results/pdf', name);

test('the participant list: the host gets everyone, a partner its own people, an outsider 403, anon the sign-in; bad choices a 400 that says why', async ({
	browser,
	baseURL
}) => {
	const event = await meeting({ registrations: true });
	const list = (page: Page, query = '') =>
		page.request.get(`/en/events/${event.slug}/participants.pdf${query}`, { maxRedirects: 0 });

	const host = await signedIn(browser, baseURL, DEMO.coordinator);
	const answer = await list(host, `?day=${DAY_TWO}&lang=uk`);
	expect(answer.status()).toBe(200);
	expect(answer.headers()['content-type']).toBe('application/pdf');
	const all = pdfText(await answer.body());
	for (const text of [
		'Список учасників',
		'Γιώργος Παπαδόπουλος',
		'Олена Ковальчук',
		'Jānis Bērziņš',
		'Evidence meeting'
	])
		expect(all).toContain(text);

	const partner = await signedIn(browser, baseURL, DEMO.faenzaEditor);
	const theirs = await list(partner);
	expect(theirs.status()).toBe(200);
	const own = pdfText(await theirs.body());
	expect(own).toContain('Γιώργος Παπαδόπουλος');
	expect(own).not.toContain('Jānis Bērziņš');

	const outsider = await signedIn(browser, baseURL, DEMO.lesznoEditor);
	expect((await list(outsider)).status()).toBe(403);
	const anon = await signedIn(browser, baseURL, null);
	const refused = await list(anon);
	expect(refused.status()).toBe(303);
	expect(refused.headers().location).toContain('/sign-in');

	for (const [query, message] of [
		['?day=2031-05-16', "Choose one of the event's days."],
		['?day=not-a-day', "Choose one of the event's days."],
		['?lang=xx', "Choose one of the portal's languages."]
	]) {
		const bad = await list(host, query);
		expect({ query, status: bad.status() }).toEqual({ query, status: 400 });
		expect(await bad.text()).toContain(message);
	}
	const latvian = await host.request.get(`/lv/events/${event.slug}/participants.pdf?lang=xx`);
	expect(latvian.status()).toBe(400);
	expect(await latvian.text()).not.toContain('Choose one');
});

test('an event with no registrations gives a blank list to sign, not an error, and no certificates', async ({
	browser,
	baseURL
}) => {
	const event = await meeting({ registrations: false });
	const host = await signedIn(browser, baseURL, DEMO.coordinator);
	const answer = await host.request.get(`/en/events/${event.slug}/participants.pdf`);
	expect(answer.status()).toBe(200);
	const text = pdfText(await answer.body());
	expect(text).toContain('Signature');
	expect(text).toContain('Page 1 of 1');
	// Nobody recorded as attending: no certificates, and the page and the PDF's address say so.
	await host.goto(`/en/events/${event.slug}/certificates`);
	await expect(host.getByText('0 people are recorded as attending.')).toBeVisible();
	await expect(host.getByRole('button', { name: 'Download all certificates (PDF)' })).toHaveCount(
		0
	);
	const none = await host.request.get(
		`/en/events/${event.slug}/certificates.pdf?signer_name=A&signer_role=B`
	);
	expect(none.status()).toBe(404);
	expect(await none.text()).toContain('0 people are recorded as attending.');
});

test('without JavaScript, the host downloads the list of the second day in Greek through the form', async ({
	browser,
	baseURL
}) => {
	const event = await meeting({ registrations: true });
	const host = await signedIn(browser, baseURL, DEMO.coordinator, false);
	await host.goto(`/en/events/${event.slug}/delegations`);
	const form = host.getByRole('region', { name: 'Participant list to sign' });
	await form.getByLabel('Day').selectOption(DAY_TWO);
	await form.getByLabel('Language').selectOption('el');
	const [download] = await Promise.all([
		host.waitForEvent('download'),
		form.getByRole('button', { name: 'Download the list (PDF)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`${event.slug}-participants-${DAY_TWO}.pdf`);
	const pdf = await bytesOf(download);
	const text = pdfText(pdf);
	for (const expected of [
		'Κατάλογος συμμετεχόντων',
		'Συνάντηση τεκμηρίωσης',
		'Γιώργος Παπαδόπουλος',
		'Олена Ковальчук',
		'Jānis Bērziņš',
		'Λετονία',
		'Υπογραφή'
	]) {
		expect(text).toContain(expected);
	}
	pdfToPng(pdf, png('participant-list-download'));
});

test('certificates: the host prints each attendee’s in their language, the Greek participant’s in Greek, without JavaScript', async ({
	browser,
	baseURL
}) => {
	test.slow();
	const event = await meeting({ registrations: true });
	// The Greek participant has an account in Greek, under the address he registered with.
	const account = await createAccount({ email: event.greekEmail, name: 'Γιώργος' });
	await sql(`update public.users set preferred_locale = 'el' where id = $1`, [account.id]);
	await sql(
		`insert into public.event_sessions (event_id, starts_local, ends_local, title, kind) values
		 ($1, '${DAY_ONE} 09:00', '${DAY_ONE} 12:30', '{"en": {"text": "Opening", "status": "original"}}', 'plenary'),
		 ($1, '${DAY_ONE} 12:30', '${DAY_ONE} 13:30', '{"en": {"text": "Lunch", "status": "original"}}', 'meal'),
		 ($1, '${DAY_ONE} 13:30', '${DAY_ONE} 16:30', '{"en": {"text": "Workshops", "status": "original"}}', 'workshop'),
		 ($1, '${DAY_TWO} 09:00', '${DAY_TWO} 12:00', '{"en": {"text": "Visits", "status": "original"}}', 'visit')`,
		[event.id]
	);
	await sql(
		`insert into public.event_day_attendance (event_id, day, registration_id, walk_in_name, walk_in_organisation, walk_in_country) values
		 ($1, '${DAY_ONE}', $2, null, null, null), ($1, '${DAY_TWO}', $2, null, null, null),
		 ($1, '${DAY_ONE}', $3, null, null, null),
		 ($1, '${DAY_TWO}', null, 'Ieva Ozoliņa', 'Latgales Vēstnesis', 'LV')`,
		[event.id, event.people.greek, event.people.latvian]
	);

	const host = await signedIn(browser, baseURL, DEMO.coordinator, false);
	await host.goto(`/en/events/${event.slug}/delegations`);
	await host.getByRole('link', { name: 'Certificates of attendance' }).click();
	await expect(host.getByRole('heading', { level: 1 })).toHaveText('Certificates of attendance');
	await expect(host.getByText('3 people are recorded as attending.')).toBeVisible();
	// The Greek participant's account language is chosen for him; the others get the page's.
	await expect(host.getByLabel('Language of the certificate for Γιώργος Παπαδόπουλος')).toHaveValue(
		'el'
	);
	await expect(host.getByLabel('Language of the certificate for Jānis Bērziņš')).toHaveValue('en');
	await host.getByLabel('Language of the certificate for Jānis Bērziņš').selectOption('lv');
	await host.getByLabel('Language of the certificate for Ieva Ozoliņa').selectOption('lv');
	// The form asks for the signer's name: the privacy notice is beside its button.
	await expect(
		host.getByRole('link', { name: 'How personal data is handled: privacy notice' })
	).toHaveAttribute('href', '/en/privacy');
	await host.getByLabel('Name of the person signing').fill('Ināra Ņikitina');
	await host.getByLabel('Their role').fill('Vadītāja');

	const [one] = await Promise.all([
		host.waitForEvent('download'),
		host.getByRole('button', { name: 'Certificate of Γιώργος Παπαδόπουλος (PDF)' }).click()
	]);
	const greek = await bytesOf(one);
	expect(pdfPages(greek)).toBe(1);
	const text = pdfText(greek);
	for (const expected of [
		'Βεβαίωση συμμετοχής',
		'Γιώργος Παπαδόπουλος',
		'Comune di Faenza, Ιταλία',
		'Συνάντηση τεκμηρίωσης',
		'Vienības nams, Daugavpils, Λετονία',
		'9,5 ώρες',
		'Ināra Ņikitina',
		'Vadītāja'
	]) {
		expect(text).toContain(expected);
	}
	pdfToPng(greek, png('certificate-el-download'));

	const [all] = await Promise.all([
		host.waitForEvent('download'),
		host.getByRole('button', { name: 'Download all certificates (PDF)' }).click()
	]);
	const pdf = await bytesOf(all);
	expect(pdfPages(pdf)).toBe(3);
	const pages = pdfText(pdf).split('\f');
	expect(pages.find((p) => p.includes('Jānis Bērziņš'))).toContain('Apliecinājums par dalību');
	expect(pages.find((p) => p.includes('Ieva Ozoliņa'))).toContain('Latgales Vēstnesis, Latvija');
	expect(pdfText(pdf)).not.toContain('Олена Ковальчук');
});

test('certificates: only the event’s editors, bad choices a clear 400 or 404, and a form that passes axe at 320 px', async ({
	browser,
	baseURL
}) => {
	const event = await meeting({ registrations: true });
	await sql(
		`insert into public.event_day_attendance (event_id, day, registration_id) values ($1, '${DAY_ONE}', $2)`,
		[event.id, event.people.greek]
	);
	const signer = 'signer_name=Ināra&signer_role=Vadītāja';
	const certificates = (page: Page, query = signer) =>
		page.request.get(`/en/events/${event.slug}/certificates.pdf?${query}`, { maxRedirects: 0 });

	const host = await signedIn(browser, baseURL, DEMO.coordinator);
	expect((await certificates(host)).status()).toBe(200);
	// The page of the form, to the accessibility rules and at 320 px.
	await host.goto(`/en/events/${event.slug}/certificates`);
	await expectNoViolations(host, 'en');
	await host.setViewportSize({ width: 320, height: 800 });
	await expectReflow(host);
	for (const email of [DEMO.faenzaEditor, DEMO.lesznoEditor]) {
		const other = await signedIn(browser, baseURL, email);
		expect({ email, pdf: (await certificates(other)).status() }).toEqual({ email, pdf: 403 });
		expect({
			email,
			page: (await other.request.get(`/en/events/${event.slug}/certificates`)).status()
		}).toEqual({ email, page: 403 });
	}
	const anon = await signedIn(browser, baseURL, null);
	expect((await certificates(anon)).headers().location).toContain('/sign-in');

	for (const [query, status, message] of [
		['signer_name=Ināra', 400, 'Enter the name and role of the person who signs the certificates.'],
		[
			'signer_name=%00&signer_role=x',
			400,
			'Enter the name and role of the person who signs the certificates.'
		],
		[
			`${signer}&person=${randomUUID()}`,
			404,
			'This person is not recorded as attending the event.'
		],
		[
			`${signer}&person=${event.people.ukrainian}`,
			404,
			'This person is not recorded as attending the event.'
		],
		[`${signer}&lang.${event.people.greek}=xx`, 400, "Choose one of the portal's languages."]
	] as const) {
		const bad = await certificates(host, query);
		expect({ query, status: bad.status() }).toEqual({ query, status });
		expect(await bad.text()).toContain(message);
	}
});
