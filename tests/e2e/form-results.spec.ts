// After a form is sent, its result is where people meet it: at the start of the title and on the
// focused element, which a screen reader reads; the server puts both in the page, so they are there
// with or without JavaScript.
import {
	createAccount,
	DEMO,
	forgetFailedSignIns,
	projectWithIndicator,
	signIn
} from './factories.ts';
import { expect, test } from './fixtures.ts';

test('a refused form: the focus is on the first field to fix, the title counts the errors', async ({
	page
}) => {
	await page.goto('/en/sign-in');
	await page.getByLabel('E-mail address').fill('not an address');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

	await expect(page).toHaveTitle('2 errors · Sign in · Tilts');
	await expect(page.getByLabel('E-mail address')).toBeFocused();
});

test('a refusal without fields to fix: the focus is on the message, the title says it', async ({
	page
}) => {
	const { email } = await createAccount();
	await page.goto('/lv/sign-in');
	await page.getByLabel('E-pasta adrese').fill(email);
	await page.getByLabel('Parole', { exact: true }).fill('not the password');
	await page.getByRole('main').getByRole('button', { name: 'Pieteikties' }).click();

	const message = page.getByRole('alert');
	await expect(message).toBeFocused();
	const text = await message.innerText();
	await expect(page).toHaveTitle(`Kļūda: ${text} · Pieteikšanās · Tilts`);
	await forgetFailedSignIns([email]);
});

test('a saved form: after the redirect the focus is on the confirmation, the title says it', async ({
	page
}) => {
	const slug = await projectWithIndicator('results');
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit`);
	await page.getByLabel('Acronym').fill('RESULTS');
	await page.getByRole('button', { name: 'Save the details' }).click();

	await expect(page.getByRole('status')).toBeFocused();
	await expect(page).toHaveTitle('The details are saved. · Project details · RESULTS · Tilts');
});

test('without JavaScript the answer page starts its title with the result, which has the focus', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const { email } = await createAccount();
	await page.goto('/en/sign-in');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password', { exact: true }).fill('not the password');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveTitle(
		'Error: The e-mail address or the password is not right. · Sign in · Tilts'
	);
	await expect(page.getByRole('alert')).toHaveAttribute('id', /.+/);
	await expect(page.getByRole('alert')).toHaveAttribute('tabindex', '-1');
	await expect(page.getByRole('alert')).toBeFocused();

	await page.getByLabel('E-mail address').fill('not an address');
	await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveTitle('2 errors · Sign in · Tilts');
	await expect(page.getByLabel('E-mail address')).toBeFocused();
	await context.close();
	await forgetFailedSignIns([email]);
});
