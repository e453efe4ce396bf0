import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	organisations: await organisations.list(locals.supabase)
});
