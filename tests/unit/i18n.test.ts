import { describe, expect, it } from 'vitest';
import { href, languageName, samePageIn } from '../../src/lib/i18n.ts';

describe('href', () => {
	it.each([
		['/', 'en', '/en'],
		['/', 'lv', '/lv'],
		['/accessibility', 'lv', '/lv/accessibility'],
		['/projects/', 'de', '/de/projects'],
		['/projects?page=2&next=/a/', 'sr', '/sr/projects?page=2&next=/a/'],
		['/?q=1', 'ga', '/ga?q=1'],
		['/en/events#day-2', 'mt', '/mt/events#day-2'],
		['/lv', 'uk', '/uk'],
		// Not a locale: a path that only starts like one.
		['/english-lessons', 'fi', '/fi/english-lessons'],
		['/xx/projects', 'en', '/en/xx/projects']
	] as const)('%s in %s is %s', (path, locale, expected) => {
		expect(href(path, locale)).toBe(expected);
	});
});

describe('samePageIn', () => {
	it('keeps the page and its query, and changes only the locale', () => {
		expect(samePageIn(new URL('http://x/en/accessibility?q=1'), 'lv')).toBe(
			'/lv/accessibility?q=1'
		);
		expect(samePageIn(new URL('http://x/lv'), 'en')).toBe('/en');
	});
});

describe('languageName', () => {
	it('names each language in itself, capitalised for a menu', () => {
		expect(languageName('lv')).toBe('Latviešu');
		expect(languageName('en')).toBe('English');
		expect(languageName('lv', 'en')).toBe('Latvian');
	});
});
