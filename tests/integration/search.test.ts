// The portal's one search (public.search_everything): every kind found, folded in every alphabet,
// filtered, ranked and paged, over exactly what row level security lets each reader see.
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

// A word of letters only, unique to this run: every record here has it, and nothing else does.
const TAG = `srch${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const PREFIX = TAG;
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const USER = {
	/** The seed's Daugavpils coordinator: a member of both projects here, for Daugavpils. */
	partner: '0c000000-0000-4000-8000-000000000002',
	/** The seed's Leszno editor: signed in, in neither project. */
	outsider: '0c000000-0000-4000-8000-000000000004'
};
const as = actingAs<keyof typeof USER>(stack, USER);

const text = (locale: string, value: string) => ({
	[locale]: { text: value, status: 'original' as const }
});
const title = (locale: string, value: string) => JSON.stringify(text(locale, value));

const make = factories(PREFIX);
const ORG = make.organisation({
	slug: `${PREFIX}-org`,
	name: `Toruńska Fundacja ${TAG}`,
	name_lang: 'pl',
	city: 'Toruń',
	country: 'PL'
});
const PROJECT = {
	published: make.project({
		slug: `${PREFIX}-published`,
		acronym: 'SRCH',
		title: text('lv', `Brīvprātīgie ${TAG}`),
		is_published: true,
		programme: 'cerv',
		start_date: '2021-01-01',
		end_date: '2021-12-31'
	}),
	draft: make.project({
		slug: `${PREFIX}-draft`,
		title: text('el', `Εθελοντές της πόλης ${TAG}`),
		// A strand: the programme's filter finds it, as the project list's does.
		programme: 'erasmus_plus_ka2',
		start_date: '2023-01-01',
		end_date: '2023-12-31'
	})
};
make.partner(PROJECT.published, ORG, 'lead_partner');
make.partner(PROJECT.published, DAUGAVPILS);
make.partner(PROJECT.draft, DAUGAVPILS, 'lead_partner');
make.projectMember(PROJECT.published, USER.partner, DAUGAVPILS, 'coordinator');
make.projectMember(PROJECT.draft, USER.partner, DAUGAVPILS, 'coordinator');
const byDay = { time_precision: 'day', projects: [PROJECT.published] } as const;
make.event({
	...byDay,
	slug: `${PREFIX}-meeting`,
	title: text('ru', `Волонтёры ${TAG}`),
	venue_city: 'Daugavpils',
	venue_country: 'LV',
	starts_local: '2021-05-10 00:00',
	ends_local: '2021-05-11 00:00',
	visibility: 'public'
});
make.event({
	...byDay,
	slug: `${PREFIX}-closed`,
	title: text('en', `Closed meeting ${TAG}`),
	venue_city: 'Rome',
	venue_country: 'IT',
	time_zone: 'Europe/Rome',
	starts_local: '2021-06-10 00:00',
	ends_local: '2021-06-11 00:00',
	visibility: 'partners'
});

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: `
		insert into public.collections (slug, project_id, title, visibility) values
			('${PREFIX}-collection', '${PROJECT.published}', '${title('en', `Reading list ${TAG}`)}', 'public'),
			('${PREFIX}-partner-collection', '${PROJECT.published}', '${title('en', `Shortlist ${TAG}`)}', 'partners');
		insert into public.press_items (project_id, title, published_on) values
			('${PROJECT.published}', '${title('en', `Press release ${TAG}`)}', '2021-03-01');
		insert into public.documents (project_id, title, visibility) values
			('${PROJECT.published}', '${title('en', `Final report ${TAG}`)}', 'public'),
			('${PROJECT.published}', '${title('en', `Internal budget ${TAG}`)}', 'partners'),
			('${PROJECT.draft}', '${title('en', `Draft agenda ${TAG}`)}', 'public');
	`,
	cleanUp: `
		delete from public.events where slug like '${PREFIX}-%';
		delete from public.projects where slug like '${PREFIX}-%';
		delete from public.organisations where slug like '${PREFIX}-%';
	`,
	left: async () =>
		expect(await peek(`select 1 from public.projects where slug like '${PREFIX}-%'`)).toEqual([])
});

type Result = {
	kind: string;
	slug: string;
	owner_kind: string | null;
	title: Record<string, { text: string }>;
	rank: number;
	total: number;
	more: boolean;
};

async function search(
	who: 'anon' | keyof typeof USER,
	query: string,
	filters: Record<string, unknown> = {}
): Promise<Result[]> {
	const answer = await as(who).rpc('search_everything', { query, ...filters });
	expect(answer.error).toBeNull();
	return answer.data as Result[];
}

/** What a search found, as "kind:title" (in the title's one language), in the order given. */
async function found(
	who: 'anon' | keyof typeof USER,
	query: string,
	filters: Record<string, unknown> = {}
): Promise<string[]> {
	return (await search(who, query, filters)).map(
		(r) => `${r.kind}:${Object.values(r.title)[0]?.text.replace(` ${TAG}`, '')}`
	);
}

describe('search_everything', () => {
	it('finds every kind a reader may see by one word, each named with its kind', async () => {
		expect((await found('anon', TAG)).sort()).toEqual(
			[
				'collection:Reading list',
				'document:Final report',
				'event:Волонтёры',
				'organisation:Toruńska Fundacja',
				'press_item:Press release',
				'project:Brīvprātīgie'
			].sort()
		);
		// Practices: the seed's Latvian write-up of HOP!.
		expect(
			(await search('anon', 'brivpratigais darbs', { of_kind: 'practice' })).map((r) => r.slug)
		).toContain('hop-volunteering-in-the-municipality');
	});

	it('leads press items and documents to the page of what they belong to', async () => {
		const results = await search('anon', TAG, { of_kind: 'document' });
		expect(results.map((r) => [r.slug, r.owner_kind])).toEqual([
			[`${PREFIX}-published`, 'project']
		]);
		expect(
			(await search('anon', TAG, { of_kind: 'press_item' })).map((r) => [r.slug, r.owner_kind])
		).toEqual([[`${PREFIX}-published`, 'project']]);
	});

	it('folds case and diacritics in every alphabet: Latvian, Polish, Greek, Cyrillic', async () => {
		const cases: Array<[string, string]> = [
			['brivpratigie', 'project:Brīvprātīgie'],
			['BRĪVPRĀTĪGIE', 'project:Brīvprātīgie'],
			['Torun', 'organisation:Toruńska Fundacja'],
			['TORUŃSKA', 'organisation:Toruńska Fundacja'],
			['волонтеры', 'event:Волонтёры'],
			['ВОЛОНТЁРЫ', 'event:Волонтёры'],
			['εθελοντες', 'project:Εθελοντές της πόλης'],
			['ΕΘΕΛΟΝΤΕΣ', 'project:Εθελοντές της πόλης'],
			['Εθελοντές', 'project:Εθελοντές της πόλης']
		];
		for (const [query, expected] of cases) {
			// The draft is its partnership's: the Greek one is looked for as its partner.
			expect(await found('partner', `${query} ${TAG}`), query).toContain(expected);
		}
	});

	it('finds a project by a partner’s name, below the partner itself', async () => {
		const results = await found('anon', `Torunska ${TAG}`);
		expect(results).toEqual(['organisation:Toruńska Fundacja', 'project:Brīvprātīgie']);
	});

	it('shows drafts, partner-only events, collections and documents to the partnership alone', async () => {
		const closed = [
			'project:Εθελοντές της πόλης',
			'event:Closed meeting',
			'collection:Shortlist',
			'document:Internal budget',
			'document:Draft agenda'
		];
		const anon = await found('anon', TAG);
		const outsider = await found('outsider', TAG);
		const partner = await found('partner', TAG);
		for (const item of closed) {
			expect(anon, item).not.toContain(item);
			expect(outsider, item).not.toContain(item);
			expect(partner, item).toContain(item);
		}
		expect(outsider.sort()).toEqual(anon.sort());
		expect(partner).toHaveLength(anon.length + closed.length);
	});

	it('filters by kind, country, programme and year', async () => {
		expect(await found('anon', TAG, { of_kind: 'event' })).toEqual(['event:Волонтёры']);
		// Latvia: the event held there, and the project with a Latvian partner with what belongs to it.
		expect((await found('anon', TAG, { country: 'LV' })).sort()).toEqual(
			[
				'collection:Reading list',
				'document:Final report',
				'event:Волонтёры',
				'press_item:Press release',
				'project:Brīvprātīgie'
			].sort()
		);
		expect(await found('anon', TAG, { country: 'SE' })).toEqual([]);
		expect((await found('partner', TAG, { programme: 'erasmus_plus' })).sort()).toEqual(
			['document:Draft agenda', 'project:Εθελοντές της πόλης'].sort()
		);
		expect(await found('anon', TAG, { programme: 'erasmus_plus' })).toEqual([]);
		expect((await found('partner', TAG, { programme: 'erasmus_plus_ka2' })).sort()).toEqual(
			['document:Draft agenda', 'project:Εθελοντές της πόλης'].sort()
		);
		expect(await found('partner', TAG, { programme: 'erasmus_plus_ka1' })).toEqual([]);
		// 2021: the project running, the event held, the press item out; the organisation a partner then.
		const in2021 = await found('anon', TAG, { in_year: 2021 });
		expect(in2021).toEqual(
			expect.arrayContaining([
				'project:Brīvprātīgie',
				'event:Волонтёры',
				'press_item:Press release',
				'organisation:Toruńska Fundacja'
			])
		);
		expect(await found('anon', TAG, { in_year: 2019 })).toEqual([]);
	});

	it('ranks, counts and pages', async () => {
		const all = await search('partner', TAG);
		expect(all.every((r) => r.total === all.length && r.more === false)).toBe(true);
		const ranks = all.map((r) => r.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
		const first = await search('partner', TAG, { take: 4 });
		const second = await search('partner', TAG, { take: 4, skip: 4 });
		expect(
			[...first, ...second].map((r) => `${r.kind}:${r.slug}:${JSON.stringify(r.title)}`)
		).toEqual(all.slice(0, 8).map((r) => `${r.kind}:${r.slug}:${JSON.stringify(r.title)}`));
		expect(first[0].total).toBe(all.length);
		// Beyond the cap of a kind, the answer says there are more.
		expect((await search('partner', TAG, { cap: 1 }))[0].more).toBe(true);
	});

	it('finds nothing for nothing searchable', async () => {
		expect(await search('anon', '!!! ...')).toEqual([]);
		expect(await search('anon', '')).toEqual([]);
	});
});
