// What every XML document the portal writes (Atom feeds, sitemaps) needs: text that cannot break
// the document whatever people typed, and instants in the one form both formats read.

/**
 * Text for an element or a quoted attribute. Drops what XML 1.0 does not allow at all (control
 * characters other than tab, line feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF)
 * and the controls it allows but discourages (DEL and C1, which are never meant as text: they come
 * from mis-decoded Windows-1252). Tab, line feed and carriage return are written as references so
 * that they survive as they are: parsers turn them into spaces in attributes and a CR into LF in
 * text.
 */
export function escapeXml(value: string): string {
	return value
		.replace(/[[\p{Cc}--[\t\n\r]]\ufffe\uffff]|[\ud800-\udfff]/gv, '')
		.replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char]);
}

const REFERENCES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

/**
 * RFC 3339 in UTC, to the second: '2024-10-15T09:00:00Z' (also a W3C datetime, as sitemaps want).
 * Refuses (RangeError) what is not a date or lies outside the years 0000–9999.
 */
export function xmlTimestamp(instant: Date, what: string): string {
	const iso = Number.isNaN(instant.getTime()) ? '' : instant.toISOString();
	// Years past 9999 or before 0000 come out as '+010000-…' / '-000001-…', which RFC 3339 lacks.
	if (!/^\d{4}-/.test(iso))
		throw new RangeError(`${what}: ${String(instant)} is not a date an XML feed can carry`);
	return iso.replace(/\.\d+Z$/, 'Z');
}
