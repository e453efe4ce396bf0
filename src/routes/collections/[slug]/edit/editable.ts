// The collection editor's guard: its curators (the project's coordinators or the organisation's
// admins, and platform admins); row level security checks again underneath. A partners-only
// collection is found only by its partnership: anyone else gets 404, as on its page.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as collections from '#lib/server/data/collections.ts';

export async function editableCollection(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const collection = await collections.getPage(event.locals.supabase, event.params.slug);
	if (!collection) error(404, { message: m.error_not_found() });
	if (!(await collections.canCurate(event.locals.supabase, collection, user))) error(403, { message: m.error_forbidden() });
	return collection;
}
