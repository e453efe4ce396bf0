// WCAG 2.1 A and AA, as axe-core checks it, on every page in every locale, and on the error page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, signIn } from './factories.ts';
import { expect, LOCALES, PUBLIC_PATHS, SIGNED_IN_PATHS, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const locale of LOCALES) {
	for (const path of [...PUBLIC_PATHS, '/no-such-page']) {
		test(`axe finds nothing on /${locale}${path}`, async ({ page }) => {
			await page.goto(`/${locale}${path}`);
			await expectNoViolations(page, locale);
		});
	}
	for (const { path, as } of SIGNED_IN_PATHS) {
		test(`axe finds nothing on /${locale}${path} signed in as ${as}`, async ({ page }) => {
			await signIn(page, as === 'admin' ? DEMO.admin : DEMO.coordinator, undefined, locale);
			await page.goto(`/${locale}${path}`);
			await expectNoViolations(page, locale);
		});
	}
	test(`axe finds nothing on a refused form in ${locale}`, async ({ page }) => {
		await page.goto(`/${locale}/sign-in`);
		await page.locator('#email').fill('not an address');
		await page.locator('form.form button[type=submit]').click();
		await expect(page.locator('.field-error').first()).toBeVisible();
		await expectNoViolations(page, locale);
	});
}

async function expectNoViolations(page: Page, locale: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}
