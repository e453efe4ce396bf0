// The network overview's cross tables, laid out once for the page and its CSV alike: the database
// gives one row per (programme, year) and per (year, payment kind); readers want them side by side.
import { m } from '#lib/paraglide/messages.js';
import { programmeName } from '#lib/programmes.ts';
import { partnerRoleName } from '#lib/role-names.ts';
import type { Overview, PaymentKind } from '#lib/server/data/organisations.ts';

/** A programme's name, or that the records do not give one. */
export function programmeLabel(code: string | null): string {
	return code === null ? m.overview_programme_unknown() : programmeName(code);
}

/** A year, or that the records do not give one. */
export function yearLabel(year: number | null): string {
	return year === null ? m.overview_year_unknown() : String(year);
}

/**
 * How the organisation takes part in a project: its own role, then each of its units taking part
 * with the unit's role.
 */
export function takingPart(
	project: Pick<Overview['projects'][number], 'role' | 'through'>
): string[] {
	return [
		...(project.role ? [partnerRoleName(project.role)] : []),
		...project.through.map((unit) =>
			m.units_role_through({ role: partnerRoleName(unit.role), unit: unit.name })
		)
	];
}

export type CrossTable<Row, Column> = {
	columns: Column[];
	rows: Array<{ key: Row; cells: number[]; total: number }>;
	totals: number[];
	total: number;
};

/** Ascending, with null (not recorded) last. */
function byYear(a: number | null, b: number | null): number {
	return (a ?? Infinity) - (b ?? Infinity);
}

function crossTable<Row, Column>(
	entries: Array<{ row: Row; column: Column; value: number }>,
	columns: Column[],
	rows: Row[]
): CrossTable<Row, Column> {
	const cells = rows.map((row) =>
		columns.map((column) =>
			entries
				.filter((e) => e.row === row && e.column === column)
				.reduce((sum, e) => sum + e.value, 0)
		)
	);
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	return {
		columns,
		rows: rows.map((key, i) => ({ key, cells: cells[i], total: sum(cells[i]) })),
		totals: columns.map((_, j) => sum(cells.map((row) => row[j]))),
		total: sum(cells.flat())
	};
}

/** Projects per programme (rows, in the order given) and the year each starts (columns). */
export function projectsPerProgrammeAndYear(
	overview: Pick<Overview, 'per_programme_and_year'>
): CrossTable<string | null, number | null> {
	const counts = overview.per_programme_and_year;
	const years = [...new Set(counts.map((c) => c.year))].sort(byYear);
	const programmes = [...new Set(counts.map((c) => c.programme))];
	return crossTable(
		counts.map((c) => ({ row: c.programme, column: c.year, value: c.projects })),
		years,
		programmes
	);
}

const PAYMENT_KINDS: PaymentKind[] = ['pre_financing', 'advance', 'final_payment', 'co_financing'];

/**
 * Payments per year (rows) and kind (columns: only the kinds recorded, in a fixed order). Read the
 * column totals: a row's total adds pre-financing to the programme money it stands in for.
 * Pre-financing paid back is no source of money, so it is left out (the funder report shows it).
 */
export function paymentsPerYear(
	overview: Pick<Overview, 'payments_per_year'>
): CrossTable<number | null, PaymentKind> {
	const payments = overview.payments_per_year.filter((p) => PAYMENT_KINDS.includes(p.kind));
	const kinds = PAYMENT_KINDS.filter((kind) => payments.some((p) => p.kind === kind));
	const years = [...new Set(payments.map((p) => p.year))].sort(byYear);
	return crossTable(
		payments.map((p) => ({ row: p.year, column: p.kind, value: p.amount_cents })),
		kinds,
		years
	);
}

/**
 * Whether the partnerships' totals tell more than the organisation's own (its units' included):
 * only where another partner's budget is recorded too.
 */
export function otherBudgetsRecorded(overview: Pick<Overview, 'partnerships'>): boolean {
	return overview.partnerships.some((p) => p.budgets > p.own_budgets);
}

/** Bar lengths as percentages of the largest value (0 when all are 0). */
export function barLengths(values: number[]): number[] {
	const top = Math.max(0, ...values);
	return values.map((v) => (top > 0 ? (v / top) * 100 : 0));
}

/** A cross table with its rows and columns named for the reader, as the page and the CSV show it. */
export type LabelledTable = {
	columns: string[];
	rows: Array<{ label: string; cells: number[]; total: number }>;
	totals: number[];
	total: number;
};

export function withLabels<Row, Column>(
	table: CrossTable<Row, Column>,
	rowLabel: (row: Row) => string,
	columnLabel: (column: Column) => string
): LabelledTable {
	return {
		...table,
		columns: table.columns.map(columnLabel),
		rows: table.rows.map((row) => ({ ...row, label: rowLabel(row.key) }))
	};
}
