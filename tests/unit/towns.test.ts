// Partners' towns placed on the map by the gazetteer shipped with the portal (GeoNames), by name
// and country: folded names match, an unknown or ambiguous name gets no place rather than a guess.
import { describe, expect, it } from 'vitest';
import { COUNTRY_SHAPES, MAP_HEIGHT, MAP_WIDTH } from '../../src/lib/europe-map.ts';
import { placesOf } from '../../src/lib/server/towns.ts';

describe('placesOf', () => {
	it('places a known town inside the map, near the centre of its country', () => {
		const [daugavpils] = placesOf([{ country: 'LV', town: 'Daugavpils' }]);
		expect(daugavpils).toMatchObject({ name: 'Daugavpils', country: 'LV' });
		expect(daugavpils.x).toBeGreaterThan(0);
		expect(daugavpils.x).toBeLessThan(MAP_WIDTH);
		expect(daugavpils.y).toBeGreaterThan(0);
		expect(daugavpils.y).toBeLessThan(MAP_HEIGHT);
		const latvia = COUNTRY_SHAPES.LV;
		expect(Math.hypot(daugavpils.x - latvia.x, daugavpils.y - latvia.y)).toBeLessThan(25);
	});

	it('matches a name without its accents, case or hyphens, and keeps the name as the records write it', () => {
		// GeoNames writes Álimos.
		expect(placesOf([{ country: 'GR', town: 'alimos' }]).map((place) => place.name)).toEqual([
			'alimos'
		]);
		expect(placesOf([{ country: 'HU', town: 'SZODLIGET' }])).toHaveLength(1);
	});

	it('leaves out a town it does not know, one two places of the country share, one in another country, and an empty one', () => {
		expect(
			placesOf([
				{ country: 'RS', town: 'Indjija' },
				{ country: 'PL', town: 'Leszno' },
				{ country: 'FR', town: 'Daugavpils' },
				{ country: 'LV', town: '  ' },
				{ country: 'LV', town: null }
			])
		).toEqual([]);
	});

	it('places each town once', () => {
		expect(
			placesOf([
				{ country: 'IT', town: 'Faenza' },
				{ country: 'IT', town: 'faenza' },
				{ country: 'LV', town: 'Daugavpils' }
			])
		).toHaveLength(2);
	});
});
