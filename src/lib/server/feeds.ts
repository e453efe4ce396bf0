// Subscribable calendars: the public events of everything (the last week's and the next ones, up to
// a cap), of a project, of an organisation (see forCalendar). Read as the public would (never with
// the reader's session), so a feed is the same for everyone who subscribes to its address, and
// carries no partners-only event.
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { serverConfig } from './config.ts';
import { calendarResponse, eventEntries } from './calendar.ts';
import * as events from './data/events.ts';
import { createRequestClient } from './supabase.ts';

export async function feedResponse(options: {
	name: string;
	path: string;
	filename: string;
	projectId?: string;
	organisation?: string;
}): Promise<Response> {
	const origin = serverConfig().publicOrigin;
	const locale = getLocale();
	const whole = !options.projectId && !options.organisation;
	const list = await events.forCalendar(
		createRequestClient(null),
		whole
			? events.NETWORK_CALENDAR
			: { projectId: options.projectId, organisation: options.organisation }
	);
	return calendarResponse({
		name: options.name,
		url: `${origin}${href(options.path)}`,
		entries: list.flatMap((event) => eventEntries(event, event.sessions, locale, origin)),
		filename: options.filename,
		download: false
	});
}

/** The `webcal:` address of a feed, which calendar programs subscribe to rather than import once. */
export function webcalUrl(path: string): string {
	const origin = new URL(serverConfig().publicOrigin);
	return `webcal://${origin.host}${href(path)}`;
}
