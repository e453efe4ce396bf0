// The five Daugavpils projects, as the public reads them, with the figures of the project sheets.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

/**
 * The list at `path` counts every published project: the five seeded, and any another test
 * published meanwhile (counted and looked at again until both agree).
 */
async function expectAllPublished(page: Page, path: string) {
	await expect(async () => {
		const [{ count }] = await sql<{ count: number }>(
			`select count(*)::int as count from public.projects where is_published`
		);
		expect(count).toBeGreaterThanOrEqual(5);
		await page.goto(path);
		await expect(page.getByRole('heading', { name: /^Projects found: \d+$/ })).toHaveText(
			`Projects found: ${count}`,
			{ timeout: 1000 }
		);
	}).toPass();
}

test('the list shows the five projects, in English and in Latvian', async ({ page }) => {
	await expectAllPublished(page, '/en/projects');
	for (const acronym of ['Young NEETs', 'SOLID', 'WIR', 'HOP!']) {
		await expect(
			page.getByRole('link', { name: new RegExp(`^${acronym.replace('!', '\\!')}: `) })
		).toBeVisible();
	}
	await page.goto('/lv/projects');
	await expect(page.getByRole('link', { name: 'HOP!: Atveriet sirdis, cilvēki!' })).toBeVisible();
});

test('filters work without JavaScript and keep their address', async ({ browser, baseURL }) => {
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await page.goto('/en/projects');
	await page.getByLabel('Programme').selectOption('europe_for_citizens');
	await page.getByRole('button', { name: 'Show projects' }).click();
	await expect(page).toHaveURL(/programme=europe_for_citizens/);
	await expect(page.getByRole('heading', { name: 'Projects found: 3' })).toBeVisible();

	// A partner known only by its country counts for that country.
	await page.goto('/en/projects?country=MT');
	await expect(page.getByRole('heading', { name: 'Projects found: 1' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Young NEETs/ })).toBeVisible();

	// Search ignores accents and case.
	await page.goto('/en/projects?q=cilveki');
	await expect(page.getByRole('link', { name: /^HOP!/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Projects found: 1' })).toBeVisible();

	// Nonsense in the address is ignored, not an error.
	const response = await page.goto('/en/projects?year=abc&status=%00&country=xx');
	expect(response?.status()).toBe(200);
	await expectAllPublished(page, '/en/projects?year=abc&status=%00&country=xx');
});

test('the partner organisation is found by name without JavaScript, and bad addresses are answered plainly', async ({
	browser,
	baseURL
}) => {
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await page.goto('/en/projects?programme=cerv');
	// No list of every organisation: a field to type part of a name in.
	await expect(page.locator('select[name=organisation]')).toHaveCount(0);
	const field = page.getByRole('searchbox', { name: 'Partner organisation' });
	await expect(field).toHaveAccessibleDescription(/Type part of the name/);

	// Several match: they are offered as links that keep the other filters, announced first in the title.
	await field.fill('DAUGAVPILS');
	await page.getByRole('button', { name: 'Show projects' }).click();
	await expect(page).toHaveTitle(/^Names that match “DAUGAVPILS”: 2 · /);
	const answer = page.getByRole('status');
	await expect(answer).toContainText('Names that match “DAUGAVPILS”: 2');
	await expect(
		page.getByRole('searchbox', { name: 'Partner organisation' })
	).toHaveAccessibleDescription(/Names that match/);
	const board = answer.getByRole('link', { name: 'Daugavpils pilsētas Izglītības pārvalde' });
	await expect(board).toHaveAttribute(
		'href',
		'/en/projects?programme=cerv&organisation=daugavpils-education-board'
	);
	await expect(board.locator('[lang="lv"]')).toHaveCount(1);
	await board.click();
	await expect(page.getByRole('heading', { name: 'Projects found: 1' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Young NEETs/ })).toBeVisible();

	// The choice is shown with a way to remove it; sending the form again keeps it.
	const chosen = page.getByRole('group', { name: 'Partner organisation' });
	await expect(chosen).toContainText('Daugavpils pilsētas Izglītības pārvalde');
	await page.getByRole('button', { name: 'Show projects' }).click();
	await expect(page).toHaveURL(/programme=cerv&.*organisation=daugavpils-education-board$/);
	await chosen.getByRole('link', { name: 'Remove (Partner organisation)' }).click();
	await expect(page).toHaveURL(/\/en\/projects\?programme=cerv$/);

	// One match is chosen at once, without accents or case.
	await page.getByRole('searchbox', { name: 'Partner organisation' }).fill('comune di FAENZA');
	await page.getByRole('button', { name: 'Show projects' }).click();
	await expect(page).toHaveURL(/organisation=comune-di-faenza$/);
	// Other tests may make Faenza a partner of projects of their own: the seed's is among those found.
	await expect(page.getByRole('heading', { name: /^Projects found: \d+$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Young NEETs/ })).toBeVisible();

	// A name that matches nothing: said so, the list not filtered by it.
	let response = await page.goto('/en/projects?organisation_name=zzz%25qq');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('status')).toHaveText(
		'No name here matches “zzz%qq”. Type less of it, or spell it another way.'
	);
	await expect(page.getByRole('searchbox', { name: 'Partner organisation' })).toHaveValue('zzz%qq');
	await expectAllPublished(page, '/en/projects?organisation_name=zzz%25qq');

	// A link to an organisation there is no such address for (or none could be): said so, with the way out.
	for (const address of ['no-such-organisation', 'Not%20a%20slug%00%E2%80%AE']) {
		response = await page.goto(`/en/projects?organisation=${address}&programme=cerv`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('status')).toContainText(
			/^Nothing here has the address “[^”]+”: the link may be out of date\./
		);
		await expect(page.getByRole('heading', { name: 'Projects found: 0' })).toBeVisible();
		await page
			.getByRole('status')
			.getByRole('link', { name: 'Remove (Partner organisation)' })
			.click();
		await expect(page).toHaveURL(/\/en\/projects\?programme=cerv$/);
	}
});

test('WIR: nine partners plus the lead, EUR 14,600 with EUR 9,800 EU and EUR 4,800 council', async ({
	page
}) => {
	await page.goto('/en/projects/wir');
	await expect(page.getByRole('heading', { name: 'Partners: 10 in' })).toBeVisible();
	const lead = page.getByRole('region', { name: /^Partners/ }).getByText('lead partner');
	await expect(lead).toHaveCount(1);
	const budget = page.getByRole('region', { name: /^Budget of/ });
	await expect(budget.getByRole('definition').nth(0)).toHaveText('€14,600');
	await expect(budget.getByRole('definition').nth(1)).toHaveText('€9,800');
	await expect(budget.getByRole('definition').nth(2)).toHaveText('€4,800');
	await expect(page.getByRole('row', { name: /International events/ })).toContainText('9');
	await expect(page.getByRole('row', { name: /Staff mobilities/ })).toContainText('16');

	await page.goto('/lv/projects/wir');
	await expect(
		page
			.getByRole('region', { name: /^Budžets/ })
			.getByRole('definition')
			.nth(0)
	).toHaveText(/^14\s600\s€$/);
});

test('HOP!: EUR 550, and Young NEETs with its unnamed partners and about 3,700 indirect participants', async ({
	page
}) => {
	await page.goto('/en/projects/hop');
	await expect(
		page
			.getByRole('region', { name: /^Budget of/ })
			.getByRole('definition')
			.nth(0)
	).toHaveText('€550');
	await page.goto('/en/projects/young-neets');
	await expect(page.getByText('A partner in Malta (not named in the records)')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Partners: 7 in 7 countries' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Indirect participants/ })).toContainText(
		'about 3,700'
	);
	await expect(page.getByRole('row', { name: /Direct participants/ })).toContainText('1,555');
	await expect(page.getByText('CERV-2023-CITIZENS-TOWN-NT')).toBeVisible();
	await expect(page.getByText('101138336')).toBeVisible();
});

test('a draft project is seen only by its partnership', async ({ page }) => {
	await sql(
		`insert into public.projects (slug, title, is_published) values ('draft-demo', '{"en": {"text": "A draft", "status": "original"}}', false)
		 on conflict (slug) do nothing`
	);
	expect((await page.goto('/en/projects/draft-demo'))?.status()).toBe(404);
	await page.goto('/en/projects');
	await expect(page.getByRole('link', { name: 'A draft' })).toHaveCount(0);

	await sql(
		`insert into public.project_partners (project_id, organisation_id) select id, '0a000000-0000-4000-8000-000000000001' from public.projects where slug = 'draft-demo' on conflict do nothing`
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = 'draft-demo' on conflict do nothing`
	);
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/draft-demo');
	await expect(page.getByText('Draft: only the partnership sees this project.')).toBeVisible();
});

test('the home page counts the network from the published projects', async ({ page }) => {
	const network = page.getByRole('region', { name: 'The network at a glance' });
	// Other tests publish projects meanwhile: count and look again until both agree.
	await expect(async () => {
		const [counts] = await sql<{ projects: number; organisations: number; countries: number }>(
			`with published as (select id from public.projects where is_published),
			      named as (select distinct pp.organisation_id, o.country from public.project_partners pp
			                join public.organisations o on o.id = pp.organisation_id where pp.project_id in (select id from published)),
			      unnamed as (select country from public.unnamed_partners where project_id in (select id from published))
			 select (select count(*)::int from published) as projects,
			        ((select count(*) from named) + (select count(*) from unnamed))::int as organisations,
			        (select count(distinct country)::int from (select country from named union all select country from unnamed) c) as countries`
		);
		expect(counts.projects).toBeGreaterThanOrEqual(5);
		await page.goto('/en');
		await expect(network.getByRole('listitem').nth(0)).toHaveText(
			`${counts.projects} joint projects`,
			{ timeout: 1000 }
		);
		await expect(network.getByRole('listitem').nth(1)).toHaveText(
			`${counts.organisations} partner organisations`,
			{ timeout: 1000 }
		);
		await expect(network.getByRole('listitem').nth(2)).toHaveText(
			`${counts.countries} partner countries`,
			{ timeout: 1000 }
		);
	}).toPass();
	await network.getByRole('link', { name: 'All projects' }).click();
	await expect(page).toHaveURL(/\/en\/projects$/);
});
