// Calendar invitations by e-mail (src/lib/server/notifications/calendar.ts), read back through
// Mozilla's ical.js and checked against the iTIP rules (RFC 5546) that Outlook, Google and
// Thunderbird apply before they take a message as an invitation, an update or a cancellation.
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { invitationCalendar } from '../../src/lib/server/notifications/calendar.ts';
import type { QueuedNotification } from '../../src/lib/server/notifications/render.ts';

const NOW = new Date('2027-02-01T12:00:00Z');
const CONTEXT = {
	origin: 'https://tilts.example.org',
	from: { name: 'Tilts', address: 'noreply@tilts.example' }
};
const EVENT = {
	id: '0d000000-0000-4000-8000-0000000000aa',
	slug: 'partner-meeting-daugavpils',
	title: {
		lv: { text: 'Partneru tikšanās', status: 'original' },
		en: { text: 'Partner meeting; Daugavpils, "autumn"', status: 'reviewed' }
	},
	starts_local: '2027-03-10T09:00:00',
	ends_local: '2027-03-11T16:30:00',
	time_zone: 'Europe/Riga',
	time_precision: 'minute',
	status: 'confirmed',
	venue_name: 'City Hall',
	venue_address: 'Krišjāņa Valdemāra iela 1',
	venue_city: 'Daugavpils',
	venue_country: 'LV',
	version: 3,
	host: 'Daugavpils Education Board'
};

function notification(
	payload: Record<string, unknown>,
	to: Partial<QueuedNotification> = {}
): QueuedNotification {
	return {
		id: 'n1',
		kind: 'calendar_invitation',
		payload: {
			event: EVENT,
			method: 'REQUEST',
			sequence: 3,
			attendees: [
				{ name: 'Anna Rossi', email: 'anna@faenza.example' },
				{ name: 'Bruno (no address)', email: null }
			],
			...payload
		},
		attempts: 1,
		created_at: NOW.toISOString(),
		recipient_id: 'u1',
		email: 'editor@faenza.example',
		locale: 'en',
		display_name: 'Marco Bianchetti',
		time_zone: 'Europe/Rome',
		...to
	};
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const [vevent] = calendar.getAllSubcomponents('vevent');
	return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function build(payload: Record<string, unknown> = {}, to: Partial<QueuedNotification> = {}) {
	const part = invitationCalendar(notification(payload, to), 'en', CONTEXT, NOW);
	if (!part) throw new Error('no calendar part');
	return { part, ...parse(part.content) };
}

beforeEach(() => ICAL.TimezoneService.reset());

describe('a calendar invitation (METHOD:REQUEST)', () => {
	it('has what iTIP clients require: METHOD, ORGANIZER, ATTENDEEs, UID, DTSTAMP, DTSTART, SEQUENCE', () => {
		const { part, calendar, vevent } = build();
		expect(part.method).toBe('REQUEST');
		expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
		expect(vevent.getFirstPropertyValue('uid')).toBe(`${EVENT.id}@tilts`);
		expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-02-01T12:00:00Z');
		expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		const organizer = vevent.getFirstProperty('organizer')!;
		expect(organizer.getFirstValue()).toBe('mailto:noreply@tilts.example');
		expect(organizer.getParameter('cn')).toBe('Daugavpils Education Board');
		// The recipient first (so that their program sees them invited), then the people with an address.
		const attendees = vevent.getAllProperties('attendee');
		expect(
			attendees.map((a) => [a.getFirstValue(), a.getParameter('cn'), a.getParameter('rsvp')])
		).toEqual([
			['mailto:editor@faenza.example', 'Marco Bianchetti', 'FALSE'],
			['mailto:anna@faenza.example', 'Anna Rossi', 'FALSE']
		]);
		// A feed's name and refresh have no place in an invitation.
		expect(part.content).not.toContain('X-WR-CALNAME');
		expect(part.content).not.toContain('REFRESH-INTERVAL');
	});

	it('keeps the venue’s clock with its zone written out, so every program shows the same instant', () => {
		const { event, calendar, part } = build();
		expect(
			calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))
		).toEqual(['Europe/Riga']);
		expect(part.content).toContain('DTSTART;TZID=Europe/Riga:20270310T090000');
		expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-10T07:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-11T14:30:00.000Z');
		expect(event.summary).toBe('Partner meeting; Daugavpils, "autumn"');
		expect(event.location).toBe('City Hall, Krišjāņa Valdemāra iela 1, Daugavpils, Latvia');
		expect(event.description).toContain('Anna Rossi, Bruno (no address)');
		expect(event.description).toContain(
			'https://tilts.example.org/en/events/partner-meeting-daugavpils'
		);
	});

	it('folds long lines at 75 octets and ends every line with CRLF', () => {
		const { part } = build({ attendees: [{ name: 'Ā'.repeat(80), email: 'long@faenza.example' }] });
		const lines = part.content.replace(/\r\n$/, '').split('\r\n');
		expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(part.content.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('is an all-day entry for an event known to the day, and none for one known to the month', () => {
		const { part } = build({
			event: {
				...EVENT,
				time_precision: 'day',
				starts_local: '2027-03-10T00:00:00',
				ends_local: '2027-03-11T00:00:00'
			}
		});
		expect(part.content).toContain('DTSTART;VALUE=DATE:20270310');
		expect(part.content).toContain('DTEND;VALUE=DATE:20270312');
		expect(
			invitationCalendar(
				notification({ event: { ...EVENT, time_precision: 'month' } }),
				'en',
				CONTEXT,
				NOW
			)
		).toBeNull();
	});

	it('is written for the person themselves when sent to their own address', () => {
		const { vevent } = build(
			{ attendees: [{ name: 'Anna Rossi', email: 'anna@faenza.example' }] },
			{ recipient_id: null, email: 'anna@faenza.example', display_name: null }
		);
		expect(
			vevent.getAllProperties('attendee').map((a) => [a.getFirstValue(), a.getParameter('cn')])
		).toEqual([['mailto:anna@faenza.example', 'Anna Rossi']]);
	});
});

describe('an update and a cancellation', () => {
	it('keep the UID, with a higher SEQUENCE', () => {
		const first = build();
		const update = build({
			sequence: 4,
			event: { ...EVENT, starts_local: '2027-03-10T10:00:00', version: 4 }
		});
		const cancel = build({ method: 'CANCEL', sequence: 5 });
		for (const next of [update, cancel]) {
			expect(next.vevent.getFirstPropertyValue('uid')).toBe(
				first.vevent.getFirstPropertyValue('uid')
			);
			expect(Number(next.vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(
				Number(first.vevent.getFirstPropertyValue('sequence'))
			);
		}
		expect(update.event.startDate.toJSDate().toISOString()).toBe('2027-03-10T08:00:00.000Z');
		expect(cancel.part.method).toBe('CANCEL');
		expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
		expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cancel.part.filename).toBe('cancel.ics');
	});

	it('are not made for other kinds of notification', () => {
		expect(
			invitationCalendar(notification({}, { kind: 'event_changed' }), 'en', CONTEXT, NOW)
		).toBeNull();
	});
});
