// Finding an organisation by part of its name, for a form that adds one to a list (a project's
// partners, the organisations that took part in a practice): a network has thousands, more than one
// select can usefully hold. Nothing is offered before a name is typed (`?find=`).
import type { Found } from '#lib/organisation-finder.ts';
import * as organisations from './data/organisations.ts';
import type { Supabase } from './supabase.ts';
import { searchText } from './forms.ts';
import { SHOWN_MATCHES } from './name-filter.ts';

/** The organisations whose name holds what was typed into `?find=`, leaving out those `listed`. */
export async function findOrganisations(
	supabase: Supabase,
	url: URL,
	listed: ReadonlySet<string>
): Promise<Found | null> {
	const typed = searchText(url.searchParams.get('find'), 80);
	if (!typed) return null;
	const named = await organisations.named(supabase, typed, SHOWN_MATCHES + 1 + listed.size);
	const found = named.filter((o) => !listed.has(o.id));
	return {
		typed,
		matches: found.slice(0, SHOWN_MATCHES).map(({ id, name, name_lang, names, city, country }) => ({
			id,
			name,
			name_lang,
			names,
			city,
			country
		})),
		more: found.length > SHOWN_MATCHES,
		onlyListed: found.length === 0 && named.length > 0
	};
}
