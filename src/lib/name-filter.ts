// A list filtered by one of thousands of organisations or projects: no list of thousands to choose
// from, and no script. The reader types part of a name; the next page offers the names that match
// as links that choose one (a single match is chosen at once); the choice lives in the address as
// the slug the list has always taken (`?organisation=comune-di-faenza`), so links from other pages
// keep working. What the page shows of it is one of these states.
import type { ResolvedPathname } from '$app/types';

import { m } from '#lib/paraglide/messages.js';

export type NameFilter<T> =
	/** Nothing chosen or typed: a field to type a name in. */
	| { state: 'open' }
	| { state: 'chosen'; choice: T; remove: ResolvedPathname }
	/** The address names nothing that can be chosen (an old link, a typo). */
	| { state: 'unknown'; address: string; remove: ResolvedPathname }
	| {
			state: 'matches';
			typed: string;
			matches: Array<{ item: T; choose: ResolvedPathname }>;
			more: boolean;
	  }
	| { state: 'nothing'; typed: string };

/** The query parameter that carries a typed name for the filter `param`. */
export const nameParam = (param: string) => `${param}_name`;

/** What a typed name found, in a sentence (for the page's title); null when nothing was typed. */
export function answerText(filter: NameFilter<unknown>): string | null {
	if (filter.state === 'matches')
		return m.filter_names_match({ typed: filter.typed, count: filter.matches.length });
	if (filter.state === 'nothing') return m.filter_names_none({ typed: filter.typed });
	if (filter.state === 'unknown') return m.filter_unknown_address({ address: filter.address });
	return null;
}
