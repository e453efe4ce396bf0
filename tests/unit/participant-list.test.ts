// The list to sign as pdftotext (poppler) reads it: names in every script, blank rows, an empty list.
import { expect, test } from 'vitest';
import { participantListPdf } from '#lib/server/pdf/participants.ts';
import path from 'node:path';
import { pdfText as text, pdfToPng } from '../support/pdf.ts';

const NAMES = [
	'Jānis Bērziņš',
	'Γιώργος Παπαδόπουλος',
	'Милош Јовановић',
	'Олена Ковальчук',
	'Цветелина Стоянова',
	'Zażółć Gęślą',
	'Řehoř Šťastný'
];

const list = {
	project: 'NEETs',
	event: 'Partner meeting',
	dates: '26–28 March 2027',
	venue: 'Rīga',
	day: '2027-03-27'
};

test('names in Latvian, Greek, Serbian, Ukrainian, Bulgarian, Polish and Czech come out as written', async () => {
	const participants = NAMES.map((name, i) => ({
		name,
		organisation: `Org ${i}`,
		town: 'Daugavpils',
		country: 'LV',
		email: `p${i}@example.org`
	}));
	const pdf = await participantListPdf({ ...list, participants }, 'el');
	const out = text(pdf);
	for (const name of NAMES) expect(out).toContain(name);
	expect(out).toContain('Υπογραφή');
	// As a picture to look at.
	expect(pdfToPng(pdf, path.resolve('test-results/pdf/participant-list-el'))).toMatch(
		/participant-list-el\.png$/
	);
});

test('an event with no registrations gives a blank list with its headers', async () => {
	const out = text(await participantListPdf({ ...list, participants: [] }, 'en'));
	expect(out).toContain('Participant list');
	expect(out).toContain('Signature');
	expect(out).toContain('Page 1 of 1');
});
