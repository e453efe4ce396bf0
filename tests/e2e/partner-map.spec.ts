// The map of a project's partners: drawn on the server from shapes the portal ships, it marks the
// countries of the partners, and the table beside it says the same.
import { expect, test } from './fixtures.ts';
import { sql } from './factories.ts';
import { expectNoViolations } from './fixtures.ts';
import { expectReflow } from './reflow.ts';

/** The countries of SOLID's partners, named or known only by their country, as the database has them. */
async function solidCountries(): Promise<string[]> {
	const rows = await sql<{ country: string }>(
		`select o.country from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
		   join public.projects p on p.id = pp.project_id where p.slug = 'solid'
		 union
		 select u.country from public.unnamed_partners u join public.projects p on p.id = u.project_id where p.slug = 'solid'`
	);
	return rows.map((row) => row.country).sort();
}

test('SOLID’s map marks exactly its partners’ countries, and its table lists the same, without JavaScript at 320 px', async ({ browser, baseURL }) => {
	const countries = await solidCountries();
	expect(countries).toHaveLength(12);
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 320, height: 800 } })).newPage();
	await page.goto('/en/projects/solid');

	const map = page.getByRole('img', { name: /^Map of Europe marking the partners' countries: / });
	await expect(map).toBeVisible();
	const marked = await map.locator('[data-dot]').evaluateAll((dots) => dots.map((dot) => dot.getAttribute('data-dot')!).sort());
	expect(marked).toEqual(countries);
	const hatched = await map.locator('path[data-country]').evaluateAll((paths) => paths.map((path) => path.getAttribute('data-country')!));
	expect(hatched.every((code) => countries.includes(code))).toBe(true);
	expect(hatched.length).toBeGreaterThanOrEqual(countries.length - 1);

	const table = page.getByRole('table', { name: 'Partners by country' });
	const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-country')!).sort());
	expect(rows).toEqual(countries);
	const names = new Intl.DisplayNames('en', { type: 'region' });
	for (const code of countries) {
		await expect(table.getByRole('rowheader', { name: names.of(code)!, exact: true })).toBeVisible();
	}
	// Towns come from the organisations: SOLID's partner in Serbia is in Indjija.
	await expect(table.locator('tr[data-country="RS"] td').last()).toHaveText('Indjija');

	await expectReflow(page);
});

test('the map and its table pass axe', async ({ page }) => {
	await page.goto('/en/projects/solid');
	await expectNoViolations(page, 'en');
});

test('the map is in the reader’s language', async ({ page }) => {
	await page.goto('/lv/projects/solid');
	await expect(page.getByRole('img', { name: /^Eiropas karte, kurā atzīmētas partneru valstis: / })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Partneri pa valstīm' }).getByRole('rowheader', { name: 'Serbija', exact: true })).toBeVisible();
});
