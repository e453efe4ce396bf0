// Rules of the data that people meet in forms: an organisation keeps an admin, a deleted account
// leaves no name in delegation lists, an event is held only after it ended, a transfer stage is not
// dated in the future. The database refuses; the page says why, in the reader's language.
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { DEMO, createAccount, signIn, sql } from './factories.ts';

const EDUCATION_BOARD = '0a000000-0000-4000-8000-000000000002';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const FAENZA_EDITOR = '0c000000-0000-4000-8000-000000000003';

/** A coming Young NEETs meeting hosted by the Education Board (the coordinator edits it), with places for Faenza. */
async function comingMeeting(): Promise<string> {
	const slug = `data-rules-${randomUUID().slice(0, 8)}`;
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
		 values ($1, 'partner_meeting', '{"en": {"text": "Data rules meeting", "status": "original"}}', $2, 'Europe/Riga', '2031-05-14 09:00', '2031-05-15 17:00')
		 returning id`,
		[slug, EDUCATION_BOARD]
	);
	await sql(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
		YOUNG_NEETS,
		id
	]);
	await sql(
		`insert into public.event_delegations (event_id, organisation_id, places) values ($1, $2, 3)`,
		[id, FAENZA]
	);
	return slug;
}

/** An organisation whose only admin is a new account, with one plain member. */
async function organisationWithOneAdmin() {
	const slug = `one-admin-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.organisations (slug, name, kind, country) values ($1, $2, 'ngo', 'LV')`,
		[slug, `One admin ${slug}`]
	);
	const admin = await createAccount({ organisation: slug, role: 'admin', name: 'Only Admin' });
	await createAccount({ organisation: slug, role: 'member', name: 'Plain Member' });
	return { slug, name: `One admin ${slug}`, admin };
}

test('the only admin cannot delete their account or step down: the pages say to hand the role over first', async ({
	page
}) => {
	const organisation = await organisationWithOneAdmin();
	await signIn(page, organisation.admin.email, organisation.admin.password);
	await page.goto('/en/account');
	await expect(
		page.getByText(
			`You are the only admin of ${organisation.name}: make another member an admin there before you delete your account.`
		)
	).toBeVisible();
	await page.getByLabel('Your password, to confirm').fill(organisation.admin.password);
	await page.getByRole('button', { name: 'Delete my account' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		`You are the only admin of ${organisation.name}. Make another member an admin there first (or ask the platform administrators to remove the organisation); then you can delete your account.`
	);
	expect(
		await sql(`select 1 from public.users where id = $1`, [organisation.admin.id])
	).toHaveLength(1);

	// In Latvian, on the members page: making oneself a plain member, and removing oneself.
	await page.goto(`/lv/organisations/${organisation.slug}/members`);
	const me = page.getByRole('row').filter({ hasText: organisation.admin.email });
	await me.getByLabel('Personas Only Admin loma').selectOption('member');
	await me.getByRole('button', { name: 'Saglabāt' }).click();
	const refusal = `Organizācijā ${organisation.name} jābūt vismaz vienam administratoram. Vispirms piešķiriet administratora lomu citam dalībniekam.`;
	await expect(page.getByRole('alert')).toHaveText(refusal);
	await page
		.getByRole('row')
		.filter({ hasText: organisation.admin.email })
		.getByRole('button', { name: /Only Admin/ })
		.click();
	await expect(page.getByRole('alert')).toHaveText(refusal);
	expect(
		await sql(`select role::text from public.organisation_members where user_id = $1`, [
			organisation.admin.id
		])
	).toEqual([{ role: 'admin' }]);
});

test('a platform admin deleting the account of an only admin is told to hand the role over first', async ({
	page
}) => {
	const slug = `one-admin-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.organisations (slug, name, kind, country) values ($1, $1, 'ngo', 'LV')`,
		[slug]
	);
	const name = `Sole Admin ${slug}`;
	const admin = await createAccount({ organisation: slug, role: 'admin', name });
	await signIn(page, DEMO.admin);
	await page.goto('/en/admin');
	await page.getByRole('button', { name: `Delete the account of ${name}` }).click();
	await expect(page.getByRole('alert')).toHaveText(
		`This person is the only admin of ${slug}. Make another member an admin there first.`
	);
	expect(await sql(`select 1 from public.users where id = $1`, [admin.id])).toHaveLength(1);
});

test('a deleted account leaves no name or address in the delegation list or its CSV', async ({
	page,
	browser,
	baseURL
}) => {
	const slug = await comingMeeting();
	const person = await createAccount({ organisation: 'comune-di-faenza', name: 'Erin Erasable' });
	const [{ id: eventId }] = await sql<{ id: string }>(
		`select id from public.events where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.event_registrations (event_id, organisation_id, full_name, job_title, email, dietary_needs, status, registered_by)
		 values ($1, $2, 'Erin Erasable', 'Youth worker', $3, 'vegan', 'registered', $4)`,
		[eventId, FAENZA, person.email, FAENZA_EDITOR]
	);

	await signIn(page, person.email, person.password);
	await page.goto('/en/account');
	await expect(page.getByText('your name and address in event registrations')).toBeVisible();
	await page.getByLabel('Your password, to confirm').fill(person.password);
	await page.getByRole('button', { name: 'Delete my account' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is deleted');
	await expect(
		page.getByText('Your account and everything that named you have been erased')
	).toBeVisible();

	const host = await (await browser.newContext({ baseURL })).newPage();
	await signIn(host, DEMO.coordinator);
	for (const locale of ['en', 'lv']) {
		await host.goto(`/${locale}/events/${slug}/delegations`);
		const main = host.getByRole('main');
		await expect(main).toContainText(
			locale === 'en'
				? 'Erased: the person deleted their account'
				: 'Dzēsts: persona dzēsa savu kontu'
		);
		await expect(main).not.toContainText('Erin Erasable');
		await expect(main).not.toContainText(person.email);
		await expect(main).not.toContainText('vegan');
		const csv = await (await host.request.get(`/${locale}/events/${slug}/delegations.csv`)).text();
		expect(csv).toContain(
			locale === 'en'
				? 'Erased: the person deleted their account'
				: 'Dzēsts: persona dzēsa savu kontu'
		);
		expect(csv).not.toContain('Erin Erasable');
		expect(csv).not.toContain(person.email);
		expect(csv).not.toContain('Youth worker');
	}
});

test('a coming event cannot be marked held: the event form says why, beside the status', async ({
	page
}) => {
	const slug = await comingMeeting();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/lv/events/${slug}/edit`);
	await page.getByLabel('Statuss').selectOption('held');
	await page.getByRole('button', { name: 'Saglabāt pasākumu' }).click();
	await expect(
		page.getByText(
			'Pasākumu var atzīmēt kā notikušu tikai pēc tam, kad tas norises vietā ir beidzies (pēc laika joslas Europe/Riga).'
		)
	).toBeVisible();
	await expect(page.getByLabel('Statuss')).toHaveAttribute('aria-invalid', 'true');
	expect(await sql(`select status::text from public.events where slug = $1`, [slug])).toEqual([
		{ status: 'planned' }
	]);
});

test('a transfer stage dated in the future is refused with a message, and the public page never shows it', async ({
	page
}) => {
	await signIn(page, DEMO.coordinator);
	const path = '/practices/leszno-volunteer-centre/transfers/12000000-0000-4000-8000-000000000001';
	await page.goto(`/en${path}`);
	await page.getByLabel('Stage', { exact: true }).selectOption('dropped');
	await page.getByLabel('Since').fill('2030-01-01');
	await page.getByRole('button', { name: 'Record the stage' }).click();
	await expect(
		page.getByText(
			'This date is in the future: a transfer’s start and its stages are recorded once they have happened.'
		)
	).toBeVisible();
	await expect(page.getByLabel('Since')).toHaveValue('2030-01-01');
	await page.goto(`/en${path}`);
	await expect(page.getByRole('main')).not.toContainText('2030');
});
