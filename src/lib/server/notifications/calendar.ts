// Calendar invitations by e-mail (iTIP, RFC 5546): the event as one entry with one UID, the
// recipient (and the people they registered, where an address was given) as attendees, the
// portal's no-reply address as organizer in the host's name, and the SEQUENCE the database gave
// (rising with every message about the event to the same recipient). A cancellation carries the
// same UID with METHOD:CANCEL.
import type { Locale } from '#lib/paraglide/runtime.js';
import { buildCalendar, type CalendarAddress, type CalendarEntry } from '#lib/ics.ts';
import { countryName } from '#lib/places.ts';
import { titleOf, type EventSnapshot, type QueuedNotification } from './render.ts';

export type CalendarPart = { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };

type InvitedEvent = EventSnapshot & { venue_address?: string | null; host?: string | null };

const CALENDAR_KINDS = ['calendar_invitation', 'event_reminder'];

export function invitationCalendar(
	n: QueuedNotification,
	locale: Locale,
	context: { origin: string; from: { name: string; address: string } },
	now = new Date()
): CalendarPart | null {
	if (!CALENDAR_KINDS.includes(n.kind)) return null;
	const event = n.payload.event as InvitedEvent;
	// An event known only to the month has no date a calendar could hold.
	if (!event || event.time_precision === 'month') return null;
	const method = n.payload.method === 'CANCEL' ? 'CANCEL' : 'REQUEST';
	const registered =
		(n.payload.attendees as Array<{ name: string; email: string | null }> | undefined) ?? [];
	const recipient: CalendarAddress = {
		name: n.display_name ?? registered.find((a) => a.email === n.email)?.name ?? n.email,
		email: n.email
	};
	const attendees = [
		recipient,
		...registered
			.filter((a) => a.email && a.email !== n.email)
			.map((a) => ({ name: a.name, email: a.email! }))
	];
	const url = `${context.origin}/${locale}/events/${event.slug}`;
	const title = titleOf(event.title, locale) || event.slug;
	const day = event.time_precision === 'day';
	const location = [
		event.venue_name,
		event.venue_address,
		event.venue_city,
		event.venue_country ? countryName(event.venue_country, locale) : null
	]
		.filter(Boolean)
		.join(', ');
	const entry: CalendarEntry = {
		uid: `${event.id}@tilts`,
		summary: title,
		description: [registered.length ? registered.map((a) => a.name).join(', ') : null, url]
			.filter(Boolean)
			.join('\n\n'),
		location: location || undefined,
		url,
		timeZone: event.time_zone,
		start: day ? event.starts_local.slice(0, 10) : event.starts_local.slice(0, 16),
		end: day ? event.ends_local.slice(0, 10) : event.ends_local.slice(0, 16),
		status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
		sequence: Number(n.payload.sequence ?? event.version ?? 0),
		organizer: { name: event.host || context.from.name, email: context.from.address },
		attendees
	};
	return {
		method,
		content: buildCalendar({ name: title, entries: [entry], method, now }),
		filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics'
	};
}
