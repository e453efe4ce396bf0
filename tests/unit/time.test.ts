import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayOf,
	formatLocalDay,
	formatLocalTime,
	instantToLocal,
	isTimeZone,
	localToInstant,
	offsetMinutes,
	transitions,
	viewerClock,
	zoneLabel
} from '../../src/lib/time.ts';

const at = (iso: string) => new Date(iso);
const instantOf = (local: string, zone: string) => {
	const found = localToInstant(local, zone);
	if (!('instant' in found)) throw new Error(`${local} in ${zone}: ${found.error}`);
	return found.instant;
};
// Intl writes some times with narrow no-break spaces ("9:05 AM"): compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('isTimeZone', () => {
	it.each([
		'Europe/Riga',
		'Europe/Rome',
		'America/New_York',
		'Australia/Lord_Howe',
		'Asia/Kolkata',
		'Asia/Calcutta',
		'Europe/Kyiv',
		'Europe/Kiev',
		'UTC'
	])('takes %s', (zone) => {
		expect(isTimeZone(zone)).toBe(true);
	});

	// Intl itself takes the second group; each is either not a place or easily misread.
	it.each([
		'',
		'Mars/Base',
		'GMT+25',
		'Europe/Atlantis',
		'Riga',
		' Europe/Riga',
		'Europe/Riga ',
		'europe/riga',
		'EUROPE/RIGA',
		'utc',
		'Etc/UTC',
		'GMT',
		'Etc/GMT+5',
		'EST',
		'CET',
		'+03:00',
		'US/Eastern'
	])('refuses %j', (zone) => {
		expect(isTimeZone(zone)).toBe(false);
	});
});

describe('offsetMinutes', () => {
	it.each([
		['2025-07-01T12:00Z', 'Europe/Riga', 180],
		['2025-01-15T12:00Z', 'Europe/Riga', 120],
		['2025-07-01T12:00Z', 'Europe/Rome', 120],
		['2025-01-15T12:00Z', 'Europe/Rome', 60],
		['2025-07-01T12:00Z', 'America/New_York', -240],
		['2025-01-15T12:00Z', 'America/New_York', -300],
		['2025-07-01T12:00Z', 'Asia/Kolkata', 330],
		['2025-01-15T12:00Z', 'Asia/Kolkata', 330],
		// Lord Howe: half an hour of summer time, in the southern summer.
		['2025-01-15T12:00Z', 'Australia/Lord_Howe', 660],
		['2025-07-01T12:00Z', 'Australia/Lord_Howe', 630],
		['2025-07-01T12:00Z', 'UTC', 0]
	])('%s in %s: %i', (instant, zone, expected) => {
		expect(offsetMinutes(at(instant), zone)).toBe(expected);
	});

	it('changes at the second the clocks change', () => {
		expect(offsetMinutes(at('2024-10-27T00:59:59Z'), 'Europe/Riga')).toBe(180);
		expect(offsetMinutes(at('2024-10-27T01:00:00Z'), 'Europe/Riga')).toBe(120);
		expect(offsetMinutes(at('2025-03-30T00:59:59.999Z'), 'Europe/Riga')).toBe(120);
		expect(offsetMinutes(at('2025-03-30T01:00:00Z'), 'Europe/Riga')).toBe(180);
	});

	// Offsets are read from Intl once per zone and year, then looked up: they must be Intl's own,
	// at every second, around a year's end, in zones with local mean time, half hours, a skipped
	// day (Apia, 2011) and summer time suspended for a month (Casablanca).
	it.each([
		'Europe/Riga',
		'America/New_York',
		'Australia/Lord_Howe',
		'Pacific/Apia',
		'Africa/Casablanca',
		'Asia/Kolkata',
		'Europe/Moscow',
		'America/Sao_Paulo'
	])('in %s, what Intl says at any instant from 1995 to 2035, and in 1890 and 1900', (zone) => {
		const intl = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		const intlMinutes = (ms: number) => {
			const p = Object.fromEntries(
				intl.formatToParts(ms).map(({ type, value }) => [type, Number(value)])
			);
			const wall = new Date(0);
			wall.setUTCFullYear(p.year, p.month - 1, p.day);
			wall.setUTCHours(p.hour, p.minute, p.second, 0);
			return (wall.getTime() - Math.floor(ms / 1000) * 1000) / 60_000;
		};
		const [from, to] = [Date.UTC(1995, 0, 1), Date.UTC(2035, 0, 1)];
		const instants = Array.from(
			{ length: 3000 },
			(_, i) => from + Math.floor(((to - from) * i) / 3000) + i * 7919_000
		);
		for (const year of [1890, 1900, 2011, 2025])
			instants.push(
				Date.UTC(year, 0, 1) - 1000,
				Date.UTC(year, 0, 1),
				Date.UTC(year, 6, 1),
				Date.UTC(year, 11, 30, 10)
			);
		for (const { at: change } of transitions(zone, 2010, 2026))
			instants.push(change.getTime() - 1000, change.getTime(), change.getTime() + 999);
		for (const ms of instants)
			expect(offsetMinutes(new Date(ms), zone), new Date(ms).toISOString()).toBe(intlMinutes(ms));
	});
});

describe('instantToLocal', () => {
	it.each([
		['2024-10-14T23:30Z', 'Europe/Riga', '2024-10-15T02:30'],
		['2024-10-27T00:30Z', 'Europe/Riga', '2024-10-27T03:30'],
		['2024-10-27T01:30Z', 'Europe/Riga', '2024-10-27T03:30'],
		['2025-03-30T01:00Z', 'Europe/Riga', '2025-03-30T04:00'],
		['2025-01-01T00:00Z', 'America/New_York', '2024-12-31T19:00'],
		['2025-10-04T15:30Z', 'Australia/Lord_Howe', '2025-10-05T02:30'],
		['2025-03-29T22:00Z', 'Asia/Kolkata', '2025-03-30T03:30'],
		['2025-03-30T03:30:59.999Z', 'UTC', '2025-03-30T03:30']
	])('%s in %s is %s', (instant, zone, expected) => {
		expect(instantToLocal(at(instant), zone)).toBe(expected);
	});
});

describe('localToInstant', () => {
	it.each([
		'2026-02-30T10:00',
		'2025-02-29T10:00',
		'2026-02-28T24:00',
		'2026-13-01T00:00',
		'2026-00-10T10:00',
		'2026-01-00T10:00',
		'2026-01-01T10:60',
		'2026-01-01 10:00',
		'2026-01-01T10:00:00',
		'2026-01-01T10:00Z',
		'2026-1-1T10:00',
		'2026-01-01',
		'0000-01-01T00:00',
		''
	])('refuses %j as invalid', (local) => {
		expect(localToInstant(local, 'Europe/Riga')).toEqual({ error: 'invalid' });
	});

	it('takes a leap day', () => {
		expect(localToInstant('2024-02-29T10:00', 'Europe/Riga')).toEqual({
			instant: at('2024-02-29T08:00Z')
		});
	});

	// [zone, wall time, the instant, or the error with its instants]
	it.each([
		// Riga springs forward on 30 March 2025: 03:00 EET becomes 04:00 EEST.
		['Europe/Riga', '2025-03-30T02:59', '2025-03-30T00:59Z'],
		['Europe/Riga', '2025-03-30T03:00', 'nonexistent', '2025-03-30T00:00Z', '2025-03-30T01:00Z'],
		['Europe/Riga', '2025-03-30T03:30', 'nonexistent', '2025-03-30T00:30Z', '2025-03-30T01:30Z'],
		['Europe/Riga', '2025-03-30T03:59', 'nonexistent', '2025-03-30T00:59Z', '2025-03-30T01:59Z'],
		['Europe/Riga', '2025-03-30T04:00', '2025-03-30T01:00Z'],
		// ...and falls back on 27 October 2024 and 26 October 2025: 04:00 EEST becomes 03:00 EET.
		['Europe/Riga', '2024-10-27T02:59', '2024-10-26T23:59Z'],
		['Europe/Riga', '2024-10-27T03:00', 'ambiguous', '2024-10-27T00:00Z', '2024-10-27T01:00Z'],
		['Europe/Riga', '2024-10-27T03:30', 'ambiguous', '2024-10-27T00:30Z', '2024-10-27T01:30Z'],
		['Europe/Riga', '2024-10-27T03:59', 'ambiguous', '2024-10-27T00:59Z', '2024-10-27T01:59Z'],
		['Europe/Riga', '2024-10-27T04:00', '2024-10-27T02:00Z'],
		['Europe/Riga', '2025-10-26T03:30', 'ambiguous', '2025-10-26T00:30Z', '2025-10-26T01:30Z'],
		['Europe/Riga', '2025-10-26T04:00', '2025-10-26T02:00Z'],
		// Rome changes an hour earlier on the wall (at the same instant).
		['Europe/Rome', '2025-03-30T02:30', 'nonexistent', '2025-03-30T00:30Z', '2025-03-30T01:30Z'],
		['Europe/Rome', '2025-03-30T03:30', '2025-03-30T01:30Z'],
		['Europe/Rome', '2025-10-26T02:30', 'ambiguous', '2025-10-26T00:30Z', '2025-10-26T01:30Z'],
		['Europe/Rome', '2025-10-26T03:00', '2025-10-26T02:00Z'],
		// New York: other dates, negative offsets.
		[
			'America/New_York',
			'2025-03-09T02:30',
			'nonexistent',
			'2025-03-09T06:30Z',
			'2025-03-09T07:30Z'
		],
		['America/New_York', '2025-03-09T03:00', '2025-03-09T07:00Z'],
		['America/New_York', '2025-11-02T01:30', 'ambiguous', '2025-11-02T05:30Z', '2025-11-02T06:30Z'],
		['America/New_York', '2025-11-02T02:00', '2025-11-02T07:00Z'],
		// Lord Howe moves its clocks by half an hour: 02:00 → 02:30 and 02:00 → 01:30.
		[
			'Australia/Lord_Howe',
			'2025-10-05T02:15',
			'nonexistent',
			'2025-10-04T15:15Z',
			'2025-10-04T15:45Z'
		],
		['Australia/Lord_Howe', '2025-10-05T02:30', '2025-10-04T15:30Z'],
		['Australia/Lord_Howe', '2025-04-06T01:29', '2025-04-05T14:29Z'],
		[
			'Australia/Lord_Howe',
			'2025-04-06T01:45',
			'ambiguous',
			'2025-04-05T14:45Z',
			'2025-04-05T15:15Z'
		],
		['Australia/Lord_Howe', '2025-04-06T02:00', '2025-04-05T15:30Z'],
		// No summer time, half-hour offset; and UTC.
		['Asia/Kolkata', '2025-03-30T03:30', '2025-03-29T22:00Z'],
		['Asia/Kolkata', '2025-10-26T03:30', '2025-10-25T22:00Z'],
		['UTC', '2025-03-30T03:30', '2025-03-30T03:30Z'],
		['UTC', '2025-10-26T03:30', '2025-10-26T03:30Z']
	])('%s %s', (zone, local, expected, ...instants) => {
		if (instants.length)
			expect(localToInstant(local, zone)).toEqual({ error: expected, instants: instants.map(at) });
		else expect(localToInstant(local, zone)).toEqual({ instant: at(expected) });
	});

	it.each([
		['Europe/Riga', '2024-10-26T12:00Z'],
		['Europe/Riga', '2025-03-29T12:00Z'],
		['America/New_York', '2025-11-01T18:00Z'],
		['Australia/Lord_Howe', '2025-10-04T00:00Z'],
		['Australia/Lord_Howe', '2025-04-05T00:00Z'],
		['Asia/Kolkata', '2025-03-29T12:00Z']
	])('reads back every quarter hour around a change (%s, from %s)', (zone, from) => {
		for (let minutes = 0; minutes <= 36 * 60; minutes += 15) {
			const instant = new Date(at(from).getTime() + minutes * 60_000);
			const found = localToInstant(instantToLocal(instant, zone), zone);
			const readings = 'instant' in found ? [found.instant] : (found.instants ?? []);
			// Every instant a clock shows is among the readings of what it shows.
			expect(readings).toContainEqual(instant);
			if ('error' in found) expect(found.error).toBe('ambiguous');
		}
	});

	it('finds the wall times skipped in spring: exactly the hour no clock showed', () => {
		const shown = new Set<string>();
		for (let minute = 0; minute < 24 * 60; minute++)
			shown.add(
				instantToLocal(new Date(Date.parse('2025-03-29T21:00Z') + minute * 60_000), 'Europe/Riga')
			);
		for (let minute = 0; minute < 24 * 60; minute++) {
			const local = instantToLocal(
				new Date(Date.parse('2025-03-30T00:00Z') + minute * 60_000),
				'UTC'
			);
			const found = localToInstant(local, 'Europe/Riga');
			expect('error' in found && found.error === 'nonexistent').toBe(!shown.has(local));
			expect(!shown.has(local)).toBe(local >= '2025-03-30T03:00' && local < '2025-03-30T04:00');
		}
	});

	it('places a Riga session that crosses midnight UTC on both UTC days', () => {
		const [start, end] = [
			instantOf('2024-10-15T02:30', 'Europe/Riga'),
			instantOf('2024-10-15T03:30', 'Europe/Riga')
		];
		expect(start).toEqual(at('2024-10-14T23:30Z'));
		expect(end).toEqual(at('2024-10-15T00:30Z'));
		// The venue's day stays the 15th, whatever day it is in UTC.
		expect(dayOf('2024-10-15T02:30')).toBe('2024-10-15');
		expect(instantToLocal(start, 'Europe/Riga')).toBe('2024-10-15T02:30');
	});

	it('keeps the hour gained in the fall-back night, and the one lost in spring', () => {
		const night = [
			instantOf('2024-10-26T22:00', 'Europe/Riga'),
			instantOf('2024-10-27T06:00', 'Europe/Riga')
		];
		expect(night).toEqual([at('2024-10-26T19:00Z'), at('2024-10-27T04:00Z')]);
		expect(night[1].getTime() - night[0].getTime()).toBe(9 * 3600_000);
		const spring = [
			instantOf('2025-03-29T22:00', 'Europe/Riga'),
			instantOf('2025-03-30T06:00', 'Europe/Riga')
		];
		expect(spring).toEqual([at('2025-03-29T20:00Z'), at('2025-03-30T03:00Z')]);
		expect(spring[1].getTime() - spring[0].getTime()).toBe(7 * 3600_000);
		// The same wall times a day later are 24 hours apart only away from the change.
		expect(
			instantOf('2024-10-28T09:00', 'Europe/Riga').getTime() -
				instantOf('2024-10-27T09:00', 'Europe/Riga').getTime()
		).toBe(24 * 3600_000);
		expect(
			instantOf('2024-10-27T09:00', 'Europe/Riga').getTime() -
				instantOf('2024-10-26T09:00', 'Europe/Riga').getTime()
		).toBe(25 * 3600_000);
	});
});

describe('dayOf and addDays', () => {
	it('takes the day of a wall time or a day', () => {
		expect(dayOf('2024-10-15T02:30')).toBe('2024-10-15');
		expect(dayOf('2024-10-15')).toBe('2024-10-15');
		expect(() => dayOf('15.10.2024')).toThrow(RangeError);
		expect(() => dayOf('2024-02-30T10:00')).toThrow(RangeError);
	});

	it.each([
		['2024-10-15', 1, '2024-10-16'],
		['2024-10-27', 1, '2024-10-28'],
		['2025-03-30', 1, '2025-03-31'],
		['2024-12-31', 1, '2025-01-01'],
		['2024-02-28', 1, '2024-02-29'],
		['2025-02-28', 1, '2025-03-01'],
		['2025-03-01', -1, '2025-02-28'],
		['2024-10-15', 0, '2024-10-15'],
		['2024-01-01', 366, '2025-01-01']
	])('%s + %i days is %s', (day, n, expected) => {
		expect(addDays(day, n)).toBe(expected);
	});

	it('refuses what is not a day or a whole number of days', () => {
		expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2024-10-15T09:00', 1)).toThrow(RangeError);
		expect(() => addDays('2024-10-15', 0.5)).toThrow(RangeError);
	});
});

describe('zoneLabel', () => {
	it.each([
		['2025-07-01T12:00Z', 'Europe/Riga', 'en-GB', 'EEST'],
		['2025-01-15T12:00Z', 'Europe/Riga', 'en-GB', 'EET'],
		['2025-07-01T12:00Z', 'Europe/Riga', 'lv', 'EEST'],
		['2025-07-01T12:00Z', 'Europe/Riga', 'en', 'EEST'],
		['2025-07-01T12:00Z', 'Europe/Rome', 'it', 'CEST'],
		['2025-07-01T12:00Z', 'America/New_York', 'en', 'GMT-4'],
		['2025-01-15T12:00Z', 'America/New_York', 'en', 'GMT-5'],
		['2025-07-01T12:00Z', 'Asia/Kolkata', 'en-GB', 'GMT+5:30'],
		['2025-07-01T12:00Z', 'Australia/Lord_Howe', 'en', 'GMT+10:30'],
		['2025-07-01T12:00Z', 'UTC', 'lv', 'UTC']
	])('%s in %s (%s): %s', (instant, zone, locale, expected) => {
		expect(zoneLabel(at(instant), zone, locale)).toBe(expected);
	});

	it('names the two readings of a fall-back hour apart', () => {
		const [first, second] = [at('2024-10-27T00:30Z'), at('2024-10-27T01:30Z')];
		expect([zoneLabel(first, 'Europe/Riga', 'lv'), zoneLabel(second, 'Europe/Riga', 'lv')]).toEqual(
			['EEST', 'EET']
		);
	});
});

describe('formatLocalTime and formatLocalDay', () => {
	it.each([
		['2024-10-15T09:05', 'en', '09:05'],
		['2024-10-15T21:05', 'en', '21:05'],
		['2024-10-15T09:05', 'lv', '09:05'],
		['2024-10-15T09:05', 'it', '09:05'],
		['2024-10-15T00:00', 'en-GB', '00:00'],
		// No zone is applied: a wall time Riga skips is still written as given.
		['2025-03-30T03:30', 'lv', '03:30']
	])('%s in %s is %s', (local, locale, expected) => {
		expect(plain(formatLocalTime(local, locale))).toBe(expected);
	});

	it.each([
		['2024-10-15', 'en', 'Tuesday, 15 October 2024'],
		['2024-10-15', 'en-GB', 'Tuesday, 15 October 2024'],
		['2024-10-15', 'lv', 'otrdiena, 2024. gada 15. oktobris'],
		['2024-10-15', 'it', 'martedì 15 ottobre 2024'],
		// The fall-back day is one day, not a day and an hour.
		['2024-10-27', 'en', 'Sunday, 27 October 2024'],
		['2025-01-01', 'en', 'Wednesday, 1 January 2025']
	])('%s in %s is %s', (day, locale, expected) => {
		expect(plain(formatLocalDay(day, locale))).toBe(expected);
	});

	it('refuses values that are not times or days', () => {
		expect(() => formatLocalTime('2024-10-15T24:00', 'en')).toThrow(RangeError);
		expect(() => formatLocalDay('2024-13-01', 'en')).toThrow(RangeError);
	});
});

describe('viewerClock', () => {
	it('shows a Rome viewer a Riga time one hour earlier, same day', () => {
		expect(viewerClock('2024-10-15T10:30', 'Europe/Riga', 'Europe/Rome', 'it')).toEqual({
			time: '09:30',
			dayShift: 0,
			zone: 'CEST'
		});
		expect(viewerClock('2025-01-15T10:30', 'Europe/Riga', 'Europe/Rome', 'en-GB')).toEqual({
			time: '09:30',
			dayShift: 0,
			zone: 'CET'
		});
	});

	it('shows a New York viewer the evening before for a Riga morning', () => {
		const clock = viewerClock('2024-10-15T02:30', 'Europe/Riga', 'America/New_York', 'en');
		expect(clock && { ...clock, time: plain(clock.time) }).toEqual({
			time: '19:30',
			dayShift: -1,
			zone: 'GMT-4'
		});
		const late = viewerClock('2024-10-15T06:59', 'Europe/Riga', 'America/New_York', 'en-GB');
		expect(late).toEqual({ time: '23:59', dayShift: -1, zone: 'GMT-4' });
		expect(viewerClock('2024-10-15T07:00', 'Europe/Riga', 'America/New_York', 'en-GB')).toEqual({
			time: '00:00',
			dayShift: 0,
			zone: 'GMT-4'
		});
	});

	it('shows a viewer further east the next day', () => {
		expect(viewerClock('2024-10-15T22:00', 'Europe/Riga', 'Asia/Kolkata', 'en-GB')).toEqual({
			time: '00:30',
			dayShift: 1,
			zone: 'GMT+5:30'
		});
	});

	it('gives one clock when both zones read alike at that instant', () => {
		expect(viewerClock('2024-10-15T10:30', 'Europe/Riga', 'Europe/Riga', 'lv')).toBeNull();
		expect(viewerClock('2024-10-15T10:30', 'Europe/Riga', 'Europe/Helsinki', 'lv')).toBeNull();
		expect(viewerClock('2025-01-15T10:30', 'Europe/London', 'UTC', 'en-GB')).toBeNull();
		expect(viewerClock('2025-07-15T10:30', 'Europe/London', 'UTC', 'en-GB')).toEqual({
			time: '09:30',
			dayShift: 0,
			zone: 'UTC'
		});
	});

	it('follows the week when Europe and America change on different dates', () => {
		// 2 November 2025: Riga already on winter time (+2), New York not yet (−4).
		expect(viewerClock('2025-11-01T12:00', 'Europe/Riga', 'America/New_York', 'en-GB')?.time).toBe(
			'06:00'
		);
		expect(viewerClock('2025-11-03T12:00', 'Europe/Riga', 'America/New_York', 'en-GB')?.time).toBe(
			'05:00'
		);
	});

	it('takes the earlier instant of a time that is skipped or repeated', () => {
		expect(viewerClock('2024-10-27T03:30', 'Europe/Riga', 'UTC', 'en-GB')).toEqual({
			time: '00:30',
			dayShift: 0,
			zone: 'UTC'
		});
		expect(viewerClock('2025-03-30T03:30', 'Europe/Riga', 'UTC', 'en-GB')).toEqual({
			time: '00:30',
			dayShift: 0,
			zone: 'UTC'
		});
	});

	it('refuses a value that is no time at all', () => {
		expect(() => viewerClock('2024-10-15T25:00', 'Europe/Riga', 'UTC', 'en')).toThrow(RangeError);
	});
});

describe('transitions', () => {
	it('lists Riga’s four changes in 2024 and 2025', () => {
		expect(transitions('Europe/Riga', 2024, 2025)).toEqual([
			{ at: at('2024-03-31T01:00Z'), offsetBefore: 120, offsetAfter: 180 },
			{ at: at('2024-10-27T01:00Z'), offsetBefore: 180, offsetAfter: 120 },
			{ at: at('2025-03-30T01:00Z'), offsetBefore: 120, offsetAfter: 180 },
			{ at: at('2025-10-26T01:00Z'), offsetBefore: 180, offsetAfter: 120 }
		]);
	});

	it.each([
		[
			'America/New_York',
			2025,
			[
				['2025-03-09T07:00Z', -300, -240],
				['2025-11-02T06:00Z', -240, -300]
			]
		],
		[
			'Australia/Lord_Howe',
			2025,
			[
				['2025-04-05T15:00Z', 660, 630],
				['2025-10-04T15:30Z', 630, 660]
			]
		],
		[
			'Europe/Rome',
			2026,
			[
				['2026-03-29T01:00Z', 60, 120],
				['2026-10-25T01:00Z', 120, 60]
			]
		]
	] as const)('%s in %i', (zone, year, expected) => {
		expect(transitions(zone, year, year)).toEqual(
			expected.map(([instant, offsetBefore, offsetAfter]) => ({
				at: at(instant),
				offsetBefore,
				offsetAfter
			}))
		);
	});

	it('finds none where the clocks never change', () => {
		expect(transitions('UTC', 2020, 2030)).toEqual([]);
		expect(transitions('Asia/Kolkata', 2020, 2030)).toEqual([]);
	});

	it('agrees with offsetMinutes on both sides of every change', () => {
		for (const zone of ['Europe/Riga', 'America/New_York', 'Australia/Lord_Howe']) {
			for (const { at: change, offsetBefore, offsetAfter } of transitions(zone, 2023, 2027)) {
				expect(offsetMinutes(new Date(change.getTime() - 1000), zone)).toBe(offsetBefore);
				expect(offsetMinutes(change, zone)).toBe(offsetAfter);
			}
		}
	});

	it('keeps to the years asked for', () => {
		const changes = transitions('Europe/Riga', 2024, 2024).map(({ at: change }) =>
			change.toISOString()
		);
		expect(changes).toEqual(['2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z']);
	});

	it('finds a change that skips a whole day', () => {
		// Samoa went from UTC−10 to UTC+14 after 29 December 2011: the 30th never happened there.
		expect(transitions('Pacific/Apia', 2011, 2011)).toContainEqual({
			at: at('2011-12-30T10:00Z'),
			offsetBefore: -600,
			offsetAfter: 840
		});
		expect(localToInstant('2011-12-30T12:00', 'Pacific/Apia')).toMatchObject({
			error: 'nonexistent'
		});
	});
});
