// The one search across the portal (public.search_everything): projects, events, practices,
// collections, organisations, press items and document titles, ranked by the database over what
// row level security lets the reader see, a page at a time.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { SearchKind } from '#lib/search.ts';
import { unwrap } from './unwrap.ts';

export type SearchFilters = {
	query: string;
	kind: SearchKind | null;
	country: string | null;
	programme: string | null;
	year: number | null;
};

export type SearchResult = {
	kind: SearchKind;
	/** The record's own slug; for a press item or a document, the slug of what it belongs to. */
	slug: string;
	/** What a press item or a document belongs to: 'project', 'event' or 'practice'. */
	owner_kind: 'project' | 'event' | 'practice' | null;
	title: TranslatedText;
};

type Row = SearchResult & { rank: number; total: number; more: boolean };

export const PAGE_SIZE = 20;
/** Each kind ranks at most this many matches; beyond, the page says "more than". */
export const SEARCH_CAP = 200;

/** One page of results, the best first, with how many there are (up to the cap of each kind). */
export async function search(
	supabase: Supabase,
	filters: SearchFilters,
	page: number
): Promise<{ results: SearchResult[]; total: number; more: boolean }> {
	// A filter left out is the function's default, a constant the planner folds away.
	const given = <T>(value: T | null) => value ?? undefined;
	const rows = unwrap(
		await supabase.rpc('search_everything', {
			query: filters.query,
			of_kind: given(filters.kind),
			country: given(filters.country),
			programme: given(filters.programme),
			in_year: given(filters.year),
			skip: (page - 1) * PAGE_SIZE,
			take: PAGE_SIZE,
			cap: SEARCH_CAP
		})
	) as Row[];
	// A page past the last has no rows to carry the count: the first page's count is asked again.
	if (!rows.length && page > 1) {
		const first = await search(supabase, filters, 1);
		return { results: [], total: first.total, more: first.more };
	}
	return {
		results: rows.map(({ kind, slug, owner_kind, title }) => ({ kind, slug, owner_kind, title })),
		total: rows[0]?.total ?? 0,
		more: rows[0]?.more ?? false
	};
}
