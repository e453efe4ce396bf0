import { expect, test } from './fixtures.ts';
import { createAccount, signIn } from './factories.ts';

test('an organisation admin edits the description in a second language, shown to readers of it', async ({ page }) => {
	const admin = await createAccount({ organisation: 'centre-culturel-de-jette', role: 'admin' });
	await signIn(page, admin.email, admin.password);
	await page.goto('/en/organisations/centre-culturel-de-jette');
	await page.getByRole('link', { name: 'Edit the organisation' }).click();
	await page.getByLabel('Language of this text').selectOption('fr');
	await page.getByLabel('Text', { exact: true }).fill('Le centre culturel de Jette, chef de file du réseau SOLID.');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/en\/organisations\/centre-culturel-de-jette$/);

	// No English text yet: English readers see the French original, labelled.
	const description = page.getByRole('main').locator('p[lang="fr"]');
	await expect(description).toHaveText('Le centre culturel de Jette, chef de file du réseau SOLID.');
	await expect(page.getByText('shown in French, the original')).toBeVisible();
});

test('two admins saving the same organisation: the second gets a conflict and loses nothing', async ({ browser, baseURL }) => {
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
	await expect(second.getByRole('alert')).toContainText('Someone else saved this since you opened it.');
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
