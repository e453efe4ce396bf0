// Project dates as exactly as they are known: a day, a month ("March 2018") or only a year.
import { dateTimeFormat } from '#lib/intl.ts';
export type DatePrecision = 'day' | 'month' | 'year';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	year: { year: 'numeric', timeZone: 'UTC' }
};

// formatRange costs about 0.1 ms even with a kept formatter (V8 makes its interval pattern anew
// on every call): a list of events or projects writes the same ranges for every reader, so each
// one is kept once written. Bounded: emptied when full.
const ranges = new Map<string, string>();
const RANGES_KEPT = 20_000;

/** "1 January 2024 – 31 December 2025"; "2022" for a project known only by its year. */
export function formatDateRange(
	start: string | null,
	end: string | null,
	precision: DatePrecision,
	locale: string
): string {
	const format = dateTimeFormat(locale, OPTIONS[precision]);
	if (start && end) {
		const key = `${locale} ${precision} ${start} ${end}`;
		let range = ranges.get(key);
		if (range === undefined) {
			if (ranges.size >= RANGES_KEPT) ranges.clear();
			range = format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
			ranges.set(key, range);
		}
		return range;
	}
	const one = start ?? end;
	return one ? format.format(new Date(`${one}T00:00:00Z`)) : '';
}

/** The years a project runs through, for filters. */
export function yearsOf(start: string | null, end: string | null): number[] {
	if (!start) return [];
	const first = Number(start.slice(0, 4));
	const last = Number((end ?? start).slice(0, 4));
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A year filter's choices, newest first: the years from `first` to `last` (none when either is unknown). */
export function yearChoices(first: number | null, last: number | null): number[] {
	return first && last ? yearsOf(`${first}-01-01`, `${last}-12-31`).reverse() : [];
}

/** One calendar date (YYYY-MM-DD, or the date part of a timestamp): "22 November 2026". */
export function formatDate(date: string, locale: string): string {
	return formatDateRange(date.slice(0, 10), null, 'day', locale);
}

/** Every day from `first` to `last` (`YYYY-MM-DD`), both included. */
export function daysBetween(first: string, last: string): string[] {
	const days: string[] = [];
	for (
		let day = new Date(`${first}T00:00:00Z`);
		day <= new Date(`${last}T00:00:00Z`);
		day.setUTCDate(day.getUTCDate() + 1)
	)
		days.push(day.toISOString().slice(0, 10));
	return days;
}
