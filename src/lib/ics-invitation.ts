// Calendar invitations (iTIP, RFC 5546) for an event's registered people: a REQUEST when the event
// is new or changed, a CANCEL when it is called off. Pure text; the mail worker sends it as
// `text/calendar; method=…` (see invitationContentType). One UID per event whatever changes, and
// the event's version as SEQUENCE, so that calendar programs update or remove the entry they
// already hold instead of adding another.
import { sequence, serialize, startAndEnd, text, timesOf, uri, utc, vtimezones } from './ics.ts';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export type InvitationEvent = {
	/** The event's uuid: the UID is made from it. */
	id: string;
	/** The title in the recipient's language, as plain text. */
	title: string;
	/** Optional description in the same language; the link to the event page is added after it. */
	description?: string | null;
	/** Where, as one line ("Town hall, Rīgas iela 1, Daugavpils, Latvia"). */
	venue?: string | null;
	/** The venue's IANA zone. */
	timeZone: string;
	/** Wall-clock times at the venue, `YYYY-MM-DDTHH:mm[:ss]` as PostgREST sends them. */
	startsLocal: string;
	endsLocal: string;
	/** Events known only to the month cannot be put in a calendar: refused. */
	precision: 'minute' | 'day' | 'month';
};

export type Mailbox = { name: string; email: string };

export type Invitation = {
	method: InvitationMethod;
	event: InvitationEvent;
	/** The event page. */
	url: string;
	/** The event's version: higher for every change, never lower for a CANCEL than for the REQUEST before it. */
	sequence: number;
	/** The portal's no-reply address, with the host organisation's name. */
	organizer: Mailbox;
	attendees: Mailbox[];
	/** The domain in the UID (`event-<uuid>@<uidDomain>`), e.g. the portal's host name. */
	uidDomain: string;
	now?: Date;
};

/** The one UID an event keeps in every invitation. */
export function invitationUid(eventId: string, uidDomain: string): string {
	return `event-${eventId}@${uidDomain}`;
}

/** The MIME type of the calendar part: Outlook and Gmail read the method from it too. */
export function invitationContentType(method: InvitationMethod): string {
	return `text/calendar; charset=utf-8; method=${method}`;
}

/**
 * An iTIP message with one VEVENT. Refuses (RangeError) what no calendar program could act on:
 * a month-precision event, no attendee, an address that is not one, and what timesOf refuses.
 */
export function buildInvitation(invitation: Invitation): string {
	const { event, method } = invitation;
	const uid = invitationUid(event.id, invitation.uidDomain);
	const refuse = (why: string) => new RangeError(`Invitation ${uid}: ${why}`);
	if (event.precision === 'month') throw refuse('an event known only to the month has no calendar times');
	if (!invitation.attendees.length) throw refuse('an invitation needs at least one attendee');
	const day = event.precision === 'day';
	const times = timesOf({
		uid,
		timeZone: event.timeZone,
		start: day ? event.startsLocal.slice(0, 10) : event.startsLocal.slice(0, 16),
		end: day ? event.endsLocal.slice(0, 10) : event.endsLocal.slice(0, 16)
	});
	const description = [event.description?.trim(), invitation.url].filter(Boolean).join('\n\n');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Tilts//Tilts//EN',
		'CALSCALE:GREGORIAN',
		`METHOD:${method}`,
		...vtimezones([times]),
		'BEGIN:VEVENT',
		`UID:${text(uid)}`,
		`DTSTAMP:${utc(invitation.now ?? new Date())}`,
		...startAndEnd(times),
		`SEQUENCE:${sequence(uid, invitation.sequence)}`,
		`SUMMARY:${text(event.title)}`,
		...(event.venue ? [`LOCATION:${text(event.venue)}`] : []),
		`DESCRIPTION:${text(description)}`,
		`URL:${uri(invitation.url)}`,
		`STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
		// No replies: the organizer is a no-reply address, and registration happens on the portal.
		`ORGANIZER;CN=${cn(invitation.organizer.name)}:${mailto(invitation.organizer.email, refuse)}`,
		...invitation.attendees.map(
			(a) => `ATTENDEE;CN=${cn(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(a.email, refuse)}`
		),
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return serialize(lines);
}

/**
 * A parameter value (RFC 5545 3.2): always quoted, since names hold commas, colons and
 * semicolons; a double quote cannot be escaped there, so it becomes a single one.
 */
function cn(name: string): string {
	const clean = name
		.toWellFormed()
		.replace(/"/g, "'")
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.trim();
	return `"${clean}"`;
}

const ADDRESS = /^[^@\s<>(),;:"[\]\\]+@[^@\s<>(),;:"[\]\\]+\.[^@\s<>(),;:"[\]\\]+$/;

function mailto(email: string, refuse: (why: string) => RangeError): string {
	if (!ADDRESS.test(email)) throw refuse(`${JSON.stringify(email)} is not an e-mail address`);
	return `mailto:${email}`;
}
