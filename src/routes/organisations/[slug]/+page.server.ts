import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const [participations, members] = await Promise.all([
		organisations.participations(locals.supabase, organisation.id),
		// Empty unless the reader belongs to the organisation (RLS).
		locals.user ? organisations.members(locals.supabase, organisation.id) : Promise.resolve([])
	]);
	const me = members.find((member) => member.user.id === locals.user?.id);
	return {
		organisation,
		participations,
		isMember: !!me,
		canEdit: me?.role === 'admin' || !!locals.user?.is_platform_admin
	};
};
