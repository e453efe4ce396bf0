// The sharing card of a project: its title in the reader's language, on the portal's colours.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import * as projects from '#lib/server/data/projects.ts';
import { cardResponse } from '#lib/server/share-card.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	// Row level security answers: a draft's card is drawn only for its partnership.
	const project = await projects.getBySlug(locals.supabase, params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	return cardResponse(pickTranslation(project.title, getLocale())?.text ?? project.acronym ?? project.slug, m.site_name());
};
