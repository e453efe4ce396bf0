// The network overview of Daugavpils City Council: its projects per programme and start year, its
// money by source and its partners' countries, each number checked against the database; drafts
// only for those who may read them; the same tables as CSV; works without JavaScript.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { formatEuro, formatNumber } from '../../src/lib/money.ts';
import { countryName } from '../../src/lib/places.ts';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const PATH = '/organisations/daugavpils-city-council/overview';

const PROGRAMMES: Record<'en' | 'lv', Record<string, string>> = {
	en: {
		europe_for_citizens: 'Europe for Citizens',
		erasmus_plus: 'Erasmus+',
		cerv: 'Citizens, Equality, Rights and Values (CERV)'
	},
	lv: {
		europe_for_citizens: 'Eiropa pilsoņiem',
		erasmus_plus: 'Erasmus+',
		cerv: 'Pilsoņu, vienlīdzības, tiesību un vērtību programma (CERV)'
	}
};
const TEXT = {
	en: {
		perProgrammeAndYear: 'Projects per programme and the year they start',
		moneyPerProgramme: 'Budget of Daugavpils valstspilsētas pašvaldība per programme',
		countries: 'Partner organisations and projects per country',
		total: 'Total',
		programmeUnknown: 'Programme not recorded',
		yearUnknown: 'Year not recorded'
	},
	lv: {
		perProgrammeAndYear: 'Projekti pa programmām un sākuma gadiem',
		moneyPerProgramme: 'Budžets pa programmām: Daugavpils valstspilsētas pašvaldība',
		countries: 'Partnerorganizācijas un projekti pa valstīm',
		total: 'Kopā',
		programmeUnknown: 'Programma nav norādīta',
		yearUnknown: 'Gads nav norādīts'
	}
};

type Expected = {
	projects: number;
	cells: Array<{ programme: string | null; year: number | null; projects: number }>;
	money: { projects: number; total: number; eu: number; own: number; pre: number };
	countries: Array<{ country: string; organisations: number; projects: number }>;
};

/** Daugavpils City Council and its units (the Education Board), as the rows say. */
const FAMILY = `select id from public.organisations where id = $1 or parent_id = $1`;

/**
 * What the public overview must show, straight from the rows: the published projects Daugavpils
 * City Council or one of its units takes part in (each once), their budget rows in them, and the
 * other partners per country.
 */
async function expectedFromDatabase(): Promise<Expected> {
	const visible = `select p.id, p.programme, extract(year from p.start_date)::int as year from public.projects p
		where p.is_published and exists (select 1 from public.project_partners pp where pp.project_id = p.id and pp.organisation_id in (${FAMILY}))`;
	const cells = await sql<{ programme: string | null; year: number | null; projects: number }>(
		`select programme, year, count(*)::int as projects from (${visible}) v group by programme, year`,
		[DAUGAVPILS]
	);
	const [money] = await sql<Expected['money']>(
		`select count(distinct b.project_id)::int as projects, coalesce(sum(b.total_cents), 0)::float8 as total, coalesce(sum(b.eu_cofinancing_cents), 0)::float8 as eu,
		        coalesce(sum(b.own_cofinancing_cents), 0)::float8 as own,
		        (select coalesce(sum(x.amount_cents), 0)::float8 from public.budget_payments x
		         where x.organisation_id in (${FAMILY}) and x.kind = 'pre_financing' and x.project_id in (select id from (${visible}) v)) as pre
		 from public.project_budgets b where b.organisation_id in (${FAMILY}) and b.project_id in (select id from (${visible}) v)`,
		[DAUGAVPILS]
	);
	const countries = await sql<Expected['countries'][number]>(
		`select country, count(distinct partner)::int as organisations, count(distinct project_id)::int as projects from (
		   select o.country, o.id::text as partner, pp.project_id from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
		   where pp.organisation_id not in (${FAMILY}) and pp.project_id in (select id from (${visible}) v)
		   union all
		   select u.country, u.id::text, u.project_id from public.unnamed_partners u where u.project_id in (select id from (${visible}) v)
		 ) c group by country`,
		[DAUGAVPILS]
	);
	return { projects: cells.reduce((sum, c) => sum + c.projects, 0), cells, money, countries };
}

/** The page's figures equal the database's (looked at again while other tests publish projects). */
async function expectFiguresOfDatabase(page: Page, locale: 'en' | 'lv') {
	const text = TEXT[locale];
	const number = (n: number) => formatNumber(n, locale);
	const euro = (cents: number) => formatEuro(cents, locale);
	await expect(async () => {
		const expected = await expectedFromDatabase();
		// The five seed projects: four of the council's own, and Young NEETs through the Education Board.
		expect(expected.projects).toBeGreaterThanOrEqual(5);
		await page.goto(`/${locale}${PATH}`);
		const options = { timeout: 1000 };

		const perYear = page.getByRole('table', { name: text.perProgrammeAndYear });
		const years = (await perYear.locator('thead th').allTextContents()).map((t) => t.trim());
		for (const cell of expected.cells) {
			const row = perYear.locator('tbody tr', {
				has: page.getByRole('rowheader', {
					name: cell.programme ? PROGRAMMES[locale][cell.programme] : text.programmeUnknown,
					exact: true
				})
			});
			const column = years.indexOf(cell.year === null ? text.yearUnknown : String(cell.year));
			expect(column).toBeGreaterThan(0);
			// Cells after the row header: the header row's first cell is the programme column.
			await expect(row.getByRole('cell').nth(column - 1)).toHaveText(
				number(cell.projects),
				options
			);
		}
		await expect(perYear.locator('tfoot td').last()).toHaveText(number(expected.projects), options);

		const money = page.getByRole('table', { name: text.moneyPerProgramme });
		await expect(money.locator('tfoot td')).toHaveText(
			[
				number(expected.money.projects),
				euro(expected.money.total),
				euro(expected.money.eu),
				euro(expected.money.own),
				euro(expected.money.pre)
			],
			options
		);

		const countries = page.getByRole('table', { name: text.countries });
		await expect(countries.locator('tbody tr')).toHaveCount(expected.countries.length, options);
		for (const country of expected.countries) {
			await expect(
				countries
					.getByRole('row', { name: countryName(country.country, locale), exact: false })
					.getByRole('cell')
			).toHaveText([number(country.organisations), number(country.projects)], options);
		}
	}).toPass();
}

test('Daugavpils City Council’s overview, linked from its page, shows the figures the database holds, in English', async ({
	page
}) => {
	await page.goto('/en/organisations/daugavpils-city-council');
	await page
		.getByRole('link', { name: 'Network overview: projects, money and partner countries' })
		.click();
	await expect(page).toHaveURL(new RegExp(`/en${PATH}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Network overview: Daugavpils valstspilsētas pašvaldība'
	);
	await expect(page.getByText('Includes published projects only.')).toBeVisible();
	await expect(
		page.getByText('Each project is counted once, in the year it starts.')
	).toBeVisible();
	// Each project linked, with the council's role in it.
	const list = page.getByRole('table', { name: 'The projects, newest first' });
	await expect(list.getByRole('row', { name: /WIR/ })).toContainText('partner');
	await list.getByRole('link', { name: /^WIR: / }).click();
	await expect(page).toHaveURL(/\/en\/projects\/wir$/);
	await expectFiguresOfDatabase(page, 'en');
});

test('the overview in Latvian shows the same figures, in Latvian', async ({ page }) => {
	await expectFiguresOfDatabase(page, 'lv');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tīkla pārskats: Daugavpils valstspilsētas pašvaldība'
	);
	await expect(page.getByText('Ietverti tikai publicētie projekti.')).toBeVisible();
});

test('a draft counts for its coordinator, said on the page, and not for the public', async ({
	page
}) => {
	const slug = `overview-draft-${randomUUID().slice(0, 8)}`;
	await sql(
		`with project as (
		   insert into public.projects (slug, title, acronym, programme, start_date, end_date) values
		     ($1, '{"en": {"text": "Overview draft", "status": "original"}}', 'OVD', 'cerv', '2031-01-01', '2031-12-31') returning id),
		 partner as (insert into public.project_partners (project_id, organisation_id, role) select id, $2, 'lead_partner' from project returning project_id),
		 member as (insert into public.project_members (project_id, user_id, organisation_id, role) select project_id, $3, $2, 'coordinator' from partner returning project_id)
		 insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents)
		 select project_id, $2, 1234567, 1000000, 234567 from member`,
		[slug, DAUGAVPILS, COORDINATOR]
	);
	// Faenza takes part with a budget of its own: the whole partnership's total can be told.
	await sql(
		`with partner as (insert into public.project_partners (project_id, organisation_id) select id, $2 from public.projects where slug = $1 returning project_id)
		 insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents)
		 select project_id, $2, 500000, 400000, 100000 from partner`,
		[slug, FAENZA]
	);
	try {
		await page.goto(`/en${PATH}`);
		await expect(page.getByRole('link', { name: /^OVD: / })).toHaveCount(0);
		await expect(page.getByRole('columnheader', { name: '2031' })).toHaveCount(0);

		await signIn(page, DEMO.coordinator);
		await expect(async () => {
			// Other tests start drafts of the council's (and its units') too: count those its coordinator may read.
			const [{ drafts }] = await sql<{ drafts: number }>(
				`select count(*)::int as drafts from public.projects p
				 where not p.is_published
				   and exists (select 1 from public.project_partners pp where pp.project_id = p.id and pp.organisation_id in (${FAMILY}))
				   and exists (select 1 from public.project_members m where m.project_id = p.id and m.user_id = $2)`,
				[DAUGAVPILS, COORDINATOR]
			);
			await page.goto(`/en${PATH}`);
			await expect(
				page.getByText(`Includes draft projects visible to you: ${drafts}.`)
			).toBeVisible({ timeout: 1000 });
		}).toPass();
		const row = page
			.getByRole('table', { name: 'The projects, newest first' })
			.getByRole('row', { name: /OVD/ });
		await expect(row).toContainText('lead partner');
		await expect(row).toContainText('(draft)');
		const perYear = page.getByRole('table', { name: TEXT.en.perProgrammeAndYear });
		await expect(perYear.getByRole('columnheader', { name: '2031' })).toBeVisible();
		const perStartYear = page.getByRole('table', {
			name: 'Budget of Daugavpils valstspilsētas pašvaldība per year the projects start'
		});
		await expect(perStartYear.getByRole('row', { name: /^2031/ }).getByRole('cell')).toHaveText([
			'1',
			'€12,345.67',
			'€10,000',
			'€2,345.67',
			'€0'
		]);
		const partnership = page
			.getByRole('table', { name: 'Whole partnerships: every partner budget recorded' })
			.getByRole('row', { name: /^OVD/ });
		await expect(partnership.getByRole('cell')).toHaveText([
			'2 of 2 partners',
			'€17,345.67',
			'€14,000',
			'€3,345.67'
		]);
		await expectNoViolations(page, 'en');
	} finally {
		await sql(`delete from public.projects where slug = $1`, [slug]);
	}
});

/** Cells of a CSV this portal writes: every cell quoted. */
function parseCsv(text: string): string[][] {
	return text
		.replace(/^\ufeff/, '')
		.split('\r\n')
		.filter((line, i, lines) => line || i < lines.length - 1)
		.map((line) =>
			[...line.matchAll(/"((?:[^"]|"")*)"/g)].map((cell) => cell[1].replaceAll('""', '"'))
		);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page shows its tables, and the CSV download holds the same figures', async ({
		page
	}) => {
		await page.goto(`/en${PATH}`);
		const money = page.getByRole('table', { name: TEXT.en.moneyPerProgramme });
		const pageTotals = await money.locator('tfoot td').allTextContents();
		const link = page.getByRole('link', { name: 'Download these tables (CSV)' });
		const response = await page.request.get((await link.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toBe(
			`attachment; filename="daugavpils-city-council-overview.csv"; filename*=UTF-8''daugavpils-city-council-overview.csv`
		);
		const rows = parseCsv(await response.text());
		expect(rows[0]).toEqual(['Network overview: Daugavpils valstspilsētas pašvaldība']);
		const caption = rows.findIndex((row) => row[0] === TEXT.en.moneyPerProgramme);
		expect(rows[caption + 1]).toEqual([
			'Programme',
			'Projects',
			'Total budget (EUR)',
			'EU co-financing (EUR)',
			'Own co-financing (EUR)',
			'Pre-financing (EUR)'
		]);
		const totals = rows.slice(caption + 2).find((row) => row[0] === 'Total')!;
		// The CSV's plain decimals are the page's amounts.
		expect(
			totals.slice(2).map((amount) => formatEuro(Math.round(Number(amount) * 100), 'en'))
		).toEqual(pageTotals.slice(1));
		expect(totals[1]).toBe(pageTotals[0]);
	});
});

test('an unknown organisation has no overview: 404', async ({ page }) => {
	expect((await page.goto('/en/organisations/no-such-organisation/overview'))?.status()).toBe(404);
	expect(
		(await page.request.get('/lv/organisations/no-such-organisation/overview.csv')).status()
	).toBe(404);
});
