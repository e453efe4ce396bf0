// Times typed into event and session forms: a wall-clock time at the venue must exist, exactly
// once, in the venue's zone. The messages say which time is wrong and why, in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatLocalTime, formatLocalDay, listedTimeZones, localToInstant } from '#lib/time.ts';
import type { Field } from './forms.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';

/**
 * A `datetime-local` value (`YYYY-MM-DDTHH:mm`), checked as a calendar value only; required
 * unless `required: false`.
 */
export function localDateTime(options?: { required: true }): Field<string>;
export function localDateTime(options: { required?: boolean }): Field<string | null>;
export function localDateTime(
	options: { required?: boolean } = { required: true }
): Field<string | null> {
	return {
		parse(raw) {
			if (raw === null || raw === '')
				return options.required ? { error: m.form_required() } : { value: null };
			if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw))
				return { error: m.form_date_time() };
			const year = Number(raw.slice(0, 4));
			if (year < 1990 || year > 2100 || 'error' in localToInstant(raw, 'UTC'))
				return { error: m.form_date_time() };
			return { value: raw };
		}
	};
}

/** Null when the time exists once in the zone; else what is wrong with it. */
export function timeProblem(local: string, zone: string): string | null {
	const found = localToInstant(local, zone);
	if ('instant' in found) return null;
	const when = `${formatLocalDay(local.slice(0, 10), getLocale())} ${formatLocalTime(local, getLocale())}`;
	if (found.error === 'nonexistent') return m.time_nonexistent({ when, zone });
	if (found.error === 'ambiguous') return m.time_ambiguous({ when, zone });
	return m.form_date_time();
}

/** Every IANA zone the runtime knows, for the venue's zone, and the one saved (whatever its spelling). */
export function timeZones(saved?: string): string[] {
	const zones = [...listedTimeZones()];
	return saved && !zones.includes(saved) ? [...zones, saved].sort() : zones;
}

/** The end after the start, and a meeting of at most 31 days (as the database holds it). */
export function eventLengthProblem(start: string, end: string): string | null {
	if (end < start) return m.form_dates_order();
	const days = (Date.parse(`${end}:00Z`) - Date.parse(`${start}:00Z`)) / 86_400_000;
	return days > 31 ? m.event_too_long() : null;
}

/** The organisations that may host: the partners given, and the present host even if no longer one. */
export function hostChoices<O extends NamedOrganisation & { id: string; country: string }>(
	event: { host: O | null },
	partners: O[]
): Array<Pick<O, 'id' | 'name' | 'name_lang' | 'names' | 'country'>> {
	const all = new Map(partners.map((o) => [o.id, o]));
	if (event.host) all.set(event.host.id, event.host);
	return [...all.values()].map(({ id, name, name_lang, names, country }) => ({
		id,
		name,
		name_lang,
		names,
		country
	}));
}
