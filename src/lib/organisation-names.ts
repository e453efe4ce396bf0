// An organisation's name as a reader sees it: the translation for the reader's language if one is
// kept, else the organisation's own name, in its own language. The language travels with the text
// so that pages mark it (lang) where it is not the page's.
import { alphabetically } from '#lib/intl.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** An organisation as the queries below select it (the translations embedded, one request). */
export type NamedOrganisation = {
	name: string;
	/** The language of the own name (a content locale). */
	name_lang: string;
	names?: Array<{ locale: string; name: string }> | null;
};

/** The columns to embed wherever an organisation's name is shown (no second query per row). */
export const ORGANISATION_NAME_COLUMNS =
	'name, name_lang, names:organisation_name_translations(locale, name)';

export type ShownName = { text: string; lang: string };

export function organisationName(organisation: NamedOrganisation, reader: string): ShownName {
	const translation = organisation.names?.find((n) => n.locale === reader);
	return translation
		? { text: translation.name, lang: reader }
		: { text: organisation.name, lang: organisation.name_lang };
}

/** The name as plain text, for places that cannot mark a language (a page title, a sentence, an e-mail subject). */
export function organisationNameText(organisation: NamedOrganisation, reader: string): string {
	return organisationName(organisation, reader).text;
}

/** Sorts organisations by the names readers see, in the reader's alphabet. */
export function byShownName(
	reader: string
): (a: NamedOrganisation, b: NamedOrganisation) => number {
	return alphabetically(reader, (organisation) => organisationNameText(organisation, reader));
}

/** The name as plain text in the language of the current request or page. */
export function shownName(organisation: NamedOrganisation): string {
	return organisationNameText(organisation, getLocale());
}
