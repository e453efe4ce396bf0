// Events as calendar entries (iCalendar): one entry per day of a multi-day event, each session on
// its own, times in the venue's zone with its rules (VTIMEZONE), a link back to the event page, and
// never a participant's name. Events known only to the month have no place in a calendar.
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { addDays, dayOf } from '#lib/time.ts';
import { buildCalendar, type CalendarEntry } from '#lib/ics.ts';
import { localOf } from '#lib/event-times.ts';
import { countryName } from '#lib/places.ts';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';
import type { EventPage, EventSummary, Session } from './data/events.ts';

type CalendarEvent = Pick<
	EventSummary,
	| 'id'
	| 'slug'
	| 'title'
	| 'time_zone'
	| 'starts_local'
	| 'ends_local'
	| 'time_precision'
	| 'status'
	| 'updated_at'
	| 'venue_city'
	| 'venue_country'
> &
	Partial<Pick<EventPage, 'description' | 'venue_name' | 'venue_address' | 'version'>>;

const STATUS = {
	planned: 'TENTATIVE',
	confirmed: 'CONFIRMED',
	held: 'CONFIRMED',
	cancelled: 'CANCELLED'
} as const;

function text(value: TranslatedText | null | undefined, locale: string): string | undefined {
	return pickTranslation(value, locale)?.text;
}

function location(event: CalendarEvent, locale: string): string | undefined {
	const parts = [
		event.venue_name,
		event.venue_address,
		event.venue_city,
		event.venue_country ? countryName(event.venue_country, locale) : null
	].filter(Boolean);
	return parts.length ? parts.join(', ') : undefined;
}

/** The days an event runs through, first to last (venue days). */
function daysOf(event: CalendarEvent): string[] {
	const days: string[] = [];
	for (
		let day = dayOf(localOf(event.starts_local));
		day <= dayOf(localOf(event.ends_local));
		day = addDays(day, 1)
	)
		days.push(day);
	return days;
}

/**
 * One entry per day: from the day's first session to its last when there is an agenda, else the
 * event's own start and end times (the first day from its start, the last to its end).
 */
export function eventEntries(
	event: CalendarEvent,
	sessions: Pick<Session, 'starts_local' | 'ends_local'>[],
	locale: string,
	origin: string
): CalendarEntry[] {
	if (event.time_precision === 'month') return [];
	const url = `${origin}${href(`/events/${event.slug}`)}`;
	const title = text(event.title, locale) ?? event.slug;
	const days = daysOf(event);
	const common = {
		description: [text(event.description, locale), url].filter(Boolean).join('\n\n'),
		location: location(event, locale),
		url,
		timeZone: event.time_zone,
		status: STATUS[event.status],
		sequence: event.version,
		lastModified: new Date(event.updated_at)
	};
	return days.map((day, i) => {
		const summary =
			days.length > 1
				? `${title} (${m.calendar_day_of({ day: i + 1, days: days.length })})`
				: title;
		const uid = `${event.id}-${day}@tilts`;
		if (event.time_precision === 'day') return { ...common, uid, summary, start: day, end: day };
		const ofDay = sessions.filter((s) => dayOf(localOf(s.starts_local)) === day);
		const firstStart = ofDay.map((s) => localOf(s.starts_local)).sort()[0];
		const start = firstStart
			? firstStart
			: i === 0
				? localOf(event.starts_local)
				: `${day}T${localOf(event.starts_local).slice(11)}`;
		const lastEnd = ofDay
			.map((s) => localOf(s.ends_local))
			.sort()
			.at(-1);
		const end =
			lastEnd ??
			(i === days.length - 1
				? localOf(event.ends_local)
				: `${day}T${localOf(event.ends_local).slice(11)}`);
		return { ...common, uid, summary, start, end: end > start ? end : start };
	});
}

export function sessionEntry(
	event: CalendarEvent,
	session: Session,
	locale: string,
	origin: string
): CalendarEntry {
	const url = `${origin}${href(`/events/${event.slug}`)}`;
	return {
		uid: `${session.id}@tilts`,
		summary: `${text(session.title, locale) ?? ''} · ${text(event.title, locale) ?? event.slug}`,
		description: [
			text(session.description, locale),
			session.speakers ? `${m.session_speakers()}: ${session.speakers}` : null,
			url
		]
			.filter(Boolean)
			.join('\n\n'),
		location: [session.place, location(event, locale)].filter(Boolean).join(', ') || undefined,
		url,
		timeZone: event.time_zone,
		start: localOf(session.starts_local),
		end: localOf(session.ends_local),
		status: STATUS[event.status],
		sequence: session.version
	};
}

/** A calendar file as a download (`attachment`) or a feed to subscribe to (`inline`). */
export function calendarResponse(options: {
	name: string;
	url: string;
	entries: CalendarEntry[];
	filename: string;
	download: boolean;
}): Response {
	return new Response(
		buildCalendar({ name: options.name, url: options.url, entries: options.entries }),
		{
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `${options.download ? 'attachment' : 'inline'}; filename="${options.filename}"`
			}
		}
	);
}
