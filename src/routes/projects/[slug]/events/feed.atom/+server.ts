// A project's coming events, soonest first, as Atom: as the public sees them (a draft project has
// no feed; its partner-only events are never in it), at most EVENT_FEED_CAP.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { shortProjectName } from '#lib/project-names.ts';
import { atomFeed, atomResponse, EVENT_FEED_CAP, eventEntries } from '#lib/server/atom-feeds.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const supabase = createRequestClient(null);
	const project = await projects.getBySlug(supabase, params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	const coming = await events.list(supabase, {
		upcoming: true,
		publicOnly: true,
		projectId: project.id,
		limit: EVENT_FEED_CAP
	});
	const path = `/projects/${project.slug}/events`;
	return atomResponse(
		atomFeed({
			path: `${path}/feed.atom`,
			alternate: path,
			title: m.events_feed_title_project({ project: shortProjectName(project, getLocale()) }),
			entries: eventEntries(coming)
		})
	);
};
