import { PROGRAMMES } from '#lib/project-names.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';
import { pageNumber, searchText } from '#lib/server/forms.ts';

/**
 * Filters come from the query string (a GET form), so every filtered list and page has an
 * address. The database filters, searches (without accents) and counts, a page at a time.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const year = Number(param('year'));
	const filters: projects.ProjectFilters = {
		programme: (PROGRAMMES as readonly string[]).includes(param('programme') ?? '') ? param('programme') : null,
		status: projects.PROJECT_STATUSES.find((s) => s === param('status')) ?? null,
		year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
		country: /^[A-Z]{2}$/.test(param('country') ?? '') ? param('country') : null,
		organisation: /^[a-z0-9-]{1,80}$/.test(param('organisation') ?? '') ? param('organisation') : null,
		query: searchText(url.searchParams.get('q'))
	};
	const page = pageNumber(url);
	const [found, choices] = await Promise.all([projects.search(locals.supabase, filters, page), projects.filterChoices(locals.supabase)]);
	return { ...found, page, pageSize: projects.PAGE_SIZE, countCap: projects.COUNT_CAP, choices, filters, signedIn: !!locals.user };
};
