import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';
import { pageNumber, searchText } from '#lib/server/forms.ts';

/**
 * The directory: filters come from the query string (a GET form), so every filtered list and page
 * has an address. The database finds names (folded, in any language), filters and counts, a page
 * at a time.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const filters: organisations.DirectoryFilters = {
		query: searchText(url.searchParams.get('q'), 100),
		country: /^[A-Z]{2}$/.test(param('country') ?? '') ? param('country') : null,
		kind: organisations.ORGANISATION_KINDS.find((kind) => kind === param('kind')) ?? null
	};
	const page = pageNumber(url);
	const [found, countries] = await Promise.all([
		organisations.directory(locals.supabase, filters, page),
		organisations.countries(locals.supabase)
	]);
	return { ...found, countries, filters, page, pageSize: organisations.PAGE_SIZE };
};
