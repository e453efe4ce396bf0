// Dates, numbers, lists and names in the reader's language, through Intl. Each formatter is made
// once per language and options and kept: making one costs far more than using it.
//
// English pages follow the conventions of English as written in Europe (`en-150`): "6 December
// 2026", "14:03", "€1,250". The partners read English as a shared language, not as Americans.

const FORMAT_LOCALES: Record<string, string> = { en: 'en-150' };

/** The locale Intl formats with for an interface language. */
export function formatLocale(locale: string): string {
	return FORMAT_LOCALES[locale] ?? locale;
}

const made = new Map<string, unknown>();

/**
 * The formatter of this kind for the locale exactly as given and the options, made on first use.
 * The options are part of the key by value (time zone included), so formatters made for two
 * zones or two languages are never mixed up, whatever order they are asked for in.
 */
export function kept<T>(
	kind: string,
	locale: string,
	options: object | undefined,
	make: () => T
): T {
	const key = `${kind} ${locale} ${JSON.stringify(options ?? {})}`;
	let formatter = made.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		made.set(key, formatter);
	}
	return formatter;
}

function once<T>(kind: string, locale: string, options: object, make: (locale: string) => T): T {
	return kept(kind, locale, options, () => make(formatLocale(locale)));
}

export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions = {}
): Intl.DateTimeFormat {
	return once('date', locale, options, (l) => new Intl.DateTimeFormat(l, options));
}

export function numberFormat(
	locale: string,
	options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat {
	return once('number', locale, options, (l) => new Intl.NumberFormat(l, options));
}

export function listFormat(
	locale: string,
	options: Intl.ListFormatOptions = { type: 'conjunction' }
): Intl.ListFormat {
	return once('list', locale, options, (l) => new Intl.ListFormat(l, options));
}

/** Names of languages or countries, in the reader's language. */
export function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
	return once('names', locale, { type }, (l) => new Intl.DisplayNames([l], { type }));
}

/** Sorting in the reader's alphabet, with one collator per locale (not one per comparison). */
export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
	return once('collator', locale, options, (l) => new Intl.Collator(l, options));
}

/** Compares items by a text of theirs in the reader's alphabet: `items.sort(alphabetically(locale, (item) => item.name))`. */
export function alphabetically<T>(
	locale: string,
	text: (item: T) => string
): (a: T, b: T) => number {
	const { compare } = collator(locale);
	return (a, b) => compare(text(a), text(b));
}
