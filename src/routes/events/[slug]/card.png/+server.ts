// The sharing card of an event: its title in the reader's language, on the portal's colours.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import * as events from '#lib/server/data/events.ts';
import { cardResponse } from '#lib/server/share-card.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	// Row level security answers: a partners-only event's card is drawn only for its partnership.
	const event = await events.getPage(locals.supabase, params.slug);
	if (!event) error(404, { message: m.error_not_found() });
	return cardResponse(pickTranslation(event.title, getLocale())?.text ?? event.slug, m.site_name());
};
