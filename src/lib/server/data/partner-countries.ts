// The partners' countries that the maps draw: public.partner_countries
// (supabase/migrations/20261212120100_partner_countries.sql), over what the reader may read.
import type { MapRow, TownPlace } from '#lib/components/PartnerMap.svelte';
import type { Supabase } from '../supabase.ts';
import { placesOf } from '../towns.ts';
import { unwrap } from './unwrap.ts';

export type PartnerCountry = {
	country: string;
	partners: number;
	projects: number;
	towns: string[] | null;
};

/** The countries of an organisation's network (it and its units left out), or of the whole portal's published projects. */
export async function list(
	supabase: Supabase,
	organisationId: string | null
): Promise<PartnerCountry[]> {
	return unwrap(
		await supabase.rpc('partner_countries', organisationId ? { organisation: organisationId } : {})
	) as PartnerCountry[];
}

/** The rows of a map's table and the towns it draws, from the countries the database gave. */
export function mapOf(countries: PartnerCountry[]): { rows: MapRow[]; places: TownPlace[] } {
	return {
		rows: countries.map(({ country, partners, projects, towns }) => ({
			code: country,
			partners,
			projects,
			...(towns ? { towns } : {})
		})),
		places: placesOf(
			countries.flatMap(({ country, towns }) => (towns ?? []).map((town) => ({ country, town })))
		)
	};
}
