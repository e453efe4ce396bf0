// WCAG 2.1 A and AA, as axe-core checks it, on every page in every locale, and on the error page.
import AxeBuilder from '@axe-core/playwright';
import { expect, LOCALES, PUBLIC_PATHS, test } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const locale of LOCALES) {
	for (const path of [...PUBLIC_PATHS, '/no-such-page']) {
		test(`axe finds nothing on /${locale}${path}`, async ({ page }) => {
			await page.goto(`/${locale}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		});
	}
}
