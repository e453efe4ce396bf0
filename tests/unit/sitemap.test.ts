import { describe, expect, it } from 'vitest';
import {
	buildSitemapIndex,
	buildUrlSet,
	inEveryLocale,
	SITEMAP_MAX_URLS
} from '../../src/lib/sitemap.ts';
import { validateSitemap } from '../support/sitemap.ts';

// libxml2 compiled to WebAssembly, one worker per call.
const SLOW = 30_000;
const ORIGIN = 'https://tilts.example';
const LOCALES = ['en', 'lv', 'pt'];

describe('sitemap documents', () => {
	it(
		'a page with every language of each address is valid against sitemaps.org’s schema',
		async () => {
			const xml = buildUrlSet([
				...inEveryLocale(ORIGIN, '/', LOCALES),
				...inEveryLocale(ORIGIN, '/projects/bridges', LOCALES, new Date('2026-03-04T05:06:07.891Z'))
			]);
			expect(await validateSitemap(xml)).toEqual({ valid: true, errors: [] });
			// Each address names every language and x-default, itself included.
			const bridgesLv = xml
				.split('<url>')
				.find((url) => url.includes('<loc>https://tilts.example/lv/projects/bridges</loc>'))!;
			expect(bridgesLv).toContain('<lastmod>2026-03-04T05:06:07Z</lastmod>');
			for (const locale of LOCALES)
				expect(bridgesLv).toContain(
					`hreflang="${locale}" href="${ORIGIN}/${locale}/projects/bridges"`
				);
			expect(bridgesLv).toContain(`hreflang="x-default" href="${ORIGIN}/projects/bridges"`);
			// The home page is /lv, not /lv/.
			expect(xml).toContain(`<loc>${ORIGIN}/lv</loc>`);
		},
		SLOW
	);

	it(
		'an index is valid against sitemaps.org’s index schema',
		async () => {
			const xml = buildSitemapIndex([
				{ loc: `${ORIGIN}/sitemaps/lists.xml` },
				{ loc: `${ORIGIN}/sitemaps/projects/a.xml`, lastmod: new Date('2026-01-02T03:04:05Z') }
			]);
			expect(await validateSitemap(xml)).toEqual({ valid: true, errors: [] });
		},
		SLOW
	);

	it(
		'what the schema refuses, the check refuses: it can fail',
		async () => {
			const page = buildUrlSet(inEveryLocale(ORIGIN, '/events', LOCALES));
			expect(
				(
					await validateSitemap(
						page.replace('<loc>', '<location>').replace('</loc>', '</location>')
					)
				).valid
			).toBe(false);
			expect((await validateSitemap(page.replace('rel="alternate"', 'rel="next"'))).valid).toBe(
				false
			);
			expect(
				(await validateSitemap(page.replace(/<\/url>/, '<lastmod>yesterday</lastmod></url>'))).valid
			).toBe(false);
			expect((await validateSitemap(page.replace('</urlset>', ''))).valid).toBe(false);
		},
		SLOW
	);

	it(
		'addresses are escaped, and characters XML cannot carry are dropped',
		async () => {
			const xml = buildUrlSet(inEveryLocale(ORIGIN, '/projects/a?x=1&y=<2>\u0001', ['en']));
			expect(xml).toContain('/en/projects/a?x=1&amp;y=&lt;2&gt;</loc>');
			expect(await validateSitemap(xml)).toEqual({ valid: true, errors: [] });
		},
		SLOW
	);

	it('refuses more addresses than a sitemap may hold', () => {
		const url = { loc: `${ORIGIN}/en`, alternates: [] };
		expect(() => buildUrlSet(Array.from({ length: SITEMAP_MAX_URLS + 1 }, () => url))).toThrow(
			RangeError
		);
		expect(() =>
			buildSitemapIndex(Array.from({ length: SITEMAP_MAX_URLS + 1 }, () => url))
		).toThrow(RangeError);
	});
});
