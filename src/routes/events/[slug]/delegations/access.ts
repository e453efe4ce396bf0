// Who does what with an event's delegations. The page asks; row level security and the
// registration function decide again underneath.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import * as memberships from '#lib/server/data/memberships.ts';

export async function delegationAccess(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const supabase = event.locals.supabase;
	const found = await events.getPage(supabase, event.params.slug);
	if (!found) error(404, { message: m.error_not_found() });
	const [canEdit, delegations, organisationsOf, projectsOf] = await Promise.all([
		events.canEdit(supabase, found, user),
		events.delegations(supabase, found.id),
		memberships.organisationsOf(supabase, user.id),
		memberships.projectsOf(supabase, user.id)
	]);
	// The partnership reads delegations (row level security): anyone else has nothing to see here.
	if (!canEdit && delegations.length === 0) error(403, { message: m.error_forbidden() });
	const listed = new Set(found.projects.map((p) => p.project.id));
	const mayRegisterFor = new Set(
		canEdit
			? delegations.map((d) => d.organisation_id)
			: [
					...organisationsOf.filter((o) => o.role === 'admin').map((o) => o.organisation.id),
					...projectsOf
						.filter((p) => listed.has(p.project.id) && (p.role === 'coordinator' || p.role === 'partner_editor'))
						.map((p) => delegations.find((d) => d.organisation.slug === p.organisation.slug)?.organisation_id ?? '')
				]
	);
	return { event: found, canEdit, delegations, mayRegisterFor };
}
