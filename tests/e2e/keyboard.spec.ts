// A whole task with the keyboard alone: Tab to move, Enter to follow a link or send a form, and
// typing into the focused field. No clicks, no jumping to an element.
import type { Locator, Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, projectWithIndicator, sql } from './factories.ts';
import { expect, test } from './fixtures.ts';

/** Presses Tab until `target` has the focus, as someone would who cannot use a mouse. */
async function tabTo(page: Page, target: Locator, most = 150) {
	for (let presses = 0; presses < most; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
			return;
	}
	throw new Error(`${target} was not reached with ${most} presses of Tab`);
}

test('with the keyboard alone: sign in, open a project, change its details, save, and land on the result', async ({
	page
}) => {
	test.slow(); // every step by Tab: it took over 30 s on a loaded machine
	const slug = await projectWithIndicator('keyboard');
	const title = `Keyboard project ${slug}`;
	await sql(
		`update public.projects set title = jsonb_build_object('en', jsonb_build_object('text', $2::text, 'status', 'original')) where slug = $1`,
		[slug, title]
	);
	await page.goto('/en');

	await tabTo(page, page.getByRole('banner').getByRole('link', { name: 'Sign in' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/sign-in$/);
	await tabTo(page, page.getByLabel('E-mail address'));
	await page.keyboard.type(DEMO.coordinator);
	await tabTo(page, page.getByLabel('Password', { exact: true }));
	await page.keyboard.type(DEMO_PASSWORD);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/account$/);

	// The account page lists the person's projects, drafts too.
	await tabTo(page, page.getByRole('main').getByRole('link', { name: title }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/projects/${slug}$`));
	await tabTo(page, page.getByRole('link', { name: 'Edit the project' }));
	await page.keyboard.press('Enter');

	await tabTo(page, page.getByLabel('Acronym'));
	await page.keyboard.type('KEYS');
	await tabTo(page, page.getByRole('button', { name: 'Save the details' }));
	await page.keyboard.press('Enter');

	const result = page.getByRole('status');
	await expect(result).toHaveText('The details are saved.');
	await expect(result).toBeFocused();
	await expect(page).toHaveTitle(/^The details are saved\. · /);
	// From the result, the next Tab goes on through the page, not back to its top.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
