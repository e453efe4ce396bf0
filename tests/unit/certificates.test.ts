// Certificates of attendance as poppler reads them: each person's page in the language chosen for
// them, names in Greek, Cyrillic and Latvian as written, and the hours of programme they attended.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locale } from '#lib/paraglide/runtime.js';
import { certificatesPdf, hoursAttended } from '#lib/server/pdf/certificates.ts';
import type { EventHeading } from '#lib/server/pdf/event-heading.ts';
import { pdfPages, pdfText, pdfToPng } from '../support/pdf.ts';

const session = (
	starts: string,
	ends: string,
	kind: 'session' | 'workshop' | 'break' | 'meal' | 'travel' = 'session'
) => ({
	starts_local: `2027-03-${starts}:00`,
	ends_local: `2027-03-${ends}:00`,
	kind
});
const AGENDA = [
	session('26T09:00', '26T12:30'),
	session('26T12:30', '26T13:30', 'meal'),
	session('26T13:30', '26T17:00', 'workshop'),
	// Parallel to the workshop: the same afternoon, counted once.
	session('26T14:00', '26T16:00', 'workshop'),
	session('27T09:00', '27T10:15'),
	session('27T10:15', '27T10:45', 'break'),
	session('27T10:45', '27T12:00'),
	session('28T08:00', '28T12:00', 'travel')
];

describe('hours attended', () => {
	test('the sessions of the days attended, parallel ones once, without meals, breaks or travel', () => {
		expect(hoursAttended(AGENDA, ['2027-03-26'])).toBe(7);
		expect(hoursAttended(AGENDA, ['2027-03-27'])).toBe(2.5);
		expect(hoursAttended(AGENDA, ['2027-03-26', '2027-03-27', '2027-03-28'])).toBe(9.5);
		expect(hoursAttended(AGENDA, ['2027-03-28'])).toBe(0);
		expect(hoursAttended([], ['2027-03-26'])).toBe(0);
	});

	test('where attendance is kept per session: the sessions ticked, with the whole days, each span once', () => {
		const agenda = AGENDA.map((s, i) => ({ ...s, id: `s${i}` }));
		// The morning session (3.5 h) and the parallel afternoon workshops (3.5 h) of the first day.
		expect(hoursAttended(agenda, [], ['s0'])).toBe(3.5);
		expect(hoursAttended(agenda, [], ['s2', 's3'])).toBe(3.5);
		// A break ticked as a session is still not programme.
		expect(hoursAttended(agenda, [], ['s5'])).toBe(0);
		// The whole second day and a session of the first.
		expect(hoursAttended(agenda, ['2027-03-27'], ['s0'])).toBe(6);
		// A session of a day already counted whole is not counted twice.
		expect(hoursAttended(agenda, ['2027-03-26'], ['s0'])).toBe(7);
	});
});

const HEADINGS: Partial<Record<Locale, EventHeading>> = {
	el: {
		project: 'NEETs – Νέοι εκτός απασχόλησης',
		event: 'Συνάντηση εταίρων',
		dates: '26–28 Μαρτίου 2027',
		venue: 'Δημαρχείο, Δαουγκαβπιλς, Λετονία',
		host: 'Δημοτικό Συμβούλιο Δαουγκαβπιλς'
	},
	lv: {
		project: 'NEETs',
		event: 'Partneru sanāksme',
		dates: '2027. gada 26.–28. marts',
		venue: 'Rātsnams, Daugavpils, Latvija',
		host: 'Daugavpils valstspilsētas pašvaldība'
	},
	uk: {
		project: 'NEETs',
		event: 'Зустріч партнерів',
		dates: '26–28 березня 2027 р.',
		venue: 'Даугавпілс, Латвія',
		host: 'Даугавпілська міська дума'
	}
};
const headingIn = (locale: Locale) => HEADINGS[locale]!;
const SIGNER = { name: 'Ināra Ņikitina', role: 'Vadītāja', issued: '2027-03-28' };

test('a page per person in their language: Greek, Latvian, Ukrainian, with names as written', async () => {
	const pdf = await certificatesPdf(
		[
			{
				name: 'Γιώργος Παπαδόπουλος',
				organisation: 'Δήμος Θεσσαλονίκης, Ελλάδα',
				days: ['2027-03-26', '2027-03-27'],
				hours: 9.5,
				locale: 'el'
			},
			{
				name: 'Jānis Bērziņš',
				organisation: 'Daugavpils Izglītības pārvalde, Latvija',
				days: ['2027-03-26'],
				hours: 1,
				locale: 'lv'
			},
			{ name: 'Олена Ковальчук', organisation: '', days: ['2027-03-27'], hours: 2, locale: 'uk' }
		],
		headingIn,
		SIGNER,
		'en'
	);
	expect(pdfPages(pdf)).toBe(3);
	const [greek, latvian, ukrainian] = pdfText(pdf).split('\f');
	for (const text of [
		'Βεβαίωση συμμετοχής',
		'Γιώργος Παπαδόπουλος',
		'Δήμος Θεσσαλονίκης, Ελλάδα',
		'Συνάντηση εταίρων',
		'26–28 Μαρτίου 2027',
		'9,5 ώρες',
		'28 Μαρτίου 2027',
		'Ināra Ņikitina',
		'Vadītāja',
		'Δημοτικό Συμβούλιο Δαουγκαβπιλς'
	]) {
		expect(greek).toContain(text);
	}
	for (const text of [
		'Apliecinājums par dalību',
		'Jānis Bērziņš',
		'Daugavpils Izglītības pārvalde',
		'Partneru sanāksme',
		'1 stunda',
		'2027. gada 28. marts',
		'Ināra Ņikitina'
	])
		expect(latvian).toContain(text);
	for (const text of ['Сертифікат про участь', 'Олена Ковальчук', 'Зустріч партнерів', '2 години'])
		expect(ukrainian).toContain(text);
	// The Greek participant's certificate in Greek, as a picture to look at.
	const greekOnly = await certificatesPdf(
		[
			{
				name: 'Γιώργος Παπαδόπουλος',
				organisation: 'Δήμος Θεσσαλονίκης, Ελλάδα',
				days: ['2027-03-26', '2027-03-27'],
				hours: 9.5,
				locale: 'el'
			}
		],
		headingIn,
		SIGNER,
		'el'
	);
	expect(pdfToPng(greekOnly, path.resolve('test-results/pdf/certificate-el'))).toMatch(
		/certificate-el\.png$/
	);
});

test('no one to certify gives an empty document, not an error', async () => {
	await expect(certificatesPdf([], headingIn, SIGNER, 'en')).resolves.toBeInstanceOf(Uint8Array);
});
