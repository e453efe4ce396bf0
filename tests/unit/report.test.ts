// The funder report's cells as the page shows them and as the CSV and XLSX files carry them: the
// files are read back here with exceljs, as a funder's spreadsheet program would read them.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvFile } from '../../src/lib/server/csv.ts';
import { reportRows, reportXlsx, sheetName } from '../../src/lib/server/report-files.ts';
import { displayCell, plainDate, type Report } from '../../src/lib/report.ts';

const REPORT: Report = {
	title: 'Funder report: WIR',
	fileName: 'wir-report-en',
	sections: [
		{
			id: 'project',
			title: 'Project',
			layout: 'facts',
			columns: ['Field', 'Value'],
			rows: [
				['Start date', { date: '2017-10-16', precision: 'day' }],
				['Partners', 10]
			],
			empty: ''
		},
		{
			id: 'events',
			title: 'Events: places and times',
			layout: 'table',
			columns: ['Event', 'Starts', 'Participants', 'Page'],
			rows: [
				[
					'Kick-off, Vänersborg',
					{ date: '2018-03-12T09:30:00', precision: 'minute' },
					12,
					{ url: 'https://tilts.example/en/events/kick-off', label: 'Open' }
				],
				['Final meeting "WIR"', { date: '2019-09-01', precision: 'month' }, null, null]
			],
			empty: 'None'
		},
		{
			id: 'results',
			title: 'Results',
			layout: 'table',
			columns: ['Result'],
			rows: [['=HYPERLINK("https://evil.example","click")'], ['-5 degrees'], ['+1 more']],
			empty: 'None'
		},
		{
			id: 'indicators',
			title: 'Outcomes: planned and achieved',
			layout: 'table',
			columns: ['Indicator', 'Planned', 'Achieved'],
			rows: [['Mobilities', 16, 16.5]],
			empty: 'None'
		}
	]
};

describe('report cells on the page', () => {
	it('formats numbers and dates in the reader’s locale, dates as their wall-clock value', () => {
		expect(displayCell(3700, 'en')).toBe('3,700');
		expect(displayCell(3700, 'lv')).toBe('3700');
		expect(displayCell(12.5, 'lv')).toBe('12,5');
		expect(displayCell({ date: '2017-10-16', precision: 'day' }, 'en')).toBe('16 October 2017');
		expect(displayCell({ date: '2018-03-12T09:30:00', precision: 'minute' }, 'en')).toBe(
			'12 March 2018 at 09:30'
		);
		expect(displayCell({ date: '2018-03-12T23:30:00', precision: 'day' }, 'lv')).toBe(
			'2018. gada 12. marts'
		);
		expect(displayCell({ date: '2018-03-01', precision: 'month' }, 'en')).toBe('March 2018');
		expect(displayCell({ date: '2018-01-01', precision: 'year' }, 'en')).toBe('2018');
		expect(displayCell(null, 'en')).toBe('—');
		expect(displayCell({ url: 'https://a.example/x', label: 'Open' }, 'en')).toBe('Open');
		expect(displayCell({ url: 'https://a.example/x' }, 'en')).toBe('https://a.example/x');
	});

	it('writes dates for files as exactly as they are known', () => {
		expect(plainDate({ date: '2018-03-12T09:30:00', precision: 'minute' })).toBe(
			'2018-03-12 09:30'
		);
		expect(plainDate({ date: '2018-03-12T09:30:00', precision: 'day' })).toBe('2018-03-12');
		expect(plainDate({ date: '2018-03-12', precision: 'month' })).toBe('2018-03');
		expect(plainDate({ date: '2018-03-12', precision: 'year' })).toBe('2018');
	});
});

describe('CSV', () => {
	it('lists each section under its title with machine values', () => {
		const lines = csvFile(reportRows(REPORT))
			.replace(/^\ufeff/, '')
			.split('\r\n');
		expect(lines).toEqual([
			'"Funder report: WIR"',
			'',
			'"Project"',
			'"Field","Value"',
			'"Start date","2017-10-16"',
			'"Partners","10"',
			'',
			'"Events: places and times"',
			'"Event","Starts","Participants","Page"',
			'"Kick-off, Vänersborg","2018-03-12 09:30","12","https://tilts.example/en/events/kick-off"',
			'"Final meeting ""WIR""","2019-09","",""',
			'',
			'"Results"',
			'"Result"',
			`"'=HYPERLINK(""https://evil.example"",""click"")"`,
			`"'-5 degrees"`,
			`"'+1 more"`,
			'',
			'"Outcomes: planned and achieved"',
			'"Indicator","Planned","Achieved"',
			'"Mobilities","16","16.5"',
			''
		]);
	});
});

describe('XLSX', () => {
	async function read(report: Report): Promise<ExcelJS.Workbook> {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await reportXlsx(report)).buffer);
		return workbook;
	}

	it('has a sheet per section with a bold header, numbers as numbers and dates as dates', async () => {
		const workbook = await read(REPORT);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Project',
			'Events places and times',
			'Results',
			'Outcomes planned and achieved'
		]);
		const events = workbook.getWorksheet('Events places and times')!;
		expect(events.getRow(1).values).toEqual([undefined, 'Event', 'Starts', 'Participants', 'Page']);
		expect(events.getRow(1).font?.bold).toBe(true);
		const kickOff = events.getRow(2);
		expect(kickOff.getCell(1).value).toBe('Kick-off, Vänersborg');
		expect(kickOff.getCell(2).value).toEqual(new Date(Date.UTC(2018, 2, 12, 9, 30)));
		expect(kickOff.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
		expect(kickOff.getCell(3).value).toBe(12);
		expect(kickOff.getCell(4).value).toEqual({
			text: 'https://tilts.example/en/events/kick-off',
			hyperlink: 'https://tilts.example/en/events/kick-off'
		});
		expect(events.getRow(3).getCell(2).numFmt).toBe('yyyy-mm');
		expect(events.getRow(3).getCell(3).value).toBeNull();
		expect(workbook.getWorksheet('Outcomes planned and achieved')!.getRow(2).values).toEqual([
			undefined,
			'Mobilities',
			16,
			16.5
		]);
	});

	it('keeps a formula-looking text as a text, never a formula', async () => {
		const results = (await read(REPORT)).getWorksheet('Results')!;
		const cell = results.getRow(2).getCell(1);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe('=HYPERLINK("https://evil.example","click")');
	});

	it('names sheets as Excel allows: 31 characters, no : \\ / ? * [ ], each once', () => {
		const taken = new Set<string>();
		expect(sheetName('Participants per partner, at the project’s held events', taken)).toBe(
			'Participants per partner, at th'
		);
		expect(sheetName('Participants per partner, at the project’s held events', taken)).toBe(
			'Participants per partner, at 2'
		);
		expect(sheetName('a/b:c?d*e[f]g\\h', taken)).toBe('a b c d e f g h');
		expect(sheetName('   ', taken)).toBe('Sheet');
		expect(sheetName('sheet', taken)).toBe('sheet 2');
	});
});
