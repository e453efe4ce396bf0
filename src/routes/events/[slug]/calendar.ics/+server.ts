import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { pickTranslation } from '#lib/translations.ts';
import { calendarResponse, eventEntries } from '#lib/server/calendar.ts';
import { serverConfig } from '#lib/server/config.ts';
import { eventOf } from '#lib/server/auth/guards.ts';
import type { RequestHandler } from './$types';

/** One event to add to a calendar: one entry per day. Read as the reader may (a partner-only event for partners). */
export const GET: RequestHandler = async (request) => {
	const event = await eventOf(request);
	if (event.time_precision === 'month') error(404, { message: m.error_not_found() });
	const origin = serverConfig().publicOrigin;
	return calendarResponse({
		name: pickTranslation(event.title, getLocale())?.text ?? event.slug,
		url: `${origin}${href(`/events/${event.slug}`)}`,
		entries: eventEntries(event, event.sessions, getLocale(), origin),
		filename: `${event.slug}.ics`,
		download: true
	});
};
