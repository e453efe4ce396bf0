import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateRange } from '../../src/lib/dates.ts';
import { alphabetically, kept } from '../../src/lib/intl.ts';
import { formatEuro } from '../../src/lib/money.ts';
import { countryName } from '../../src/lib/places.ts';
import { formatLocalTime, zoneLabel } from '../../src/lib/time.ts';
import { m } from '../../src/lib/paraglide/messages.js';
import * as registry from '../../src/lib/paraglide/registry.js';

// Formatters are kept per locale and options: whatever order pages ask in, each answer is the one
// a new formatter for that locale (and zone) would give.
/** Intl's thin and no-break spaces as plain ones, for comparing with text written here. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('kept formatters', () => {
	afterEach(() => vi.restoreAllMocks());

	it('give each locale its own dates, numbers and names when locales alternate', () => {
		for (let round = 0; round < 2; round++) {
			expect(plain(formatDateRange('2024-01-01', '2025-12-31', 'day', 'lv'))).toBe(
				'2024. gada 1. janvāris – 2025. gada 31. decembris'
			);
			expect(plain(formatDateRange('2024-01-01', '2025-12-31', 'day', 'de'))).toBe(
				'1. Januar 2024 – 31. Dezember 2025'
			);
			expect(plain(formatDateRange('2024-01-01', '2025-12-31', 'day', 'en'))).toBe(
				'1 January 2024 – 31 December 2025'
			);
			expect(plain(formatEuro(1460050, 'de'))).toBe('14.600,50 €');
			expect(formatEuro(1460050, 'en')).toBe('€14,600.50');
			expect(countryName('DE', 'lv')).toBe('Vācija');
			expect(countryName('DE', 'fr')).toBe('Allemagne');
		}
	});

	it('keep each written date range apart by locale and precision', () => {
		for (let round = 0; round < 2; round++) {
			expect(plain(formatDateRange('2018-03-01', '2019-09-30', 'month', 'en'))).toBe(
				'March 2018 – September 2019'
			);
			expect(plain(formatDateRange('2018-03-01', '2019-09-30', 'day', 'en'))).toBe(
				'1 March 2018 – 30 September 2019'
			);
			expect(plain(formatDateRange('2018-03-01', '2019-09-30', 'month', 'de'))).toBe(
				'März 2018 – September 2019'
			);
		}
	});

	it('give each zone its own name when zones alternate', () => {
		const july = new Date('2026-07-01T12:00:00Z');
		const expected = (zone: string) =>
			new Intl.DateTimeFormat('de', { timeZone: zone, timeZoneName: 'short' })
				.formatToParts(july)
				.find((part) => part.type === 'timeZoneName')?.value;
		for (let round = 0; round < 2; round++) {
			for (const zone of ['Europe/Riga', 'America/New_York', 'Asia/Kolkata', 'UTC'])
				expect(zoneLabel(july, zone, 'de')).toBe(expected(zone));
		}
		expect(zoneLabel(july, 'Europe/Riga', 'en')).not.toBe(
			zoneLabel(july, 'America/New_York', 'en')
		);
	});

	it('keep options apart: the time pattern of one locale is not another’s', () => {
		expect(formatLocalTime('2024-10-15T21:05', 'en')).toBe('21:05');
		expect(formatLocalTime('2024-10-15T21:05', 'en')).toBe(
			formatLocalTime('2024-10-15T21:05', 'en')
		);
		expect(formatLocalTime('2024-10-15T21:05', 'ko')).toBe(
			new Intl.DateTimeFormat('ko', { timeStyle: 'short', timeZone: 'UTC' }).format(
				Date.UTC(2024, 9, 15, 21, 5)
			)
		);
	});

	it('sort in each reader’s alphabet when locales alternate', () => {
		const names = ['Zēns', 'Čakste', 'Ābele', 'Cēsis', 'Dobele', 'Ozols', 'Öhman'];
		for (let round = 0; round < 2; round++) {
			expect([...names].sort(alphabetically('lv', (name) => name))).toEqual(
				[...names].sort((a, b) => a.localeCompare(b, 'lv'))
			);
			expect([...names].sort(alphabetically('sv', (name) => name))).toEqual(
				[...names].sort((a, b) => a.localeCompare(b, 'sv'))
			);
		}
		expect([...names].sort(alphabetically('lv', (name) => name))).not.toEqual(
			[...names].sort(alphabetically('sv', (name) => name))
		);
	});

	it('count in each locale’s plural forms when messages alternate', () => {
		for (let round = 0; round < 2; round++) {
			expect(m.home_languages_text({ count: 21 }, { locale: 'lv' })).toBe(
				'Partneri var rakstīt saturu 21 valodā.'
			);
			expect(m.home_languages_text({ count: 21 }, { locale: 'en' })).toMatch(/21 languages/);
			expect(m.home_languages_text({ count: 22 }, { locale: 'lv' })).toBe(
				'Partneri var rakstīt saturu 22 valodās.'
			);
		}
	});

	it('make a message’s plural rules and number format once per locale, not once per message', () => {
		const plurals = vi.spyOn(Intl, 'PluralRules');
		const numbers = vi.spyOn(Intl, 'NumberFormat');
		for (let count = 0; count < 50; count++) {
			registry.plural('hr', count, {});
			registry.number('hr', count, {});
		}
		expect(plurals.mock.calls.length).toBeLessThanOrEqual(1);
		expect(numbers.mock.calls.length).toBeLessThanOrEqual(1);
	});

	it('are told apart by every option, the time zone included', () => {
		const made = (zone: string) =>
			kept(
				'test',
				'en',
				{ timeZone: zone },
				() => new Intl.DateTimeFormat('en', { timeZone: zone })
			);
		expect(made('Europe/Riga')).toBe(made('Europe/Riga'));
		expect(made('Europe/Riga')).not.toBe(made('Europe/Lisbon'));
		expect(made('Europe/Lisbon').resolvedOptions().timeZone).toBe('Europe/Lisbon');
	});
});
