// The sharing card of a project: its title in the reader's language, on the portal's colours.
import { getLocale } from '#lib/paraglide/runtime.js';
import * as projects from '#lib/server/data/projects.ts';
import { cardFor } from '#lib/server/share-card.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, request }) => {
	// Row level security answers: a draft's card is drawn only for its partnership.
	const project = await projects.getBySlug(locals.supabase, params.slug);
	return cardFor(
		request,
		project &&
			(pickTranslation(project.title, getLocale())?.text ?? project.acronym ?? project.slug)
	);
};
