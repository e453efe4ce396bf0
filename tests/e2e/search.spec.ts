// The portal's one search: the header's form on every page, without JavaScript, leading to a
// ranked, paged list of results that name their kind and language.
import { axeViolations, expect, test } from './fixtures.ts';
import { expectReflow } from './reflow.ts';

test.use({ javaScriptEnabled: false });

/** The results as "kind | title" lines. */
function results(page: import('@playwright/test').Page) {
	return page
		.locator('main ol.search-results > li')
		.evaluateAll((items) =>
			items.map(
				(li) =>
					`${li.querySelector('.search-results__kind span')?.textContent?.trim()} | ${li.querySelector('h3')?.textContent?.trim()}`
			)
		);
}

test('"Torun" in the header finds the HOP! project, the Toruń meeting and the Toruń organisation', async ({
	page
}) => {
	await page.goto('/en/events');
	const form = page.getByRole('search', { name: 'Search the portal' });
	await form.getByRole('searchbox', { name: 'Search the portal' }).fill('Torun');
	await form.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/en\/search\?q=Torun$/);
	await expect(page).toHaveTitle(/^Torun · \d+ results? found · Search/);
	const found = await results(page);
	expect(found).toEqual(
		expect.arrayContaining([
			'Project | Open your hearts, people!',
			'Event | HOP! meeting in Toruń',
			'Organisation | Municipal Government Administration of the City of Torun'
		])
	);
	// Each result names its language, and leads to its page.
	const meeting = page.locator('main ol.search-results > li', { hasText: 'HOP! meeting in Toruń' });
	await expect(meeting).toContainText('Language: English');
	await meeting.getByRole('link').click();
	await expect(page).toHaveURL(/\/en\/events\/hop-meeting-torun-2018$/);
});

test('in Latvian, a result shows the Latvian title; filters narrow by kind', async ({ page }) => {
	await page.goto('/lv/search?q=Torun&kind=event');
	expect(await results(page)).toEqual(['Pasākums | HOP! tikšanās Toruņā']);
	await expect(page.locator('main ol.search-results > li')).toContainText('Valoda: latviešu');
	await expect(page.getByLabel('Rezultāta veids')).toHaveValue('event');
});

test('an empty, a too short, a fruitless search and bad filters each get a plain answer, never an error', async ({
	page
}) => {
	let answer = await page.goto('/en/search');
	expect(answer?.status()).toBe(200);
	await expect(page.locator('main')).toContainText('Search projects, events, good practices');
	answer = await page.goto('/en/search?q=a');
	expect(answer?.status()).toBe(200);
	await expect(page.locator('main [role="status"]')).toHaveText(
		'Type at least two characters to search.'
	);
	answer = await page.goto('/en/search?q=zzzxqwv');
	expect(answer?.status()).toBe(200);
	await expect(page.locator('main')).toContainText('Nothing found.');
	answer = await page.goto(
		'/en/search?q=Torun&kind=spaceship&country=Narnia&programme=%00&year=99999&page=-3'
	);
	expect(answer?.status()).toBe(200);
	await expect(page.locator('main')).toContainText(
		'Some filters in the address were not understood and are not applied.'
	);
	expect((await results(page)).length).toBeGreaterThanOrEqual(3);
});

test('pages through many results', async ({ page }) => {
	await page.goto('/en/search?q=volunteering');
	const first = await results(page);
	const next = page.getByRole('link', { name: 'Next' });
	if ((await next.count()) === 0) {
		expect(first.length).toBeLessThanOrEqual(20);
		return;
	}
	await next.click();
	await expect(page).toHaveURL(/page=2/);
	const second = await results(page);
	expect(second.length).toBeGreaterThan(0);
	expect(second.filter((r) => first.includes(r))).toEqual([]);
});

test.describe("with the browser's scripts on, as axe needs", () => {
	test.use({ javaScriptEnabled: true });

	test('axe finds nothing on the search page, which reflows at 320 px', async ({ page }) => {
		test.setTimeout(180_000);
		for (const path of ['/en/search?q=Torun', '/lv/search?q=brivpratigie', '/en/search?q=a']) {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			expect(await axeViolations(page), path).toEqual([]);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			expect(await axeViolations(page), path).toEqual([]);
			await expectReflow(page);
		}
		// The header's form fits beside the rest at 320 px on any page.
		await page.goto('/lv/projects');
		await expect(
			page.getByRole('search', { name: 'Meklēt portālā' }).getByRole('button', { name: 'Meklēt' })
		).toBeVisible();
		await expectReflow(page);
	});
});
