// What a form offers a person to choose from, as the database answers it with functions that
// mirror its policies (whom they may start a practice, a project or a collection for, where an
// event can be listed), instead of working it out again from roles. The policies still decide
// every write. Whole lists, in a steady order, however long.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { ORGANISATION_NAME_COLUMNS, type NamedOrganisation } from '#lib/organisation-names.ts';
import { everyRow } from './every-row.ts';

export type OrganisationOption = NamedOrganisation & { id: string; country: string };
export type ProjectOption = {
	id: string;
	slug: string;
	acronym: string | null;
	title: TranslatedText;
};

/** The organisations a choice function offers, by country and name. */
export function organisationOptions(
	supabase: Supabase,
	choices:
		'practice_owner_organisations' | 'project_lead_organisations' | 'collection_owner_organisations'
): Promise<OrganisationOption[]> {
	return everyRow<OrganisationOption>((from, to) =>
		supabase
			.rpc(choices)
			.select(`id, ${ORGANISATION_NAME_COLUMNS}, country`)
			.order('country')
			.order('name')
			.order('id')
			.range(from, to)
	);
}

/** The projects a choice function offers, by address. */
export function projectOptions(
	supabase: Supabase,
	choices: 'practice_owner_projects' | 'collection_owner_projects' | 'event_listing_projects',
	args: { event?: string } = {}
): Promise<ProjectOption[]> {
	return everyRow<ProjectOption>((from, to) =>
		supabase
			.rpc(choices, args as { event: string })
			.select('id, slug, acronym, title')
			.order('slug')
			.range(from, to)
	);
}
