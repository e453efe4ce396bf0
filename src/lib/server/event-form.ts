// Times typed into event and session forms: a wall-clock time at the venue must exist, exactly
// once, in the venue's zone. The messages say which time is wrong and why, in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatLocalTime, formatLocalDay, localToInstant } from '#lib/time.ts';
import type { Field } from './forms.ts';

/** A `datetime-local` value (`YYYY-MM-DDTHH:mm`), checked as a calendar value only. */
export function localDateTime(options: { required?: boolean } = { required: true }): Field<string | null> {
	return {
		parse(raw) {
			if (raw === null || raw === '') return options.required ? { error: m.form_required() } : { value: null };
			if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw)) return { error: m.form_date_time() };
			const year = Number(raw.slice(0, 4));
			if (year < 1990 || year > 2100 || 'error' in localToInstant(raw, 'UTC')) return { error: m.form_date_time() };
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

/** Every IANA zone the runtime knows, for the venue's zone. */
export function timeZones(): string[] {
	return [...Intl.supportedValuesOf('timeZone'), 'UTC'];
}
