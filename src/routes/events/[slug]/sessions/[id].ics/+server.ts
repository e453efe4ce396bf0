import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { pickTranslation } from '#lib/translations.ts';
import { calendarResponse, sessionEntry } from '#lib/server/calendar.ts';
import { serverConfig } from '#lib/server/config.ts';
import { eventOf } from '#lib/server/auth/guards.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (request) => {
	const event = await eventOf(request);
	const session = event.sessions.find((s) => s.id === request.params.id);
	if (!session) error(404, { message: m.error_not_found() });
	const origin = serverConfig().publicOrigin;
	return calendarResponse({
		name: pickTranslation(event.title, getLocale())?.text ?? event.slug,
		url: `${origin}${href(`/events/${event.slug}`)}`,
		entries: [sessionEntry(event, session, getLocale(), origin)],
		filename: `${event.slug}-${session.id.slice(0, 8)}.ics`,
		download: true
	});
};
