import { describe, expect, it } from 'vitest';
import { euroInput, formatEuro, parseEuro } from '../../src/lib/money.ts';

describe('parseEuro', () => {
	it.each([
		['14600', 1460000],
		['14 600', 1460000],
		['14\u00a0600', 1460000],
		['14\u202f600', 1460000],
		['14,600.50', 1460050],
		['14.600,50', 1460050],
		['550,5', 55050],
		['€ 9 800', 980000],
		['9 800 €', 980000],
		['9\u00a0800\u00a0€', 980000],
		['1,234', 123400],
		['1.234', 123400],
		['1,234,567', 123456700],
		['1.234.567,89', 123456789],
		['12.34', 1234],
		['0,50', 50],
		['0', 0],
		['9999999999999.99', 999999999999999]
	])('%j is %i cents', (input, cents) => {
		expect(parseEuro(input)).toEqual({ cents });
	});

	it.each([
		['0,005', 'too_precise'],
		['0.123', 'too_precise'],
		['01,234', 'too_precise'],
		['1.234,567', 'too_precise'],
		['12 34', 'not_a_number'],
		['1,234,56', 'not_a_number'],
		['1.234.567,891', 'too_precise'],
		['12,345,67', 'not_a_number'],
		['1.2.3', 'not_a_number'],
		['1e5', 'not_a_number'],
		['abc', 'not_a_number'],
		['', 'not_a_number'],
		['   ', 'not_a_number'],
		[',50', 'not_a_number'],
		['5,', 'not_a_number'],
		['-5', 'negative'],
		['\u22125', 'negative'],
		['- 5', 'negative'],
		['€ -5', 'negative'],
		['1234567890123456', 'too_large'],
		['10000000000000', 'too_large']
	])('%j is refused as %s', (input, error) => {
		expect(parseEuro(input)).toEqual({ error });
	});

	// The doc says the separators other than the decimal one "must group thousands": a leading
	// group of four digits is not a thousands group, so "1234,567" must not become 1 234 567 euro
	// (a Latvian editor who typed three decimals by mistake would get a thousand times the amount).
	it.each(['1234,567', '12345.678'])(
		'%j is not read as thousands (leading group longer than three digits)',
		(input) => {
			expect(parseEuro(input)).toHaveProperty('error');
		}
	);
});

describe('parseEuro reads back what the portal writes', () => {
	const amounts = [0, 5, 50, 1234, 100000, 123456, 1460000, 1268050, 99999999999];

	it.each(['en', 'lv'])('euroInput in %s', (locale) => {
		for (const cents of amounts)
			expect(parseEuro(euroInput(cents, locale)), `${cents} → ${euroInput(cents, locale)}`).toEqual(
				{ cents }
			);
	});

	it.each(['en', 'lv'])('formatEuro in %s', (locale) => {
		for (const cents of amounts)
			expect(
				parseEuro(formatEuro(cents, locale)),
				`${cents} → ${formatEuro(cents, locale)}`
			).toEqual({ cents });
	});
});
