// The sharing card of a collection of good practices: its title in the reader's language.
import { getLocale } from '#lib/paraglide/runtime.js';
import * as collections from '#lib/server/data/collections.ts';
import { cardFor } from '#lib/server/share-card.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, request }) => {
	// Row level security answers: a partners-only collection's card is drawn only for the partnership.
	const title = await collections.getTitle(locals.supabase, params.slug);
	return cardFor(request, title && pickTranslation(title, getLocale())?.text);
};
