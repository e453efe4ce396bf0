// Where partners' towns are on the map: looked up by name and country in the gazetteer shipped with
// the portal (src/lib/server/town-gazetteer.ts, GeoNames). Organisations carry a town's name, not
// its coordinates; a town the gazetteer does not know, or whose name two of the country's places
// share, gets no place, and the map leaves it to the table.
import type { TownPlace } from '#lib/components/PartnerMap.svelte';
import { townKey } from '#lib/town-key.ts';
import { TOWNS } from './town-gazetteer.ts';

/** Each country's gazetteer as a map from folded name to place ('' when ambiguous), read on first use. */
const byCountry = new Map<string, Map<string, string>>();

function gazetteerOf(country: string): Map<string, string> {
	let byName = byCountry.get(country);
	if (!byName) {
		byName = new Map(
			(TOWNS[country] ?? '')
				.split('\n')
				.filter(Boolean)
				.map((line) => line.split('\t') as [string, string])
		);
		byCountry.set(country, byName);
	}
	return byName;
}

/** The places of the towns the gazetteer knows, each once, in the order given. */
export function placesOf(towns: Iterable<{ country: string; town: string | null }>): TownPlace[] {
	const places = new Map<string, TownPlace>();
	for (const { country, town } of towns) {
		if (!town?.trim()) continue;
		const key = `${country}:${townKey(town)}`;
		if (places.has(key)) continue;
		const xy = gazetteerOf(country).get(townKey(town));
		if (!xy) continue;
		const [x, y] = xy.split(' ').map(Number);
		places.set(key, { name: town.trim(), country, x, y });
	}
	return [...places.values()];
}
