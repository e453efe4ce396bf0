import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [locales, network, recent, upcoming] = await Promise.all([
		contentLocales.list(locals.supabase),
		projects.networkFigures(locals.supabase),
		projects.latest(locals.supabase, 3),
		events.list(locals.supabase, { upcoming: true, limit: 5 })
	]);
	return { contentLocales: locales, network, recent, upcoming };
};
