import { describe, expect, it } from 'vitest';
import { csvCell, csvEuro, csvFile, csvResponse } from '../../src/lib/server/csv.ts';

describe('csvCell', () => {
	it.each([
		['Līga', '"Līga"'],
		['say "hi"', '"say ""hi"""'],
		['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
		['+1', `"'+1"`],
		['-1', `"'-1"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		[12, '"12"'],
		// A number is a number, even a negative one: only texts can be formulas.
		[-5, '"-5"'],
		['\t=cmd', `"'\t=cmd"`],
		[null, '""']
	])('%s → %s', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});

describe('csvFile', () => {
	it('starts with a byte-order mark and ends each row with CRLF', () => {
		expect(csvFile([['Līga', 'Wiśniewska'], []])).toBe('\ufeff"Līga","Wiśniewska"\r\n\r\n');
	});
});

describe('csvEuro', () => {
	it.each([
		[0, '0.00'],
		[5, '0.05'],
		[1_000_050, '10000.50'],
		[3_170_000, '31700.00'],
		// Beyond what floating-point division keeps exact to the cent.
		[900_719_925_474_099, '9007199254740.99']
	])('%d cents → %s', (cents, text) => {
		expect(csvEuro(cents)).toBe(text);
	});
});

describe('csvResponse', () => {
	it('starts with a byte-order mark, ends rows with CRLF and names the download', async () => {
		const response = csvResponse(
			[
				['a', 1],
				['b', null]
			],
			'x.csv'
		);
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="x.csv"; filename*=UTF-8''x.csv`
		);
		// (text() would drop the byte-order mark: read the bytes.)
		expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(
			'\ufeff"a","1"\r\n"b",""\r\n'
		);
	});
});
