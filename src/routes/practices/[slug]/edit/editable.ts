// The practice editor's guard: those who may write the practice (row level security checks every
// write again underneath). A practice with nothing published is found only by its writers.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as practices from '#lib/server/data/practices.ts';

export async function editablePractice(event: RequestEvent<{ slug: string }>) {
	requireUser(event);
	const supabase = event.locals.supabase;
	const practice = await practices.getEditable(supabase, event.params.slug);
	if (!practice) {
		// Published, but not theirs to write: forbidden; not there at all (for them): not found.
		const readable = await practices.getRef(supabase, event.params.slug);
		error(readable ? 403 : 404, { message: readable ? m.error_forbidden() : m.error_not_found() });
	}
	const may = await practices.permissions(supabase, practice.id);
	return { practice, may };
}
