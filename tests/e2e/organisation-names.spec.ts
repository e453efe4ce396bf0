// Organisations in their own names, in their own language: a page in another language marks the
// name with its language (WCAG 3.1.2), and a reader whose language has a translation sees that.
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { createAccount, DEMO, signIn, sql } from './factories.ts';

test('an English page shows a partner’s own name marked with its language, a Latvian page the sheet’s Latvian form', async ({
	page
}) => {
	await page.goto('/en/projects/wir');
	const partners = page.getByRole('main');
	await expect(
		partners.locator('a[href$="/organisations/ravenna-municipality"] span[lang="it"]')
	).toHaveText('Comune di Ravenna');
	await expect(partners).not.toContainText('Ravennas pašvaldība');

	await page.goto('/lv/projects/wir');
	const latvian = page.getByRole('main').locator('a[href$="/organisations/ravenna-municipality"]');
	await expect(latvian).toHaveText('Ravennas pašvaldība');
	// The page's own language: nothing to mark.
	await expect(latvian.locator('[lang]')).toHaveCount(0);

	await page.goto('/en/organisations/gottingen');
	await expect(page.getByRole('heading', { level: 1 }).locator('span[lang="de"]')).toHaveText(
		'Stadt Göttingen'
	);
	await page.goto('/lv/organisations/gottingen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gotingena');
});

test('a partner’s indicator names the partner as the project does, marked with its language, on the page, in its chart and in the report', async ({
	page
}) => {
	const board = 'Daugavpils pilsētas Izglītības pārvalde';
	await page.goto('/en/projects/young-neets');
	const row = page.getByRole('row').filter({ hasText: 'Mobilities of staff and young people' });
	await expect(row.locator('span[lang="lv"]')).toHaveText(board);
	await expect(
		page
			.locator('.outcome-chart li')
			.filter({ hasText: 'Mobilities of staff and young people' })
			.locator('span[lang="lv"]')
	).toHaveText(board);
	await page.goto('/en/projects/young-neets/report');
	await expect(
		page
			.getByRole('row')
			.filter({ hasText: 'Mobilities of staff and young people' })
			.locator('[lang="lv"]')
			.first()
	).toHaveText(board);
	await expect(
		page.getByRole('row').filter({ hasText: 'Comune di Faenza' }).locator('[lang="it"]').first()
	).toHaveText('Comune di Faenza');
});

test('an organisation admin names the organisation in another language, once per language, and sets the language of its own name', async ({
	page
}) => {
	const slug = `names-test-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.organisations (slug, name, kind, country, name_lang) values ($1, 'Stadtwerke Musterstadt', 'other', 'DE', 'de')`,
		[slug]
	);
	const admin = await createAccount({ organisation: slug, role: 'admin' });
	await signIn(page, admin.email, admin.password);

	await page.goto(`/en/organisations/${slug}/edit`);
	const names = page.getByRole('region', { name: 'The name in other languages' });
	await names.getByLabel('Language', { exact: true }).selectOption('lv');
	await names.getByLabel('Name in that language').fill('Musterštates komunālais uzņēmums');
	await names.getByRole('button', { name: 'Add this name' }).click();
	await expect(names.getByRole('listitem')).toHaveText(/Musterštates komunālais uzņēmums/);

	// A second Latvian name is refused, with the typed name kept.
	await names.getByLabel('Language', { exact: true }).selectOption('lv');
	await names.getByLabel('Name in that language').fill('Cits nosaukums');
	await names.getByRole('button', { name: 'Add this name' }).click();
	await expect(
		names.getByText(
			'The name already has a form in this language. Remove it first to write a new one.'
		)
	).toBeVisible();
	await expect(names.getByLabel('Name in that language')).toHaveValue('Cits nosaukums');
	// An empty name is refused too.
	await names.getByLabel('Name in that language').fill('');
	await names.getByRole('button', { name: 'Add this name' }).click();
	await expect(names.getByLabel('Name in that language')).toHaveAttribute('aria-invalid', 'true');
	expect(
		await sql(
			`select t.name from public.organisation_name_translations t join public.organisations o on o.id = t.organisation_id where o.slug = $1`,
			[slug]
		)
	).toEqual([{ name: 'Musterštates komunālais uzņēmums' }]);

	await page.goto(`/lv/organisations/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Musterštates komunālais uzņēmums'
	);
	await page.goto(`/en/organisations/${slug}`);
	await expect(page.getByRole('heading', { level: 1 }).locator('span[lang="de"]')).toHaveText(
		'Stadtwerke Musterstadt'
	);

	// The own name said to be English: an English page has nothing to mark.
	await page.goto(`/en/organisations/${slug}/edit`);
	await page.getByLabel('Language of the name').selectOption('en');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/en/organisations/${slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtwerke Musterstadt');
	await expect(page.getByRole('heading', { level: 1 }).locator('[lang]')).toHaveCount(0);

	await page.goto(`/en/organisations/${slug}/edit`);
	await names.getByRole('button', { name: 'Remove the name in latviešu' }).click();
	await expect(names.getByRole('listitem')).toHaveCount(0);
	await page.goto(`/lv/organisations/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtwerke Musterstadt');
});

test('a platform admin adds an organisation with the language of its name', async ({ page }) => {
	const slug = `nom-test-${randomUUID().slice(0, 8)}`;
	await signIn(page, DEMO.admin);
	await page.goto('/en/admin');
	const form = page.locator('form[action="?/createOrganisation"]');
	await form.getByLabel('Organisation', { exact: true }).fill('Comune di Prova');
	await form.getByLabel('Address name').fill(slug);
	await form.getByLabel('Country (two-letter ISO code, e.g. LV)').fill('IT');
	await form.getByLabel('Language of the name').selectOption('it');
	await form.getByRole('button', { name: 'Add an organisation' }).click();
	await expect(form.getByRole('status')).toBeVisible();
	await page.goto(`/en/organisations/${slug}`);
	await expect(page.getByRole('heading', { level: 1 }).locator('span[lang="it"]')).toHaveText(
		'Comune di Prova'
	);
});
