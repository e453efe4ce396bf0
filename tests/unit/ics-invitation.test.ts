// Calendar invitations (src/lib/ics-invitation.ts), read back as a calendar program reads them:
// through Mozilla's ical.js, with the rules of RFC 5546 that Outlook, Google and Thunderbird apply
// before they act on a REQUEST or a CANCEL.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvitation, invitationContentType, invitationUid, type Invitation } from '../../src/lib/ics-invitation.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const EVENT_ID = '6f1d1c4e-2b39-4c1e-9a51-0c8b1f3e8a10';

function invitation(overrides: Partial<Invitation> = {}, event: Partial<Invitation['event']> = {}): Invitation {
	return {
		method: 'REQUEST',
		event: {
			id: EVENT_ID,
			title: 'Young NEETs: partner meeting; day one, Daugavpils',
			description: 'Kick-off of the work packages.',
			venue: 'Town hall, Rīgas iela 1, Daugavpils, Latvia',
			timeZone: 'Europe/Riga',
			startsLocal: '2026-03-24T09:00:00',
			endsLocal: '2026-03-26T16:30:00',
			precision: 'minute',
			...event
		},
		url: 'https://tilts.example/en/events/young-neets-daugavpils',
		sequence: 3,
		organizer: { name: 'Daugavpils City Council, via Tilts', email: 'noreply@tilts.example' },
		attendees: [
			{ name: 'Anna "Ann" Bērziņa', email: 'anna@daugavpils.example' },
			{ name: 'Marco Rossi', email: 'marco@faenza.example' }
		],
		uidDomain: 'tilts.example',
		now: NOW,
		...overrides
	};
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const vevents = calendar.getAllSubcomponents('vevent');
	return { calendar, vevents, vevent: vevents[0] };
}

function sequenceOf(vevent: ICAL.Component): number {
	return Number(vevent.getFirstPropertyValue('sequence'));
}

/** The RFC 5546 checks every invitation must pass, whatever its method. */
function expectValidItip(text: string, method: 'REQUEST' | 'CANCEL') {
	const { calendar, vevents, vevent } = parse(text);
	expect(calendar.getFirstPropertyValue('method')).toBe(method);
	expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
	expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
	expect(vevents).toHaveLength(1);
	for (const name of ['uid', 'dtstamp', 'dtstart', 'sequence', 'organizer']) expect(vevent.hasProperty(name), name).toBe(true);
	expect(vevent.getAllProperties('attendee').length).toBeGreaterThanOrEqual(1);
	// Every TZID in use has its VTIMEZONE in the same object.
	const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
	for (const property of vevent.getAllProperties()) {
		const tzid = property.getParameter('tzid');
		if (tzid) expect(zones.has(tzid as string), `VTIMEZONE for ${tzid}`).toBe(true);
	}
	// Lines of at most 75 octets, CRLF only.
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	return { calendar, vevent };
}

describe('a REQUEST', () => {
	const text = buildInvitation(invitation());

	it('is a valid iTIP request', () => {
		expectValidItip(text, 'REQUEST');
	});

	it('names the event, its place, its page, and asks nobody to reply', () => {
		const { vevent } = parse(text);
		expect(vevent.getFirstPropertyValue('uid')).toBe(`event-${EVENT_ID}@tilts.example`);
		expect(vevent.getFirstPropertyValue('summary')).toBe('Young NEETs: partner meeting; day one, Daugavpils');
		expect(vevent.getFirstPropertyValue('location')).toBe('Town hall, Rīgas iela 1, Daugavpils, Latvia');
		expect(vevent.getFirstPropertyValue('description')).toBe('Kick-off of the work packages.\n\nhttps://tilts.example/en/events/young-neets-daugavpils');
		expect(vevent.getFirstPropertyValue('url')).toBe('https://tilts.example/en/events/young-neets-daugavpils');
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
		const organizer = vevent.getFirstProperty('organizer')!;
		expect(organizer.getFirstValue()).toBe('mailto:noreply@tilts.example');
		expect(organizer.getParameter('cn')).toBe('Daugavpils City Council, via Tilts');
		const attendees = vevent.getAllProperties('attendee');
		expect(attendees.map((a) => [a.getFirstValue(), a.getParameter('cn')])).toEqual([
			['mailto:anna@daugavpils.example', "Anna 'Ann' Bērziņa"],
			['mailto:marco@faenza.example', 'Marco Rossi']
		]);
		for (const a of attendees) {
			expect([a.getParameter('role'), a.getParameter('partstat'), a.getParameter('rsvp')]).toEqual(['REQ-PARTICIPANT', 'NEEDS-ACTION', 'FALSE']);
		}
	});

	it('keeps the venue clock, at the instants the site shows', () => {
		const { vevent } = parse(text);
		const event = new ICAL.Event(vevent);
		expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Riga');
		// 24 March 2026 is winter time in Riga (UTC+2); the 26th too (summer time starts on the 29th).
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-24T07:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-26T14:30:00.000Z');
		expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T10:00:00Z');
	});

	it('gives whole days for an event known to the day', () => {
		const dayText = buildInvitation(invitation({}, { precision: 'day' }));
		const { calendar, vevent } = expectValidItip(dayText, 'REQUEST');
		const event = new ICAL.Event(vevent);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-03-24');
		// DTEND is exclusive: the day after the last.
		expect(event.endDate.toString()).toBe('2026-03-27');
		expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
	});

	it('is sent with its method in the MIME type', () => {
		expect(invitationContentType('REQUEST')).toBe('text/calendar; charset=utf-8; method=REQUEST');
	});
});

describe('an update and a cancellation', () => {
	const first = parse(buildInvitation(invitation({ sequence: 3 }))).vevent;
	const updatedText = buildInvitation(invitation({ sequence: 4 }, { startsLocal: '2026-03-24T10:00:00' }));
	const cancelText = buildInvitation(invitation({ method: 'CANCEL', sequence: 4 }));

	it('an update keeps the UID with a higher SEQUENCE', () => {
		const updated = expectValidItip(updatedText, 'REQUEST').vevent;
		expect(updated.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
		expect(sequenceOf(updated)).toBeGreaterThan(sequenceOf(first));
	});

	it('a CANCEL names the same UID, a SEQUENCE not below the request, and STATUS:CANCELLED', () => {
		const cancel = expectValidItip(cancelText, 'CANCEL').vevent;
		expect(cancel.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
		expect(sequenceOf(cancel)).toBeGreaterThanOrEqual(sequenceOf(first));
		expect(cancel.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('one UID per event, whatever the domain says', () => {
		expect(invitationUid(EVENT_ID, 'tilts.example')).toBe(`event-${EVENT_ID}@tilts.example`);
	});
});

describe('what no calendar could act on', () => {
	it.each([
		['a month-precision event', invitation({}, { precision: 'month' })],
		['no attendee', invitation({ attendees: [] })],
		['an attendee without an address', invitation({ attendees: [{ name: 'X', email: 'not an address' }] })],
		['an address that would end the line', invitation({ attendees: [{ name: 'X', email: 'x@y.example\r\nATTENDEE:mailto:z@evil.example' }] })],
		['a negative sequence', invitation({ sequence: -1 })],
		['an end before the start', invitation({}, { endsLocal: '2026-03-23T09:00:00' })],
		['an unknown zone', invitation({}, { timeZone: 'Mars/Olympus' })]
	])('refuses %s', (_, bad) => {
		expect(() => buildInvitation(bad)).toThrow(RangeError);
	});

	it('keeps injected line breaks inside text values', () => {
		const text = buildInvitation(invitation({}, { title: 'Meeting\r\nATTENDEE:mailto:z@evil.example' }));
		const { vevent } = expectValidItip(text, 'REQUEST');
		expect(vevent.getAllProperties('attendee')).toHaveLength(2);
		expect(vevent.getFirstPropertyValue('summary')).toBe('Meeting\nATTENDEE:mailto:z@evil.example');
	});
});
