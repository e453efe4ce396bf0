import { requireUser } from '#lib/server/auth/guards.ts';
import * as myWork from '#lib/server/data/my-work.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { work: await myWork.get(event.locals.supabase) };
};
