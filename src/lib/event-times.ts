// An event's times as people read them: the venue's days, and the agenda day by day.
import { dateTimeFormat } from '#lib/intl.ts';
import { formatDateRange } from './dates.ts';
import { instantToLocal } from './time.ts';

/** PostgREST's `2024-10-15T09:00:00` as the wall-clock value the time functions take. */
export function localOf(value: string): string {
	return value.slice(0, 16);
}

/** "15 – 17 October 2024", "March 2018": as exact as the event's times are known. */
export function formatEventDays(
	event: { starts_local: string; ends_local: string; time_precision: 'minute' | 'day' | 'month' },
	locale: string
): string {
	return formatDateRange(
		event.starts_local.slice(0, 10),
		event.ends_local.slice(0, 10),
		event.time_precision === 'month' ? 'month' : 'day',
		locale
	);
}

/** Sessions grouped by the venue's day they start on, days in order. */
export function agendaDays<S extends { starts_local: string }>(
	sessions: S[]
): Array<{ day: string; sessions: S[] }> {
	const days = new Map<string, S[]>();
	for (const session of sessions) {
		const day = session.starts_local.slice(0, 10);
		days.set(day, [...(days.get(day) ?? []), session]);
	}
	return [...days.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([day, list]) => ({ day, sessions: list }));
}

/** A registration deadline (`YYYY-MM-DD`, a day on the venue's calendar) as people read it. */
export function formatDeadline(day: string, locale: string): string {
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

/** Whether the deadline's day has ended at the venue (as private.register_participant decides). */
export function deadlinePassed(day: string, zone: string, now: Date = new Date()): boolean {
	return instantToLocal(now, zone).slice(0, 10) > day;
}
