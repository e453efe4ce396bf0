// Programmes as data: an Interreg Europe project and an Erasmus+ KA2 project recorded as they are,
// from the grouped list in the reader's language; an unknown programme refused with a clear
// message; a project's own indicator planned and shown in the funder report (page and CSV). All
// without JavaScript, at 320 px, checked by axe-core.
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, draftProject as draftProjectIn, signIn, sql } from './factories.ts';
import { expectReflow } from './reflow.ts';

const NARROW = { width: 320, height: 800 };
test.use({ viewport: NARROW });

/** The coordinator in a browser without JavaScript, at 320 px: the forms must work there. */
async function withoutScripts(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const page = await (
		await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: NARROW })
	).newPage();
	await signIn(page, DEMO.coordinator);
	return page;
}

/** axe-core needs scripts: the same page checked in the test's own browser, and its reflow. */
async function checked(page: Page, path: string, locale: string) {
	await page.goto(path);
	await expectNoViolations(page, locale);
	await expectReflow(page);
}

const draftProject = (title: string) => draftProjectIn('programmes', title);

const programmeOf = async (slug: string) =>
	(
		await sql<{ programme: string | null }>(
			`select programme from public.projects where slug = $1`,
			[slug]
		)
	)[0].programme;

async function chooseProgramme(
	page: Page,
	locale: string,
	slug: string,
	group: string,
	label: string,
	save: string
) {
	await page.goto(`/${locale}/projects/${slug}/edit`);
	const select = page.locator('#programme');
	await expect(select.locator(`optgroup[label="${group}"] option`, { hasText: label })).toHaveCount(
		1
	);
	await select.selectOption({ label });
	await page.getByRole('button', { name: save }).click();
}

test('an Interreg Europe project and an Erasmus+ KA2 project are recorded from the grouped list, in English and Latvian', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const interreg = await draftProject('Cities for circular economy (test)');
	const ka2 = await draftProject('Small-scale partnership (test)');
	const form = await withoutScripts(browser, baseURL);

	await chooseProgramme(form, 'en', interreg, 'Interreg', 'Interreg Europe', 'Save the details');
	await expect(form.getByRole('status')).toHaveText('The details are saved.');
	expect(await programmeOf(interreg)).toBe('interreg_europe');
	await form.goto(`/en/projects/${interreg}`);
	await expect(form.getByRole('main')).toContainText('Interreg Europe');

	await chooseProgramme(
		form,
		'lv',
		ka2,
		'Erasmus+',
		'2. pamatdarbība: Organizāciju un iestāžu sadarbība',
		'Saglabāt informāciju'
	);
	expect(await programmeOf(ka2)).toBe('erasmus_plus_ka2');
	await form.goto(`/lv/projects/${ka2}`);
	await expect(form.getByRole('main')).toContainText(
		'Erasmus+ – 2. pamatdarbība: Organizāciju un iestāžu sadarbība'
	);

	// The list filter by a programme finds the projects of its strands.
	await form.goto(`/en/projects?programme=interreg&q=${encodeURIComponent('circular economy')}`);
	await expect(
		form.getByRole('main').getByRole('link', { name: /Cities for circular economy/ })
	).toBeVisible();
	await form.context().close();

	await signIn(page, DEMO.coordinator);
	await checked(page, `/lv/projects/${ka2}/edit`, 'lv');
	await checked(page, `/lv/projects/${ka2}`, 'lv');
	await checked(page, `/en/projects/${interreg}`, 'en');
});

test('a programme the list does not know is refused with a clear message, nothing typed lost', async ({
	browser,
	baseURL
}) => {
	const slug = await draftProject('Unknown programme (test)');
	const page = await withoutScripts(browser, baseURL);
	await page.goto(`/en/projects/${slug}/edit`);
	await page.getByLabel('Acronym').fill('UNK');
	// A forged choice: what no browser control offers.
	await page
		.locator('#programme option[value="urbact"]')
		.evaluate((option) => option.setAttribute('value', 'made_up'));
	await page.locator('#programme').selectOption({ label: 'URBACT' });
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(page.getByText('Choose a programme or strand from the list.')).toBeVisible();
	await expect(page.locator('#programme')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Acronym')).toHaveValue('UNK');
	expect(
		await sql(`select programme, acronym from public.projects where slug = $1`, [slug])
	).toEqual([{ programme: null, acronym: null }]);
	await page.context().close();
});

test("a project's own indicator is planned, refused when unnamed or negative, and shown in the funder report and its CSV", async ({
	page: checkedPage,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const slug = await draftProject('Own indicators (test)');
	const page = await withoutScripts(browser, baseURL);
	await page.goto(`/en/projects/${slug}/edit/budget`);
	const add = async (name: string, unit: string, planned: string) => {
		await page.locator('#code').selectOption('own');
		await page.getByLabel('Name of the own indicator').fill(name);
		await page.getByLabel('Unit (optional)').fill(unit);
		await page.getByLabel('Planned', { exact: true }).fill(planned);
		await page.getByRole('button', { name: 'Add a planned result' }).click();
	};
	await add('', 'teachers', '-3');
	await expect(page.getByText('Give the own indicator a name.')).toBeVisible();
	await expect(page.getByLabel('Unit (optional)')).toHaveValue('teachers');
	await expect(page.getByLabel('Planned', { exact: true })).toHaveValue('-3');
	expect(
		await sql(
			`select count(*)::int as n from public.project_indicators i join public.projects p on p.id = i.project_id where p.slug = $1`,
			[slug]
		)
	).toEqual([{ n: 0 }]);

	await add('Teachers trained', 'teachers', '40');
	await expect(page.getByRole('status')).toHaveText('The planned result is added.');
	await expect(page.getByRole('main')).toContainText('Teachers trained (teachers)');

	await page.goto(`/en/projects/${slug}/report`);
	const indicators = page.getByRole('region', { name: 'Outcomes: planned and achieved' });
	await expect(
		indicators.getByRole('row', { name: /Teachers trained \(teachers\)/ })
	).toContainText('40');

	const csv = await (await page.request.get(`/en/projects/${slug}/report.csv`)).text();
	expect(csv).toContain('Teachers trained (teachers)');
	await page.context().close();

	await signIn(checkedPage, DEMO.coordinator);
	await checked(checkedPage, `/en/projects/${slug}/edit/budget`, 'en');
	await checked(checkedPage, `/en/projects/${slug}/edit/outcomes`, 'en');
	await expect(checkedPage.getByRole('main')).toContainText('Teachers trained (teachers)');
});
