// Countries by ISO 3166 code, named in the reader's language through Intl.
import { displayNames } from '#lib/intl.ts';

export function countryName(code: string, locale: string): string {
	return displayNames(locale, 'region').of(code) ?? code;
}
