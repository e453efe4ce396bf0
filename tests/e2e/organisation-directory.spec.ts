// The organisation directory (search by name, country and kind) and an organisation's page (postal
// address, website, logo, projects by year), as readers without JavaScript see them, and the
// admin's form that gives the address and the logo.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { createAccount, signIn, sql } from './factories.ts';
import { expectReflow } from './reflow.ts';

const SHOTS = process.env.TILTS_SCREENSHOTS;

const tag = randomUUID().slice(0, 6);
const slug = (name: string) => `dir-${tag}-${name}`;
const t = (en: string) => JSON.stringify({ en: { text: en, status: 'original' } });

test.beforeAll(async () => {
	await sql(
		`insert into public.organisations (slug, name, name_lang, kind, city, country, website) values
		   ($1, 'Ōrganizācija Ālfa ${tag}', 'lv', 'municipality', 'Rēzekne', 'LV', 'https://alfa.example.org'),
		   ($2, 'Organisation Beta ${tag}', 'it', 'ngo', 'Faenza', 'IT', null),
		   ($3, 'Organisation Gamma ${tag}', 'lv', 'ngo', 'Daugavpils', 'LV', null)`,
		[slug('alfa'), slug('beta'), slug('gamma')]
	);
	const projects: Array<[string, string | null]> = [
		['newer', '2024-03-01'],
		['new', '2024-01-01'],
		['old', '2021-05-01'],
		['undated', null]
	];
	for (const [name, start] of projects) {
		await sql(
			`insert into public.projects (slug, title, is_published, start_date) values ($1, $2, true, $3)`,
			[slug(name), t(`Project ${name} ${tag}`), start]
		);
		await sql(
			`insert into public.project_partners (project_id, organisation_id, role)
			 select p.id, o.id, 'partner' from public.projects as p, public.organisations as o where p.slug = $1 and o.slug = $2`,
			[slug(name), slug('alfa')]
		);
	}
});

test.afterAll(async () => {
	await sql(`delete from public.projects where slug like $1`, [`dir-${tag}-%`]);
	await sql(`delete from public.organisations where slug like $1`, [`dir-${tag}-%`]);
});

test('the directory finds organisations by name (any case, no accents), country and kind, without JavaScript', async ({
	page: checked,
	browser
}) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto('/en/organisations');
	const search = page.getByRole('search', { name: 'Find organisations' });
	await search.getByLabel('Name (in any language)').fill(`ORGANIZACIJA ALFA ${tag}`);
	await search.getByRole('button', { name: 'Show organisations' }).click();
	await expect(page).toHaveURL(/\/en\/organisations\?q=ORGANIZACIJA\+ALFA/);
	await expect(page.getByRole('heading', { level: 2, name: '1 organisation' })).toBeVisible();
	await expect(page.locator('ul.directory h3')).toHaveText([`Ōrganizācija Ālfa ${tag}`]);

	await search.getByLabel('Name (in any language)').fill(tag);
	await search.getByLabel('Country').selectOption('LV');
	await search.getByRole('button', { name: 'Show organisations' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '2 organisations' })).toBeVisible();
	await search.getByLabel('Kind').selectOption('ngo');
	await search.getByRole('button', { name: 'Show organisations' }).click();
	await expect(page).toHaveURL(new RegExp(`q=${tag}&country=LV&kind=ngo$`));
	await expect(page.locator('ul.directory h3')).toHaveText([`Organisation Gamma ${tag}`]);
	// The form shows what the list is filtered by.
	await expect(search.getByLabel('Country')).toHaveValue('LV');
	await expect(search.getByLabel('Kind')).toHaveValue('ngo');

	await search.getByLabel('Country').selectOption('IT');
	await search.getByRole('button', { name: 'Show organisations' }).click();
	await expect(page.locator('ul.directory h3')).toHaveText([`Organisation Beta ${tag}`]);
	await search.getByLabel('Kind').selectOption('municipality');
	await search.getByRole('button', { name: 'Show organisations' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '0 organisations' })).toBeVisible();
	await expect(page.getByText('No organisation matches.')).toBeVisible();
	await page.getByRole('link', { name: 'Clear the filters' }).click();
	await expect(page).toHaveURL(/\/en\/organisations$/);
	await page.setViewportSize({ width: 320, height: 800 });
	await expectReflow(page);
	// axe runs in the page: with JavaScript, on the same filtered list.
	await checked.goto(`/en/organisations?q=${tag}&country=LV`);
	await expectNoViolations(checked, 'en');
});

test('an admin gives the address and the logo; a bad file is refused with a clear message and loses nothing; readers see address, website, logo and projects by year', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const admin = await createAccount({ organisation: slug('alfa'), role: 'admin' });
	await signIn(page, admin.email, admin.password);
	await page.goto(`/en/organisations/${slug('alfa')}/edit`);

	// A postcode that is none: the message says what to write, and the typed address stays.
	await page.getByLabel('Street address').fill('Atbrīvošanas aleja 93');
	await page.getByLabel('Postcode').fill('LV/4601!');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Please enter the postcode as letters are addressed')).toBeVisible();
	await expect(page.getByLabel('Street address')).toHaveValue('Atbrīvošanas aleja 93');
	await page.getByLabel('Postcode').fill('LV-4601');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/organisations/${slug('alfa')}$`));

	await page.goto(`/en/organisations/${slug('alfa')}/edit`);
	const logo = page.getByRole('region', { name: "The organisation's logo" });
	const png = await sharp({
		create: { width: 600, height: 300, channels: 3, background: '#1a5f7a' }
	})
		.png()
		.toBuffer();
	await logo
		.getByLabel("The organisation's logo")
		.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
	await logo.getByRole('button', { name: 'Upload the logo' }).click();
	await expect(logo.getByText('The logo is saved.')).toBeVisible();
	await expect(logo.getByRole('img', { name: `Ōrganizācija Ālfa ${tag}` })).toBeVisible();

	// Not an image (text called logo.png): refused, said so, and the saved logo and address stay.
	await logo.getByLabel("The organisation's logo").setInputFiles({
		name: 'logo.png',
		mimeType: 'image/png',
		buffer: Buffer.from('not a picture at all')
	});
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await logo.getByRole('button', { name: 'Upload the logo' }).click();
	expect((await response).status()).toBe(400);
	await expect(
		logo.getByText('The logo must be a PNG, JPEG, GIF or WebP image. Nothing was saved.')
	).toBeVisible();
	await expect(logo.getByRole('img', { name: `Ōrganizācija Ālfa ${tag}` })).toBeVisible();
	await expect(page.getByLabel('Street address')).toHaveValue('Atbrīvošanas aleja 93');
	expect(
		await sql(
			`select l.name, l.width from public.organisation_logos as l join public.organisations as o on o.id = l.organisation_id where o.slug = $1 order by l.name`,
			[slug('alfa')]
		)
	).toEqual([
		{ name: 'thumb', width: 400 },
		{ name: 'web', width: 600 }
	]);
	await expectNoViolations(page, 'en');

	const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await reader.goto(`/en/organisations/${slug('alfa')}`);
	const main = reader.getByRole('main');
	await expect(main.locator('address')).toHaveText(
		/Atbrīvošanas aleja 93\s*LV-4601 Rēzekne\s*Latvia/
	);
	await expect(main.getByRole('link', { name: 'https://alfa.example.org' })).toHaveAttribute(
		'href',
		'https://alfa.example.org'
	);
	const image = main.getByRole('img', { name: `Ōrganizācija Ālfa ${tag}` });
	await expect(image).toBeVisible();
	expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
	// Projects under the year each starts, the newest first; those without a date last.
	await expect(main.getByRole('heading', { level: 3 })).toHaveText([
		'2024',
		'2021',
		'Year not given'
	]);
	await expect(main.getByRole('link', { name: new RegExp(`^Project \\w+ ${tag}$`) })).toHaveText([
		`Project newer ${tag}`,
		`Project new ${tag}`,
		`Project old ${tag}`,
		`Project undated ${tag}`
	]);
	const withScript = await (await browser.newContext()).newPage();
	await withScript.goto(`/en/organisations/${slug('alfa')}`);
	await expectNoViolations(withScript, 'en');
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/organisation.png`, fullPage: true });
	await reader.setViewportSize({ width: 320, height: 800 });
	await expectReflow(reader);
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/organisation-320.png`, fullPage: true });

	await reader.goto(`/en/organisations?q=${tag}`);
	await expect(
		reader.locator('ul.directory').getByRole('img', { name: `Ōrganizācija Ālfa ${tag}` })
	).toBeVisible();
	await expectReflow(reader);
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/directory-320.png`, fullPage: true });
	await reader.setViewportSize({ width: 1280, height: 900 });
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/directory.png`, fullPage: true });
});
