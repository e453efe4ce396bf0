// The paged public lists (projects, practices, collections) read a page number from the address:
// old links and hand-typed numbers get a sensible page, never an error.
import { expect, test } from './fixtures.ts';

const LISTS = ['/en/projects', '/en/practices', '/en/collections'];

for (const path of LISTS) {
	test(`${path}: a page number that is no page number gives the first page; one past the end an empty page`, async ({
		browser,
		baseURL
	}) => {
		const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
		const links = () =>
			page
				.locator('main h3 a')
				.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		await page.goto(path);
		const first = await links();
		expect(first.length).toBeGreaterThan(0);
		for (const bad of ['abc', '-2', '0', '1x', '%00']) {
			const answer = await page.goto(`${path}?page=${bad}`);
			expect({ bad, status: answer?.status() }).toEqual({ bad, status: 200 });
			expect(await links()).toEqual(first);
			await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
		}
		const far = await page.goto(`${path}?page=99999999`);
		expect(far?.status()).toBe(200);
		expect(await links()).toEqual([]);
	});
}
