// CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (so that Līga and Wiśniewska
// keep their letters), every cell quoted, CRLF line ends, and no cell ever read as a formula.
import { contentDisposition } from '#lib/file-types.ts';

/** One cell: quoted, and a text starting with =, +, -, @ (or a tab or return) is kept as text. */
export function csvCell(value: string | number | null): string {
	const text = value === null ? '' : String(value);
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replaceAll('"', '""')}"`;
}

/** A whole file from its rows. */
export function csvFile(rows: Array<Array<string | number | null>>): string {
	return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

type Row = Array<string | number | null>;

/** Tables one after another under a title, each under its caption, a blank row before each. */
export function csvSections(
	title: string,
	sections: Array<{ caption: string; rows: Row[] }>
): Row[] {
	return [[title], ...sections.flatMap(({ caption, rows }) => [[], [caption], ...rows])];
}

/** Rows of cells as a CSV download named `filename`. */
export function csvResponse(
	rows: Array<Array<string | number | null>>,
	filename: string
): Response {
	return new Response(csvFile(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': contentDisposition(filename)
		}
	});
}

/** Euro cents (never negative) as a plain decimal a spreadsheet reads as a number ("10000.50"): exact, no rounding. */
export function csvEuro(cents: number): string {
	return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
