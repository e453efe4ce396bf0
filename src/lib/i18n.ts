// Names and links for the interface languages. Language names come from Intl in the language
// itself, so that each reader finds their own language under the name they know.
import { displayNames } from '#lib/intl.ts';
import { deLocalizeHref, localizeHref, type Locale } from '#lib/paraglide/runtime.js';

/** A language's name; capitalised for a menu, as the language itself writes it inside a sentence. */
export function languageName(locale: string, inLocale: string = locale, options = { capitalise: true }): string {
	const name = displayNames(inLocale, 'language').of(locale) ?? locale;
	return options.capitalise ? name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1) : name;
}

/**
 * A page's path in the current (or a given) locale: `/` becomes `/en`, `/accessibility` becomes
 * `/en/accessibility`. Without a trailing slash, the form SvelteKit serves without a redirect.
 */
export function href(path: string, locale?: Locale): string {
	const localized = localizeHref(path, locale ? { locale } : undefined);
	return localized.length > 1 ? localized.replace(/\/$/, '') : localized;
}

/** The same page in another locale. */
export function samePageIn(url: { pathname: string; search: string }, locale: Locale): string {
	return href(deLocalizeHref(url.pathname), locale) + url.search;
}
