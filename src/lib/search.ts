// The kinds of record the portal's search finds, their names and where each result leads.
import { m } from '#lib/paraglide/messages.js';

export const SEARCH_KINDS = [
	'project',
	'event',
	'practice',
	'collection',
	'organisation',
	'press_item',
	'document'
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Fewer characters than this search for nothing: every record has a word starting with "a". */
export const SEARCH_MIN_LENGTH = 2;

export function searchKindName(kind: SearchKind): string {
	switch (kind) {
		case 'project':
			return m.search_kind_project();
		case 'event':
			return m.search_kind_event();
		case 'practice':
			return m.search_kind_practice();
		case 'collection':
			return m.search_kind_collection();
		case 'organisation':
			return m.search_kind_organisation();
		case 'press_item':
			return m.search_kind_press_item();
		case 'document':
			return m.search_kind_document();
	}
}

const SECTIONS = {
	project: '/projects',
	event: '/events',
	practice: '/practices',
	collection: '/collections',
	organisation: '/organisations'
} as const;

/** The page a result leads to (before the locale): its own, or the part of its owner's page that lists it. */
export function searchResultPath(result: {
	kind: SearchKind;
	slug: string;
	owner_kind: 'project' | 'event' | 'practice' | null;
}): string {
	const slug = encodeURIComponent(result.slug);
	switch (result.kind) {
		case 'press_item':
			return `/projects/${slug}#press`;
		case 'document':
			return `${SECTIONS[result.owner_kind ?? 'project']}/${slug}#documents`;
		default:
			return `${SECTIONS[result.kind]}/${slug}`;
	}
}
