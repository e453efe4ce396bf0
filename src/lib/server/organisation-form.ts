// The organisation details form, as admins edit it and members propose it: read, checked, and
// turned into the changes to save (the description written in one language at a time).
import { m } from '#lib/paraglide/messages.js';
import { withTranslation } from '#lib/translations.ts';
import * as contentLocales from './data/content-locales.ts';
import * as organisations from './data/organisations.ts';
import { checkbox, choice, country, integer, parseForm, text } from './forms.ts';
import type { Supabase } from './supabase.ts';

type Answer =
	| {
			ok: true;
			version: number;
			changes: organisations.OrganisationChanges;
			/** Null on members' proposals, which leave the address as it is. */
			address: organisations.PostalAddress | null;
			nameLang: string | null;
			message: string | null;
			values: Record<string, string>;
	  }
	| { ok: false; values: Record<string, string>; errors: Record<string, string> };

/** A postcode as letters are addressed in Europe ("LV-5401", "48018", "D02 X285"); the database checks the same. */
const POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$/;

export async function readOrganisationForm(
	supabase: Supabase,
	form: FormData,
	organisation: organisations.Organisation,
	options: { address: boolean } = { address: false }
): Promise<Answer> {
	const locales = (await contentLocales.list(supabase)).map((l) => l.code);
	const parsed = parseForm(form, {
		version: integer({ min: 1 }),
		name: text({ required: true, max: 300 }),
		// Only on the admins' form: proposals keep the name's language as it is.
		name_lang: choice(locales, { required: false }),
		kind: choice(organisations.ORGANISATION_KINDS),
		city: text({ max: 200 }),
		country: country(),
		website: text({ max: 500 }),
		street_address: text({ max: 300 }),
		postcode: text({ max: 12 }),
		description_locale: choice(locales),
		description: text({ max: 2000, multiline: true }),
		description_machine: checkbox(),
		message: text({ max: 2000, multiline: true })
	});
	if (!parsed.ok) return { ok: false, values: parsed.values, errors: parsed.errors };
	const data = parsed.data;
	const errors: Record<string, string> = {};
	if (data.website && !/^https?:\/\/\S+$/.test(data.website)) errors.website = m.form_url();
	if (options.address && data.postcode && !POSTCODE.test(data.postcode))
		errors.postcode = m.form_postcode();
	const description = withTranslation(
		organisation.description,
		data.description_locale,
		data.description,
		{ machine: data.description_machine }
	);
	if (description === 'original_in_use') errors.description = m.translation_original_in_use();
	if (Object.keys(errors).length || description === 'original_in_use')
		return { ok: false, values: parsed.values, errors };
	return {
		ok: true,
		version: data.version,
		values: parsed.values,
		message: data.message || null,
		changes: {
			name: data.name,
			kind: data.kind,
			city: data.city || null,
			country: data.country,
			website: data.website || null,
			description
		},
		address: options.address
			? { street_address: data.street_address || null, postcode: data.postcode || null }
			: null,
		nameLang: data.name_lang
	};
}
