import { isCountryCode } from '#lib/countries.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { SEARCH_KINDS, SEARCH_MIN_LENGTH, type SearchKind } from '#lib/search.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import * as projects from '#lib/server/data/projects.ts';
import * as search from '#lib/server/data/search.ts';
import { pageNumber, searchText } from '#lib/server/forms.ts';
import type { PageServerLoad } from './$types';

/**
 * The portal's one search, from the header's GET form: every search has an address. A filter value
 * the page does not know (an edited or old address) is left out and said so, never an error.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const ignored: string[] = [];
	const checked = <T>(name: string, valid: (raw: string) => T | null): T | null => {
		const raw = param(name);
		if (raw === null) return null;
		const value = valid(raw);
		if (value === null) ignored.push(name);
		return value;
	};
	const query = searchText(url.searchParams.get('q'));
	const programmeCodes = (await programmes.named(locals.supabase, getLocale())).map((p) => p.code);
	const filters = {
		kind: checked('kind', (raw) => SEARCH_KINDS.find((k): k is SearchKind => k === raw) ?? null),
		country: checked('country', (raw) => (isCountryCode(raw) ? raw : null)),
		programme: checked('programme', (raw) => (programmeCodes.includes(raw) ? raw : null)),
		year: checked('year', (raw) =>
			/^\d{4}$/.test(raw) && Number(raw) >= 1990 && Number(raw) <= 2100 ? Number(raw) : null
		)
	};
	const tooShort = query !== null && [...query].length < SEARCH_MIN_LENGTH;
	const page = pageNumber(url);
	const [found, choices] = await Promise.all([
		query && !tooShort ? search.search(locals.supabase, { query, ...filters }, page) : null,
		projects.filterChoices(locals.supabase)
	]);
	return {
		query,
		tooShort,
		filters,
		ignored,
		found,
		page,
		pageSize: search.PAGE_SIZE,
		countCap: search.SEARCH_CAP,
		choices
	};
};
