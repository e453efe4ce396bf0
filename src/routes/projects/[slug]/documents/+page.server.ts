import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as documents from '#lib/server/data/documents.ts';
import * as projects from '#lib/server/data/projects.ts';
import { documentActions } from '#lib/server/document-actions.ts';
import type { Actions, PageServerLoad } from './$types';

/** A project's documents are kept by its coordinators and partner editors (and platform admins). */
async function context(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'> & { params: { slug: string } }
) {
	const user = requireUser(event);
	const project = await projects.getBySlug(event.locals.supabase, event.params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	const role = await projects.roleOf(event.locals.supabase, project.id, user.id);
	if (role !== 'coordinator' && role !== 'partner_editor' && !user.is_platform_admin)
		error(403, { message: m.error_forbidden() });
	return {
		user,
		project,
		owner: { project: project.id },
		page: href(`/projects/${project.slug}/documents`)
	};
}

export const load: PageServerLoad = async (event) => {
	const { project, owner } = await context(event);
	const [list, locales, parts] = await Promise.all([
		documents.listOf(event.locals.supabase, owner),
		contentLocales.list(event.locals.supabase),
		documents.partChoices(event.locals.supabase, project.id)
	]);
	return {
		project,
		documents: list,
		parts,
		contentLocales: locales,
		locale: getLocale(),
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = documentActions(context);
