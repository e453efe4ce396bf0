import type { Browser, Request } from '@playwright/test';
import { DEMO, sql, useSession } from './factories.ts';
import { expect, LOCALES, PUBLIC_PATHS, SIGNED_IN_PATHS, test } from './fixtures.ts';
import { expectReflow } from './reflow.ts';

test('the home page shows the portal and the languages partners can write in', async ({ page }) => {
	await page.goto('/en');
	await expect(page).toHaveTitle('Tilts · Joint EU projects of partner towns');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Joint EU projects of partner towns, in one place'
	);
	await expect(page.getByText('Partners can write content in 28 languages.')).toBeVisible();
	const languages = page
		.getByRole('region', { name: "In the partners' languages" })
		.getByRole('listitem');
	await expect(languages).toHaveCount(28);
	await expect(languages.filter({ hasText: 'latviešu' })).toHaveAttribute('lang', 'lv');
});

test('the footer leads to the accessibility statement', async ({ page }) => {
	await page.goto('/lv');
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: 'Piekļūstamības paziņojums' })
		.click();
	await expect(page).toHaveURL(/\/lv\/accessibility$/);
	await expect(page.getByRole('heading', { name: 'Atbilstības statuss' })).toBeVisible();
});

test('an unknown page answers 404 in the reader’s language', async ({ page }) => {
	const response = await page.goto('/lv/nav-tadas-lapas');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapa nav atrasta');
	await expect(page.getByText('Šajā adresē lapas nav.')).toBeVisible();
	await expect(page.getByText(/atsauci/)).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Uz sākumlapu' })).toHaveAttribute('href', '/lv');
});

test('the skip link is the first stop of the keyboard and moves to the main content', async ({
	page
}) => {
	await page.goto('/en');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	// The next stop is inside <main>, not back in the header.
	expect(
		await page.evaluate(
			() =>
				document.activeElement?.closest('main') !== null ||
				document.activeElement?.closest('footer') !== null
		)
	).toBe(true);
});

// Pages whose facts and tables squeezed text to a letter or two per line at 320 px.
const NARROW_PATHS = ['/projects/young-neets/report'];

for (const locale of LOCALES) {
	for (const path of [...PUBLIC_PATHS, ...NARROW_PATHS]) {
		test(`/${locale}${path} reflows at 320 px: no sideways scrolling, no squeezed text`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/${locale}${path}`);
			await expectReflow(page);
		});
	}
}

const SIGNED_IN_REFLOW = [
	...SIGNED_IN_PATHS.map(({ path, as }) => ({
		path,
		as,
		email: as === 'admin' ? DEMO.admin : DEMO.coordinator
	})),
	// A partner editor sees the event page with its own delegation's facts.
	{
		path: '/events/demo-partner-meeting-daugavpils-2024',
		as: 'partner editor',
		email: DEMO.faenzaEditor
	}
];

for (const locale of LOCALES) {
	for (const { path, as, email } of SIGNED_IN_REFLOW) {
		test(`/${locale}${path} signed in as ${as} reflows at 320 px (tables scroll inside their box)`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await useSession(page, email);
			await page.goto(`/${locale}${path}`);
			// Signed in indeed: not the sign-in page, nor the public view of the page, measured.
			await expect(page.locator('form[action$="/sign-out"]')).toHaveCount(1);
			await expectReflow(page);
		});
	}
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pages render and the language switcher works', async ({ page }) => {
		await page.goto('/en');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const chooser = page.getByRole('navigation', { name: 'Language' });
		await chooser.locator('summary').click();
		await chooser.getByRole('link', { name: 'Latviešu' }).click();
		await expect(page).toHaveURL(/\/lv$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Partneru pilsētu kopīgie ES projekti vienuviet'
		);
	});
});

test('public pages send the security headers', async ({ request }) => {
	const response = await request.get('/en');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	// Plain http locally: HSTS is only sent over https.
	expect(headers['strict-transport-security']).toBeUndefined();
});

/**
 * The bytes of script Chromium received for a page (compressed where the server compressed them),
 * as its network stack counted them, and the scripts' addresses. A fresh context each time: a
 * script from the cache arrives with no bytes.
 */
async function scriptBytes(
	browser: Browser,
	path: string
): Promise<{ bytes: number; files: string[] }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const received: Array<Promise<number>> = [];
	const files: string[] = [];
	const onFinished = (request: Request) => {
		if (request.resourceType() !== 'script') return;
		files.push(request.url());
		received.push(request.sizes().then((sizes) => sizes.responseBodySize));
	};
	page.on('requestfinished', onFinished);
	await page.goto(path, { waitUntil: 'networkidle' });
	const sizes = await Promise.all(received);
	await context.close();
	// Every script counted arrived with a body: a count of nothing would pass any budget.
	expect(
		sizes.every((size) => size > 0),
		`${path}: ${files.join(', ')}`
	).toBe(true);
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), files };
}

test('a page ships less than 40 KB of JavaScript (compressed), the same in every language', async ({
	browser
}) => {
	for (const path of ['/en', '/en/events', '/en/practices']) {
		const english = await scriptBytes(browser, path);
		const german = await scriptBytes(browser, path.replace('/en', '/de'));
		expect(
			english.bytes,
			`compressed JavaScript of ${path}, in bytes (${english.files.join(', ')})`
		).toBeLessThanOrEqual(40 * 1024);
		// The script takes its words from the page: 28 languages cost it nothing.
		expect(german.files.map((url) => new URL(url).pathname)).toEqual(
			english.files.map((url) => new URL(url).pathname)
		);
		expect(Math.abs(german.bytes - english.bytes), path).toBeLessThanOrEqual(english.bytes * 0.05);
		expect(english.files.length, path).toBeGreaterThan(0);
		// No page loads a framework to run in the browser (issue 16: 58–80 KB each).
		expect(
			english.files.filter((url) => url.includes('/_app/')),
			path
		).toEqual([]);
	}
});

test('what the script adds: the reader’s clock beside the venue’s, for a reader the server knows no zone of', async ({
	browser,
	baseURL
}) => {
	const [event] = await sql<{ slug: string }>(
		`select slug from public.events where time_zone = 'Europe/Riga' and visibility = 'public' order by starts_local limit 1`
	);
	const context = await browser.newContext({ baseURL, timezoneId: 'America/New_York' });
	const page = await context.newPage();
	await page.goto(`/en/events/${event.slug}`);
	const start = page.locator('.clock').first();
	await expect(start.locator('.theirs')).toContainText(
		/^\(your time: \d\d:\d\d( the day before)? (EST|EDT|GMT-[45])\)$/
	);
	// Every clock, not only the first, reads the reader's time: the script's formatters serve them all.
	const clocks = await page.locator('.clock').evaluateAll((found) =>
		found.map((clock) => ({
			at: clock.querySelector('time')?.dateTime,
			theirs: clock.querySelector('.theirs')?.textContent
		}))
	);
	expect(clocks.filter((clock) => clock.at).length).toBeGreaterThan(1);
	const newYork = new Intl.DateTimeFormat('en-150', {
		timeStyle: 'short',
		timeZone: 'America/New_York'
	});
	for (const { at, theirs } of clocks)
		if (at) expect(theirs).toContain(`your time: ${newYork.format(new Date(at))}`);
	// A reader in the venue's zone reads one clock.
	const local = await (await browser.newContext({ baseURL, timezoneId: 'Europe/Riga' })).newPage();
	await local.goto(`/en/events/${event.slug}`);
	await expect(local.locator('.clock').first()).toBeVisible();
	await expect(local.locator('.clock .theirs')).toHaveCount(0);
	await context.close();
	await local.context().close();
});

test('/health reports both parts as JSON', async ({ request }) => {
	const response = await request.get('/health');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-store');
	expect(await response.json()).toEqual({ status: 'ok', postgrest: 'ok', database: 'ok' });
});

test('the pages break none of our own Content Security Policy, navigating in the browser too', async ({
	page
}) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && message.text().includes('Content Security Policy'))
			refused.push(message.text());
	});
	await page.goto('/en', { waitUntil: 'networkidle' });
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Events' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
	await page.goto('/en/events/demo-partner-meeting-daugavpils-2024', { waitUntil: 'networkidle' });
	expect(refused).toEqual([]);
});
