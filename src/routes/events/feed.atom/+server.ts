// The network's coming events, soonest first, as Atom: read as the public would (partner-only
// events are never in it), at most EVENT_FEED_CAP.
import { m } from '#lib/paraglide/messages.js';
import { atomFeed, atomResponse, EVENT_FEED_CAP, eventEntries } from '#lib/server/atom-feeds.ts';
import * as events from '#lib/server/data/events.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const coming = await events.list(createRequestClient(null), {
		upcoming: true,
		publicOnly: true,
		limit: EVENT_FEED_CAP
	});
	return atomResponse(
		atomFeed({
			path: '/events/feed.atom',
			alternate: '/events',
			title: m.events_feed_title(),
			subtitle: m.events_intro(),
			entries: eventEntries(coming)
		})
	);
};
