import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaDays, formatEventDays } from '../../src/lib/event-times.ts';
import { isoWithOffset } from '../../src/lib/time.ts';
import { buildCalendar } from '../../src/lib/ics.ts';
import { eventEntries, sessionEntry } from '../../src/lib/server/calendar.ts';

const ORIGIN = 'https://tilts.example';
const event = {
	id: 'e1',
	slug: 'meeting',
	title: {
		lv: { text: 'Tikšanās', status: 'original' as const },
		en: { text: 'Meeting', status: 'reviewed' as const }
	},
	description: null,
	time_zone: 'Europe/Riga',
	starts_local: '2024-10-26T09:00:00',
	ends_local: '2024-10-28T15:00:00',
	time_precision: 'minute' as const,
	status: 'confirmed' as const,
	updated_at: '2024-09-01T10:00:00Z',
	version: 3,
	venue_name: 'Council',
	venue_address: null,
	venue_city: 'Daugavpils',
	venue_country: 'LV'
};

/** Start and end instants of every entry, read back by Mozilla's ical.js. */
function instants(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((v) => {
		const e = new ICAL.Event(v);
		return {
			uid: e.uid,
			start: e.startDate.toJSDate().toISOString(),
			end: e.endDate.toJSDate().toISOString(),
			summary: e.summary
		};
	});
}

describe('eventEntries', () => {
	it('gives one entry per day, from the day’s first session to its last, across the night the clocks go back', () => {
		const sessions = [
			{ starts_local: '2024-10-27T09:00:00', ends_local: '2024-10-27T10:00:00' },
			{ starts_local: '2024-10-27T16:00:00', ends_local: '2024-10-27T18:30:00' }
		];
		const entries = eventEntries(event, sessions, 'en', ORIGIN);
		expect(entries.map((e) => [e.uid, e.start, e.end])).toEqual([
			['e1-2024-10-26@tilts', '2024-10-26T09:00', '2024-10-26T15:00'],
			['e1-2024-10-27@tilts', '2024-10-27T09:00', '2024-10-27T18:30'],
			['e1-2024-10-28@tilts', '2024-10-28T09:00', '2024-10-28T15:00']
		]);
		expect(entries[1].summary).toBe('Meeting (day 2 of 3)');
		expect(entries[0].url).toBe('https://tilts.example/en/events/meeting');
		// Riga is UTC+3 on the 26th and UTC+2 from the 27th.
		expect(instants(buildCalendar({ name: 'x', entries }))).toMatchObject([
			{ start: '2024-10-26T06:00:00.000Z', end: '2024-10-26T12:00:00.000Z' },
			{ start: '2024-10-27T07:00:00.000Z', end: '2024-10-27T16:30:00.000Z' },
			{ start: '2024-10-28T07:00:00.000Z', end: '2024-10-28T13:00:00.000Z' }
		]);
	});

	it('gives all-day entries for an event known to the day, and none for one known only to the month', () => {
		const byDay = eventEntries(
			{
				...event,
				time_precision: 'day',
				starts_local: '2018-04-11T00:00:00',
				ends_local: '2018-04-12T00:00:00'
			},
			[],
			'lv',
			ORIGIN
		);
		// The text in the reader's language (Latvian here); the interface's words in the request's.
		expect(byDay.map((e) => [e.start, e.end, e.summary])).toEqual([
			['2018-04-11', '2018-04-11', 'Tikšanās (day 1 of 2)'],
			['2018-04-12', '2018-04-12', 'Tikšanās (day 2 of 2)']
		]);
		expect(eventEntries({ ...event, time_precision: 'month' }, [], 'en', ORIGIN)).toEqual([]);
	});

	it('marks a cancelled event as cancelled, and a session carries the event, its place and speakers', () => {
		expect(eventEntries({ ...event, status: 'cancelled' }, [], 'en', ORIGIN)[0].status).toBe(
			'CANCELLED'
		);
		const session = {
			id: 's1',
			starts_local: '2024-10-27T02:30:00',
			ends_local: '2024-10-27T03:00:00',
			title: { en: { text: 'Night walk', status: 'original' as const } },
			description: null,
			place: 'Riverside',
			speakers: 'A guide',
			kind: 'social' as const,
			position: 0,
			version: 1
		};
		const entry = sessionEntry(event, session, 'en', ORIGIN);
		expect(entry).toMatchObject({
			uid: 's1@tilts',
			summary: 'Night walk · Meeting',
			location: 'Riverside, Council, Daugavpils, Latvia',
			start: '2024-10-27T02:30'
		});
		expect(entry.description).toContain('Speakers: A guide');
	});
});

describe('event times', () => {
	it('writes the venue offset in ISO dates, before and after a clock change', () => {
		expect(isoWithOffset('2024-10-26T09:00', 'Europe/Riga')).toBe('2024-10-26T09:00+03:00');
		expect(isoWithOffset('2024-10-28T09:00', 'Europe/Riga')).toBe('2024-10-28T09:00+02:00');
		expect(isoWithOffset('2024-10-28T09:00', 'America/St_Johns')).toBe('2024-10-28T09:00-02:30');
	});

	it('names the days as exactly as they are known', () => {
		expect(
			formatEventDays(
				{
					starts_local: '2018-03-01T00:00:00',
					ends_local: '2018-03-31T00:00:00',
					time_precision: 'month'
				},
				'en'
			)
		).toBe('March 2018');
		expect(formatEventDays(event, 'en').replace(/\u2009/g, ' ')).toBe('26–28 October 2024');
	});

	it('groups an agenda by the venue day each session starts on', () => {
		const days = agendaDays([
			{ starts_local: '2024-10-27T09:00:00' },
			{ starts_local: '2024-10-26T23:30:00' },
			{ starts_local: '2024-10-27T01:00:00' }
		]);
		expect(days.map((d) => [d.day, d.sessions.length])).toEqual([
			['2024-10-26', 1],
			['2024-10-27', 2]
		]);
	});
});
