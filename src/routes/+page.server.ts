import * as contentLocales from '#lib/server/data/content-locales.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	return { contentLocales: await contentLocales.list(locals.supabase) };
};
