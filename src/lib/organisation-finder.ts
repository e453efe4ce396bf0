// What a search for an organisation by part of its name answers, for a form that adds one to a list
// (found on the server by #lib/server/organisation-finder.ts, shown by OrganisationFinder.svelte).
import type { NamedOrganisation } from '#lib/organisation-names.ts';

export type FoundOrganisation = NamedOrganisation & {
	id: string;
	city: string | null;
	country: string;
};

export type Found = {
	/** What was typed, as searched. */
	typed: string;
	/** At most SHOWN_MATCHES of the organisations whose name matches, never one already listed. */
	matches: FoundOrganisation[];
	/** More match than are shown: typing more of the name finds them. */
	more: boolean;
	/** Names matched, but only of organisations already listed: said so, not that nothing matched. */
	onlyListed: boolean;
};
