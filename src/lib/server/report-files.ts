// A funder report as files a coordinator hands in: CSV (each section after the other, under its
// title) and XLSX (a sheet per section). Both carry machine values: numbers as numbers, dates as
// dates (XLSX) or ISO text (CSV), so that a funder's spreadsheet can add them up.
import ExcelJS from 'exceljs';
import {
	EURO_FORMAT,
	isDate,
	isLink,
	isMoney,
	isText,
	plainDate,
	wallClock,
	type Cell,
	type Report
} from '#lib/report.ts';
import { csvSections } from './csv.ts';

function plainCell(cell: Cell): string | number | null {
	if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
	if (isText(cell)) return cell.text;
	if (isMoney(cell)) return cell.cents / 100;
	return isLink(cell) ? cell.url : plainDate(cell);
}

/** The CSV's rows: the title, then each section under its own title. */
export function reportRows(report: Report): Array<Array<string | number | null>> {
	return csvSections(
		report.title,
		report.sections.map((section) => ({
			caption: section.title,
			rows: [section.columns, ...section.rows.map((row) => row.map(plainCell))]
		}))
	);
}

const DATE_FORMATS = {
	year: 'yyyy',
	month: 'yyyy-mm',
	day: 'yyyy-mm-dd',
	minute: 'yyyy-mm-dd hh:mm'
} as const;

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
	const base =
		title
			.replace(/[:\\/?*[\]]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 31)
			.trim() || 'Sheet';
	let name = base;
	for (let n = 2; taken.has(name.toLowerCase()); n++)
		name = `${base.slice(0, 31 - String(n).length - 1).trimEnd()} ${n}`;
	taken.add(name.toLowerCase());
	return name;
}

export async function reportXlsx(report: Report): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.title = report.title;
	workbook.creator = 'Tilts';
	const taken = new Set<string>();
	for (const section of report.sections) {
		const sheet = workbook.addWorksheet(sheetName(section.title, taken), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		sheet.addRow(section.columns).font = { bold: true };
		for (const row of section.rows) {
			const added = sheet.addRow(
				row.map((cell) =>
					isDate(cell)
						? wallClock(cell)
						: isLink(cell)
							? { text: cell.url, hyperlink: cell.url }
							: plainCell(cell)
				)
			);
			row.forEach((cell, i) => {
				if (isDate(cell)) added.getCell(i + 1).numFmt = DATE_FORMATS[cell.precision];
				if (isMoney(cell)) added.getCell(i + 1).numFmt = EURO_FORMAT;
			});
		}
		// Wide enough to read, narrow enough to print: by the longest text, within bounds.
		sheet.columns.forEach((column, i) => {
			const longest = Math.max(
				section.columns[i].length,
				...section.rows.map((row) => String(plainCell(row[i]) ?? '').length)
			);
			column.width = Math.min(Math.max(longest + 2, 10), 60);
		});
	}
	// Copied into a plain ArrayBuffer: what a Response body takes, whatever Buffer exceljs returns.
	const written = new Uint8Array(await workbook.xlsx.writeBuffer());
	const bytes = new Uint8Array(written.byteLength);
	bytes.set(written);
	return bytes;
}
