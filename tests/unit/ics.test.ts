import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEntry } from '../../src/lib/ics.ts';
import { localToInstant } from '../../src/lib/time.ts';

const NOW = new Date('2024-10-01T12:00:00Z');

function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
	return {
		uid: 'e1@tilts',
		summary: 'Partner meeting',
		timeZone: 'Europe/Riga',
		start: '2024-10-15T09:00',
		end: '2024-10-15T17:00',
		...overrides
	};
}

function calendarOf(
	entries: CalendarEntry[],
	extra: { description?: string; url?: string } = {}
): string {
	return buildCalendar({ name: 'Tilts agendas', entries, now: NOW, ...extra });
}

/** The calendar as a calendar program reads it: through Mozilla's ical.js, zones from the file. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return {
		calendar,
		events: calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
	};
}

/** The physical lines, without the final CRLF. */
function linesOf(text: string): string[] {
	return text.replace(/\r\n$/, '').split('\r\n');
}

/** The content lines, folding undone (RFC 5545 3.1). */
function unfolded(text: string): string[] {
	return linesOf(text.replace(/\r\n[ \t]/g, ''));
}

function instantOf(local: string, zone: string): Date {
	const found = localToInstant(local, zone);
	if (!('instant' in found)) throw new Error(`${local} in ${zone}: ${found.error}`);
	return found.instant;
}

beforeEach(() => {
	ICAL.TimezoneService.reset();
});

describe('buildCalendar: the calendar', () => {
	it('ends every line with CRLF, and only there', () => {
		const text = calendarOf([entry({ description: 'One\nTwo\r\nThree\rFour' })], {
			description: 'Agendas\nof the network'
		});
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('says what it is, who made it, how often to fetch it again', () => {
		const lines = unfolded(
			calendarOf([entry()], {
				description: 'Meetings, visits; all partners',
				url: 'https://tilts.example/events'
			})
		);
		expect(lines.slice(0, 5)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Tilts//Tilts//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH'
		]);
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toEqual(
			expect.arrayContaining([
				'X-WR-CALNAME:Tilts agendas',
				'NAME:Tilts agendas',
				'X-WR-CALDESC:Meetings\\, visits\\; all partners',
				'DESCRIPTION:Meetings\\, visits\\; all partners',
				'URL:https://tilts.example/events',
				'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
				'X-PUBLISHED-TTL:PT6H'
			])
		);
	});

	it('leaves out the description and the link when there are none', () => {
		const lines = unfolded(calendarOf([entry()]));
		expect(lines.filter((line) => /^(X-WR-CALDESC|DESCRIPTION|URL)[:;]/.test(line))).toEqual([]);
	});

	it('is read by ical.js, name and all, even with no entries', () => {
		const { calendar, events } = parse(calendarOf([]));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tilts agendas');
		expect(events).toEqual([]);
	});
});

describe('buildCalendar: entries', () => {
	it('writes each entry with its properties', () => {
		const text = calendarOf([
			entry({
				description: 'Agenda and minutes',
				location: 'Daugavpils City Council, Krišjāņa Valdemāra iela 1',
				url: 'https://tilts.example/events/kickoff',
				status: 'CONFIRMED',
				sequence: 3,
				lastModified: new Date('2024-09-20T08:15:30Z')
			})
		]);
		const lines = unfolded(text);
		const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
		expect(event).toEqual([
			'BEGIN:VEVENT',
			'UID:e1@tilts',
			'DTSTAMP:20241001T120000Z',
			'DTSTART;TZID=Europe/Riga:20241015T090000',
			'DTEND;TZID=Europe/Riga:20241015T170000',
			'SUMMARY:Partner meeting',
			'DESCRIPTION:Agenda and minutes',
			'LOCATION:Daugavpils City Council\\, Krišjāņa Valdemāra iela 1',
			'URL:https://tilts.example/events/kickoff',
			'STATUS:CONFIRMED',
			'SEQUENCE:3',
			'LAST-MODIFIED:20240920T081530Z',
			'END:VEVENT'
		]);
		const [read] = parse(text).events;
		expect([read.uid, read.summary, read.location, read.sequence]).toEqual([
			'e1@tilts',
			'Partner meeting',
			'Daugavpils City Council, Krišjāņa Valdemāra iela 1',
			3
		]);
	});

	it('leaves out what an entry does not have', () => {
		const lines = unfolded(calendarOf([entry()]));
		expect(
			lines.filter((line) =>
				/^(DESCRIPTION|LOCATION|URL|STATUS|SEQUENCE|LAST-MODIFIED)[:;]/.test(line)
			)
		).toEqual([]);
	});

	it('stamps entries with the time of writing when not told one', () => {
		const before = Date.now();
		const text = buildCalendar({ name: 'Now', entries: [entry()] });
		const stamp = parse(text).events[0].component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toJSDate().getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
		expect(stamp.toJSDate().getTime()).toBeLessThanOrEqual(Date.now());
	});

	// What a calendar program computes from TZID and VTIMEZONE is the instant the site computes.
	it.each([
		['a Riga session across midnight UTC', 'Europe/Riga', '2024-10-15T02:30', '2024-10-15T03:30'],
		['Riga, the night Riga falls back', 'Europe/Riga', '2024-10-26T22:00', '2024-10-27T06:00'],
		['Riga, the day after it falls back', 'Europe/Riga', '2024-10-28T09:00', '2024-10-28T10:00'],
		['Riga, the night Riga springs forward', 'Europe/Riga', '2025-03-29T22:00', '2025-03-30T06:00'],
		[
			'Riga, the day after it springs forward',
			'Europe/Riga',
			'2025-03-31T09:00',
			'2025-03-31T10:00'
		],
		['Riga, the 2025 fall-back night', 'Europe/Riga', '2025-10-25T20:00', '2025-10-26T08:00'],
		['Rome, across its spring change', 'Europe/Rome', '2025-03-29T20:00', '2025-03-30T10:00'],
		[
			'New York, across its fall change',
			'America/New_York',
			'2025-11-01T18:00',
			'2025-11-02T09:00'
		],
		[
			'New York, between Europe’s change and its own',
			'America/New_York',
			'2025-10-28T09:00',
			'2025-10-28T10:00'
		],
		[
			'Lord Howe, across its half-hour change',
			'Australia/Lord_Howe',
			'2025-10-04T20:00',
			'2025-10-05T09:00'
		],
		['Kolkata', 'Asia/Kolkata', '2025-03-30T01:00', '2025-03-30T04:30'],
		['UTC', 'UTC', '2025-03-30T00:30', '2025-03-30T03:30'],
		['a week long', 'Europe/Riga', '2024-10-21T09:00', '2024-10-28T17:00']
	])('%s', (_, zone, start, end) => {
		const text = calendarOf([entry({ timeZone: zone, start, end })]);
		const [event] = parse(text).events;
		expect(event.startDate.toJSDate()).toEqual(instantOf(start, zone));
		expect(event.endDate.toJSDate()).toEqual(instantOf(end, zone));
		expect(event.startDate.zone?.tzid).toBe(zone);
	});

	it('reads right in one calendar with many zones', () => {
		const entries = [
			entry({ uid: 'a', start: '2024-10-26T22:00', end: '2024-10-27T06:00' }),
			entry({
				uid: 'b',
				timeZone: 'America/New_York',
				start: '2025-11-01T18:00',
				end: '2025-11-02T09:00'
			}),
			entry({
				uid: 'c',
				timeZone: 'Australia/Lord_Howe',
				start: '2026-04-04T22:00',
				end: '2026-04-05T04:00'
			}),
			entry({ uid: 'd', timeZone: 'UTC', start: '2026-01-01T00:00', end: '2026-01-01T01:00' })
		];
		const { events } = parse(calendarOf(entries));
		expect(events.map((event) => [event.startDate.toJSDate(), event.endDate.toJSDate()])).toEqual(
			entries.map(({ start, end, timeZone }) => [
				instantOf(start, timeZone),
				instantOf(end, timeZone)
			])
		);
	});

	it('never turns a venue time into UTC', () => {
		const text = calendarOf([
			entry(),
			entry({ uid: 'u', timeZone: 'UTC', start: '2025-01-01T10:00', end: '2025-01-01T11:00' })
		]);
		const lines = unfolded(text);
		const times = lines.filter((line) => /^DT(START|END);/.test(line));
		expect(times).toHaveLength(4);
		for (const line of times) expect(line).toMatch(/^DT(START|END);TZID=[^:]+:\d{8}T\d{6}$/);
		expect(lines.filter((line) => /^DT(START|END).*Z$/.test(line))).toEqual([]);
	});

	it('writes all-day entries as dates, DTEND the day after the last', () => {
		const text = calendarOf([
			entry({ uid: 'three-days', start: '2024-10-15', end: '2024-10-17' }),
			entry({ uid: 'new-year', start: '2024-12-31', end: '2024-12-31' }),
			entry({ uid: 'leap', start: '2024-02-28', end: '2024-02-29' }),
			entry({ uid: 'fall-back-day', start: '2024-10-27', end: '2024-10-27' })
		]);
		const lines = unfolded(text).filter((line) => /^DT(START|END)[;:]/.test(line));
		expect(lines).toEqual([
			'DTSTART;VALUE=DATE:20241015',
			'DTEND;VALUE=DATE:20241018',
			'DTSTART;VALUE=DATE:20241231',
			'DTEND;VALUE=DATE:20250101',
			'DTSTART;VALUE=DATE:20240228',
			'DTEND;VALUE=DATE:20240301',
			'DTSTART;VALUE=DATE:20241027',
			'DTEND;VALUE=DATE:20241028'
		]);
		const read = parse(text).events.map((event) => [
			event.startDate.isDate,
			event.startDate.toString(),
			event.endDate.toString()
		]);
		expect(read).toEqual([
			[true, '2024-10-15', '2024-10-18'],
			[true, '2024-12-31', '2025-01-01'],
			[true, '2024-02-28', '2024-03-01'],
			[true, '2024-10-27', '2024-10-28']
		]);
		// All-day entries use no zone rules.
		expect(text).not.toContain('BEGIN:VTIMEZONE');
	});

	it('writes a time the clocks skip as the instant the site shows for it', () => {
		const found = localToInstant('2025-03-30T03:30', 'Europe/Riga');
		expect(found).toMatchObject({ error: 'nonexistent' });
		const text = calendarOf([entry({ start: '2025-03-30T03:30', end: '2025-03-30T05:00' })]);
		expect(unfolded(text)).toContain('DTSTART;TZID=Europe/Riga:20250330T023000');
		const [event] = parse(text).events;
		expect(event.startDate.toJSDate()).toEqual('instants' in found ? found.instants?.[0] : null);
	});

	// ical.js 2.2.1 reads such a time as its second occurrence, against RFC 5545 3.3.5: a time in a
	// fall-back hour cannot be written with TZID so that every program agrees.
	it('writes a time that occurs twice as given, which RFC 5545 reads as its first occurrence', () => {
		const lines = unfolded(
			calendarOf([entry({ start: '2024-10-27T03:30', end: '2024-10-27T05:00' })])
		);
		expect(lines).toContain('DTSTART;TZID=Europe/Riga:20241027T033000');
	});

	it.each([
		['an unknown zone', { timeZone: 'Mars/Base' }],
		['a zone Intl takes but people misread', { timeZone: 'Etc/GMT+5' }],
		['a day that does not exist', { start: '2026-02-30T10:00', end: '2026-03-01T10:00' }],
		['an all-day day that does not exist', { start: '2026-02-30', end: '2026-03-01' }],
		['midnight written as 24:00', { end: '2024-10-15T24:00' }],
		['a day and a time mixed', { start: '2024-10-15', end: '2024-10-15T17:00' }],
		['an end before the start', { start: '2024-10-15T17:00', end: '2024-10-15T09:00' }],
		['an all-day end before the start', { start: '2024-10-17', end: '2024-10-15' }],
		[
			'an end before the start by the clock, not the text',
			{ start: '2024-10-27T03:50', end: '2024-10-27T03:10' }
		],
		['a negative sequence', { sequence: -1 }],
		['a fractional sequence', { sequence: 1.5 }]
	])('refuses %s', (_, overrides) => {
		expect(() => calendarOf([entry(overrides)])).toThrow(RangeError);
	});

	it('takes an entry that starts and ends at once', () => {
		const [event] = parse(calendarOf([entry({ end: '2024-10-15T09:00' })])).events;
		expect(event.endDate.toJSDate()).toEqual(event.startDate.toJSDate());
	});
});

describe('buildCalendar: zone rules', () => {
	function zonesOf(text: string) {
		return parse(text).calendar.getAllSubcomponents('vtimezone');
	}

	it('writes one VTIMEZONE per zone used by a timed entry, and none for others', () => {
		const text = calendarOf([
			entry({ uid: '1' }),
			entry({ uid: '2', start: '2025-05-05T09:00', end: '2025-05-05T10:00' }),
			entry({ uid: '3', timeZone: 'Europe/Rome' }),
			entry({
				uid: '4',
				timeZone: 'Europe/Rome',
				start: '2024-10-16T09:00',
				end: '2024-10-16T10:00'
			}),
			entry({ uid: '5', timeZone: 'Asia/Kolkata', start: '2024-10-16', end: '2024-10-16' })
		]);
		expect(text.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(2);
		expect(
			zonesOf(text).map((zone) => [
				zone.getFirstPropertyValue('tzid'),
				zone.getFirstPropertyValue('x-lic-location')
			])
		).toEqual([
			['Europe/Riga', 'Europe/Riga'],
			['Europe/Rome', 'Europe/Rome']
		]);
		// The zones come before the entries that use them.
		expect(text.indexOf('END:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
	});

	it('covers the year before the first entry to the year after the last, change by change', () => {
		const text = calendarOf([
			entry({ start: '2024-10-15T09:00', end: '2024-10-15T10:00' }),
			entry({ uid: '2', start: '2025-12-31T22:00', end: '2026-01-01T02:00' })
		]);
		const [riga] = zonesOf(text);
		const observances = riga
			.getAllSubcomponents()
			.map((observance) => [
				observance.name,
				String(observance.getFirstPropertyValue('dtstart')),
				observance.getFirstProperty('tzoffsetfrom')?.toICALString(),
				observance.getFirstProperty('tzoffsetto')?.toICALString(),
				observance.getFirstPropertyValue('tzname')
			]);
		expect(observances).toEqual([
			// The offset in force at the start, so that every time in the range has one.
			['standard', '2023-01-01T02:00:00', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'EET'],
			...[2023, 2024, 2025, 2026, 2027].flatMap((year) => {
				const spring = { 2023: '26', 2024: '31', 2025: '30', 2026: '29', 2027: '28' }[year];
				const fall = { 2023: '29', 2024: '27', 2025: '26', 2026: '25', 2027: '31' }[year];
				// On the clock before the change: 03:00 becomes 04:00, 04:00 becomes 03:00.
				return [
					[
						'daylight',
						`${year}-03-${spring}T03:00:00`,
						'TZOFFSETFROM:+0200',
						'TZOFFSETTO:+0300',
						'EEST'
					],
					[
						'standard',
						`${year}-10-${fall}T04:00:00`,
						'TZOFFSETFROM:+0300',
						'TZOFFSETTO:+0200',
						'EET'
					]
				];
			})
		]);
	});

	it('writes the half-hour offsets of Lord Howe', () => {
		const text = calendarOf([
			entry({ timeZone: 'Australia/Lord_Howe', start: '2025-10-05T09:00', end: '2025-10-05T10:00' })
		]);
		const lines = unfolded(text);
		const onsets = lines.filter((line) => /^(DTSTART|TZOFFSET(FROM|TO)):/.test(line));
		// First Sunday of October: 02:00 becomes 02:30; first Sunday of April: 02:00 becomes 01:30.
		expect(onsets).toEqual(
			expect.arrayContaining([
				'DTSTART:20251005T020000',
				'TZOFFSETFROM:+1030',
				'TZOFFSETTO:+1100',
				'DTSTART:20250406T020000'
			])
		);
	});

	it.each([
		['UTC', '+0000', 'UTC'],
		['Asia/Kolkata', '+0530', 'GMT+5:30']
	])('gives %s, which never changes, one observance', (zone, offset, name) => {
		const text = calendarOf([entry({ timeZone: zone })]);
		const [vtimezone] = zonesOf(text);
		const observances = vtimezone.getAllSubcomponents();
		expect(observances.map((observance) => observance.name)).toEqual(['standard']);
		expect(unfolded(text)).toEqual(
			expect.arrayContaining([`TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, `TZNAME:${name}`])
		);
		const [event] = parse(text).events;
		expect(event.startDate.toJSDate()).toEqual(instantOf('2024-10-15T09:00', zone));
	});
});

describe('buildCalendar: text', () => {
	const LONG_LATVIAN =
		'Jauniešu apmaiņas programma “Tilts”: Daugavpils, Rēzekne, Krāslava, Līvāni un Preiļi — ';
	const LONG_GREEK = 'Συνάντηση εταίρων για την ανταλλαγή καλών πρακτικών στην Θεσσαλονίκη 🌉 ';

	it('folds long lines at 75 octets, never inside a character, and unfolds back to the text', () => {
		const summary = [...(LONG_LATVIAN + LONG_GREEK).repeat(3)].slice(0, 200).join('');
		expect([...summary]).toHaveLength(200);
		const text = calendarOf([
			entry({ summary, description: 'ā'.repeat(300), location: '🌉'.repeat(40) })
		]);
		const bytes = new TextEncoder().encode(text);
		// Split the octets, as a byte-oriented reader does: every line is whole UTF-8 by itself.
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let start = 0;
		for (let i = 0; i < bytes.length - 1; i++) {
			if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
			expect(i - start).toBeLessThanOrEqual(75);
			expect(() => decoder.decode(bytes.subarray(start, i))).not.toThrow();
			start = i + 2;
		}
		expect(linesOf(text).some((line) => line.startsWith(' '))).toBe(true);
		expect(unfolded(text)).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}`);
		const [event] = parse(text).events;
		expect([event.summary, event.description, event.location]).toEqual([
			summary,
			'ā'.repeat(300),
			'🌉'.repeat(40)
		]);
	});

	it('fills lines to exactly 75 octets', () => {
		// 'SUMMARY:' and 300 characters: 75 on the first line, 1 + 74 on the next ones, 1 + 11 left.
		const text = calendarOf([entry({ summary: 'x'.repeat(300) })]);
		const lines = linesOf(text);
		const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
		expect(lines.slice(first, first + 6).map((line) => line.length)).toEqual([
			75,
			75,
			75,
			75,
			12,
			'END:VEVENT'.length
		]);
	});

	it('escapes commas, semicolons, backslashes and line breaks, and reads back the same', () => {
		const summary = 'Riga, Latvia; day 1 \\ part 2';
		const description = 'First line\nsecond line\r\nthird; with, all \\n literally';
		const location = 'Rātslaukums 1, Daugavpils; 2nd floor';
		const text = calendarOf([entry({ summary, description, location })]);
		const lines = unfolded(text);
		expect(lines).toContain('SUMMARY:Riga\\, Latvia\\; day 1 \\\\ part 2');
		expect(lines).toContain(
			'DESCRIPTION:First line\\nsecond line\\nthird\\; with\\, all \\\\n literally'
		);
		expect(lines).toContain('LOCATION:Rātslaukums 1\\, Daugavpils\\; 2nd floor');
		const [event] = parse(text).events;
		expect([event.summary, event.description, event.location]).toEqual([
			summary,
			description.replace('\r\n', '\n'),
			location
		]);
	});

	it('escapes the calendar’s own name and description too', () => {
		const text = buildCalendar({
			name: 'Tilts: a, b; c',
			description: 'Two\nlines',
			entries: [],
			now: NOW
		});
		expect(unfolded(text)).toEqual(
			expect.arrayContaining([
				'X-WR-CALNAME:Tilts: a\\, b\\; c',
				'NAME:Tilts: a\\, b\\; c',
				'X-WR-CALDESC:Two\\nlines',
				'DESCRIPTION:Two\\nlines'
			])
		);
	});

	it('drops control characters iCalendar does not allow, so no text can start a property', () => {
		const text = calendarOf([
			entry({
				summary: 'Bell\u0007 and tab\there',
				url: 'https://tilts.example/e\r\nDTSTART:19700101T000000Z'
			})
		]);
		const lines = unfolded(text);
		expect(lines).toContain('SUMMARY:Bell and tab\there');
		expect(lines).toContain('URL:https://tilts.example/eDTSTART:19700101T000000Z');
		expect(lines.some((line) => line.startsWith('DTSTART:1970'))).toBe(false);
	});
});
