import { expect, test } from './fixtures.ts';

test.describe('languages', () => {
	test('/ sends a Latvian browser to /lv', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ locale: 'lv-LV', baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/lv$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partneru pilsētu kopīgie ES projekti vienuviet');
		await context.close();
	});

	test('/ sends a browser with no supported language to /en', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ locale: 'ja-JP', baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await context.close();
	});

	test('the language switcher keeps the page', async ({ page }) => {
		await page.goto('/en/accessibility');
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Latviešu' }).click();
		await expect(page).toHaveURL(/\/lv\/accessibility$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piekļūstamības paziņojums');
		const current = page.getByRole('navigation', { name: 'Valoda' }).getByRole('link', { name: 'Latviešu' });
		await expect(current).toHaveAttribute('aria-current', 'true');
	});

	test('each page names its versions in the other languages with hreflang', async ({ page, baseURL }) => {
		await page.goto('/lv/accessibility');
		const alternates = await page.locator('link[rel=alternate]').evaluateAll((links) =>
			links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
		);
		expect(alternates).toEqual([
			['en', `${baseURL}/en/accessibility`],
			['lv', `${baseURL}/lv/accessibility`],
			['x-default', `${baseURL}/accessibility`]
		]);
	});

	test('a path without a locale keeps its page when redirected', async ({ request }) => {
		const response = await request.get('/accessibility', { headers: { 'accept-language': 'lv' }, maxRedirects: 0 });
		expect(response.status()).toBe(307);
		expect(response.headers()['location']).toBe('/lv/accessibility');
		expect(response.headers()['vary']).toContain('Accept-Language');
	});
});
