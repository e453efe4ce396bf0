// Sitemaps (sitemaps.org 0.9): an index naming the sitemap pages, and pages listing addresses,
// each with the same page in every language it exists in (Google's `xhtml:link rel="alternate"
// hreflang`). Addresses come from slugs people chose, so everything goes through the XML escape.
import { escapeXml, xmlTimestamp } from '#lib/xml.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** A sitemap page named by the index. */
export type SitemapRef = { loc: string; lastmod?: Date };

/** One address, and where the same page is in each language (`x-default` for the one that picks). */
export type SitemapUrl = {
	loc: string;
	lastmod?: Date;
	alternates: Array<{ hreflang: string; href: string }>;
};

/** At most this many addresses in one sitemap page, and pages in one index (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

export function buildSitemapIndex(sitemaps: SitemapRef[]): string {
	if (sitemaps.length > SITEMAP_MAX_URLS)
		throw new RangeError(
			`A sitemap index names at most ${SITEMAP_MAX_URLS} sitemaps, not ${sitemaps.length}`
		);
	return document(
		`<sitemapindex xmlns="${SITEMAP_NS}">`,
		sitemaps.map(
			(s) => `\t<sitemap><loc>${escapeXml(s.loc)}</loc>${lastmod(s.lastmod, s.loc)}</sitemap>`
		),
		'</sitemapindex>'
	);
}

export function buildUrlSet(urls: SitemapUrl[]): string {
	if (urls.length > SITEMAP_MAX_URLS)
		throw new RangeError(
			`A sitemap lists at most ${SITEMAP_MAX_URLS} addresses, not ${urls.length}`
		);
	return document(
		`<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
		urls.map(
			(url) =>
				`\t<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastmod, url.loc)}` +
				url.alternates
					.map(
						(a) =>
							`\n\t\t<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`
					)
					.join('') +
				'\n\t</url>'
		),
		'</urlset>'
	);
}

/**
 * The same page in each of `locales`, every one naming all the others (and itself) as its
 * alternates, plus `x-default`: the address without a locale, which sends each reader to theirs.
 */
export function inEveryLocale(
	origin: string,
	path: string,
	locales: readonly string[],
	lastmod?: Date
): SitemapUrl[] {
	const at = (locale: string) => `${origin}/${locale}${path === '/' ? '' : path}`;
	const alternates = [
		...locales.map((locale) => ({ hreflang: locale, href: at(locale) })),
		{ hreflang: 'x-default', href: `${origin}${path}` }
	];
	return locales.map((locale) => ({ loc: at(locale), lastmod, alternates }));
}

function document(open: string, lines: string[], close: string): string {
	return ['<?xml version="1.0" encoding="UTF-8"?>', open, ...lines, close].join('\n') + '\n';
}

function lastmod(instant: Date | undefined, what: string): string {
	return instant ? `<lastmod>${xmlTimestamp(instant, what)}</lastmod>` : '';
}
