import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as events from '#lib/server/data/events.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { webcalUrl } from '#lib/server/feeds.ts';
import type { PageServerLoad } from './$types';

/**
 * A page of the events coming up and one of those past; `?list=past&before=<start,slug>` (or
 * `after=`) pages one list by key, `?organisation=<slug>` keeps an organisation's events only.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const param = (name: string) => url.searchParams.get(name);
	const slug = /^[a-z0-9-]{1,80}$/.test(param('organisation') ?? '') ? param('organisation') : null;
	const before = events.parseKey(param('before'));
	const after = before ? null : events.parseKey(param('after'));
	const paged =
		before || after
			? param('list') === 'upcoming'
				? 'upcoming'
				: param('list') === 'past'
					? 'past'
					: null
			: null;
	const [organisation, upcoming, past] = await Promise.all([
		slug ? organisations.getBySlug(locals.supabase, slug) : Promise.resolve(null),
		paged === 'past'
			? null
			: events.timeline(locals.supabase, {
					section: 'upcoming',
					organisation: slug,
					...(paged && { before, after })
				}),
		paged === 'upcoming'
			? null
			: events.timeline(locals.supabase, {
					section: 'past',
					organisation: slug,
					...(paged && { before, after })
				})
	]);
	if (slug && !organisation) error(404, { message: m.error_not_found() });
	return {
		upcoming,
		past,
		organisation,
		feed: webcalUrl(organisation ? `/organisations/${slug}/calendar.ics` : '/calendar/events.ics')
	};
};
