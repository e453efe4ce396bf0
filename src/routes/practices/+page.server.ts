import { PRACTICE_THEMES } from '#lib/practices.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';
import { pageNumber, searchText } from '#lib/server/forms.ts';
import { filterValue, readNameFilter } from '#lib/server/name-filter.ts';

/**
 * Filters in the query string (a GET form): every search has an address to share. The organisation
 * and the project are found by name (#lib/name-filter.ts).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const filters: practices.PracticeFilters = {
		query: searchText(url.searchParams.get('q')),
		theme: PRACTICE_THEMES.find((t) => t === param('theme')) ?? null,
		country: /^[A-Z]{2}$/.test(param('country') ?? '') ? param('country') : null,
		organisation: filterValue(url, 'organisation'),
		project: filterValue(url, 'project'),
		language: /^[a-z]{2,3}$/.test(param('language') ?? '') ? param('language') : null
	};
	const page = pageNumber(url);
	const [found, choices, organisation, project] = await Promise.all([
		practices.search(locals.supabase, filters, page),
		practices.filterChoices(locals.supabase),
		readNameFilter(url, 'organisation', {
			bySlug: (slug) => organisations.getBySlug(locals.supabase, slug),
			named: (typed, limit) => practices.organisationChoices(locals.supabase, typed, limit)
		}),
		readNameFilter(url, 'project', {
			bySlug: (slug) => projects.getBySlug(locals.supabase, slug),
			named: (typed, limit) => practices.projectChoices(locals.supabase, typed, limit)
		})
	]);
	return {
		...found,
		page,
		pageSize: practices.PAGE_SIZE,
		choices,
		filters,
		organisation,
		project,
		signedIn: !!locals.user
	};
};
