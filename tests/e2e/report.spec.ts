// The funder report: the WIR coordinator opens it from the project page and sees 9 events and 16
// mobilities achieved against plan; the XLSX and CSV downloads, read back, hold exactly what the
// page shows, cell by cell, in English and in Latvian. The report is as readable as its project and
// its documents: partner-only ones appear for the partnership only.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, parseCsv, signIn, sql } from './factories.ts';
import {
	displayCell,
	EURO_FORMAT,
	plainDate,
	type Cell,
	type DateCell,
	type TextCell
} from '../../src/lib/report.ts';

const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const PRECISION: Record<string, DateCell['precision']> = {
	yyyy: 'year',
	'yyyy-mm': 'month',
	'yyyy-mm-dd': 'day',
	'yyyy-mm-dd hh:mm': 'minute'
};

/** A spreadsheet cell as the report's cell it was written from (a sheet marks no language: text is plain). */
function reportCell(cell: ExcelJS.Cell): Exclude<Cell, TextCell> {
	const value = cell.value;
	if (value === null || value === undefined) return null;
	if (value instanceof Date)
		return { date: value.toISOString().slice(0, 16), precision: PRECISION[cell.numFmt] };
	if (typeof value === 'object' && 'hyperlink' in value) return { url: value.hyperlink };
	if (typeof value === 'number' && cell.numFmt === EURO_FORMAT)
		return { cents: Math.round(value * 100) };
	return value as string | number;
}

/** What the page shows in one cell: its text, or the address it links to. */
async function pageCell(cell: Locator): Promise<string> {
	const links = cell.getByRole('link');
	return (await links.count())
		? ((await links.getAttribute('href')) ?? '')
		: (await cell.innerText()).trim();
}

function expectedText(cell: Cell, locale: string): string {
	return typeof cell === 'object' && cell !== null && 'url' in cell
		? cell.url
		: displayCell(cell, locale);
}

/** Every section of the page against its sheet: the header row and each cell. */
async function expectPageMatches(page: Page, workbook: ExcelJS.Workbook, locale: string) {
	const sections = page.locator('section[data-section]');
	await expect(sections).toHaveCount(workbook.worksheets.length);
	for (const [index, sheet] of workbook.worksheets.entries()) {
		const section = sections.nth(index);
		const rows: Cell[][] = [];
		sheet.eachRow((row, number) => {
			if (number > 1)
				rows.push(
					Array.from({ length: sheet.columnCount }, (_, i) => reportCell(row.getCell(i + 1)))
				);
		});
		const table = section.locator('table');
		if (await table.count()) {
			const header = (sheet.getRow(1).values as unknown[]).slice(1);
			await expect(table.locator('thead th')).toHaveText(header as string[]);
			const pageRows = table.locator('tbody tr');
			await expect(pageRows).toHaveCount(rows.length);
			for (const [r, row] of rows.entries()) {
				const cells = pageRows.nth(r).locator('th, td');
				for (const [c, cell] of row.entries())
					expect(await pageCell(cells.nth(c)), `${sheet.name} row ${r + 1} column ${c + 1}`).toBe(
						expectedText(cell, locale)
					);
			}
		} else if (await section.locator('dl').count()) {
			const values = section.locator('dd');
			await expect(section.locator('dt')).toHaveText(rows.map((row) => row[0] as string));
			for (const [r, row] of rows.entries())
				expect(await pageCell(values.nth(r)), `${sheet.name} ${row[0]}`).toBe(
					expectedText(row[1], locale)
				);
		} else if (await section.locator('ul').count()) {
			await expect(section.locator('li')).toHaveText(
				rows.map((row) => expectedText(row[0], locale))
			);
		} else {
			expect(rows, `${sheet.name} is empty on the page, so in the file`).toEqual([]);
		}
	}
}

/** The CSV holds each sheet under its section title, with the same machine values. */
function expectCsvMatches(
	csv: string[][],
	workbook: ExcelJS.Workbook,
	title: string,
	sectionTitles: string[]
) {
	const expected: string[][] = [[title]];
	for (const [index, sheet] of workbook.worksheets.entries()) {
		expected.push([], [sectionTitles[index]]);
		sheet.eachRow((row) => {
			expected.push(
				Array.from({ length: sheet.columnCount }, (_, i) => {
					const cell = reportCell(row.getCell(i + 1));
					if (cell === null) return '';
					if (typeof cell !== 'object') return String(cell);
					if ('cents' in cell) return String(cell.cents / 100);
					return 'url' in cell ? cell.url : plainDate(cell);
				})
			);
		});
	}
	expect(csv).toEqual(expected);
}

async function downloadXlsx(page: Page): Promise<ExcelJS.Workbook> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('a[href$="/report.xlsx"]').click()
	]);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile((await download.path())!)).buffer);
	return workbook;
}

test('the WIR coordinator opens the funder report: 9 events and 16 mobilities against plan, and the XLSX and CSV match the page', async ({
	page
}) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/wir');
	await page.getByRole('link', { name: 'Funder report' }).click();
	await expect(page).toHaveURL(/\/en\/projects\/wir\/report$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Funder report: WIR – Promoting democratic engagement and civic participation'
	);

	const indicators = page.getByRole('region', { name: 'Outcomes: planned and achieved' });
	const events = indicators.getByRole('row', { name: /International events/ });
	// Partner, planned, approximate, achieved.
	await expect(events.getByRole('cell').nth(1)).toHaveText('9');
	await expect(events.getByRole('cell').nth(3)).toHaveText('9');
	const mobilities = indicators.getByRole('row', { name: /Staff mobilities/ });
	await expect(mobilities.getByRole('cell').nth(1)).toHaveText('16');
	await expect(mobilities.getByRole('cell').nth(3)).toHaveText('16');
	await expect(
		page.getByRole('region', { name: 'Press releases and news' }).locator('tbody tr')
	).toHaveCount(8);

	for (const locale of ['en', 'lv']) {
		await page.goto(`/${locale}/projects/wir/report`);
		const workbook = await downloadXlsx(page);
		expect(workbook.worksheets.length).toBe(12);
		await expectPageMatches(page, workbook, locale);
		const titles = await page.locator('section[data-section] h2').allInnerTexts();
		const csv = await page.request.get(`/${locale}/projects/wir/report.csv`);
		expect(csv.headers()['content-disposition']).toBe(
			`attachment; filename="wir-report-${locale}.csv"; filename*=UTF-8''wir-report-${locale}.csv`
		);
		expectCsvMatches(
			parseCsv(await csv.text()),
			workbook,
			await page.getByRole('heading', { level: 1 }).innerText(),
			titles
		);
	}
	// In Latvian, the figures of the sheet are the page's (9 and 16), under Latvian headings.
	const workbook = await downloadXlsx(page);
	// The sixth section: project, partners, events, per partner, per country, then the indicators.
	const sheet = workbook.worksheets[5];
	expect(sheet.name).toBe('Rezultāti plānotais un sasniegt');
	const achieved = Object.fromEntries(
		sheet
			.getSheetValues()
			.slice(2)
			.map((row) => [(row as unknown[])[1], [(row as unknown[])[3], (row as unknown[])[5]]])
	);
	expect(achieved).toEqual({
		'Starptautiski pasākumi': [9, 9],
		'Darbinieku mobilitātes': [16, 16]
	});
});

test('SOLID’s report lists its five held meetings with places, times and the people at each, adding up to the totals', async ({
	page
}) => {
	await page.goto('/en/projects/solid/report');
	const events = page.getByRole('region', { name: 'Events: places and times' }).locator('tbody tr');
	await expect(events).toHaveCount(5);
	await expect(events.first()).toContainText('SOLID project kick-off meeting, Jette');
	await expect(events.first()).toContainText('March 2018');
	await expect(events.first()).toContainText('Europe/Brussels');
	const workbook = await downloadXlsx(page);
	const sheet = workbook.getWorksheet('Events places and times')!;
	let participants = 0;
	let travelled = 0;
	sheet.eachRow((row, n) => {
		if (n > 1) {
			participants += Number(row.getCell(9).value);
			travelled += Number(row.getCell(10).value);
		}
	});
	// The per-country table's totals: fifteen Daugavpils people, all of them travelling.
	const latvia = page
		.getByRole('region', { name: 'Participants per country, at the project’s held events' })
		.getByRole('row', { name: 'Latvia' });
	await expect(latvia.getByRole('cell')).toHaveText([String(participants), String(travelled)]);
	expect([participants, travelled]).toEqual([15, 15]);
});

test('a partner-only document is in the partnership’s report only; a draft project’s report is not found by the public', async ({
	page,
	browser
}) => {
	// Young NEETs, not WIR: the first test compares WIR's whole report while this one runs.
	const [{ id: project }] = await sql<{ id: string }>(
		`select id from public.projects where slug = 'young-neets'`
	);
	const title = `Internal evaluation ${randomUUID().slice(0, 8)}`;
	const [{ id: documentId }] = await sql<{ id: string }>(
		`insert into public.documents (project_id, title, kind, visibility, created_by) values ($1, $2, 'report', 'partners', $3) returning id`,
		[project, { en: { text: title, status: 'original' } }, COORDINATOR]
	);
	await sql(
		`insert into public.document_files (document_id, locale, file_name, content_type, bytes, created_by) values ($1, 'en', 'evaluation.txt', 'text/plain', $2, $3)`,
		[documentId, Buffer.from('For the partnership only\n'), COORDINATOR]
	);
	const draft = `report-draft-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.projects (slug, title) values ($1, '{"en": {"text": "Draft for the report", "status": "original"}}')`,
		[draft]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select id, '0a000000-0000-4000-8000-000000000001', 'lead_partner' from public.projects where slug = $1`,
		[draft]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, $2, '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = $1`,
		[draft, COORDINATOR]
	);
	try {
		const visitor = await (await browser.newContext()).newPage();
		await visitor.goto('/en/projects/young-neets/report');
		await expect(visitor.getByRole('heading', { name: 'Documents' })).toBeVisible();
		await expect(visitor.getByText(title)).toHaveCount(0);
		expect(
			await (await visitor.request.get('/en/projects/young-neets/report.csv')).text()
		).not.toContain(title);
		for (const path of ['report', 'report.csv', 'report.xlsx'])
			expect((await visitor.request.get(`/en/projects/${draft}/${path}`)).status()).toBe(404);
		await visitor.context().close();

		await signIn(page, DEMO.coordinator);
		await page.goto('/en/projects/young-neets/report');
		const row = page
			.getByRole('region', { name: 'Documents' })
			.getByRole('row', { name: new RegExp(title) });
		await expect(row).toContainText('Partners only');
		expect(await (await page.request.get('/en/projects/young-neets/report.csv')).text()).toContain(
			title
		);
		expect((await page.request.get(`/en/projects/${draft}/report.xlsx`)).status()).toBe(200);
	} finally {
		await sql(`delete from public.documents where id = $1`, [documentId]);
		await sql(`delete from public.projects where slug = $1`, [draft]);
	}
});

test('the report prints on landscape pages without the site’s navigation or its buttons, and reads without JavaScript', async ({
	page,
	browser
}) => {
	await page.goto('/lv/projects/wir/report');
	await expect(page.getByRole('button', { name: 'Drukāt vai saglabāt kā PDF' })).toBeVisible();
	await expectNoViolations(page, 'lv');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Lejupielādēt kā izklājlapu (XLSX)' })).toBeHidden();
	await expect(
		page.getByRole('heading', { name: 'Rezultāti: plānotais un sasniegtais' })
	).toBeVisible();
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	const [, width, height] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
	expect(Number(width)).toBeGreaterThan(Number(height));

	const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await noScript.goto('/en/projects/wir/report');
	await expect(noScript.getByText('For a PDF, print this page')).toBeVisible();
	await expect(noScript.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
	await expect(noScript.getByRole('row', { name: /Staff mobilities/ })).toContainText('16');
	await noScript.context().close();
});

/** The Daugavpils budget of each sheet (002_, 003_, 004_), in euro: planned, EU, own, pre-financed, paid back; and its payments by year. */
const SHEETS = {
	solid: {
		budget: [4160, 1500, 2660, 1500, 0],
		payments: [
			['2018', 'Pre-financing by the council', '1100'],
			['2018', 'Own co-financing', '1990'],
			['2019', 'Pre-financing by the council', '400'],
			['2019', 'Own co-financing', '670']
		]
	},
	wir: {
		budget: [14600, 9800, 4800, 5880, 0],
		payments: [
			['2018', 'Pre-financing by the council', '3000'],
			['2018', 'Own co-financing', '3600'],
			['2019', 'Pre-financing by the council', '2880'],
			['2019', 'Own co-financing', '1200'],
			['', 'Advance from the programme', '3920'],
			['', 'Final payment from the programme', '5880']
		]
	},
	hop: {
		budget: [550, 350, 200, 350, 0],
		payments: [
			['', 'Pre-financing by the council', '350'],
			['', 'Own co-financing', '200']
		]
	}
} as const;

/** A section of the CSV: its rows under its title, up to the blank line that ends it. */
function csvSection(csv: string[][], title: string): string[][] {
	const start = csv.findIndex((row) => row.length === 1 && row[0] === title);
	expect(start, title).toBeGreaterThan(0);
	const end = csv.findIndex((row, i) => i > start && row.every((cell) => cell === ''));
	return csv.slice(start + 2, end === -1 ? undefined : end);
}

for (const [slug, sheet] of Object.entries(SHEETS)) {
	test(`${slug}: the budget in the report is the sheet's, on the page, in the CSV and in the XLSX, and its totals add up`, async ({
		page
	}) => {
		const [total, eu, own, pre, back] = sheet.budget;
		expect(eu + own).toBe(total);
		await page.goto(`/en/projects/${slug}/report`);
		const budget = page.getByRole('region', { name: 'Budget per partner' });
		await expect(budget.locator('thead th')).toHaveText([
			'Organisation',
			'Planned budget',
			'EU co-financing',
			'Own co-financing',
			'Pre-financing by the council',
			'Pre-financing paid back',
			'Notes'
		]);
		const euro = (value: number) => `€${value.toLocaleString('en')}`;
		await expect(budget.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText([
			...sheet.budget.map(euro),
			'—'
		]);

		const csv = parseCsv(await (await page.request.get(`/en/projects/${slug}/report.csv`)).text());
		const rows = csvSection(csv, 'Budget per partner');
		expect(rows.at(-1)).toEqual(['Total', ...sheet.budget.map(String), '']);
		expect(
			csvSection(csv, 'Payments and pre-financing').map((row) => [row[1], row[2], row[3]])
		).toEqual(sheet.payments);

		const workbook = await downloadXlsx(page);
		const budgetSheet = workbook.getWorksheet('Budget per partner')!;
		const last = budgetSheet.getRow(budgetSheet.rowCount);
		expect([2, 3, 4, 5, 6].map((column) => last.getCell(column).value)).toEqual([
			total,
			eu,
			own,
			pre,
			back
		]);
		expect(last.getCell(2).numFmt).toBe(EURO_FORMAT);
		// The payments add up to the budget: pre-financing and programme money to the EU share, own co-financing to the council's.
		const payments = workbook.getWorksheet('Payments and pre-financing')!;
		const sums: Record<string, number> = {};
		payments.eachRow((row, n) => {
			if (n > 1)
				sums[String(row.getCell(3).value)] =
					(sums[String(row.getCell(3).value)] ?? 0) + Number(row.getCell(4).value);
		});
		expect(sums['Own co-financing']).toBe(own);
		expect(sums['Pre-financing by the council']).toBe(pre);
	});
}

test('Young NEETs’ report and outcomes hold no demo registrations, and its mobilities are of staff and young people: the demo meeting is the fictional demo project’s', async ({
	page
}) => {
	const demoEvent = '/events/demo-partner-meeting-daugavpils-2024';
	await page.goto('/en/projects/young-neets/report');
	// Other tests give Young NEETs meetings of their own (one in Daugavpils too): the demo one is named by its address and title.
	const events = page.getByRole('region', { name: 'Events: places and times' });
	await expect(events.getByRole('row', { name: /\(demo\)|\(fictional\)/i })).toHaveCount(0);
	await expect(events.locator(`a[href$="${demoEvent}"]`)).toHaveCount(0);
	// Its 30 persons in mobilities as the sheet (000_) says: education staff and young people.
	const indicators = page.getByRole('region', { name: 'Outcomes: planned and achieved' });
	await expect(
		indicators
			.getByRole('row', { name: /^Mobilities of staff and young people/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('30');
	await expect(indicators.getByRole('row', { name: /Staff mobilities/ })).toHaveCount(0);
	const csv = await (await page.request.get('/en/projects/young-neets/report.csv')).text();
	expect(csv).not.toMatch(/\(demo\)|\(fictional\)|\/events\/[a-z0-9-]*demo/i);
	await page.goto('/en/projects/young-neets');
	await expect(page.locator(`a[href$="${demoEvent}"]`)).toHaveCount(0);
	const [outcomes] = await sql<{ events: unknown[] }>(
		`select public.project_outcomes(id) -> 'events' as events from public.projects where slug = 'young-neets'`
	);
	expect(JSON.stringify(outcomes.events)).not.toContain('0d000000-0000-4000-8000-000000000007');

	await page.goto('/en/projects/demo-project/report');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Funder report: DEMO – Demo project (fictional)'
	);
	await expect(
		page
			.getByRole('region', { name: 'Events: places and times' })
			.getByRole('row', { name: /Demo partner meeting in Daugavpils \(fictional\)/ })
	).toHaveCount(1);
});
