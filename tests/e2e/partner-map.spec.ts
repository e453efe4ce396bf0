// The maps of partners: drawn on the server from shapes the portal ships, each marks the countries
// of the partners (and the towns the gazetteer knows), and the table beside it says the same: a
// project's (SOLID), an organisation's network and the whole portal's.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sql } from './factories.ts';
import { expectNoViolations } from './fixtures.ts';
import { expectReflow } from './reflow.ts';

const MAP_NAME = /^Map of Europe marking the partners' countries: /;

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

/** A page without JavaScript at 320 px, as the narrowest reader gets it. */
async function narrowWithoutScript(
	browser: Browser,
	baseURL: string | undefined,
	path: string
): Promise<Page> {
	const page = await (
		await browser.newContext({
			baseURL,
			javaScriptEnabled: false,
			viewport: { width: 320, height: 800 }
		})
	).newPage();
	await page.goto(path);
	return page;
}

/**
 * What the map marks and what its table lists, after checking that they agree: every country
 * dotted is hatched where it has an outline, and is a row of the table, and no row is left off
 * the map; each town drawn is named in its country's row.
 */
async function mapAndTable(page: Page, caption: string) {
	const map = page.getByRole('img', { name: MAP_NAME });
	await expect(map).toBeVisible();
	const dotted = await map
		.locator('[data-dot]')
		.evaluateAll((dots) => dots.map((dot) => dot.getAttribute('data-dot')!).sort());
	const hatched = await map
		.locator('path[data-country]')
		.evaluateAll((paths) => paths.map((path) => path.getAttribute('data-country')!));
	const towns = await map.locator('[data-town]').evaluateAll((rings) =>
		rings.map((ring) => ({
			name: ring.getAttribute('data-town')!,
			country: ring.getAttribute('data-town-country')!
		}))
	);
	const table = page.getByRole('table', { name: caption });
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-country')!).sort());
	expect(dotted).toEqual(rows);
	expect(hatched.every((code) => rows.includes(code))).toBe(true);
	for (const town of towns) {
		await expect(table.locator(`tr[data-country="${town.country}"] td`).last()).toContainText(
			town.name
		);
	}
	return { table, countries: rows, hatched, towns };
}

test('SOLID’s map marks exactly its partners’ countries, and its table lists the same, without JavaScript at 320 px', async ({
	browser,
	baseURL
}) => {
	const countries = await solidCountries();
	expect(countries).toHaveLength(12);
	const page = await narrowWithoutScript(browser, baseURL, '/en/projects/solid');
	const {
		table,
		countries: shown,
		hatched,
		towns
	} = await mapAndTable(page, 'Partners by country');
	expect(shown).toEqual(countries);
	expect(hatched.length).toBeGreaterThanOrEqual(countries.length - 1);
	const names = new Intl.DisplayNames('en', { type: 'region' });
	for (const code of countries) {
		await expect(
			table.getByRole('rowheader', { name: names.of(code)!, exact: true })
		).toBeVisible();
	}
	// Towns come from the organisations: SOLID's partner in Serbia is in Indjija, which the
	// gazetteer writes Inđija: named in the table, not drawn. Daugavpils and Jette are drawn.
	await expect(table.locator('tr[data-country="RS"] td').last()).toHaveText('Indjija');
	expect(towns).toEqual(
		expect.arrayContaining([
			{ name: 'Daugavpils', country: 'LV' },
			{ name: 'Jette', country: 'BE' }
		])
	);
	expect(towns.map((town) => town.name)).not.toContain('Indjija');
	// Dąbrowa is the name of two Polish places in the gazetteer: not drawn at a guess.
	expect(towns.map((town) => town.name)).not.toContain('Dąbrowa');

	await expectReflow(page);
});

test('the map and its table pass axe', async ({ page }) => {
	for (const path of ['/en/projects/solid', '/en/map']) {
		await page.goto(path);
		await expectNoViolations(page, 'en');
	}
});

test('the map is in the reader’s language', async ({ page }) => {
	await page.goto('/lv/projects/solid');
	await expect(
		page.getByRole('img', { name: /^Eiropas karte, kurā atzīmētas partneru valstis: / })
	).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: 'Partneri pa valstīm' })
			.getByRole('rowheader', { name: 'Serbija', exact: true })
	).toBeVisible();
});

test.describe('an organisation’s network map', () => {
	const tag = randomUUID().slice(0, 8);
	const slug = (name: string) => `map-${tag}-${name}`;

	test.beforeAll(async () => {
		// Home and its unit take part in two published projects and a draft; the partners are in
		// Italy (Faenza, twice), Serbia (a town the gazetteer does not know) and, in the draft only, the Vatican.
		await sql(
			`with home as (
			   insert into public.organisations (slug, name, kind, city, country) values ($1, 'Map home (test)', 'municipality', 'Daugavpils', 'LV') returning id
			 ), unit as (
			   insert into public.organisations (slug, name, kind, city, country, parent_id) select $2, 'Map unit (test)', 'municipality', 'Daugavpils', 'LV', id from home returning id
			 ), others as (
			   insert into public.organisations (slug, name, kind, city, country) values
			     ($3, 'Map Faenza (test)', 'municipality', 'Faenza', 'IT'),
			     ($4, 'Map Faenza NGO (test)', 'ngo', 'faenza', 'IT'),
			     ($5, 'Map Vatican (test)', 'other', 'Vatican City', 'VA')
			   returning id, slug
			 ), projects as (
			   insert into public.projects (slug, title, is_published, status) values
			     ($6, '{"en": {"text": "Map project A (test)", "status": "original"}}', true, 'running'),
			     ($7, '{"en": {"text": "Map project B (test)", "status": "original"}}', true, 'closed'),
			     ($8, '{"en": {"text": "Map draft (test)", "status": "original"}}', false, 'planned')
			   returning id, slug
			 ), partners as (
			   insert into public.project_partners (project_id, organisation_id, role)
			   select p.id, o.id, 'partner' from projects p, (
			     select id, 'a' as project from home union all select id, 'b' from unit union all select id, 'd' from home
			     union all select id, 'a' from others where slug = $3 union all select id, 'b' from others where slug = $3
			     union all select id, 'b' from others where slug = $4 union all select id, 'd' from others where slug = $5
			   ) o where p.slug = 'map-' || $9 || '-' || o.project
			   returning project_id
			 )
			 insert into public.unnamed_partners (project_id, country, city) select id, 'RS', 'Indjija' from projects where slug = $6`,
			[
				slug('home'),
				slug('unit'),
				slug('faenza'),
				slug('faenza-ngo'),
				slug('vatican'),
				slug('a'),
				slug('b'),
				slug('d'),
				tag
			]
		);
	});

	test.afterAll(async () => {
		await sql(`delete from public.projects where slug like $1`, [`map-${tag}-%`]);
		await sql(`delete from public.organisations where parent_id is not null and slug like $1`, [
			`map-${tag}-%`
		]);
		await sql(`delete from public.organisations where slug like $1`, [`map-${tag}-%`]);
	});

	test('marks the countries of the partners it and its units work with, counts them in its table, without JavaScript at 320 px, and passes axe', async ({
		browser,
		baseURL,
		page: scripted
	}) => {
		const page = await narrowWithoutScript(browser, baseURL, `/en/organisations/${slug('home')}`);
		const { table, countries, towns } = await mapAndTable(
			page,
			'Partner organisations and projects per country'
		);
		// Not its own Latvia (nor its unit's), not the draft's Vatican.
		expect(countries).toEqual(['IT', 'RS']);
		const row = (code: string) => table.locator(`tr[data-country="${code}"]`);
		await expect(row('IT').locator('td')).toHaveText(['2', '2', 'Faenza, faenza']);
		await expect(row('RS').locator('td')).toHaveText(['1', '1', 'Indjija']);
		expect(towns).toEqual([{ name: 'Faenza', country: 'IT' }]);
		await expectReflow(page);
		// axe runs in the page: with JavaScript on.
		await scripted.goto(`/en/organisations/${slug('home')}`);
		await expectNoViolations(scripted, 'en');
	});
});

test('the portal’s map marks the partners of every published project, each country linking to its projects, without JavaScript at 320 px', async ({
	browser,
	baseURL
}) => {
	const published = (
		await sql<{ country: string }>(
			`select o.country from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
			   join public.projects p on p.id = pp.project_id where p.is_published
			 union
			 select u.country from public.unnamed_partners u join public.projects p on p.id = u.project_id where p.is_published`
		)
	).map((row) => row.country);
	const page = await narrowWithoutScript(browser, baseURL, '/en/projects');
	await page.getByRole('link', { name: 'Map of the partners' }).click();
	await expect(page).toHaveURL(/\/en\/map$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of the partners');
	const { table, countries } = await mapAndTable(
		page,
		'Partner organisations and projects per country'
	);
	expect(countries).toEqual(expect.arrayContaining(await solidCountries()));
	expect(countries.every((code) => published.includes(code))).toBe(true);
	await expectReflow(page);

	await table.getByRole('link', { name: 'Serbia', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/projects\?country=RS$/);
	await expect(page.getByRole('link', { name: /^SOLID/ })).toBeVisible();
});
