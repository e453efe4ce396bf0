import { PROGRAMMES } from '#lib/project-names.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';

/**
 * Filters come from the query string (a GET form), so every filtered list has an address.
 * They run on the rows read, which is fine for a network's few dozen projects; a database
 * search replaces this before the list grows to thousands.
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
		query: param('q')?.slice(0, 200) ?? null
	};
	// One read: the filter choices come from all projects, the list from those that match.
	const all = await projects.list(locals.supabase);
	return { projects: projects.filter(all, filters), all, filters, signedIn: !!locals.user };
};
