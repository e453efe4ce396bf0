// A funder report as data: titled sections of rows. The report page, its CSV and its XLSX are all
// written from the same sections, so a figure cannot differ between them; only the way a cell is
// written differs (the reader's locale on the page, plain machine values in the files).
import { dateTimeFormat } from '#lib/intl.ts';
import { formatDateRange } from './dates.ts';
import { formatEuro, formatNumber } from './money.ts';

/** A date as exactly as it is known; with a time for events (the venue's wall clock). */
export type DateCell = { date: string; precision: 'year' | 'month' | 'day' | 'minute' };
/** An address; on the page, a link named by `label` where the address itself says little. */
export type LinkCell = { url: string; label?: string };
/** Text in another language than the reader's (content not translated yet): the page marks its language. */
export type TextCell = { text: string; lang: string };
/** An amount in euro, kept in cents (exact): money on the page, a number of euro in the files. */
export type MoneyCell = { cents: number };
/** A photo: its thumbnail on the page (printed too), the address of its full rendition in the files. */
export type ImageCell = LinkCell & {
	image: string;
	alt: string;
	altLang?: string;
	width: number;
	height: number;
};
export type Cell = null | string | number | DateCell | LinkCell | TextCell | MoneyCell | ImageCell;

export type Section = {
	id: string;
	title: string;
	/** 'facts' is a list of label–value pairs; 'table' has a header row. */
	layout: 'facts' | 'table';
	columns: string[];
	rows: Cell[][];
	/** What the page says when there are no rows. */
	empty: string;
};

export type Report = {
	title: string;
	/** The file name without its extension: ASCII, from the project's address. */
	fileName: string;
	sections: Section[];
};

export const isDate = (cell: Cell): cell is DateCell =>
	typeof cell === 'object' && cell !== null && 'date' in cell;
export const isLink = (cell: Cell): cell is LinkCell =>
	typeof cell === 'object' && cell !== null && 'url' in cell;
export const isImage = (cell: Cell): cell is ImageCell => isLink(cell) && 'image' in cell;
export const isText = (cell: Cell): cell is TextCell =>
	typeof cell === 'object' && cell !== null && 'lang' in cell;
export const isMoney = (cell: Cell): cell is MoneyCell =>
	typeof cell === 'object' && cell !== null && 'cents' in cell;

/** How a spreadsheet shows an amount in euro: with cents, grouped, the currency after it. */
export const EURO_FORMAT = '#,##0.00 "€"';

/** "2018-03", "2018-03-12", "2018-03-12 09:00": what a spreadsheet or a script reads unambiguously. */
export function plainDate(cell: DateCell): string {
	const length = { year: 4, month: 7, day: 10, minute: 16 }[cell.precision];
	return cell.date.slice(0, length).replace('T', ' ');
}

/** A date with its time, as the page shows an event's venue time: "12 March 2018, 09:00". */
const MINUTE: Intl.DateTimeFormatOptions = {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'UTC'
};

/** The date's wall-clock value as a UTC instant, so that no time zone shifts it in formatting. */
export function wallClock(cell: DateCell): Date {
	const [year, month = '01', day = '01'] = cell.date.slice(0, 10).split('-');
	const [hour = '00', minute = '00'] = cell.date.slice(11, 16).split(':');
	return new Date(
		Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute))
	);
}

/** A cell as the page shows it, in the reader's locale. */
export function displayCell(cell: Cell, locale: string): string {
	if (cell === null) return '—';
	if (typeof cell === 'number') return formatNumber(cell, locale);
	if (typeof cell === 'string') return cell;
	if (isText(cell)) return cell.text;
	if (isMoney(cell)) return formatEuro(cell.cents, locale);
	if (isLink(cell)) return cell.label ?? cell.url;
	if (cell.precision !== 'minute')
		return formatDateRange(cell.date.slice(0, 10), null, cell.precision, locale);
	return dateTimeFormat(locale, MINUTE).format(wallClock(cell));
}
