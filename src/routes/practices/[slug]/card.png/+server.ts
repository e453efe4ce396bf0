// The sharing card of a good practice: its title in the reader's language, or the language the
// page shows in its place.
import { getLocale } from '#lib/paraglide/runtime.js';
import { pickPublication } from '#lib/practices.ts';
import * as practices from '#lib/server/data/practices.ts';
import { cardFor } from '#lib/server/share-card.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	// Row level security answers: only published texts are read by the public.
	const publications = await practices.getTitles(locals.supabase, params.slug);
	return cardFor(
		request,
		publications &&
			pickPublication(publications, getLocale(), url.searchParams.get('lang'))?.shown.title
	);
};
