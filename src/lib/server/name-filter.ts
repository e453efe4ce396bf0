// Reading a filter by name (#lib/name-filter.ts) from a list's address.
import { redirect } from '@sveltejs/kit';
import { href } from '#lib/i18n.ts';
import { nameParam, type NameFilter } from '#lib/name-filter.ts';
import type { ResolvedPathname } from '$app/types';
import { searchText } from './forms.ts';

/** How many matching names a page offers; more means typing more of the name. */
export const SHOWN_MATCHES = 20;
const SLUG = /^[a-z0-9-]{1,80}$/;

export type Finder<T> = {
	bySlug(slug: string): Promise<T | null>;
	/** At most `limit` of those whose name matches, best first. */
	named(typed: string, limit: number): Promise<T[]>;
};

/** The value a list filters by: the address's, as typed there (an unknown one finds nothing). */
export function filterValue(url: URL, param: string): string | null {
	return searchText(url.searchParams.get(param), 80);
}

/**
 * What the filter `param` of the list at `url` shows. A typed name that only one choice matches is
 * chosen at once: the reader is sent to the list filtered by it.
 */
export async function readNameFilter<T extends { slug: string }>(
	url: URL,
	param: string,
	find: Finder<T>
): Promise<NameFilter<T>> {
	const address = filterValue(url, param);
	if (address) {
		const choice = SLUG.test(address) ? await find.bySlug(address) : null;
		const remove = choosing(url, param, null);
		return choice ? { state: 'chosen', choice, remove } : { state: 'unknown', address, remove };
	}
	const typed = searchText(url.searchParams.get(nameParam(param)));
	if (!typed) return { state: 'open' };
	const found = await find.named(typed, SHOWN_MATCHES + 1);
	if (found.length === 1) redirect(303, choosing(url, param, found[0].slug));
	if (!found.length) return { state: 'nothing', typed };
	return {
		state: 'matches',
		typed,
		matches: found
			.slice(0, SHOWN_MATCHES)
			.map((item) => ({ item, choose: choosing(url, param, item.slug) })),
		more: found.length > SHOWN_MATCHES
	};
}

/** The list's address with `slug` chosen for `param` (or none), from its first page, without empty fields. */
function choosing(url: URL, param: string, slug: string | null): ResolvedPathname {
	const params = new URLSearchParams(
		[...url.searchParams].filter(
			([key, value]) => value && key !== nameParam(param) && key !== 'page'
		)
	);
	if (slug) params.set(param, slug);
	else params.delete(param);
	const query = params.toString();
	return href(query ? `${url.pathname}?${query}` : url.pathname);
}
