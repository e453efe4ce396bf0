// The work carried between partners (issue 13), as the people would go through it, with the
// portal's own delivery worker sending to the local inbox: a partner editor submits a good
// practice, the coordinator is told in Latvian, finds it in My work and returns it, the editor is
// told, resubmits, and is told when it is published; she registers her delegation and gets the
// calendar invitations; the host lowers the places (warned first), and moves the meeting, and the
// calendar updates carry a higher SEQUENCE. People, organisations and the project are this test's
// own, so that every inbox count is exact while other tests run beside it.
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createAccount, signIn, sql } from './factories.ts';

type Mail = {
	to: string[];
	subject: string;
	text: string;
	html: string | null;
	listUnsubscribe: string | null;
	calendars: Array<{ method: string | null; content: string }>;
};

async function inbox(address: string): Promise<Mail[]> {
	const mails: Mail[] = await (await fetch(`${process.env.TILTS_INBOX_URL}/api/messages`)).json();
	return mails.filter((mail) => mail.to.includes(address));
}

/** Waits until exactly `count` e-mails reached the address (the worker sends every few seconds), and returns them. */
async function expectMails(address: string, count: number): Promise<Mail[]> {
	await expect
		.poll(async () => (await inbox(address)).length, { timeout: 20_000, intervals: [500] })
		.toBeGreaterThanOrEqual(count);
	// A little longer: nothing more arrives.
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	const mails = await inbox(address);
	expect(mails.map((mail) => mail.subject)).toHaveLength(count);
	return mails;
}

function calendarOf(mail: Mail) {
	const calendar = new ICAL.Component(ICAL.parse(mail.calendars[0].content));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const vevent = calendar.getFirstSubcomponent('vevent')!;
	return {
		method: calendar.getFirstPropertyValue('method'),
		uid: vevent.getFirstPropertyValue('uid'),
		sequence: Number(vevent.getFirstPropertyValue('sequence')),
		start: new ICAL.Event(vevent).startDate.toJSDate().toISOString()
	};
}

async function setUp() {
	const tag = randomUUID().slice(0, 8);
	const coordinator = await createAccount({ name: `Līga Koordinatore ${tag}` });
	const editor = await createAccount({ name: `Maria Redattrice ${tag}` });
	await sql(
		`update public.users set preferred_locale = 'lv', time_zone = 'Europe/Riga' where id = $1`,
		[coordinator.id]
	);
	await sql(`update public.users set time_zone = 'Europe/Rome' where id = $1`, [editor.id]);
	const [host] = await sql<{ id: string }>(
		`insert into public.organisations (slug, name, kind, city, country) values ($1, $2, 'municipality', 'Daugavpils', 'LV') returning id`,
		[`journey-council-${tag}`, `Journey Council ${tag}`]
	);
	const [partner] = await sql<{ id: string }>(
		`insert into public.organisations (slug, name, kind, city, country) values ($1, $2, 'municipality', 'Faenza', 'IT') returning id`,
		[`journey-comune-${tag}`, `Comune del Viaggio ${tag}`]
	);
	const [project] = await sql<{ id: string }>(
		`insert into public.projects (slug, acronym, title, is_published) values ($1, $2, $3, true) returning id`,
		[`journey-${tag}`, `JRN-${tag}`, { en: { text: `Journey project ${tag}`, status: 'original' } }]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) values ($1, $2, 'applicant'), ($1, $3, 'partner')`,
		[project.id, host.id, partner.id]
	);
	await sql(
		`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'admin'), ($3, $4, 'admin')`,
		[host.id, coordinator.id, partner.id, editor.id]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role) values ($1, $2, $3, 'coordinator'), ($1, $4, $5, 'partner_editor')`,
		[project.id, coordinator.id, host.id, editor.id, partner.id]
	);
	// Their daily digests went out today already: what comes in digests waits for tomorrow's, and
	// every count below is of e-mails sent at once.
	await sql(
		`insert into public.notification_digest_runs (user_id, local_date)
		 select u, current_date + d from unnest($1::uuid[]) as u, generate_series(-1, 1) as d`,
		[[coordinator.id, editor.id]]
	);
	const title = `Youth council of the quarter ${tag}`;
	const [practice] = await sql<{ id: string; slug: string }>(
		`insert into public.practices (slug, organisation_id, project_id, country) values ($1, $2, $3, 'IT') returning id, slug`,
		[`youth-council-${tag}`, partner.id, project.id]
	);
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, results)
		 values ($1, 'en', 'original', $2, 'Young people plan their quarter.', 'Many young people neither study nor work.',
		   'Weekly workshops with youth workers.', 'Forty young people took part.')`,
		[practice.id, title]
	);
	const [event] = await sql<{ id: string; slug: string }>(
		`insert into public.events (slug, kind, title, host_organisation_id, venue_name, venue_city, venue_country, time_zone, starts_local, ends_local, status)
		 values ($1, 'partner_meeting', $2, $3, 'City Hall', 'Daugavpils', 'LV', 'Europe/Riga', '2027-05-12 09:00', '2027-05-13 16:00', 'confirmed')
		 returning id, slug`,
		[
			`journey-meeting-${tag}`,
			{
				en: { text: `Partner meeting ${tag}`, status: 'reviewed' },
				lv: { text: `Partneru tikšanās ${tag}`, status: 'original' }
			},
			host.id
		]
	);
	await sql(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
		project.id,
		event.id
	]);
	await sql(
		`insert into public.event_delegations (event_id, organisation_id, places) values ($1, $2, 3)`,
		[event.id, partner.id]
	);
	return {
		tag,
		coordinator,
		editor,
		partnerName: `Comune del Viaggio ${tag}`,
		practice: { ...practice, title },
		event
	};
}

async function register(page: Page, slug: string, name: string, email?: string) {
	await page.goto(`/en/events/${slug}/delegations`);
	await page.getByLabel('Full name').fill(name);
	if (email) await page.getByLabel('E-mail address').fill(email);
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toBeVisible();
}

test('a practice goes round the partnership, a delegation is registered, and the meeting moves: everyone concerned is told', async ({
	browser
}) => {
	test.slow();
	const { tag, coordinator, editor, partnerName, practice, event } = await setUp();
	const person = `anna-${tag}@faenza.example`;
	const editorPage = await (await browser.newContext()).newPage();
	const coordinatorPage = await (await browser.newContext()).newPage();

	// The Faenza editor submits the practice text for review.
	await signIn(editorPage, editor.email, editor.password);
	await editorPage.goto(`/en/practices/${practice.slug}/edit/en`);
	await editorPage.getByRole('button', { name: 'Save and submit for review' }).click();
	await expect(editorPage.getByRole('status').first()).toBeVisible();

	// The coordinator is told, in Latvian, with a link to the text and a one-click unsubscribe.
	const toCoordinator = await expectMails(coordinator.email, 1);
	expect(toCoordinator[0].subject).toBe(`Jūsu pārskatīšanai: “${practice.title}”`);
	expect(toCoordinator[0].text).toContain(`/lv/practices/${practice.slug}/edit/en`);
	expect(toCoordinator[0].html).toContain('lang="lv"');
	expect(toCoordinator[0].listUnsubscribe).toMatch(/\/lv\/unsubscribe\//);

	// She finds it in My work (the header counts it) and returns it with a comment.
	await signIn(coordinatorPage, coordinator.email, coordinator.password, 'lv');
	await coordinatorPage.getByRole('link', { name: 'Mans darbs, gaida: 1' }).click();
	await coordinatorPage.getByRole('link', { name: practice.title }).click();
	await coordinatorPage
		.getByLabel('Kas autoram jāmaina?')
		.fill('Lūdzu, pievienojiet rezultātu skaitļus.');
	await coordinatorPage.getByRole('button', { name: 'Atgriezt autoram' }).click();

	// The editor is told, in English, with the comment; My work shows it returned.
	let toEditor = await expectMails(editor.email, 1);
	expect(toEditor[0].subject).toBe(`Returned with a comment: “${practice.title}”`);
	expect(toEditor[0].text).toContain('Lūdzu, pievienojiet rezultātu skaitļus.');
	await editorPage.goto('/en/my-work');
	await expect(editorPage.getByText('Lūdzu, pievienojiet rezultātu skaitļus.')).toBeVisible();
	await editorPage.getByRole('link', { name: practice.title }).first().click();
	await editorPage.getByRole('button', { name: 'Save and submit for review' }).click();
	await expect(editorPage.getByRole('status').first()).toBeVisible();
	await expectMails(coordinator.email, 2);

	// She wants to hear of the publication at once, not in the evening digest.
	await editorPage.goto('/en/account');
	await editorPage
		.getByRole('group', { name: 'Good practice published' })
		.getByLabel('Immediately')
		.check();
	await editorPage.getByRole('button', { name: 'Save notification settings' }).click();
	await expect(editorPage.getByRole('status').first()).toBeVisible();

	// The coordinator publishes; the editor is told.
	await coordinatorPage.goto(`/lv/practices/${practice.slug}/edit/en`);
	await coordinatorPage.getByRole('button', { name: /Saglabāt un publicēt/ }).click();
	toEditor = await expectMails(editor.email, 2);
	expect(toEditor[1].subject).toBe(`Published: “${practice.title}”`);
	await expectMails(coordinator.email, 2);

	// The editor registers three people; each registration brings her a calendar invitation, and
	// Anna, whose address she gives, her own.
	await register(editorPage, event.slug, `Anna ${tag}`, person);
	await register(editorPage, event.slug, `Bruno ${tag}`);
	await register(editorPage, event.slug, `Carla ${tag}`);
	toEditor = await expectMails(editor.email, 5);
	const invitations = toEditor.slice(2).map(calendarOf);
	expect(invitations.map((i) => i.method)).toEqual(['REQUEST', 'REQUEST', 'REQUEST']);
	expect(new Set(invitations.map((i) => i.uid)).size).toBe(1);
	const [own] = await expectMails(person, 1);
	expect(calendarOf(own).method).toBe('REQUEST');
	// Registrations reach the host in her daily digest, not one by one.
	await expectMails(coordinator.email, 2);
	const digest = await sql<{ status: string }>(
		`select status from public.notifications where recipient_id = $1 and kind = 'registration_changed'`,
		[coordinator.id]
	);
	expect(digest.map((row) => row.status)).toEqual(['pending', 'pending', 'pending']);

	// The host lowers Faenza's places from 3 to 1: warned who would move, she confirms.
	await coordinatorPage.goto(`/lv/events/${event.slug}/delegations`);
	await coordinatorPage.getByLabel('Vietu skaits').first().fill('1');
	await coordinatorPage
		.getByRole('button', { name: new RegExp(`^Saglabāt.*${partnerName}`) })
		.click();
	await expect(coordinatorPage.getByRole('alert')).toContainText('Nekas vēl nav saglabāts.');
	const moving = coordinatorPage.getByRole('list', {
		name: 'Cilvēki, kuri tiktu pārcelti uz gaidīšanas sarakstu'
	});
	await expect(moving.getByRole('listitem')).toHaveText([`Bruno ${tag}`, `Carla ${tag}`]);
	await coordinatorPage.getByRole('button', { name: new RegExp(`^Jā.*${partnerName}`) }).click();

	// The editor is told who moved, and her calendar entry now names Anna alone.
	toEditor = await expectMails(editor.email, 7);
	const lowered = toEditor.slice(5).find((mail) => mail.subject.startsWith('Fewer places'))!;
	expect(lowered.subject).toBe(`Fewer places for ${partnerName} at Partner meeting ${tag}`);
	expect(lowered.text).toContain(`Moved to the waiting list: Bruno ${tag} and Carla ${tag}.`);

	// The host moves the meeting an hour later.
	await coordinatorPage.goto(`/lv/events/${event.slug}/edit`);
	await coordinatorPage.locator('#starts_local').fill('2027-05-12T10:00');
	await coordinatorPage.getByRole('button', { name: 'Saglabāt pasākumu' }).click();
	await expect(coordinatorPage.getByRole('status').first()).toBeVisible();

	// The registrar and Anna get calendar updates that ical.js reads as the same entry, newer.
	toEditor = await expectMails(editor.email, 9);
	const changed = toEditor.slice(7).find((mail) => mail.subject.startsWith('Changed'))!;
	expect(changed.subject).toBe(`Changed: Partner meeting ${tag}`);
	const update = calendarOf(toEditor.slice(7).find((mail) => mail.calendars.length)!);
	expect(update.method).toBe('REQUEST');
	expect(update.uid).toBe(invitations[0].uid);
	expect(update.sequence).toBeGreaterThan(Math.max(...invitations.map((i) => i.sequence)));
	expect(update.start).toBe('2027-05-12T07:00:00.000Z');
	const ownUpdate = calendarOf((await expectMails(person, 2))[1]);
	expect(ownUpdate.sequence).toBeGreaterThan(calendarOf(own).sequence);
	// The coordinator made each change herself: nothing more for her.
	await expectMails(coordinator.email, 2);
});
