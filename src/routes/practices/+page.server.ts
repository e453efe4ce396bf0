import { PRACTICE_THEMES } from '#lib/practices.ts';
import * as practices from '#lib/server/data/practices.ts';
import type { PageServerLoad } from './$types';
import { pageNumber, searchText } from '#lib/server/forms.ts';

/** Filters in the query string (a GET form): every search has an address to share. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name)?.trim() || null;
	const filters: practices.PracticeFilters = {
		query: searchText(url.searchParams.get('q')),
		theme: PRACTICE_THEMES.find((t) => t === param('theme')) ?? null,
		country: /^[A-Z]{2}$/.test(param('country') ?? '') ? param('country') : null,
		organisation: /^[a-z0-9-]{1,80}$/.test(param('organisation') ?? '') ? param('organisation') : null,
		project: /^[a-z0-9-]{1,80}$/.test(param('project') ?? '') ? param('project') : null,
		language: /^[a-z]{2,3}$/.test(param('language') ?? '') ? param('language') : null
	};
	const page = pageNumber(url);
	const [found, choices] = await Promise.all([practices.search(locals.supabase, filters, page), practices.filterChoices(locals.supabase)]);
	return { ...found, page, pageSize: practices.PAGE_SIZE, countCap: practices.COUNT_CAP, choices, filters, signedIn: !!locals.user };
};
