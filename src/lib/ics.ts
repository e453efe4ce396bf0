// iCalendar (RFC 5545) text for agendas. Times stay on the venue's clock (TZID) with that zone's
// rules written out beside them (VTIMEZONE), so every calendar program shows the instant the site
// shows, in the reader's own zone, without having to know the zone itself.
import {
	addDays,
	instantToLocal,
	isTimeZone,
	localToInstant,
	offsetMinutes,
	transitions,
	type Transition,
	zoneLabel
} from './time.ts';

export type CalendarEntry = {
	/** Stable across feeds, e.g. `${id}@tilts`: calendars update the entry they already have. */
	uid: string;
	summary: string;
	description?: string;
	location?: string;
	/** A link back to the event page. */
	url?: string;
	/** The venue's IANA zone. */
	timeZone: string;
	/** 'YYYY-MM-DDTHH:mm' on the venue's clock, or 'YYYY-MM-DD' for an all-day entry. */
	start: string;
	/** Same form as start; for an all-day entry its last day (inclusive). */
	end: string;
	status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
	sequence?: number;
	lastModified?: Date;
	/** For a scheduling message (RFC 5546): who sends it, and who is invited. */
	organizer?: CalendarAddress;
	attendees?: CalendarAddress[];
};

export type CalendarAddress = { name: string; email: string };

export type Calendar = {
	name: string;
	description?: string;
	url?: string;
	entries: CalendarEntry[];
	now?: Date;
	/**
	 * PUBLISH for a feed or a download (the default); REQUEST and CANCEL for an invitation by
	 * e-mail, its updates and its cancellation (iTIP, RFC 5546).
	 */
	method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
};

const LINE_OCTETS = 75;
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// How often subscribers should fetch the feed again; agendas change by the day, not the minute.
const REFRESH = 'PT6H';

/** A whole calendar: CRLF line ends, lines folded at 75 octets, one VTIMEZONE per zone in use. */
export function buildCalendar(calendar: Calendar): string {
	const now = calendar.now ?? new Date();
	const events = calendar.entries.map((entry) => ({ entry, times: timesOf(entry) }));
	const method = calendar.method ?? 'PUBLISH';
	if (method !== 'PUBLISH') {
		for (const { entry } of events) {
			// What Outlook, Google and Thunderbird need to take a message as an invitation.
			if (!entry.organizer || !entry.attendees?.length || entry.sequence === undefined) {
				throw new RangeError(
					`Calendar entry ${entry.uid}: a ${method} needs an organizer, attendees and a sequence`
				);
			}
		}
	}
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Tilts//Tilts//EN',
		'CALSCALE:GREGORIAN',
		`METHOD:${method}`,
		// A feed's name and refresh: X-WR-* for Google, Apple and Outlook; NAME and DESCRIPTION for
		// RFC 7986 readers. An invitation is one entry, not a calendar to subscribe to.
		...(method === 'PUBLISH'
			? [
					`X-WR-CALNAME:${text(calendar.name)}`,
					`NAME:${text(calendar.name)}`,
					...(calendar.description
						? [
								`X-WR-CALDESC:${text(calendar.description)}`,
								`DESCRIPTION:${text(calendar.description)}`
							]
						: []),
					...(calendar.url ? [`URL:${uri(calendar.url)}`] : []),
					`REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
					`X-PUBLISHED-TTL:${REFRESH}`
				]
			: []),
		...[...zoneYears(events.map(({ times }) => times))].flatMap(([zone, years]) =>
			vtimezone(zone, years.from - 1, years.to + 1)
		),
		...events.flatMap(({ entry, times }) => vevent(entry, times, now)),
		'END:VCALENDAR'
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}

type Times =
	| { allDay: true; start: string; end: string }
	| { allDay: false; zone: string; start: string; end: string };

/**
 * An entry's DTSTART and DTEND values. Refuses (RangeError) what no calendar could show right:
 * an unknown zone, a time that does not exist on any calendar, an end before the start.
 */
function timesOf(entry: CalendarEntry): Times {
	const refuse = (why: string) => new RangeError(`Calendar entry ${entry.uid}: ${why}`);
	if (DAY_ONLY.test(entry.start) && DAY_ONLY.test(entry.end)) {
		if (entry.end < entry.start)
			throw refuse(`ends (${entry.end}) before it starts (${entry.start})`);
		// addDays also refuses days that do not exist (2026-02-30).
		return { allDay: true, start: addDays(entry.start, 0), end: addDays(entry.end, 1) };
	}
	if (!isTimeZone(entry.timeZone))
		throw refuse(`unknown time zone ${JSON.stringify(entry.timeZone)}`);
	const [start, end] = [wallTime(entry.start, entry.timeZone), wallTime(entry.end, entry.timeZone)];
	if (!start || !end)
		throw refuse(
			`${JSON.stringify(entry.start)}–${JSON.stringify(entry.end)} are not two wall-clock times`
		);
	if (end.instant < start.instant)
		throw refuse(`ends (${entry.end}) before it starts (${entry.start})`);
	return { allDay: false, zone: entry.timeZone, start: start.local, end: end.local };
}

/**
 * The wall time to write and the instant it means. A time that occurs twice means its first
 * occurrence (RFC 5545 3.3.5), as on the site. A time the clocks skip is read one way by RFC 5545
 * (with the offset before the gap) and the other by some programs: it is written as the wall time
 * of the instant the site shows for it (the earlier reading), which every program reads alike.
 */
function wallTime(local: string, zone: string): { local: string; instant: number } | null {
	const found = localToInstant(local, zone);
	if ('instant' in found) return { local, instant: found.instant.getTime() };
	const earlier = found.instants?.[0];
	if (!earlier) return null;
	return {
		local: found.error === 'nonexistent' ? instantToLocal(earlier, zone) : local,
		instant: earlier.getTime()
	};
}

/** The years each zone's timed entries fall in, zones in the order they are first used. */
function zoneYears(times: Times[]): Map<string, { from: number; to: number }> {
	const zones = new Map<string, { from: number; to: number }>();
	for (const time of times) {
		if (time.allDay) continue;
		const [from, to] = [Number(time.start.slice(0, 4)), Number(time.end.slice(0, 4))];
		const known = zones.get(time.zone);
		zones.set(
			time.zone,
			known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to }
		);
	}
	return zones;
}

/**
 * The zone's rules from the start of fromYear to the end of toYear: the offset in force at the
 * start, then one observance per change. Written out change by change rather than as RRULEs, so
 * that what calendars compute is what Intl says, rule changes included.
 */
function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
	const start = new Date(Date.UTC(fromYear, 0, 1));
	const offset = offsetMinutes(start, zone);
	// Without a first onset, times before the first change (and every time in a zone without
	// changes, such as UTC or Asia/Kolkata) would have no offset at all.
	const first: Transition = { at: start, offsetBefore: offset, offsetAfter: offset };
	const changes = [first, ...transitions(zone, fromYear, toYear).filter(({ at }) => at > start)];
	return [
		`BEGIN:VTIMEZONE`,
		`TZID:${zone}`,
		`X-LIC-LOCATION:${zone}`,
		...changes.flatMap((change) => observance(zone, change)),
		'END:VTIMEZONE'
	];
}

function observance(zone: string, change: Transition): string[] {
	const kind = isDaylight(zone, change) ? 'DAYLIGHT' : 'STANDARD';
	return [
		`BEGIN:${kind}`,
		// The onset on the clock as it reads before the change (RFC 5545 3.8.3).
		`DTSTART:${basic(new Date(change.at.getTime() + change.offsetBefore * 60_000).toISOString())}`,
		`TZOFFSETFROM:${utcOffset(change.offsetBefore)}`,
		`TZOFFSETTO:${utcOffset(change.offsetAfter)}`,
		// en-GB names Europe's zones (EET, CEST) and writes the others as offsets (GMT-4).
		`TZNAME:${text(zoneLabel(change.at, zone, 'en-GB'))}`,
		`END:${kind}`
	];
}

// Intl does not tell summer time from standard time: take the higher of the year's winter and
// summer offsets as summer time. A permanent change of offset may be labelled DAYLIGHT; only the
// label is wrong then, the offsets stay exact.
function isDaylight(zone: string, change: Transition): boolean {
	const year = change.at.getUTCFullYear();
	const [january, july] = [
		offsetMinutes(new Date(Date.UTC(year, 0, 1)), zone),
		offsetMinutes(new Date(Date.UTC(year, 6, 1)), zone)
	];
	return change.offsetAfter > Math.min(january, july);
}

/** +0300, -0430, +013634 (seconds only when there are any, as for local mean time). */
function utcOffset(minutes: number): string {
	const seconds = Math.round(Math.abs(minutes) * 60);
	const [hours, rest, secs] = [
		Math.floor(seconds / 3600),
		Math.floor((seconds % 3600) / 60),
		seconds % 60
	].map((n) => String(n).padStart(2, '0'));
	return `${minutes < 0 ? '-' : '+'}${hours}${rest}${secs === '00' ? '' : secs}`;
}

function vevent(entry: CalendarEntry, times: Times, now: Date): string[] {
	const [start, end] = times.allDay
		? [`;VALUE=DATE:${basic(times.start)}`, `;VALUE=DATE:${basic(times.end)}`]
		: [`;TZID=${times.zone}:${basic(times.start)}00`, `;TZID=${times.zone}:${basic(times.end)}00`];
	return [
		'BEGIN:VEVENT',
		`UID:${text(entry.uid)}`,
		`DTSTAMP:${utc(now)}`,
		`DTSTART${start}`,
		`DTEND${end}`,
		`SUMMARY:${text(entry.summary)}`,
		...(entry.description ? [`DESCRIPTION:${text(entry.description)}`] : []),
		...(entry.location ? [`LOCATION:${text(entry.location)}`] : []),
		...(entry.url ? [`URL:${uri(entry.url)}`] : []),
		...(entry.status ? [`STATUS:${entry.status}`] : []),
		...(entry.sequence !== undefined ? [`SEQUENCE:${sequence(entry.uid, entry.sequence)}`] : []),
		...(entry.lastModified ? [`LAST-MODIFIED:${utc(entry.lastModified)}`] : []),
		...(entry.organizer
			? [`ORGANIZER;CN=${parameter(entry.organizer.name)}:mailto:${uri(entry.organizer.email)}`]
			: []),
		// Nobody is asked to reply: the organizer's address takes no answers.
		...(entry.attendees ?? []).map(
			(a) =>
				`ATTENDEE;CN=${parameter(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${uri(a.email)}`
		),
		'END:VEVENT'
	];
}

function sequence(uid: string, n: number): number {
	if (!Number.isInteger(n) || n < 0)
		throw new RangeError(`Calendar entry ${uid}: SEQUENCE must be a whole number ≥ 0, not ${n}`);
	return n;
}

/** '2024-10-15T09:00' → '20241015T0900' (seconds are added by the caller), '2024-10-15' → '20241015'. */
function basic(value: string): string {
	return value.replace(/\.\d+Z$/, '').replace(/[-:]/g, '');
}

function utc(instant: Date): string {
	return `${basic(instant.toISOString())}Z`;
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. Other
 * control characters are not allowed in iCalendar at all and are dropped; unpaired surrogates
 * become U+FFFD so that the text is valid UTF-8.
 */
function text(value: string): string {
	return value
		.toWellFormed()
		.replace(/[\\;,]/g, (char) => `\\${char}`)
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(/[[\p{Cc}&&\p{ASCII}]--[\t\n]]/gv, '');
}

/**
 * A parameter value (RFC 5545 3.2): quoted, since names hold commas and semicolons; a double quote
 * cannot be written inside one at all (RFC 6868 would, but clients ignore it) and becomes '.
 */
function parameter(value: string): string {
	return `"${value
		.toWellFormed()
		.replace(/"/g, "'")
		.replace(/[\p{Cc}&&\p{ASCII}]/gv, '')}"`;
}

/** A URI value is not escaped; line breaks and other control characters would end the line. */
function uri(value: string): string {
	return value.toWellFormed().replace(/[\p{Cc}&&\p{ASCII}]/gv, '');
}

/**
 * Lines of at most 75 octets (RFC 5545 3.1), each continuation starting with a space. Cut between
 * characters, never inside one: a cut UTF-8 sequence would come out as mojibake in some readers.
 */
function fold(line: string): string {
	let folded = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Octets(char.codePointAt(0)!);
		if (octets + size > LINE_OCTETS) {
			folded += '\r\n ';
			octets = 1;
		}
		folded += char;
		octets += size;
	}
	return folded;
}

function utf8Octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
