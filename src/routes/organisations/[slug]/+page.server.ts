import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const [participations, role] = await Promise.all([
		organisations.participations(locals.supabase, organisation.id),
		locals.user ? organisations.roleOf(locals.supabase, organisation.id, locals.user.id) : Promise.resolve(null)
	]);
	return {
		organisation,
		participations,
		isMember: role !== null,
		canEdit: role === 'admin' || !!locals.user?.is_platform_admin
	};
};
