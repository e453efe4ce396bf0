// What search engines read on every public template: a description of the page, the one address
// to list it under, and the same page in every other language.
import { locales } from '../../src/lib/paraglide/runtime.js';
import { PUBLIC_TEMPLATES } from '../support/public-templates.ts';
import { expect, LOCALES, test } from './fixtures.ts';

for (const locale of LOCALES) {
	for (const { name, path } of PUBLIC_TEMPLATES) {
		test(`the ${name} page (${locale}) has a description, a canonical address and its other languages`, async ({
			page
		}) => {
			await page.goto(`/${locale}${path}?sort=x`);
			const description = page.locator('head meta[name="description"]');
			await expect(description).toHaveCount(1);
			expect((await description.getAttribute('content'))?.trim().length).toBeGreaterThan(20);

			const canonical = page.locator('head link[rel="canonical"]');
			await expect(canonical).toHaveCount(1);
			const address = new URL((await canonical.getAttribute('href'))!);
			// Absolute, on the page's own path, without the query that only filters or sorts.
			expect(address.pathname).toBe(`/${locale}${path}`);
			expect(address.search).toBe('');

			const alternates = page.locator('head link[rel="alternate"][hreflang]');
			const languages = await alternates.evaluateAll((links) =>
				links.map((link) => link.getAttribute('hreflang'))
			);
			expect(languages.sort()).toEqual([...locales, 'x-default'].sort());
		});
	}
}

test('a paged list names its own page as canonical, and a project without a summary is described by its kind', async ({
	page
}) => {
	await page.goto('/en/practices?page=2');
	expect(
		new URL((await page.locator('head link[rel="canonical"]').getAttribute('href'))!).search
	).toBe('?page=2');
	await page.goto('/en/projects/wir');
	await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /\S/);
});
