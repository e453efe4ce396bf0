// After a form is sent, its result is where people meet it: at the start of the title and on the
// focused element, which a screen reader reads. The live region, there from the start, is kept for
// results that arrive in a page already shown; a page loaded with its result leaves it empty, so
// that the message is not read twice (nor found twice on the page).
import { createAccount, DEMO, forgetFailedSignIns, projectWithIndicator, signIn } from './factories.ts';
import { expect, test } from './fixtures.ts';

const announcer = '#form-result-announcer';

test('a refused form: the focus is on the first field to fix, the title counts the errors', async ({ page }) => {
	await page.goto('/en/sign-in');
	await expect(page.locator(announcer)).toBeAttached();
	await expect(page.locator(announcer)).toHaveText('');
	await page.getByLabel('E-mail address').fill('not an address');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

	await expect(page).toHaveTitle('2 errors · Sign in · Tilts');
	await expect(page.getByLabel('E-mail address')).toBeFocused();
	await expect(page.locator(announcer)).toBeEmpty();
});

test('a refusal without fields to fix: the focus is on the message, the title says it', async ({ page }) => {
	const { email } = await createAccount();
	await page.goto('/lv/sign-in');
	await page.getByLabel('E-pasta adrese').fill(email);
	await page.getByLabel('Parole', { exact: true }).fill('not the password');
	await page.getByRole('main').getByRole('button', { name: 'Pieteikties' }).click();

	const message = page.getByRole('alert');
	await expect(message).toBeFocused();
	const text = await message.innerText();
	await expect(page).toHaveTitle(`Kļūda: ${text} · Pieteikšanās · Tilts`);
	await expect(page.locator(announcer)).toBeEmpty();
	await forgetFailedSignIns([email]);
});

test('a saved form: after the redirect the focus is on the confirmation, the title says it', async ({ page }) => {
	const slug = await projectWithIndicator('results');
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit`);
	await page.getByLabel('Acronym').fill('RESULTS');
	await page.getByRole('button', { name: 'Save the details' }).click();

	await expect(page.getByRole('status')).toBeFocused();
	await expect(page).toHaveTitle('The details are saved. · Project details · RESULTS · Tilts');
	await expect(page.locator(announcer)).toBeEmpty();
});

test('without JavaScript the answer page starts its title with the result and the message has an id', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const { email } = await createAccount();
	await page.goto('/en/sign-in');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password', { exact: true }).fill('not the password');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveTitle('Error: The e-mail address or the password is not right. · Sign in · Tilts');
	await expect(page.getByRole('alert')).toHaveAttribute('id', /.+/);
	await expect(page.getByRole('alert')).toHaveAttribute('tabindex', '-1');

	await page.getByLabel('E-mail address').fill('not an address');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveTitle('2 errors · Sign in · Tilts');
	await context.close();
	await forgetFailedSignIns([email]);
});
