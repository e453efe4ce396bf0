import { describe, expect, it } from 'vitest';
import { barShares, parseQuantity, quantityInput } from '../../src/lib/quantities.ts';

describe('parseQuantity', () => {
	it.each([
		['120', 120],
		['  3 700 ', 3700],
		['3\u00a0700', 3700],
		['12,5', 12.5],
		['12.25', 12.25],
		['0', 0],
		['1555', 1555]
	])('reads %j as %d', (raw, value) => {
		expect(parseQuantity(raw)).toEqual({ value });
	});

	it.each([
		['-1', 'negative'],
		['−3', 'negative'],
		['a lot', 'not_a_number'],
		['', 'not_a_number'],
		['1e3', 'not_a_number'],
		['12,5,5', 'not_a_number'],
		['1.234', 'too_precise'],
		['0,001', 'too_precise'],
		// Grouped with commas or points: the message says to group with a space.
		['12,345.678', 'too_precise'],
		['1.234.567', 'too_precise'],
		['99999999999', 'too_large']
	])('refuses %j: %s', (raw, error) => {
		expect(parseQuantity(raw)).toEqual({ error });
	});
});

describe('quantityInput', () => {
	it('gives the value back in the locale, ungrouped', () => {
		expect(quantityInput(3700, 'lv')).toBe('3700');
		expect(quantityInput(12.5, 'lv')).toBe('12,5');
		expect(quantityInput(12.5, 'en')).toBe('12.5');
	});
});

describe('barShares', () => {
	it('scales both bars to the larger of the two', () => {
		expect(barShares(16, 16)).toEqual({ planned: 100, achieved: 100 });
		expect(barShares(10, 5)).toEqual({ planned: 100, achieved: 50 });
		expect(barShares(4, 8)).toEqual({ planned: 50, achieved: 100 });
	});

	it('draws nothing for nothing, and no achieved bar when none is reported', () => {
		expect(barShares(0, 0)).toEqual({ planned: 0, achieved: 0 });
		expect(barShares(30, null)).toEqual({ planned: 100, achieved: 0 });
	});
});
