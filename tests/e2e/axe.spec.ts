// WCAG 2.1 A and AA, as axe-core checks it, on every page in every locale, and on the error page.
import { DEMO, signIn } from './factories.ts';
import { expect, expectNoViolations, LOCALES, PUBLIC_PATHS, SIGNED_IN_PATHS, test } from './fixtures.ts';

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
