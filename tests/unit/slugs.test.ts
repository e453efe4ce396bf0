import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_MAX, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
	it.each([
		['Jaunieši NEET', 'jauniesi-neet'],
		['ĀĒĪŪ ČĢĶĻŅŠŽ', 'aeiu-cgklnsz'],
		['Łódź', 'lodz'],
		['ŁÓDŹ', 'lodz'],
		['Straße', 'strasse'],
		['Ærø', 'aero'],
		['Søren Kierkegaard', 'soren-kierkegaard'],
		['Œuvre', 'oeuvre'],
		['Þingvellir', 'thingvellir'],
		['Đorđe', 'dorde'],
		['Hello,   World!! 2026', 'hello-world-2026'],
		['a & b / c', 'a-b-c'],
		['  --Hello--  ', 'hello'],
		['«Tilts»', 'tilts'],
		['', ''],
		['!!! ... ???', ''],
		['Općina Inđija', 'opcina-indija'],
		['Општина Инђија', 'opshtina-indjija'],
		['Ѓорче Петров', 'gorche-petrov'],
		['Град Скопје', 'grad-skopje'],
		['Δήμος Αλίμου', 'dimos-alimoy'],
		['Община Габрово', 'obshchina-gabrovo'],
		['Київ 2026', 'kiiv-2026'],
		['Kavadarci\u0301', 'kavadarci'],
		['日本語', 'ribenyu']
	])('%j → %j', (input, expected) => {
		expect(slugify(input)).toBe(expected);
	});

	it('cuts at 80 characters', () => {
		expect(slugify('a'.repeat(100))).toBe('a'.repeat(SLUG_MAX));
		expect(SLUG_MAX).toBe(80);
	});

	it('does not end on a hyphen when the cut falls on one', () => {
		const slug = slugify('x'.repeat(79) + ' yes');
		expect(slug).toBe('x'.repeat(79));
		expect(isSlug(slug)).toBe(true);
	});

	it('gives a valid slug for long names made of many words', () => {
		for (const name of ['Jaunieši '.repeat(20), 'a '.repeat(60), '--' + 'Żółć '.repeat(30)]) {
			const slug = slugify(name);
			expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
			expect(isSlug(slug), slug).toBe(true);
		}
	});
});

describe('isSlug', () => {
	it.each(['jauniesi-neet', 'a', '2026', 'a-1-b', 'x'.repeat(80)])('accepts %j', (value) => {
		expect(isSlug(value)).toBe(true);
	});

	it.each(['', 'Jauniesi', 'a--b', '-a', 'a-', 'a b', 'a_b', 'jaunieši', 'x'.repeat(81)])(
		'refuses %j',
		(value) => {
			expect(isSlug(value)).toBe(false);
		}
	);
});
