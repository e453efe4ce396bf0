// The project editor's guard: its coordinators and platform admins (row level security checks
// again underneath). A draft is found only by its partnership.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as projects from '#lib/server/data/projects.ts';

export async function editableProject(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const project = await projects.getPage(event.locals.supabase, event.params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	const role = await projects.roleOf(event.locals.supabase, project.id, user.id);
	if (role !== 'coordinator' && !user.is_platform_admin)
		error(403, { message: m.error_forbidden() });
	return project;
}
