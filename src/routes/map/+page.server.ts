// The whole portal's map: the partners' countries of every published project, from the counts the
// database keeps per country (public.partner_countries, public.partner_country_counts), whatever
// the reader may see besides.
import * as partnerCountries from '#lib/server/data/partner-countries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) =>
	partnerCountries.mapOf(await partnerCountries.list(locals.supabase, null));
