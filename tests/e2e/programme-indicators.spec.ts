// What a programme's reports ask for: a CERV town-twinning project adds the indicators its programme
// asks for with a click each (counted or entered, as the programme defines them), which then leave
// the list; an own indicator edited (name, unit, planned), refused when its name is emptied, and
// named in Latvian. All without JavaScript, at 320 px, checked by axe-core.
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, draftProject, signIn, sql } from './factories.ts';
import { expectReflow } from './reflow.ts';

const NARROW = { width: 320, height: 800 };
test.use({ viewport: NARROW });

async function withoutScripts(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const page = await (
		await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: NARROW })
	).newPage();
	await signIn(page, DEMO.coordinator);
	return page;
}

async function checked(page: Page, path: string, locale: string) {
	await page.goto(path);
	await expectNoViolations(page, locale);
	await expectReflow(page);
}

type Row = {
	programme_indicator: string | null;
	code: string | null;
	source: string;
	planned: string;
	name: Record<string, { text: string; status: string }> | null;
	unit: string | null;
};
const indicatorsOf = (slug: string) =>
	sql<Row>(
		`select i.programme_indicator, i.code, i.source::text, i.planned::text, i.name, i.unit from public.project_indicators i
		 join public.projects p on p.id = i.project_id where p.slug = $1 order by i.programme_indicator nulls last`,
		[slug]
	);

test('a CERV project adds the indicators its programme asks for, each with a click', async ({
	page: checkedPage,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const slug = await draftProject('progind', 'Twinning for democracy (test)');
	await sql(`update public.projects set programme = 'cerv_town_twinning' where slug = $1`, [slug]);
	const page = await withoutScripts(browser, baseURL);
	await page.goto(`/en/projects/${slug}/edit/budget`);
	const asked = page.getByRole('list', { name: /Indicators .*CERV.* asks for/ });
	await expect(asked.getByRole('listitem')).toHaveCount(4);
	await expect(asked.getByRole('listitem').filter({ hasText: 'Participants' })).toContainText(
		'Counted from the portal’s records'
	);
	await expect(
		asked.getByRole('listitem').filter({ hasText: 'Participating countries' })
	).toContainText('Entered with evidence');

	// A planned figure that is no number: said so, nothing added.
	const countries = asked.getByRole('listitem').filter({ hasText: 'Participating countries' });
	await countries.getByLabel('Planned').fill('many');
	await countries.getByRole('button', { name: /^Add\W*Participating countries/ }).click();
	await expect(
		page
			.getByRole('list', { name: /asks for/ })
			.getByRole('listitem')
			.filter({ hasText: 'Participating countries' })
			.locator('[aria-invalid="true"]')
	).toHaveValue('many');
	expect(await indicatorsOf(slug)).toEqual([]);

	for (const [name, planned] of [
		['Participants', '120'],
		['Participating countries', '5']
	]) {
		const item = page
			.getByRole('list', { name: /asks for/ })
			.getByRole('listitem')
			.filter({ hasText: name });
		await item.getByLabel('Planned').fill(planned);
		await item.getByRole('button', { name: new RegExp(`^Add\\W*${name}`) }).click();
		await expect(page.getByRole('status')).toHaveText('The planned result is added.');
	}
	const rows = await indicatorsOf(slug);
	expect(
		rows.map(({ programme_indicator, code, source, planned, unit }) => ({
			programme_indicator,
			code,
			source,
			planned,
			unit
		}))
	).toEqual([
		{
			programme_indicator: 'cerv_countries',
			code: null,
			source: 'entered',
			planned: '5.00',
			unit: null
		},
		{
			programme_indicator: 'cerv_participants',
			code: 'direct_participants',
			source: 'computed',
			planned: '120.00',
			unit: null
		}
	]);
	expect(rows[0].name?.lv).toEqual({ text: 'Iesaistītās valstis', status: 'reviewed' });
	// What is planned leaves the list; the rest stays.
	await expect(page.getByRole('list', { name: /asks for/ }).getByRole('listitem')).toHaveCount(2);
	await expect(page.getByRole('table', { name: 'Planned results' })).toContainText(
		'Participating countries'
	);
	await page.context().close();

	await signIn(checkedPage, DEMO.coordinator);
	await checked(checkedPage, `/en/projects/${slug}/edit/budget`, 'en');
	await checked(checkedPage, `/lv/projects/${slug}/edit/budget`, 'lv');
	await expect(checkedPage.getByRole('main')).toContainText('Rādītāji, ko prasa');
});

test('an own indicator is edited, refused when its name is emptied, and named in Latvian', async ({
	page: checkedPage,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const slug = await draftProject('progind', 'Own indicator edited (test)');
	await sql(
		`insert into public.project_indicators (project_id, name, unit, planned)
		 select id, '{"en": {"text": "Teachers trained", "status": "original"}}', 'teachers', 40 from public.projects where slug = $1`,
		[slug]
	);
	const page = await withoutScripts(browser, baseURL);
	await page.goto(`/en/projects/${slug}/edit/budget`);
	await page
		.getByRole('link', { name: /^Edit\W*Teachers trained \(teachers\), The whole project/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit the planned result');

	// An emptied name and a bad figure: both said, what was typed kept, nothing saved.
	await page.getByLabel('Name of the indicator').fill('');
	await page.getByLabel('Unit (optional)').fill('people');
	await page.getByLabel('Planned', { exact: true }).fill('-5');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Give the own indicator a name.')).toBeVisible();
	await expect(page.getByLabel('Unit (optional)')).toHaveValue('people');
	await expect(page.getByLabel('Planned', { exact: true })).toHaveValue('-5');
	expect((await indicatorsOf(slug)).map((r) => [r.name?.en?.text, r.unit, r.planned])).toEqual([
		['Teachers trained', 'teachers', '40.00']
	]);

	await page.getByLabel('Name of the indicator').fill('Teachers trained in digital skills');
	await page.getByLabel('Planned', { exact: true }).fill('45');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('The planned result is saved.');

	// The name in Latvian: the language chosen above, the English original beside it.
	await page.locator('#lang').selectOption('lv');
	await page.getByRole('button', { name: 'Switch' }).click();
	await page.getByLabel('Name of the indicator').fill('Digitālajās prasmēs apmācīti skolotāji');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('The planned result is saved.');
	const [row] = await indicatorsOf(slug);
	expect(row).toMatchObject({
		unit: 'people',
		planned: '45.00',
		name: {
			en: { text: 'Teachers trained in digital skills', status: 'original' },
			lv: { text: 'Digitālajās prasmēs apmācīti skolotāji', status: 'reviewed' }
		}
	});
	await page.goto(`/lv/projects/${slug}/edit/budget`);
	await expect(page.getByRole('main')).toContainText(
		'Digitālajās prasmēs apmācīti skolotāji (people)'
	);
	await page.context().close();

	await signIn(checkedPage, DEMO.coordinator);
	const id = (
		await sql<{ id: string }>(
			`select i.id from public.project_indicators i join public.projects p on p.id = i.project_id where p.slug = $1`,
			[slug]
		)
	)[0].id;
	await checked(checkedPage, `/en/projects/${slug}/edit/budget/indicators/${id}?lang=lv`, 'en');
	await checked(checkedPage, `/lv/projects/${slug}/edit/budget/indicators/${id}`, 'lv');
});
