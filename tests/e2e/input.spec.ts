// Input nobody should send, sent on purpose through the built portal: made-up ids, a sign-in that
// would end on another site, text that is not UTF-8, file names that hide their extension, a
// share over 100 %. Each gets a clear 400 in the reader's language and changes nothing; and what
// the database refuses leaves no one's name or address in the log.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createAccount, DEMO, projectWithIndicator, signIn, sql } from './factories.ts';

const LEAD = '0a000000-0000-4000-8000-000000000001';
// As a browser without JavaScript posts a form: from the page's origin, asking for a page back.
const origin = (page: Page) => ({ origin: new URL(page.url()).origin, accept: 'text/html' });

function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, { form: fields, headers: origin(page), maxRedirects: 0 });
}

/** A body sent exactly as given, bytes and all. */
function postRaw(
	page: Page,
	path: string,
	body: string | Buffer,
	type = 'application/x-www-form-urlencoded'
) {
	return page.request.post(path, {
		data: body,
		headers: { ...origin(page), 'content-type': type },
		maxRedirects: 0
	});
}

/** A new organisation with its own admin (fresh account), so that nothing here touches the demo data. */
async function ownOrganisation(tag: string) {
	const admin = await createAccount({ name: `Input Admin ${tag}` });
	const [organisation] = await sql<{ id: string }>(
		`insert into public.organisations (slug, name, kind, city, country) values ($1, $2, 'municipality', 'Rēzekne', 'LV') returning id`,
		[`input-council-${tag}`, `Input Council ${tag}`]
	);
	await sql(
		`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'admin')`,
		[organisation.id, admin.id]
	);
	return { admin, organisationId: organisation.id };
}

test.describe('a made-up organisation id (issue 14, item 6)', () => {
	test('as a practice partner: 400 with a clear message, as for project partners', async ({
		page
	}) => {
		const tag = randomUUID().slice(0, 8);
		const { admin, organisationId } = await ownOrganisation(tag);
		const [practice] = await sql<{ id: string; slug: string }>(
			`insert into public.practices (slug, organisation_id, country) values ($1, $2, 'LV') returning id, slug`,
			[`input-practice-${tag}`, organisationId]
		);
		await sql(
			`insert into public.practice_texts (practice_id, locale, kind, title) values ($1, 'en', 'original', $2)`,
			[practice.id, `Input practice ${tag}`]
		);
		await signIn(page, admin.email, admin.password);
		const madeUp = randomUUID();
		for (const [locale, message] of [
			['en', 'Something this form refers to does not exist (any more).'],
			['lv', 'Kaut kas, uz ko atsaucas šī veidlapa, nepastāv (vairs).']
		]) {
			const answer = await post(page, `/${locale}/practices/${practice.slug}/edit?/addPartner`, {
				organisation: madeUp
			});
			expect(answer.status()).toBe(400);
			expect(await answer.text()).toContain(message);
		}
		expect(
			await sql(`select 1 from public.practice_organisations where practice_id = $1`, [practice.id])
		).toHaveLength(0);
	});

	test('as a project partner: the same 400', async ({ page }) => {
		const slug = await projectWithIndicator('input-partners');
		await signIn(page, DEMO.coordinator);
		const project = await post(page, `/en/projects/${slug}/edit/partners?/addExisting`, {
			organisation: randomUUID(),
			role: 'partner'
		});
		expect(project.status()).toBe(400);
		expect(await project.text()).toContain('Please choose');
	});
});

test.describe('a sign-in that would end on another site (item 7)', () => {
	const FOREIGN = [
		'//evil.example',
		'/.//evil.example',
		'/\\evil.example',
		'/%2e%2e//evil.example',
		'/%2F%2Fevil.example',
		'/%5Cevil.example',
		'/\t/evil.example',
		'https://evil.example/'
	];

	test('is refused with a 400 before the password is checked: no session, no redirect', async ({
		page
	}) => {
		const account = await createAccount();
		await page.goto('/en/sign-in');
		for (const next of FOREIGN) {
			const answer = await post(page, `/en/sign-in?next=${encodeURIComponent(next)}`, {
				email: account.email,
				password: account.password
			});
			expect(answer.status(), next).toBe(400);
			expect(answer.headers()['set-cookie'] ?? '', next).not.toMatch(/session/);
			expect(await answer.text()).toContain(
				'This sign-in link would take you to another site afterwards'
			);
		}
		const lv = await post(page, `/lv/sign-in?next=${encodeURIComponent('/.//evil.example')}`, {
			email: account.email,
			password: account.password
		});
		expect(lv.status()).toBe(400);
		expect(await lv.text()).toContain('Šī pieteikšanās saite pēc tam aizvestu uz citu vietni');
		expect((await page.context().cookies()).filter((c) => c.name.includes('session'))).toEqual([]);
	});

	test('the page says so and signs in to the account page instead', async ({ page }) => {
		const account = await createAccount();
		await page.goto(`/en/sign-in?next=${encodeURIComponent('/.//evil.example')}`);
		await expect(page.getByRole('alert')).toContainText(
			'This sign-in link would take you to another site afterwards'
		);
		await page.getByLabel('E-mail address').fill(account.email);
		await page.getByLabel('Password', { exact: true }).fill(account.password);
		await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/en\/account$/);
	});

	test('a path on the site is still followed', async ({ page }) => {
		const account = await createAccount();
		await page.goto('/en/sign-in');
		const answer = await post(page, `/en/sign-in?next=${encodeURIComponent('/en/projects')}`, {
			email: account.email,
			password: account.password
		});
		expect(answer.status()).toBe(303);
		expect(answer.headers().location).toBe('/en/projects');
	});
});

test.describe('text that is not UTF-8 (item 8, QUALITY 15)', () => {
	test('a lone surrogate in a form is refused with a 400 in the reader’s language, and nothing is stored', async ({
		page
	}) => {
		await signIn(page, DEMO.coordinator);
		const slug = `input-utf8-${randomUUID().slice(0, 8)}`;
		for (const [locale, message] of [
			[
				'en',
				'This form contains characters that cannot be used here (text that is not valid UTF-8, or a NUL character).'
			],
			[
				'lv',
				'Veidlapā ir rakstzīmes, kuras šeit nevar izmantot (teksts, kas nav derīgs UTF-8, vai rakstzīme NUL).'
			]
		]) {
			for (const title of ['x%ED%A0%80y', 'x%FFy', 'x%C4']) {
				const answer = await postRaw(
					page,
					`/${locale}/projects/new`,
					`title=${title}&slug=${slug}&organisation=${LEAD}`
				);
				expect(answer.status(), title).toBe(400);
				expect(await answer.text()).toContain(message);
			}
		}
		expect(await sql(`select 1 from public.projects where slug = $1`, [slug])).toHaveLength(0);
	});

	test('in a multipart form too: a text field that is not UTF-8 is refused, a file’s bytes are not checked', async ({
		page
	}) => {
		await signIn(page, DEMO.coordinator);
		await page.goto('/en/account');
		const boundary = `----input${randomUUID().slice(0, 8)}`;
		const body = Buffer.concat([
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="display_name"\r\n\r\nAnna `
			),
			Buffer.from([0xed, 0xa0, 0x80]),
			Buffer.from(
				`\r\n--${boundary}\r\nContent-Disposition: form-data; name="preferred_locale"\r\n\r\nen\r\n--${boundary}--\r\n`
			)
		]);
		const answer = await postRaw(
			page,
			'/en/account?/profile',
			body,
			`multipart/form-data; boundary=${boundary}`
		);
		expect(answer.status()).toBe(400);
		expect(await answer.text()).toContain('not valid UTF-8');
	});
});

test('a file name that hides its real extension is stored without its direction controls (item 9)', async ({
	page
}) => {
	const slug = await projectWithIndicator('input-files');
	const title = `Input file names ${randomUUID().slice(0, 8)}`;
	const [document] = await sql<{ id: string }>(
		`insert into public.documents (project_id, title, kind, visibility, created_by)
		 select id, $2, 'report', 'partners', '0c000000-0000-4000-8000-000000000002' from public.projects where slug = $1 returning id`,
		[slug, { en: { text: title, status: 'original' } }]
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/documents`);
	const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
	for (const [locale, name] of [
		['en', 'invoice\u202Efdp.pdf'],
		['lv', 'r\u200Fe\u200Ep\u061Cort\u2066.pdf\u2069']
	]) {
		const answer = await page.request.post(`/en/projects/${slug}/documents?/upload`, {
			multipart: {
				document: document.id,
				locale,
				file: { name, mimeType: 'application/pdf', buffer: pdf }
			},
			headers: origin(page),
			maxRedirects: 0
		});
		expect(answer.status(), name).toBe(303);
	}
	const stored = await sql<{ file_name: string }>(
		`select file_name from public.document_files where document_id = $1 order by locale`,
		[document.id]
	);
	expect(stored.map((f) => f.file_name)).toEqual(['invoicefdp.pdf', 'report.pdf']);
});

test('a share over 100 % is refused saying so, in the reader’s language (item 10)', async ({
	page
}) => {
	const slug = await projectWithIndicator('input-share');
	await sql(
		`insert into public.project_budgets (project_id, organisation_id, total_cents) select id, $2, 1000000 from public.projects where slug = $1`,
		[slug, LEAD]
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit/budget`);
	const payment = {
		payment_organisation: LEAD,
		kind: 'pre_financing',
		year: '',
		amount: '100',
		expected_back: ''
	};
	for (const [locale, share, message] of [
		['en', '150', 'A share cannot be more than 100 %.'],
		['lv', '150', 'Daļa nevar būt lielāka par 100 %.'],
		['en', '-5', 'A share cannot be below 0 %.'],
		['en', 'most', 'Please enter a percentage as a number from 0 to 100']
	]) {
		const answer = await post(page, `/${locale}/projects/${slug}/edit/budget?/addPayment`, {
			...payment,
			share
		});
		expect(answer.status(), share).toBe(400);
		expect(await answer.text()).toContain(message);
	}
	expect(
		await sql(
			`select 1 from public.budget_payments p join public.projects j on j.id = p.project_id where j.slug = $1`,
			[slug]
		)
	).toHaveLength(0);
	const saved = await post(page, `/en/projects/${slug}/edit/budget?/addPayment`, {
		...payment,
		share: '80 %'
	});
	expect(saved.status()).toBe(303);
	expect(
		await sql(
			`select p.share_percent from public.budget_payments p join public.projects j on j.id = p.project_id where j.slug = $1`,
			[slug]
		)
	).toEqual([{ share_percent: '80.00' }]);
});

test('a registration the database refuses leaves neither the name nor the address in the stack log (item 11)', async ({
	page
}) => {
	const tag = randomUUID().slice(0, 8);
	const { admin, organisationId } = await ownOrganisation(tag);
	const [event] = await sql<{ id: string; slug: string }>(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status)
		 values ($1, 'partner_meeting', $2, $3, 'Europe/Riga', '2027-06-01 09:00', '2027-06-02 16:00', 'confirmed') returning id, slug`,
		[
			`input-meeting-${tag}`,
			{ en: { text: `Input meeting ${tag}`, status: 'original' } },
			organisationId
		]
	);
	await sql(
		`insert into public.event_delegations (event_id, organisation_id, places) values ($1, $2, 5)`,
		[event.id, organisationId]
	);
	const name = `Zelma Privātā ${tag}`;
	const email = `zelma-${tag}@private.example`;

	await signIn(page, admin.email, admin.password);
	await page.goto(`/en/events/${event.slug}/delegations`);
	const person = {
		organisation: organisationId,
		full_name: name,
		email,
		job_title: '',
		arrival: '',
		departure: '',
		dietary_needs: '',
		access_needs: ''
	};
	expect(
		(await post(page, `/en/events/${event.slug}/delegations?/register`, person)).status()
	).toBe(303);
	// The same person again: the database's unique index refuses it, and PostgreSQL logs that.
	const again = await post(page, `/en/events/${event.slug}/delegations?/register`, {
		...person,
		full_name: name.toUpperCase()
	});
	expect(again.status()).toBe(400);

	const log = () => fs.readFileSync(process.env.TILTS_STACK_LOG!, 'utf8');
	await expect
		.poll(log, { timeout: 10_000 })
		.toMatch(
			/duplicate key value violates unique constraint "event_registrations_(name|email)_key"/
		);
	// The log is written line by line as it comes: a moment for anything that follows the error.
	await page.waitForTimeout(500);
	const written = log();
	for (const personal of [
		name,
		name.toUpperCase(),
		name.toLowerCase(),
		email,
		`zelma-${tag}`,
		'Privātā',
		'PRIVĀTĀ',
		'privātā'
	]) {
		expect(written, personal).not.toContain(personal);
	}
	// Nor the registrar's password or session (QUALITY 18).
	const session = (await page.context().cookies()).find((c) => c.name.includes('session'))!;
	expect(written).not.toContain(admin.password);
	expect(written).not.toContain(session.value);
});
