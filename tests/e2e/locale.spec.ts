import { expect, test } from './fixtures.ts';
import { expectReflow } from './reflow.ts';

/** The 28 interface languages of the product brief. */
const PORTAL_LOCALES = [
	'bg',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'et',
	'fi',
	'fr',
	'ga',
	'hr',
	'hu',
	'it',
	'lt',
	'lv',
	'mk',
	'mt',
	'nl',
	'pl',
	'pt',
	'ro',
	'ru',
	'sk',
	'sl',
	'sr',
	'sv',
	'uk'
];

test.describe('languages', () => {
	test('/ sends a Latvian browser to /lv', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ locale: 'lv-LV', baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/lv$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Partneru pilsētu kopīgie ES projekti vienuviet'
		);
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

	test('the language switcher keeps the page, by keyboard too', async ({ page }) => {
		await page.goto('/en/accessibility');
		const chooser = page.getByRole('navigation', { name: 'Language' });
		// Closed, it names the current language in itself; its languages are behind it.
		await expect(chooser.getByRole('link', { name: 'Latviešu' })).toBeHidden();
		await chooser.locator('summary').focus();
		await page.keyboard.press('Enter');
		const latvian = chooser.getByRole('link', { name: 'Latviešu' });
		await expect(latvian).toBeVisible();
		await expect(latvian).toHaveAttribute('lang', 'lv');
		await expect(latvian).toHaveAttribute('hreflang', 'lv');
		while (!(await latvian.evaluate((link) => link === document.activeElement)))
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/lv\/accessibility$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piekļūstamības paziņojums');
		const current = page.getByRole('navigation', { name: 'Valoda' });
		await current.locator('summary').click();
		await expect(current.getByRole('link', { name: 'Latviešu' })).toHaveAttribute(
			'aria-current',
			'true'
		);
	});

	test('at 320 px the open chooser shows all 28 languages within the screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 900 });
		for (const locale of ['de', 'el', 'lv']) {
			await page.goto(`/${locale}/projects`);
			await page.locator('.language-switcher summary').click();
			const links = page.locator('.language-switcher a');
			await expect(links).toHaveCount(28);
			for (const box of await links.evaluateAll((all) =>
				all.map((a) => a.getBoundingClientRect().toJSON())
			)) {
				expect(box.left, locale).toBeGreaterThanOrEqual(0);
				expect(box.right, locale).toBeLessThanOrEqual(320);
			}
			await expectReflow(page);
		}
	});

	test('a path under a language the portal does not have is not found, in the visitor’s language', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ locale: 'lv-LV', baseURL });
		const page = await context.newPage();
		for (const path of ['/xx', '/xx/projects', '/zz-ZZ/accessibility']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page).toHaveURL(new RegExp(`${path}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapa nav atrasta');
		}
		await context.close();
	});

	test('a garbled Accept-Language gives the default language; a language cookie never overrides the address', async ({
		request
	}) => {
		for (const garbage of ['*;q=abc,,,;;', 'x'.repeat(300), ';;;', 'q=0.5']) {
			const response = await request.get('/', {
				headers: { 'accept-language': garbage },
				maxRedirects: 0
			});
			expect(response.status(), garbage).toBe(307);
			expect(response.headers()['location'], garbage).toBe('/en');
		}
		const withCookie = await request.get('/', {
			headers: { 'accept-language': 'lv', cookie: 'PARAGLIDE_LOCALE=xx' },
			maxRedirects: 0
		});
		expect(withCookie.headers()['location']).toBe('/lv');
		const page = await request.get('/en', { headers: { cookie: 'PARAGLIDE_LOCALE=lv' } });
		expect(await page.text()).toContain('<html lang="en"');
	});

	test('each page names its versions in all 28 languages with hreflang', async ({
		page,
		baseURL
	}) => {
		await page.goto('/lv/accessibility');
		const alternates = await page
			.locator('link[rel=alternate]')
			.evaluateAll((links) =>
				links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
			);
		expect(alternates).toHaveLength(29);
		expect(alternates.map(([lang]) => lang).toSorted()).toEqual(
			[...PORTAL_LOCALES, 'x-default'].toSorted()
		);
		for (const [lang, href] of alternates) {
			expect(href).toBe(
				lang === 'x-default' ? `${baseURL}/accessibility` : `${baseURL}/${lang}/accessibility`
			);
		}
	});

	test('/ negotiates among all 28 languages, by the browser’s order of preference', async ({
		request
	}) => {
		const cases: Array<[string, string]> = [
			['de-AT,de;q=0.9,en;q=0.5', '/de'],
			['sr-RS', '/sr'],
			['ga-IE,en-IE;q=0.8', '/ga'],
			['ja,mk;q=0.7,en;q=0.3', '/mk'],
			['pt-BR', '/pt']
		];
		for (const [accept, location] of cases) {
			const response = await request.get('/', {
				headers: { 'accept-language': accept },
				maxRedirects: 0
			});
			expect(response.headers()['location'], accept).toBe(location);
		}
	});

	test('a path without a locale keeps its page when redirected', async ({ request }) => {
		const response = await request.get('/accessibility', {
			headers: { 'accept-language': 'lv' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(307);
		expect(response.headers()['location']).toBe('/lv/accessibility');
		expect(response.headers()['vary']).toContain('Accept-Language');
	});
});
