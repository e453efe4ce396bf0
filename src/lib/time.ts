// Wall-clock times at a venue and the instants they mean. A "local" value is `YYYY-MM-DDTHH:mm`,
// as a `datetime-local` input sends it: it means nothing without the venue's zone beside it. The
// zone rules are Intl's (ICU's copy of the IANA time-zone database), so they follow Node's updates.
import { dateTimeFormat } from '#lib/intl.ts';

export type Transition = { at: Date; offsetBefore: number; offsetAfter: number };
export type LocalInstant =
	{ instant: Date } | { error: 'invalid' | 'nonexistent' | 'ambiguous'; instants?: Date[] };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// IANA's current names of zones that ICU still lists under their older spelling (CLDR never
// renames an id), paired with that spelling: people pick either, and Intl knows both.
const RENAMED: Array<[string, string]> = [
	['Africa/Asmara', 'Africa/Asmera'],
	['America/Argentina/Buenos_Aires', 'America/Buenos_Aires'],
	['America/Argentina/Catamarca', 'America/Catamarca'],
	['America/Argentina/Cordoba', 'America/Cordoba'],
	['America/Argentina/Jujuy', 'America/Jujuy'],
	['America/Argentina/Mendoza', 'America/Mendoza'],
	['America/Atikokan', 'America/Coral_Harbour'],
	['America/Indiana/Indianapolis', 'America/Indianapolis'],
	['America/Kentucky/Louisville', 'America/Louisville'],
	['America/Nuuk', 'America/Godthab'],
	['Asia/Ho_Chi_Minh', 'Asia/Saigon'],
	['Asia/Kathmandu', 'Asia/Katmandu'],
	['Asia/Kolkata', 'Asia/Calcutta'],
	['Asia/Yangon', 'Asia/Rangoon'],
	['Atlantic/Faroe', 'Atlantic/Faeroe'],
	['Europe/Kyiv', 'Europe/Kiev'],
	['Pacific/Chuuk', 'Pacific/Truk'],
	['Pacific/Kanton', 'Pacific/Enderbury'],
	['Pacific/Pohnpei', 'Pacific/Ponape']
];

let listed: ReadonlySet<string> | undefined;

/** The zones Intl lists, then 'UTC': read once, since reading them costs as much as a page's formatting. */
export function listedTimeZones(): ReadonlySet<string> {
	return (listed ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']));
}

let zoneNames: Set<string> | undefined;

/**
 * A zone Intl knows, spelled as the IANA database spells it: 'Europe/Riga', 'Asia/Kolkata', 'UTC'.
 * Intl also takes 'europe/riga', '+03:00', 'EST' and 'Etc/GMT+5' (which is UTC−5); none of them
 * is a venue's zone, and the last two are easily misread.
 */
export function isTimeZone(name: string): boolean {
	zoneNames ??= new Set([...listedTimeZones(), ...RENAMED.flat().filter(knownToIntl)]);
	return zoneNames.has(name);
}

function knownToIntl(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
	let format = wallFormats.get(timeZone);
	if (!format) {
		// h23: some ICU versions say "24" for midnight with hour12: false.
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		wallFormats.set(timeZone, format);
	}
	return format;
}

/** Milliseconds of a calendar reading taken as UTC; years below 100 are not taken for 19xx. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, 0);
	return date.getTime();
}

/** What the clocks in a zone read at an instant, as milliseconds of that reading in UTC, as Intl says. */
function intlWallMs(ms: number, timeZone: string): number {
	const parts: Record<string, number> = {};
	for (const { type, value } of wallFormat(timeZone).formatToParts(ms)) parts[type] = Number(value);
	return utcMs(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
}

/** What the clocks in a zone read at an instant (to the second), as milliseconds of that reading in UTC. */
function wallMs(ms: number, timeZone: string): number {
	const whole = Math.floor(ms / SECOND) * SECOND;
	return whole + offsetSeconds(whole, timeZone) * SECOND;
}

/**
 * A zone's offsets (seconds east) through one UTC year: the one in force from the last second of
 * the year before, and each change after it, at the first second of the new offset.
 */
type ZoneYear = { offset: number; changes: Array<{ at: number; offset: number }> };

// Asking Intl costs microseconds, and a calendar of 500 events asked it some 200,000 times: each
// zone's year is read from Intl once, then offsets are looked up. At most this many zone-years.
const MAX_ZONE_YEARS = 20_000;
const zoneYears = new Map<string, ZoneYear>();

/**
 * Sampled every 6 hours (no zone keeps an offset for less, as localToInstant assumes too), each
 * change then narrowed down to the second.
 */
function zoneYear(timeZone: string, year: number): ZoneYear {
	const key = `${timeZone} ${year}`;
	let found = zoneYears.get(key);
	if (found) return found;
	const offsetAt = (ms: number) => (intlWallMs(ms, timeZone) - ms) / SECOND;
	const last = utcMs(year + 1, 1, 1) - SECOND;
	// From the last second of the year before, so that a change at the first second counts.
	let at = utcMs(year, 1, 1) - SECOND;
	let offset = offsetAt(at);
	found = { offset, changes: [] };
	while (at < last) {
		const next = Math.min(at + 6 * HOUR, last);
		if (offsetAt(next) === offset) {
			at = next;
			continue;
		}
		// Go on from the change, not the sample after it: a second change in the same span is seen too.
		at = firstChange(at, next, offset, offsetAt);
		offset = offsetAt(at);
		found.changes.push({ at, offset });
	}
	if (zoneYears.size >= MAX_ZONE_YEARS) zoneYears.clear();
	zoneYears.set(key, found);
	return found;
}

// Seconds, not minutes: before about 1900 zones kept local mean time (Riga: +1:36:34).
function offsetSeconds(ms: number, timeZone: string): number {
	const whole = Math.floor(ms / SECOND) * SECOND;
	// The year whose span (from its first second less one) holds the instant.
	const { offset, changes } = zoneYear(timeZone, new Date(whole + SECOND).getUTCFullYear());
	let inForce = offset;
	for (const change of changes) {
		if (change.at > whole) break;
		inForce = change.offset;
	}
	return inForce;
}

/** The zone's offset from UTC at that instant, in minutes east (Riga in July: 180). */
export function offsetMinutes(instant: Date, timeZone: string): number {
	return offsetSeconds(instant.getTime(), timeZone) / 60;
}

/** The wall-clock time in the zone at that instant, to the minute (seconds are dropped). */
export function instantToLocal(instant: Date, timeZone: string): string {
	return new Date(wallMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** A local value as milliseconds of the same reading in UTC; null unless it is a real calendar time. */
function parseLocal(local: string): number | null {
	const match = LOCAL.exec(local);
	if (!match) return null;
	const [year, month, day, hour, minute] = match.slice(1).map(Number);
	return readsBack(utcMs(year, month, day, hour, minute), year, month, day, hour, minute);
}

function parseDay(day: string): number | null {
	const match = DAY_ONLY.exec(day);
	if (!match) return null;
	const [year, month, date] = match.slice(1).map(Number);
	return readsBack(utcMs(year, month, date), year, month, date, 0, 0);
}

// Date rolls 30 February over into March and 24:00 into the next day: a value that does not read
// back as written does not exist. Year 0 and before need an era to be read right; refused too.
function readsBack(
	ms: number,
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number
): number | null {
	const date = new Date(ms);
	const same =
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute;
	return same && year >= 1 ? ms : null;
}

/**
 * The instant a wall-clock time in the zone means. A time the clocks skip (spring forward) is
 * 'nonexistent', with its two readings (the offset after the change, then the one before); a time
 * that occurs twice (fall back) is 'ambiguous', with both instants. Either way earlier first.
 */
export function localToInstant(local: string, timeZone: string): LocalInstant {
	const wall = parseLocal(local);
	if (wall === null) return { error: 'invalid' };
	// Every offset in force from 30 hours before to 30 hours after (offsets lie within ±14 hours,
	// and no zone keeps one for less than 6 hours): the readings with those are the candidates.
	const offsets = new Set<number>();
	for (let hours = -30; hours <= 30; hours += 6)
		offsets.add(offsetSeconds(wall + hours * HOUR, timeZone));
	const readings = [...offsets].map((offset) => wall - offset * SECOND).sort((a, b) => a - b);
	const instants = readings.filter((ms) => wallMs(ms, timeZone) === wall);
	if (instants.length === 1) return { instant: new Date(instants[0]) };
	if (instants.length > 1)
		return { error: 'ambiguous', instants: instants.map((ms) => new Date(ms)) };
	return { error: 'nonexistent', instants: readings.map((ms) => new Date(ms)) };
}

/** Today's date on the zone's clocks (`YYYY-MM-DD`); in UTC for a zone Intl does not know. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
	return instantToLocal(now, isTimeZone(timeZone) ? timeZone : 'UTC').slice(0, 10);
}

/** The venue's day of a local value: '2024-10-15' of '2024-10-15T09:00'. */
export function dayOf(local: string): string {
	const day = local.slice(0, 10);
	if (parseDay(day) === null) throw new RangeError(`Not a day: ${JSON.stringify(local)}`);
	return day;
}

/** Calendar days, not 24-hour periods: the day after the fall-back day is still one day on. */
export function addDays(day: string, n: number): string {
	const ms = parseDay(day);
	if (ms === null || !Number.isInteger(n))
		throw new RangeError(`Cannot add ${n} days to ${JSON.stringify(day)}`);
	return new Date(ms + n * DAY).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
	return Math.round(((parseDay(to) ?? NaN) - (parseDay(from) ?? NaN)) / DAY);
}

/** The zone's short name at that instant, as the locale writes it: 'EEST', 'GMT+3', 'UTC+3'. */
export function zoneLabel(instant: Date, timeZone: string, locale: string): string {
	const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant);
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * "9:00 AM", "09:00": the wall-clock time as written, in the locale's own short pattern. Formatted
 * as UTC, so neither the server's zone nor the reader's moves it.
 */
export function formatLocalTime(local: string, locale: string): string {
	const wall = parseLocal(local);
	if (wall === null) throw new RangeError(`Not a wall-clock time: ${JSON.stringify(local)}`);
	return dateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(wall);
}

/** "Tuesday, 15 October 2024" in the locale's way, for the day as the venue names it. */
export function formatLocalDay(day: string, locale: string): string {
	const ms = parseDay(day);
	if (ms === null) throw new RangeError(`Not a day: ${JSON.stringify(day)}`);
	return dateTimeFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(ms);
}

/**
 * The same moment on the viewer's clock, to show beside the venue's: null when both clocks read
 * alike then. dayShift is the viewer's date minus the venue's (-1: the evening before). A time the
 * venue's clocks skip or repeat is taken at its earlier instant.
 */
export function viewerClock(
	local: string,
	venueZone: string,
	viewerZone: string,
	locale: string
): null | { time: string; dayShift: number; zone: string } {
	const found = localToInstant(local, venueZone);
	const instant = 'instant' in found ? found.instant : found.instants?.[0];
	if (!instant) throw new RangeError(`Not a wall-clock time: ${JSON.stringify(local)}`);
	if (offsetSeconds(instant.getTime(), venueZone) === offsetSeconds(instant.getTime(), viewerZone))
		return null;
	const theirs = instantToLocal(instant, viewerZone);
	return {
		time: formatLocalTime(theirs, locale),
		dayShift: daysBetween(dayOf(local), dayOf(theirs)),
		zone: zoneLabel(instant, viewerZone, locale)
	};
}

/**
 * Every change of the zone's offset from the start of fromYear to the end of toYear (UTC years),
 * to the second. Offsets in minutes east, as offsetMinutes.
 */
export function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
	const found: Transition[] = [];
	let before = zoneYear(timeZone, fromYear).offset;
	for (let year = fromYear; year <= toYear; year++) {
		for (const { at, offset } of zoneYear(timeZone, year).changes) {
			found.push({ at: new Date(at), offsetBefore: before / 60, offsetAfter: offset / 60 });
			before = offset;
		}
	}
	return found;
}

/** The first second after `from` whose offset is not `offset`, when `to` has another one. */
function firstChange(
	from: number,
	to: number,
	offset: number,
	offsetAt: (ms: number) => number
): number {
	let [same, changed] = [from, to];
	while (changed - same > SECOND) {
		const middle = same + Math.floor((changed - same) / 2 / SECOND) * SECOND;
		if (offsetAt(middle) === offset) same = middle;
		else changed = middle;
	}
	return changed;
}

/** `2024-10-15T09:00+03:00`: the wall-clock time with the venue's offset at that moment (ISO 8601). */
export function isoWithOffset(local: string, zone: string): string {
	const found = localToInstant(local, zone);
	const instant = 'instant' in found ? found.instant : found.instants?.[0];
	if (!instant) return local;
	const offset = offsetMinutes(instant, zone);
	const sign = offset < 0 ? '-' : '+';
	const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
	return `${local}${sign}${hours}:${minutes}`;
}
