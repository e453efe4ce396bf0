import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { requireProjectSummary, requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as documents from '#lib/server/data/documents.ts';
import { documentActions } from '#lib/server/document-actions.ts';
import type { Actions, PageServerLoad } from './$types';

/** A project's documents are kept by its coordinators and partner editors (and platform admins). */
async function context(
	event: Pick<RequestEvent, 'locals' | 'url' | 'request'> & { params: { slug: string } }
) {
	const project = await requireProjectSummary(event, 'documents');
	const user = requireUser(event);
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
