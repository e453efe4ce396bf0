// CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (so that Līga and Wiśniewska
// keep their letters), every cell quoted, CRLF line ends, and no cell ever read as a formula.

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
