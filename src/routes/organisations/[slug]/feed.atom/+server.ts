// An organisation's coming events (those it hosts and those of its projects), soonest first, as
// Atom: as the public sees them, at most EVENT_FEED_CAP.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { shownName } from '#lib/organisation-names.ts';
import { atomFeed, atomResponse, EVENT_FEED_CAP, eventEntries } from '#lib/server/atom-feeds.ts';
import * as events from '#lib/server/data/events.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const supabase = createRequestClient(null);
	const organisation = await organisations.getBySlug(supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const coming = await events.list(supabase, {
		upcoming: true,
		publicOnly: true,
		organisation: organisation.slug,
		limit: EVENT_FEED_CAP
	});
	return atomResponse(
		atomFeed({
			path: `/organisations/${organisation.slug}/feed.atom`,
			alternate: `/events?organisation=${organisation.slug}`,
			title: m.events_feed_title_organisation({ organisation: shownName(organisation) }),
			entries: eventEntries(coming)
		})
	);
};
