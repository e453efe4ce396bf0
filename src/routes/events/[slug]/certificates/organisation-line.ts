// What a certificate and the certificates page print under a person's name.
import { organisationNameText, type NamedOrganisation } from '#lib/organisation-names.ts';
import { countryName } from '#lib/places.ts';

export type AttendeeOrganisation = {
	named: NamedOrganisation | null;
	text: string;
	country: string | null;
};

/** "Organisation, Country" in `locale`. */
export function organisationLine(
	organisation: AttendeeOrganisation | null,
	locale: string
): string {
	if (!organisation) return '';
	const name = organisation.named
		? organisationNameText(organisation.named, locale)
		: organisation.text;
	return [name, organisation.country ? countryName(organisation.country, locale) : '']
		.filter(Boolean)
		.join(', ');
}
