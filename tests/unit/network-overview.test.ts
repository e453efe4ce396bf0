import { describe, expect, it } from 'vitest';
import {
	barLengths,
	otherBudgetsRecorded,
	paymentsPerYear,
	projectsPerProgrammeAndYear
} from '../../src/lib/network-overview.ts';

describe('projectsPerProgrammeAndYear', () => {
	it('lays the counts out as programmes by start year, years ascending and "not recorded" last, with totals both ways', () => {
		const table = projectsPerProgrammeAndYear({
			per_programme_and_year: [
				{ programme: 'cerv', year: 2024, projects: 2 },
				{ programme: 'europe_for_citizens', year: 2017, projects: 1 },
				{ programme: 'europe_for_citizens', year: 2018, projects: 2 },
				{ programme: null, year: null, projects: 1 }
			]
		});
		expect(table.columns).toEqual([2017, 2018, 2024, null]);
		expect(table.rows).toEqual([
			{ key: 'cerv', cells: [0, 0, 2, 0], total: 2 },
			{ key: 'europe_for_citizens', cells: [1, 2, 0, 0], total: 3 },
			{ key: null, cells: [0, 0, 0, 1], total: 1 }
		]);
		expect(table.totals).toEqual([1, 2, 2, 1]);
		expect(table.total).toBe(6);
	});

	it('is empty without projects', () => {
		expect(projectsPerProgrammeAndYear({ per_programme_and_year: [] })).toEqual({
			columns: [],
			rows: [],
			totals: [],
			total: 0
		});
	});
});

describe('paymentsPerYear', () => {
	it('shows only the kinds recorded, in a fixed order, and keeps cents exact', () => {
		const table = paymentsPerYear({
			payments_per_year: [
				{ year: 2018, kind: 'co_financing', amount_cents: 559_000 },
				{ year: 2018, kind: 'pre_financing', amount_cents: 410_001 },
				{ year: null, kind: 'advance', amount_cents: 2_792_000 },
				{ year: 2022, kind: 'pre_financing', amount_cents: 600_000 }
			]
		});
		expect(table.columns).toEqual(['pre_financing', 'advance', 'co_financing']);
		expect(table.rows.map((r) => [r.key, r.cells, r.total])).toEqual([
			[2018, [410_001, 0, 559_000], 969_001],
			[2022, [600_000, 0, 0], 600_000],
			[null, [0, 2_792_000, 0], 2_792_000]
		]);
		expect(table.totals).toEqual([1_010_001, 2_792_000, 559_000]);
		expect(table.total).toBe(4_361_001);
	});
});

describe('barLengths', () => {
	it('scales to the largest value', () => {
		expect(barLengths([5, 10, 0])).toEqual([50, 100, 0]);
		expect(barLengths([0, 0])).toEqual([0, 0]);
	});
});

describe('otherBudgetsRecorded', () => {
	const partnership = (budgets: number, own: number) => ({
		project_id: 'p',
		partners: 3,
		budgets,
		own_budgets: own,
		total_cents: 1,
		eu_cents: 0,
		own_cents: 0
	});

	it('is false when every budget recorded is the organisation’s own or its units’', () => {
		expect(otherBudgetsRecorded({ partnerships: [partnership(1, 1), partnership(1, 1)] })).toBe(
			false
		);
		// The organisation and one of its units, both with a budget in one project.
		expect(otherBudgetsRecorded({ partnerships: [partnership(2, 2)] })).toBe(false);
	});

	it('is true when another partner has one, with or without the organisation’s own', () => {
		expect(otherBudgetsRecorded({ partnerships: [partnership(1, 1), partnership(2, 1)] })).toBe(
			true
		);
		expect(otherBudgetsRecorded({ partnerships: [partnership(1, 0)] })).toBe(true);
	});
});
