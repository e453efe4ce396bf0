import { getLocale } from '#lib/paraglide/runtime.js';
import * as programmes from '#lib/server/data/programmes.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';
import { pageNumber, searchText } from '#lib/server/forms.ts';
import { filterValue, readNameFilter } from '#lib/server/name-filter.ts';

/**
 * Filters come from the query string (a GET form), so every filtered list and page has an
 * address. The database filters, searches (without accents) and counts, a page at a time. The
 * partner organisation is found by name (#lib/name-filter.ts).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const year = Number(param('year'));
	const programmeCodes = (await programmes.named(locals.supabase, getLocale())).map((p) => p.code);
	const filters: projects.ProjectFilters = {
		programme: programmeCodes.includes(param('programme') ?? '') ? param('programme') : null,
		status: projects.PROJECT_STATUSES.find((s) => s === param('status')) ?? null,
		year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
		country: /^[A-Z]{2}$/.test(param('country') ?? '') ? param('country') : null,
		organisation: filterValue(url, 'organisation'),
		query: searchText(url.searchParams.get('q'))
	};
	const page = pageNumber(url);
	const [found, choices, organisation] = await Promise.all([
		projects.search(locals.supabase, filters, page),
		projects.filterChoices(locals.supabase),
		readNameFilter(url, 'organisation', {
			bySlug: (slug) => organisations.getBySlug(locals.supabase, slug),
			named: (typed, limit) => projects.partnerChoices(locals.supabase, typed, limit)
		})
	]);
	return {
		...found,
		page,
		pageSize: projects.PAGE_SIZE,
		countCap: projects.COUNT_CAP,
		choices,
		filters,
		organisation,
		signedIn: !!locals.user
	};
};
