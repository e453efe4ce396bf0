import * as organisations from '#lib/server/data/organisations.ts';
import type { PageServerLoad } from './$types';
import { pageNumber } from '#lib/server/forms.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = pageNumber(url);
	return { ...(await organisations.page(locals.supabase, page)), page, pageSize: organisations.PAGE_SIZE };
};
