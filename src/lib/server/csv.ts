// CSV for spreadsheet programs: every cell quoted and never read as a formula, UTF-8 with a
// byte-order mark so that names with diacritics (Līga, Wiśniewska) open right.

/** A spreadsheet cell: quoted, and never read as a formula (=, +, -, @ at the start). */
export function csvCell(value: string | number | null): string {
	const text = value === null ? '' : String(value);
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows of cells as a CSV download named `filename`. */
export function csvResponse(rows: Array<Array<string | number | null>>, filename: string): Response {
	const csv = '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
}

/** Euro cents (never negative) as a plain decimal a spreadsheet reads as a number ("10000.50"): exact, no rounding. */
export function csvEuro(cents: number): string {
	return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
