// The portal's Atom feeds (new practices; coming events of the network, a project or an
// organisation; a project's news), built one way: addressed in the reader's language (the locale
// in the path), authored by the portal, as new as their newest entry, and answered as Atom.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { buildAtomFeed, type AtomEntry } from '#lib/atom.ts';
import { formatEventDays } from '#lib/event-times.ts';
import { eventKindName, eventStatusName } from '#lib/event-names.ts';
import { href } from '#lib/i18n.ts';
import { countryName } from '#lib/places.ts';
import { pickTranslation } from '#lib/translations.ts';
import { serverConfig } from './config.ts';
import type { EventSummary } from './data/events.ts';
import { xmlResponse } from './xml-response.ts';

/** At most this many coming events in a feed, the soonest first: what a feed reader shows of it. */
export const EVENT_FEED_CAP = 50;

/** An empty feed is as new as the code that serves it. */
const EMPTY_FEED_UPDATED = new Date('2026-01-01T00:00:00Z');

export type FeedOptions = {
	/** The feed's own path, without its locale (`/events/feed.atom`). */
	path: string;
	/** The page it follows, without its locale, with any query. */
	alternate: string;
	title: string;
	subtitle?: string;
	entries: AtomEntry[];
};

/** A whole Atom feed document in the current locale. */
export function atomFeed({ path, alternate, title, subtitle, entries }: FeedOptions): string {
	const origin = serverConfig().publicOrigin;
	const newest = Math.max(...entries.map((entry) => entry.updated.getTime()));
	return buildAtomFeed({
		id: `${origin}${href(path)}`,
		title,
		subtitle,
		updated: entries.length ? new Date(newest) : EMPTY_FEED_UPDATED,
		language: getLocale(),
		selfUrl: `${origin}${href(path)}`,
		alternateUrl: `${origin}${href(alternate)}`,
		author: m.site_name(),
		entries
	});
}

export function atomResponse(xml: string): Response {
	return xmlResponse('application/atom+xml', xml);
}

/** Coming events as entries: when, where and what kind in the summary, the title in the reader's language if it has one. */
export function eventEntries(events: EventSummary[]): AtomEntry[] {
	const locale = getLocale();
	const origin = serverConfig().publicOrigin;
	return events.map((event) => {
		const title = pickTranslation(event.title, locale);
		const place = [
			event.venue_city,
			event.venue_country ? countryName(event.venue_country, locale) : null
		]
			.filter(Boolean)
			.join(', ');
		const status =
			event.status === 'cancelled' || event.status === 'planned'
				? eventStatusName(event.status)
				: null;
		const url = `${origin}${href(`/events/${event.slug}`)}`;
		return {
			id: url,
			title: title?.text ?? event.slug,
			updated: new Date(event.updated_at),
			alternateUrl: url,
			summary: [formatEventDays(event, locale), place, eventKindName(event.kind), status]
				.filter(Boolean)
				.join(' · '),
			categories: [{ term: event.kind, label: eventKindName(event.kind) }]
		};
	});
}
