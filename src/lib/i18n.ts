// Names and links for the interface languages. Language names come from Intl in the language
// itself, so that each reader finds their own language under the name they know.
import { displayNames } from '#lib/intl.ts';
import { getLocale, locales, type Locale } from '#lib/paraglide/runtime.js';
import type { ResolvedPathname } from '$app/types';

/** A language's name; capitalised for a menu, as the language itself writes it inside a sentence. */
export function languageName(
	locale: string,
	inLocale: string = locale,
	options = { capitalise: true }
): string {
	const name = displayNames(inLocale, 'language').of(locale) ?? locale;
	return options.capitalise ? name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1) : name;
}

/** The locale at the start of a path: `/lv` of `/lv/accessibility`. */
const LOCALE_PREFIX = new RegExp(`^/(?:${locales.join('|')})(?=[/?#]|$)`);

/**
 * A path without its locale: `/accessibility` of `/lv/accessibility`, `/` of `/lv`. Every locale's
 * paths are its prefix and the same route (`/${locale}/:path`, i18n.config.ts), which this reads
 * with one regular expression rather than Paraglide's URL patterns, one per locale for each link.
 */
export function withoutLocale(path: string): string {
	const rest = path.replace(LOCALE_PREFIX, '');
	return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * A page's path in the current (or a given) locale: `/` becomes `/en`, `/accessibility` becomes
 * `/en/accessibility`; a query or fragment stays. Without a trailing slash, the form SvelteKit
 * serves without a redirect. Every link of the portal's own is made here (the portal has no base
 * path): typed as SvelteKit's resolved path, so that the linter's resolve() check accepts these
 * links and catches any made by hand.
 */
export function href(path: string, locale: Locale = getLocale()): ResolvedPathname {
	const bare = withoutLocale(path);
	const end = bare.search(/[?#]/);
	const [pathname, suffix] = end < 0 ? [bare, ''] : [bare.slice(0, end), bare.slice(end)];
	return (`/${locale}${pathname}`.replace(/\/$/, '') + suffix) as ResolvedPathname;
}

/** The same page in another locale. */
export function samePageIn(
	url: { pathname: string; search: string },
	locale: Locale
): ResolvedPathname {
	return href(url.pathname + url.search, locale);
}
