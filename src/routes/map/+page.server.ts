// The whole portal's map: the partners' countries of every published project, counted by the
// database in one aggregate (public.partner_countries), whatever the reader may see besides.
import * as partnerCountries from '#lib/server/data/partner-countries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => partnerCountries.mapOf(await partnerCountries.list(locals.supabase, null));
