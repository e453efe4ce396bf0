import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { createAccount, signIn, sql } from './factories.ts';

test('an organisation admin edits the description in a second language, shown to readers of it', async ({
	page
}) => {
	const admin = await createAccount({ organisation: 'centre-culturel-de-jette', role: 'admin' });
	await signIn(page, admin.email, admin.password);
	await page.goto('/en/organisations/centre-culturel-de-jette');
	await page.getByRole('link', { name: 'Edit the organisation' }).click();
	await page.getByLabel('Language of this text').selectOption('fr');
	await page
		.getByLabel('Text', { exact: true })
		.fill('Le centre culturel de Jette, chef de file du réseau SOLID.');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/en\/organisations\/centre-culturel-de-jette$/);

	// No English text yet: English readers see the French original, labelled.
	const description = page.getByRole('main').locator('p[lang="fr"]');
	await expect(description).toHaveText(
		'Le centre culturel de Jette, chef de file du réseau SOLID.'
	);
	await expect(page.getByText('shown in French, the original')).toBeVisible();
});

test('two admins saving the same organisation: the second gets a conflict and loses nothing', async ({
	browser,
	baseURL
}) => {
	const admin = await createAccount({ organisation: 'vanersborg-municipality', role: 'admin' });
	const first = await (await browser.newContext({ baseURL })).newPage();
	const second = await (await browser.newContext({ baseURL })).newPage();
	for (const page of [first, second]) {
		await signIn(page, admin.email, admin.password);
		await page.goto('/en/organisations/vanersborg-municipality/edit');
	}
	await first.getByLabel('City').fill('Vänersborg (first)');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first).toHaveURL(/\/en\/organisations\/vanersborg-municipality$/);

	await second.getByLabel('City').fill('Vänersborg (second)');
	await second.getByLabel('Text', { exact: true }).fill('Typed by the second admin');
	const response = second.waitForResponse((r) => r.request().method() === 'POST');
	await second.getByRole('button', { name: 'Save' }).click();
	expect((await response).status()).toBe(409);
	await expect(second.getByRole('alert')).toContainText(
		'Someone else saved this since you opened it.'
	);
	await expect(second.getByRole('note')).toContainText('Typed by the second admin');
	await expect(second.getByRole('note')).toContainText('Vänersborg (second)');
	// The fields show what the first admin saved; the second copies their own change back in.
	await expect(second.getByLabel('City')).toHaveValue('Vänersborg (first)');
	await second.getByLabel('City').fill('Vänersborg (second)');

	// Saving again, now on top of the first admin's version, works.
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second).toHaveURL(/\/en\/organisations\/vanersborg-municipality$/);
	await expect(second.getByText('Vänersborg (second)')).toBeVisible();
});

test('a plain member cannot edit the organisation', async ({ page }) => {
	const member = await createAccount({ organisation: 'torun-city-council', role: 'member' });
	await signIn(page, member.email, member.password);
	await page.goto('/en/organisations/torun-city-council');
	await expect(page.getByRole('link', { name: 'Edit the organisation' })).toHaveCount(0);
	const response = await page.goto('/en/organisations/torun-city-council/edit');
	expect(response?.status()).toBe(403);
});

test('the directory of organisations comes a page at a time, alphabetically, without JavaScript', async ({
	browser
}) => {
	// Enough organisations to go past the first page.
	const tag = randomUUID().slice(0, 6);
	await sql(
		`insert into public.organisations (slug, name, name_lang, kind, country)
		 select 'directory-${tag}-' || n, 'Directory ${tag} ' || lpad(n::text, 2, '0'), 'en', 'ngo', 'ZZ' from generate_series(1, 60) as n`
	);
	try {
		const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
		await page.goto('/en/organisations');
		await expect(page.locator('ul.directory > li')).toHaveCount(50);
		await page
			.getByRole('navigation', { name: 'Pages of the list' })
			.getByRole('link', { name: 'Next page' })
			.click();
		await expect(page).toHaveURL(/\/en\/organisations\?page=2$/);
		// Page 2 goes on where page 1 ended: no organisation twice, none left out.
		const total = Number(
			(await sql<{ n: number }>('select count(*)::int as n from public.organisations'))[0].n
		);
		const seen: string[] = [];
		for (let n = 1; n <= Math.ceil(total / 50); n++) {
			await page.goto(`/en/organisations?page=${n}`);
			seen.push(...(await page.locator('ul.directory h3 a').allTextContents()));
		}
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen.length).toBe(total);
		expect(seen.filter((name) => name.includes(tag)).at(-1)).toBe(`Directory ${tag} 60`);
		// A page past the end is an empty page, not an error.
		expect((await page.goto('/en/organisations?page=999'))?.status()).toBe(200);
	} finally {
		await sql(`delete from public.organisations where slug like 'directory-${tag}-%'`);
	}
});
