// The event editor's guard: the event's editors only (coordinators of a project listing it,
// admins of its host, platform admins); row level security checks again underneath.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';

export async function editableEvent(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const found = await events.getPage(event.locals.supabase, event.params.slug);
	if (!found) error(404, { message: m.error_not_found() });
	if (!(await events.canEdit(event.locals.supabase, found, user))) error(403, { message: m.error_forbidden() });
	return found;
}
