import * as events from '#lib/server/data/events.ts';
import { webcalUrl } from '#lib/server/feeds.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [upcoming, all] = await Promise.all([events.list(locals.supabase, { upcoming: true }), events.list(locals.supabase)]);
	const upcomingIds = new Set(upcoming.map((e) => e.id));
	return { upcoming, past: all.filter((e) => !upcomingIds.has(e.id)), feed: webcalUrl('/calendar/events.ics') };
};
