import { describe, expect, it } from 'vitest';
import { formatDateRange, yearsOf } from '../../src/lib/dates.ts';
import { formatEuro } from '../../src/lib/money.ts';

describe('formatDateRange', () => {
	it.each([
		['2024-01-01', '2025-12-31', 'day', 'en', '1 January 2024 – 31 December 2025'],
		['2018-04-11', '2018-04-12', 'day', 'en', '11–12 April 2018'],
		['2022-01-01', '2022-12-31', 'year', 'en', '2022'],
		['2018-03-01', '2019-09-30', 'month', 'en', 'March 2018 – September 2019'],
		['2024-01-01', '2025-12-31', 'day', 'lv', '2024. gada 1. janvāris – 2025. gada 31. decembris']
	] as const)('%s..%s (%s, %s)', (start, end, precision, locale, expected) => {
		expect(formatDateRange(start, end, precision, locale).replace(/\u2009/g, ' ')).toBe(expected);
	});

	it('lists the years a project runs through', () => {
		expect(yearsOf('2017-10-16', '2019-10-15')).toEqual([2017, 2018, 2019]);
		expect(yearsOf(null, null)).toEqual([]);
	});
});

describe('formatEuro', () => {
	it.each([
		[1460000, 'en', '€14,600'],
		[1460000, 'lv', '14 600 €'],
		[1268050, 'en', '€12,680.50']
	])('%i cents in %s', (cents, locale, expected) => {
		expect(formatEuro(cents, locale).replace(/\u00a0/g, ' ')).toBe(expected);
	});
});
