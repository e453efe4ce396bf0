// The sharing card of an event: its title in the reader's language, with when and where it is.
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatEventDays } from '#lib/event-times.ts';
import { countryName } from '#lib/places.ts';
import * as events from '#lib/server/data/events.ts';
import { cardFor } from '#lib/server/share-card.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, request }) => {
	// Row level security answers: a partners-only event's card is drawn only for its partnership.
	const event = await events.getCard(locals.supabase, params.slug);
	if (!event) return cardFor(request, null);
	const locale = getLocale();
	const place = [
		event.venue_city,
		event.venue_country ? countryName(event.venue_country, locale) : null
	]
		.filter(Boolean)
		.join(', ');
	return cardFor(
		request,
		pickTranslation(event.title, locale)?.text ?? event.slug,
		[formatEventDays(event, locale), place].filter(Boolean).join(' · ')
	);
};
