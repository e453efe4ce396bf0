// The people a host prints certificates of attendance for: everyone recorded as attending on at
// least one day or session, registered or walk-in, each with the days and sessions they came to and the language their
// certificate is printed in unless the host chooses another.
import type { RequestEvent } from '@sveltejs/kit';
import { isLocale, type Locale } from '#lib/paraglide/runtime.js';
import { collator } from '#lib/intl.ts';
import type { AttendeeOrganisation } from './organisation-line.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';

export type AttendeeRow = {
	/** The registration's id; a walk-in's name and organisation as the database keeps them apart. */
	key: string;
	name: string;
	/** A delegation's organisation (named in each language), or what the door list says of a walk-in's. */
	organisation: AttendeeOrganisation | null;
	/** The days they came (a day's door list or a session's), in order. */
	days: string[];
	/** The days on whose own door list they were ticked (the whole day). */
	wholeDays: string[];
	/** The sessions on whose own door list they were ticked. */
	sessions: string[];
	/** The person's account language where they have one, else the page's. */
	locale: Locale;
};

/** The event and its attendees, for its editors only (anyone else: 403; signed out: to sign in). */
export async function attendeesOf(event: RequestEvent<{ slug: string }>, fallback: Locale) {
	const found = await requireEvent(event, 'edit');
	const supabase = event.locals.supabase;
	const [records, locales, delegations] = await Promise.all([
		events.attendanceRecords(supabase, found.id),
		events.attendeeLocales(supabase, found.id),
		events.delegations(supabase, found.id)
	]);
	const organisations = new Map(delegations.map((d) => [d.organisation_id, d.organisation]));
	const people = new Map<string, AttendeeRow>();
	for (const record of records) {
		const registration = record.registration;
		// A person who deleted their account is no longer named anywhere: no certificate.
		if (registration?.erased_at) continue;
		const key = registration
			? registration.id
			: `walk-in:${record.walk_in_name!.trim().toLowerCase()}|${(record.walk_in_organisation ?? '').trim().toLowerCase()}`;
		const known = people.get(key);
		if (known) {
			if (!known.days.includes(record.day)) known.days.push(record.day);
			if (record.session_id) known.sessions.push(record.session_id);
			else known.wholeDays.push(record.day);
			continue;
		}
		const of = registration ? organisations.get(registration.organisation_id) : null;
		const accountLocale = registration ? locales.get(registration.id) : undefined;
		people.set(key, {
			key,
			name: registration ? registration.full_name : record.walk_in_name!,
			organisation: of
				? { named: of, text: '', country: of.country }
				: record.walk_in_organisation || record.walk_in_country
					? {
							named: null,
							text: record.walk_in_organisation ?? '',
							country: record.walk_in_country
						}
					: null,
			days: [record.day],
			wholeDays: record.session_id ? [] : [record.day],
			sessions: record.session_id ? [record.session_id] : [],
			locale: accountLocale && isLocale(accountLocale) ? accountLocale : fallback
		});
	}
	const order = collator(fallback);
	return {
		event: found,
		attendees: [...people.values()].sort((a, b) => order.compare(a.name, b.name))
	};
}
