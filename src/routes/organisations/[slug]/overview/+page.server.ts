import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const [overview, { units }] = await Promise.all([
		organisations.overview(locals.supabase, organisation.id),
		organisations.family(locals.supabase, organisation)
	]);
	return { organisation, overview, units };
};
