// The organisation directory and what an organisation page shows of where to find it
// (supabase/migrations/20261212170000_organisation_street_address.sql to
// 20261212170300_organisation_directory.sql), through the real PostgREST, as each role: anon, a
// member of the organisation, its admin, and an outsider (the admin of another organisation).
// The name search folds case and accents and finds translations of names, as the portal's other
// name searches do.
//
// The file works on organisations and people of its own, named with a random tag, and removes them afterwards.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import { actingAs, expectRefused, outcome, rawBytesAs } from './acting-as.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `dir-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	rezekne: make.organisation({
		slug: `${PREFIX}-rezekne`,
		name: `Rēzeknes Novada Pašvaldība ${TAG}`,
		name_lang: 'lv',
		kind: 'municipality',
		city: 'Rēzekne'
	}),
	faenza: make.organisation({
		slug: `${PREFIX}-faenza`,
		name: `Comune di Faenza ${TAG}`,
		name_lang: 'it',
		kind: 'municipality',
		city: 'Faenza',
		country: 'IT'
	}),
	tartu: make.organisation({
		slug: `${PREFIX}-tartu`,
		name: `Tartu Ülikool ${TAG}`,
		name_lang: 'et',
		kind: 'university',
		city: 'Tartu',
		country: 'EE'
	})
};
const USER = {
	admin: make.person({ adminOf: ORG.rezekne }),
	member: make.person({ memberOf: ORG.rezekne }),
	outsider: make.person({ adminOf: ORG.faenza })
};

const FIXTURES = `
insert into public.organisation_name_translations (organisation_id, locale, name) values
  ('${ORG.tartu}', 'en', 'University of Tartu ${TAG}');
`;

const CLEAN_UP = `
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () =>
		expect(
			await peek(`select 1 from public.organisation_logos where organisation_id = any($1)`, [
				Object.values(ORG)
			])
		).toEqual([])
});

type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);
const bytesAs = rawBytesAs<Person>(stack, USER);
const EVERYONE = ['anon', 'member', 'admin', 'outsider'] as const;

async function found(
	query: string | null,
	filters: { country?: string; kind?: string } = {}
): Promise<string[]> {
	const { data, error } = await as('anon')
		.rpc('search_organisations', {
			query,
			country: filters.country ?? null,
			kind: filters.kind ?? null,
			take: 100
		})
		.select('slug');
	expect(error).toBeNull();
	return (data as Array<{ slug: string }>).map((o) => o.slug).filter((s) => s.startsWith(PREFIX));
}

describe('the directory search', () => {
	it('folds case and accents, and finds a name anywhere in it', async () => {
		for (const typed of [
			`REZEKNES NOVADA PASVALDIBA ${TAG}`,
			`rēzeknes novada`.toUpperCase(),
			`novada pašvaldība ${TAG}`,
			`nOvAdA`
		]) {
			expect(await found(typed), typed).toEqual([`${PREFIX}-rezekne`]);
		}
		expect(await found(`ulikool ${TAG}`)).toEqual([`${PREFIX}-tartu`]);
	});

	it('finds an organisation by a translation of its name', async () => {
		expect(await found(`university of tartu ${TAG}`)).toEqual([`${PREFIX}-tartu`]);
	});

	it('filters by country and by kind, and counts what matches', async () => {
		expect(await found(TAG, { country: 'IT' })).toEqual([`${PREFIX}-faenza`]);
		expect(await found(TAG, { kind: 'municipality' })).toEqual([
			`${PREFIX}-faenza`,
			`${PREFIX}-rezekne`
		]);
		expect(await found(TAG, { kind: 'university', country: 'LV' })).toEqual([]);
		const { data } = await as('anon').rpc('count_organisations', {
			query: TAG,
			country: null,
			kind: 'municipality'
		});
		expect(data).toBe(2);
	});

	it('treats % and _ as letters, not patterns', async () => {
		expect(await found(`%${TAG}`)).toEqual([]);
		expect(await found(`_omune di faenza ${TAG}`)).toEqual([]);
	});

	it('offers the countries organisations are in', async () => {
		const { data } = await as('anon').rpc('organisation_countries');
		expect(data).toEqual(expect.arrayContaining(['EE', 'IT', 'LV']));
	});
});

describe('the postal address', () => {
	const address = { street_address: 'Atbrīvošanas aleja 93', postcode: 'LV-4601' };

	it('is changed by the organisation’s admin only: not anon, a member or an outsider', async () => {
		expectRefused(
			await as('anon').from('organisations').update(address).eq('id', ORG.rezekne).select('id'),
			DENIED,
			401
		);
		for (const who of ['member', 'outsider'] as const) {
			expect(
				outcome(
					await as(who).from('organisations').update(address).eq('id', ORG.rezekne).select('id')
				),
				who
			).toBe(0);
		}
		expect(
			await peek(`select street_address, postcode from public.organisations where id = $1`, [
				ORG.rezekne
			])
		).toEqual([{ street_address: null, postcode: null }]);
		expect(
			outcome(
				await as('admin').from('organisations').update(address).eq('id', ORG.rezekne).select('id')
			)
		).toBe(1);
	});

	it('is read by everyone, as the rest of the organisation', async () => {
		for (const who of EVERYONE) {
			const { data } = await as(who)
				.from('organisations')
				.select('street_address, postcode')
				.eq('id', ORG.rezekne)
				.single();
			expect(data, who).toEqual(address);
		}
	});

	it('refuses a postcode that is not one, and a street address with a line break', async () => {
		for (const postcode of ['<b>', 'L', '12345678901234', '-1234']) {
			expectRefused(
				await as('admin')
					.from('organisations')
					.update({ postcode })
					.eq('id', ORG.rezekne)
					.select('id'),
				CHECK,
				400
			);
		}
		expectRefused(
			await as('admin')
				.from('organisations')
				.update({ street_address: 'Line 1\nLine 2' })
				.eq('id', ORG.rezekne)
				.select('id'),
			CHECK,
			400
		);
		for (const postcode of ['48018', '64-100', 'D02 X285', 'SW1A 1AA', address.postcode]) {
			expect(
				outcome(
					await as('admin')
						.from('organisations')
						.update({ postcode })
						.eq('id', ORG.rezekne)
						.select('id')
				),
				postcode
			).toBe(1);
		}
	});
});

describe('the logo', () => {
	const webp = async (size: number, colour: string) =>
		sharp({ create: { width: size, height: size, channels: 3, background: colour } })
			.webp()
			.toBuffer();
	const renditions = async (colour: string) => [
		{
			name: 'web',
			content_type: 'image/webp',
			bytes: `\\x${(await webp(40, colour)).toString('hex')}`,
			width: 40,
			height: 40
		},
		{
			name: 'thumb',
			content_type: 'image/webp',
			bytes: `\\x${(await webp(20, colour)).toString('hex')}`,
			width: 20,
			height: 20
		}
	];
	const logoOf = (organisation: string) =>
		peek<{ name: string; width: number }>(
			`select name, width from public.organisation_logos where organisation_id = $1 order by name`,
			[organisation]
		);

	it('is saved by the organisation’s admin only: not anon, a member or an outsider', async () => {
		const red = await renditions('red');
		expect(
			(
				await as('anon').rpc('save_organisation_logo', {
					organisation: ORG.rezekne,
					renditions: red
				})
			).error
		).not.toBeNull();
		for (const who of ['member', 'outsider'] as const) {
			expectRefused(
				await as(who).rpc('save_organisation_logo', { organisation: ORG.rezekne, renditions: red }),
				DENIED,
				403
			);
			expectRefused(
				await as(who)
					.from('organisation_logos')
					.insert({ organisation_id: ORG.rezekne, ...red[1] })
					.select('name'),
				DENIED,
				403
			);
		}
		expect(await logoOf(ORG.rezekne)).toEqual([]);
		const saved = await as('admin').rpc('save_organisation_logo', {
			organisation: ORG.rezekne,
			renditions: red
		});
		expect(saved.error).toBeNull();
		expect(await logoOf(ORG.rezekne)).toEqual([
			{ name: 'thumb', width: 20 },
			{ name: 'web', width: 40 }
		]);
	});

	it('is read by everyone, with its bytes, as the organisation is', async () => {
		for (const who of EVERYONE) {
			expect(
				outcome(
					await as(who)
						.from('organisation_logos')
						.select('name, width, height')
						.eq('organisation_id', ORG.rezekne)
				),
				who
			).toBe(2);
			const bytes = await bytesAs(
				who,
				`organisation_logo_bytes?organisation=${ORG.rezekne}&size=thumb`
			);
			expect(bytes.subarray(8, 12).toString('latin1'), who).toBe('WEBP');
		}
		expect(
			(await bytesAs('anon', `organisation_logo_bytes?organisation=${ORG.faenza}&size=thumb`))
				.length
		).toBe(0);
	});

	it('stays as it was when a new one is refused: all of it or nothing', async () => {
		const [web, thumb] = await renditions('blue');
		// A thumbnail larger than its box: the whole save is refused, and the old logo kept.
		expectRefused(
			await as('admin').rpc('save_organisation_logo', {
				organisation: ORG.rezekne,
				renditions: [web, { ...thumb, width: 900 }]
			}),
			CHECK,
			400
		);
		expect(await logoOf(ORG.rezekne)).toEqual([
			{ name: 'thumb', width: 20 },
			{ name: 'web', width: 40 }
		]);
		expectRefused(
			await as('admin').rpc('save_organisation_logo', {
				organisation: ORG.rezekne,
				renditions: []
			}),
			DENIED,
			403
		);
		expect(await logoOf(ORG.rezekne)).toHaveLength(2);
	});

	it('is removed by the organisation’s admin only', async () => {
		for (const who of ['member', 'outsider'] as const) {
			expect(
				outcome(
					await as(who)
						.from('organisation_logos')
						.delete()
						.eq('organisation_id', ORG.rezekne)
						.select('name')
				),
				who
			).toBe(0);
		}
		expectRefused(
			await as('anon')
				.from('organisation_logos')
				.delete()
				.eq('organisation_id', ORG.rezekne)
				.select('name'),
			DENIED,
			401
		);
		expect(await logoOf(ORG.rezekne)).toHaveLength(2);
		expect(
			outcome(
				await as('admin')
					.from('organisation_logos')
					.delete()
					.eq('organisation_id', ORG.rezekne)
					.select('name')
			)
		).toBe(2);
	});
});
