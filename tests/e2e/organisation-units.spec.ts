// Organisations that are units of another: the Education Board of Daugavpils City Council is shown
// as part of it, the council's network overview counts Young NEETs through it, and only a platform
// admin names or removes a parent, on the organisation's edit page.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const COUNCIL = { slug: 'daugavpils-city-council', name: 'Daugavpils valstspilsētas pašvaldība' };
const BOARD = {
	slug: 'daugavpils-education-board',
	name: 'Daugavpils pilsētas Izglītības pārvalde'
};

test('the Education Board says it is part of the City Council, and the council names its unit, in both languages', async ({
	page
}) => {
	await page.goto(`/en/organisations/${BOARD.slug}`);
	await expect(page.getByText(`Part of ${COUNCIL.name}`)).toBeVisible();
	await page.getByRole('link', { name: COUNCIL.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/en/organisations/${COUNCIL.slug}$`));
	await expect(page.getByText(`Units: ${BOARD.name}`)).toBeVisible();
	await expectNoViolations(page, 'en');

	await page.goto(`/lv/organisations/${BOARD.slug}`);
	await expect(page.getByText(`Ietilpst organizācijā ${COUNCIL.name}`)).toBeVisible();
	await page.goto(`/lv/organisations/${COUNCIL.slug}`);
	await expect(page.getByText(`Struktūrvienības: ${BOARD.name}`)).toBeVisible();
	await page.getByRole('link', { name: BOARD.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/lv/organisations/${BOARD.slug}$`));
});

test('the council’s overview lists all five seed projects, Young NEETs through the Education Board, each once', async ({
	page
}) => {
	const projects = await sql<{ slug: string }>(
		`select p.slug from public.projects p
		 where p.is_published and exists (
		   select 1 from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
		   where pp.project_id = p.id and $1 in (o.slug, (select c.slug from public.organisations c where c.id = o.parent_id)))`,
		[COUNCIL.slug]
	);
	expect(projects.map((p) => p.slug)).toEqual(
		expect.arrayContaining(['young-neets', 'small-scale-partnership', 'solid', 'wir', 'hop'])
	);

	await page.goto(`/en/organisations/${COUNCIL.slug}/overview`);
	await expect(
		page.getByText(
			`This overview also counts the projects and budgets of its units: ${BOARD.name}.`
		)
	).toBeVisible();
	await expect(
		page.getByRole('main').getByRole('link', { name: BOARD.name, exact: true })
	).toHaveAttribute('href', `/en/organisations/${BOARD.slug}`);
	const list = page.getByRole('table', { name: 'The projects, newest first' });
	await expect(list.locator('tbody tr')).toHaveCount(projects.length);
	for (const { slug } of projects)
		await expect(list.locator(`a[href="/en/projects/${slug}"]`)).toHaveCount(1);
	await expect(
		list
			.getByRole('row', { name: /Young NEETs/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText(`applicant, through its unit ${BOARD.name}`);
	await expect(list.getByRole('row', { name: /^WIR/ }).getByRole('cell').nth(1)).toHaveText(
		'partner'
	);

	await page.goto(`/lv/organisations/${COUNCIL.slug}/overview`);
	await expect(
		page
			.getByRole('table', { name: 'Projekti, sākot ar jaunākajiem' })
			.getByRole('row', { name: /Young NEETs/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText(`pieteicējs (ar struktūrvienības starpniecību: ${BOARD.name})`);
	await expectNoViolations(page, 'lv');
});

/** A form post as a browser without JavaScript sends it, answered with the real status. */
function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

test.describe('naming a parent', () => {
	const tag = randomUUID().slice(0, 8);
	const parent = { slug: `units-parent-${tag}`, name: `Parent ${tag} (test)` };
	const unit = { slug: `units-unit-${tag}`, name: `Unit ${tag} (test)` };

	test.beforeAll(async () => {
		await sql(
			`insert into public.organisations (slug, name, kind, country) values ($1, $2, 'municipality', 'LV'), ($3, $4, 'other', 'LV')`,
			[parent.slug, parent.name, unit.slug, unit.name]
		);
	});
	test.afterAll(async () => {
		await sql(`delete from public.organisations where slug in ($1, $2)`, [parent.slug, unit.slug]);
	});

	const parentOf = async (slug: string) =>
		(
			await sql<{ parent: string | null }>(
				`select p.slug as parent from public.organisations o left join public.organisations p on p.id = o.parent_id where o.slug = $1`,
				[slug]
			)
		)[0].parent;

	test('a platform admin makes an organisation a unit of another on its edit page, and takes it out again', async ({
		page
	}) => {
		await signIn(page, DEMO.admin);
		await page.goto(`/en/organisations/${unit.slug}/edit`);
		await expect(page.getByRole('heading', { name: 'Part of another organisation' })).toBeVisible();
		await expectNoViolations(page, 'en');
		await page.getByLabel('Is a unit of').selectOption({ label: parent.name });
		await page
			.getByRole('region', { name: 'Part of another organisation' })
			.getByRole('button', { name: 'Save' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/en/organisations/${unit.slug}$`));
		await expect(page.getByText(`Part of ${parent.name}`)).toBeVisible();
		expect(await parentOf(unit.slug)).toBe(parent.slug);

		// The parent, now with a unit, cannot become one: its page says why and offers no choice.
		await page.goto(`/en/organisations/${parent.slug}/edit`);
		await expect(
			page.getByText(
				`${parent.name} has units of its own, so it cannot be a unit of another organisation. Units: ${unit.name}`
			)
		).toBeVisible();
		await expect(page.getByLabel('Is a unit of')).toHaveCount(0);
		// Nor is the unit offered as a parent to others.
		await page.goto(`/en/organisations/comune-di-faenza/edit`);
		await expect(
			page.getByLabel('Is a unit of').locator('option', { hasText: unit.name })
		).toHaveCount(0);
		await expect(
			page.getByLabel('Is a unit of').locator('option', { hasText: parent.name })
		).toHaveCount(1);

		await page.goto(`/en/organisations/${unit.slug}/edit`);
		await expect(page.getByLabel('Is a unit of')).toHaveValue(await idOf(parent.slug));
		await page
			.getByLabel('Is a unit of')
			.selectOption({ label: 'None: an organisation in its own right' });
		await page
			.getByRole('region', { name: 'Part of another organisation' })
			.getByRole('button', { name: 'Save' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/en/organisations/${unit.slug}$`));
		await expect(page.getByText(`Part of ${parent.name}`)).toHaveCount(0);
		expect(await parentOf(unit.slug)).toBeNull();
	});

	test('a forged choice (a unit as parent) is refused with a message in the admin’s language, nothing saved', async ({
		page
	}) => {
		await signIn(page, DEMO.admin, undefined, 'lv');
		await page.goto(`/lv/organisations/${unit.slug}/edit`);
		const [{ version }] = await sql<{ version: number }>(
			`select version from public.organisations where slug = $1`,
			[unit.slug]
		);
		const board = await idOf(BOARD.slug);
		const response = await post(page, `/lv/organisations/${unit.slug}/edit?/parent`, {
			version: String(version),
			parent_id: board
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Lūdzu, izvēlieties kādu no iespējām.');
		expect(await parentOf(unit.slug)).toBeNull();
	});

	test('an organisation’s own admin sees no parent choice, and a forged post is refused (403)', async ({
		page
	}) => {
		// The coordinator is admin of the council and of its Education Board.
		await signIn(page, DEMO.coordinator);
		await page.goto(`/en/organisations/${BOARD.slug}/edit`);
		await expect(page.getByRole('heading', { name: 'Part of another organisation' })).toHaveCount(
			0
		);
		const [{ version }] = await sql<{ version: number }>(
			`select version from public.organisations where slug = $1`,
			[BOARD.slug]
		);
		const response = await post(page, `/en/organisations/${BOARD.slug}/edit?/parent`, {
			version: String(version),
			parent_id: ''
		});
		expect(response.status()).toBe(403);
		expect(await parentOf(BOARD.slug)).toBe(COUNCIL.slug);
	});
});

async function idOf(slug: string): Promise<string> {
	return (
		await sql<{ id: string }>(`select id from public.organisations where slug = $1`, [slug])
	)[0].id;
}
