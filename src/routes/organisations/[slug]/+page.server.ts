import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as events from '#lib/server/data/events.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import { webcalUrl } from '#lib/server/feeds.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const eventIds = await events.idsForOrganisation(locals.supabase, organisation.id);
	const [participations, family, role, upcoming, ownPractices, ownTransfers] = await Promise.all([
		organisations.participations(locals.supabase, organisation.id),
		organisations.family(locals.supabase, organisation),
		locals.user ? organisations.roleOf(locals.supabase, organisation.id, locals.user.id) : Promise.resolve(null),
		eventIds.length ? events.list(locals.supabase, { eventIds, upcoming: true, limit: 5 }) : Promise.resolve([]),
		practices.ofOrganisation(locals.supabase, organisation.slug),
		transfers.listOfOrganisation(locals.supabase, organisation.id)
	]);
	return {
		organisation,
		participations,
		...family,
		upcoming,
		practices: ownPractices,
		transfers: ownTransfers,
		feed: webcalUrl(`/organisations/${organisation.slug}/calendar.ics`),
		isMember: role !== null,
		canEdit: role === 'admin' || !!locals.user?.is_platform_admin
	};
};
