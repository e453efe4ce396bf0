// Collections of good practices: a project's coordinator starts one, writes it in two languages,
// fills and orders it, and makes it public; visitors read it in their language with labelled
// fallbacks. A partners-only collection is not found by others, nobody else can change one, and
// bad input gets a message in the reader's language.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const HOP = '0b000000-0000-4000-8000-000000000005';
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const FAENZA = '0a000000-0000-4000-8000-000000000003';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Practice = { id: string; slug: string; title: string };

/** A practice of Daugavpils, written in the given languages (the first is the original), published in `published` of them. */
async function makePractice(
	titles: Record<string, string>,
	published = Object.keys(titles)
): Promise<Practice> {
	const slug = unique('collection-practice');
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, country) values ($1, $2, 'LV') returning id`,
		[slug, DAUGAVPILS]
	);
	for (const [i, [locale, title]] of Object.entries(titles).entries()) {
		const kind = i === 0 ? 'original' : 'reviewed';
		const summary = `${title}: what was done, in brief.`;
		await sql(
			`insert into public.practice_texts (practice_id, locale, kind, title, summary) values ($1, $2, $3, $4, $5)`,
			[id, locale, kind, title, summary]
		);
		if (!published.includes(locale)) continue;
		await sql(
			`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
			 values ($1, $2, $3, $4, $5, '', '', '', '', '', '', 1)`,
			[id, locale, kind, title, summary]
		);
		await sql(
			`update public.practice_texts set state = 'published' where practice_id = $1 and locale = $2`,
			[id, locale]
		);
	}
	return { id, slug, title: titles.en ?? Object.values(titles)[0] };
}

/**
 * Two published practices: one an English reader reads in English, one they read in another
 * language. Those of the seed when it has them (found, not named: the seed may change); made
 * here otherwise.
 */
async function twoPublishedPractices(): Promise<{ english: Practice; other: Practice }> {
	const rows = await sql<{
		id: string;
		slug: string;
		publications: Array<{ locale: string; kind: string; title: string }>;
	}>(
		`select p.id, p.slug, jsonb_agg(jsonb_build_object('locale', pub.locale, 'kind', pub.kind, 'title', pub.title)) as publications
		 from public.practices as p join public.practice_publications as pub on pub.practice_id = p.id
		 where p.slug not like 'collection-practice-%'
		 group by p.id order by p.slug`
	);
	// The title an English reader gets (pickPublication): English, else the original, else any.
	const titleOf = (pubs: Array<{ locale: string; kind: string; title: string }>) =>
		(pubs.find((p) => p.locale === 'en') ?? pubs.find((p) => p.kind === 'original') ?? pubs[0])
			.title;
	const english = rows.find((r) => r.publications.some((p) => p.locale === 'en'));
	const other = rows.find((r) => !r.publications.some((p) => p.locale === 'en'));
	return {
		english: english
			? { id: english.id, slug: english.slug, title: titleOf(english.publications) }
			: await makePractice({ en: unique('Street football league'), lv: 'Ielu futbola līga' }),
		other: other
			? { id: other.id, slug: other.slug, title: titleOf(other.publications) }
			: await makePractice({ lv: unique('Jauniešu brīvprātīgo skola') })
	};
}

/** A collection of HOP!, made straight in the database. */
async function makeCollection(options: {
	visibility: 'public' | 'partners';
	title?: string;
	items?: string[];
}) {
	const slug = unique('collection');
	const title = options.title ?? `A collection ${slug}`;
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.collections (slug, project_id, title, visibility)
		 values ($1, $2, jsonb_build_object('en', jsonb_build_object('text', $3::text, 'status', 'original')), $4) returning id`,
		[slug, HOP, title, options.visibility]
	);
	for (const practice of options.items ?? []) {
		await sql(`insert into public.collection_items (collection_id, practice_id) values ($1, $2)`, [
			id,
			practice
		]);
	}
	return { id, slug, title };
}

async function state(id: string) {
	const [row] = await sql<{ title: object; visibility: string; version: number }>(
		`select title, visibility, version from public.collections where id = $1`,
		[id]
	);
	const items = await sql<{ practice_id: string }>(
		`select practice_id from public.collection_items where collection_id = $1 order by position`,
		[id]
	);
	return { ...row, items: items.map((i) => i.practice_id) };
}

/**
 * Posts a form as the page's browser would without JavaScript (same origin, its cookies, asking
 * for the page that answers), for input no browser control can produce.
 */
async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

test('a coordinator curates a HOP! collection in two languages, and visitors read it in order', async ({
	page,
	browser,
	baseURL
}) => {
	// The whole way, from starting the collection to reading it in two languages.
	test.slow();
	const { english, other } = await twoPublishedPractices();
	const draft = await makePractice({ en: unique('A draft nobody reads') }, []);
	const title = unique('Volunteering that lasts');

	await signIn(page, DEMO.coordinator);
	await page.goto('/en/collections');
	await page.getByRole('link', { name: 'Start a collection' }).click();
	await expect(page.getByRole('heading', { name: 'Start a collection', level: 1 })).toBeVisible();
	await expectNoViolations(page, 'en');
	await page.getByLabel('Project or organisation', { exact: true }).selectOption(`project:${HOP}`);
	await page.getByLabel('Language you write in').selectOption('en');
	await page.getByLabel('Collection title').fill(title);
	await page.getByRole('button', { name: 'Start the collection' }).click();
	await expect(page).toHaveURL(
		/\/en\/collections\/volunteering-that-lasts-[a-z0-9-]+\/edit\?lang=en&done=created$/
	);
	await expect(page.getByRole('status')).toHaveText(
		'The collection is started. Now write its introduction and add practices.'
	);
	const slug = new URL(page.url()).pathname.split('/')[3];
	const [{ id }] = await sql<{ id: string }>(`select id from public.collections where slug = $1`, [
		slug
	]);

	// The introduction in English, then the title and introduction in Latvian.
	await page
		.getByRole('textbox', { name: 'Introduction' })
		.fill('Three towns, **one** lesson:\n\n- start small\n- keep going');
	await page.getByRole('button', { name: 'Save the collection' }).click();
	await expect(page.getByRole('status')).toHaveText('The collection is saved.');
	await page.getByLabel('Language to edit').selectOption('lv');
	await page.getByRole('button', { name: 'Switch' }).click();
	await expect(page.getByText('Original, in English').first()).toBeVisible();
	await page.getByLabel('Collection title').fill('Brīvprātīgais darbs, kas paliek');
	await page
		.getByRole('textbox', { name: 'Introduction' })
		.fill('Trīs pilsētas, **viena** mācība.');
	await page.getByRole('button', { name: 'Save the collection' }).click();
	await expect(page.getByRole('status')).toHaveText('The collection is saved.');
	await expect(page).toHaveURL(/\?lang=lv&done=saved$/);
	const saved = await state(id);
	expect(saved.title).toEqual({
		en: { text: title, status: 'original' },
		lv: { text: 'Brīvprātīgais darbs, kas paliek', status: 'reviewed' }
	});

	// Two published practices, found by the list and by a search; then the second goes first.
	const add = page.getByRole('region', { name: 'Add a practice' });
	await add.getByLabel('Practice', { exact: true }).selectOption(english.id);
	await add.getByRole('button', { name: 'Add to the collection' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The practice is added at the end of the list.'
	);
	await add
		.getByRole('searchbox', { name: 'Find published practices' })
		.fill(other.title.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)));
	await add.getByRole('button', { name: 'Search' }).click();
	await expect(
		add.getByLabel('Practice', { exact: true }).locator(`option[value="${other.id}"]`)
	).toHaveCount(1);
	await add.getByLabel('Practice', { exact: true }).selectOption(other.id);
	await add.getByRole('button', { name: 'Add to the collection' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The practice is added at the end of the list.'
	);
	expect((await state(id)).items).toEqual([english.id, other.id]);

	const items = page
		.getByRole('region', { name: 'Practices, in the order readers see them' })
		.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first().getByRole('button', { name: /^Move up/ })).toHaveCount(0);
	await items
		.nth(1)
		.getByRole('button', { name: /^Move up/ })
		.click();
	await expect(page.getByRole('status')).toHaveText('The order is changed.');
	await expect(items.nth(0)).toContainText(other.title);
	await expect(items.nth(1)).toContainText(english.title);
	expect((await state(id)).items).toEqual([other.id, english.id]);

	// A practice that is not published stays in the collection, hidden from its readers.
	await sql(`insert into public.collection_items (collection_id, practice_id) values ($1, $2)`, [
		id,
		draft.id
	]);
	await page.reload();
	await expect(items.nth(2)).toContainText('not published: readers do not see it');
	await expectNoViolations(page, 'en');

	// Partners only until it is made public.
	const visitor = await (await browser.newContext({ baseURL })).newPage();
	expect((await visitor.goto(`/en/collections/${slug}`))?.status()).toBe(404);
	await page.getByLabel('Everyone').check();
	await page.getByRole('button', { name: 'Save the collection' }).click();
	await expect(page.getByRole('status')).toHaveText('The collection is saved.');
	expect((await state(id)).visibility).toBe('public');

	// The visitor, in English: the introduction as written, the practices in order, a fallback labelled.
	await visitor.goto(`/en/collections/${slug}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.locator('.introduction strong')).toHaveText('one');
	await expect(visitor.locator('.introduction li')).toHaveText(['start small', 'keep going']);
	const practices = visitor
		.getByRole('region', { name: 'Practices in this collection' })
		.getByRole('heading', { level: 3 });
	await expect(practices).toHaveText([
		new RegExp(`^${escape(other.title)}\\s*shown in `),
		new RegExp(`^${escape(english.title)}\\s*$`)
	]);
	await expect(practices.nth(0).getByRole('link')).toHaveAttribute(
		'href',
		`/en/practices/${other.slug}`
	);
	await expect(visitor.getByText(draft.title)).toHaveCount(0);
	await expect(visitor.getByRole('link', { name: 'Edit the collection' })).toHaveCount(0);
	await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
	await expect(visitor.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
	await expect(visitor.locator('meta[property="og:url"]')).toHaveAttribute(
		'content',
		new RegExp(`^https?://[^/]+/en/collections/${slug}$`)
	);
	await expect(visitor.locator('meta[property="og:description"]')).toHaveAttribute(
		'content',
		'Three towns, one lesson: start small keep going'
	);
	await expectNoViolations(visitor, 'en');

	// In Latvian: the Latvian texts; the list counts what readers see.
	await visitor.goto(`/lv/collections/${slug}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
		'Brīvprātīgais darbs, kas paliek'
	);
	await expect(visitor.locator('.introduction strong')).toHaveText('viena');
	await expectNoViolations(visitor, 'lv');
	await visitor.goto('/en/collections');
	const card = visitor
		.getByRole('listitem')
		.filter({ has: visitor.getByRole('link', { name: title }) });
	await expect(card).toContainText('Curated by HOP!');
	await expect(card).toContainText('practices: 2');
	await expect(card).not.toContainText('partners only');
});

test('a partners-only collection is not found by visitors; the partnership sees it, marked', async ({
	page
}) => {
	const collection = await makeCollection({ visibility: 'partners' });
	expect((await page.goto(`/en/collections/${collection.slug}`))?.status()).toBe(404);
	await page.goto('/en/collections');
	await expect(page.getByRole('link', { name: collection.title })).toHaveCount(0);
	expect((await page.goto(`/en/collections/${collection.slug}/edit`))?.url()).toContain(
		'/en/sign-in'
	);

	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/collections/${collection.slug}`);
	await expect(
		page.getByText('Partners only: only the partnership sees this collection.')
	).toBeVisible();
	await page.goto('/en/collections');
	await expect(
		page.getByRole('listitem').filter({ has: page.getByRole('link', { name: collection.title }) })
	).toContainText('partners only');
	await expectNoViolations(page, 'en');
});

test('the Faenza editor cannot change a HOP! collection, by page or by post', async ({ page }) => {
	const { english, other } = await twoPublishedPractices();
	const collection = await makeCollection({ visibility: 'public', items: [english.id, other.id] });
	const hidden = await makeCollection({ visibility: 'partners' });
	const before = await state(collection.id);

	await signIn(page, DEMO.faenzaEditor);
	await page.goto(`/en/collections/${collection.slug}`);
	await expect(page.getByRole('link', { name: 'Edit the collection' })).toHaveCount(0);
	expect((await page.goto(`/en/collections/${collection.slug}/edit`))?.status()).toBe(403);
	expect((await page.goto(`/en/collections/${hidden.slug}/edit`))?.status()).toBe(404);
	await page.goto(`/en/collections/${collection.slug}`);
	const path = `/en/collections/${collection.slug}/edit`;
	const attempts: Array<[string, Record<string, string>]> = [
		[
			'details',
			{
				version: String(before.version),
				lang: 'en',
				title: 'Taken over',
				introduction: '',
				visibility: 'partners'
			}
		],
		['add', { practice: other.id }],
		['move', { practice: other.id, direction: 'up' }],
		['remove', { practice: english.id }],
		['delete', { confirm: 'on' }]
	];
	for (const [action, fields] of attempts) {
		expect((await post(page, `${path}?/${action}`, fields)).status(), action).toBe(403);
	}
	expect(await state(collection.id)).toEqual(before);

	// Nor can they start one for a project they do not coordinate.
	const answer = await post(page, '/en/collections/new', {
		owner: `project:${HOP}`,
		language: 'en',
		title: 'Not theirs',
		visibility: 'public'
	});
	expect(answer.status()).toBe(400);
	expect(await answer.text()).toContain('Please choose one of the options.');
	const [{ count }] = await sql<{ count: number }>(
		`select count(*)::int as count from public.collections where title -> 'en' ->> 'text' = 'Not theirs'`
	);
	expect(count).toBe(0);
});

test('bad input gets a message in the reader’s language, and nothing changes', async ({ page }) => {
	const { english } = await twoPublishedPractices();
	const draft = await makePractice({ en: unique('Unpublished practice') }, []);
	const collection = await makeCollection({ visibility: 'partners', items: [english.id] });
	const before = await state(collection.id);
	await signIn(page, DEMO.coordinator);

	// Starting one.
	await page.goto('/en/collections/new');
	const start = { owner: `project:${HOP}`, language: 'en', visibility: 'partners' };
	const starts: Array<[Record<string, string>, string]> = [
		[{ title: 'x'.repeat(201) }, 'Please use at most 200 characters.'],
		[{ title: '   ' }, 'Please fill this in.'],
		[{ title: 'Fine', owner: `organisation:${FAENZA}` }, 'Please choose one of the options.'],
		[{ title: 'Fine', visibility: 'secret' }, 'Please choose one of the options.']
	];
	for (const [fields, message] of starts) {
		const answer = await post(page, '/en/collections/new', { ...start, ...fields });
		expect(answer.status(), message).toBe(400);
		expect(await answer.text()).toContain(message);
	}
	await page.getByLabel('Collection title').fill('');
	await page.getByRole('button', { name: 'Start the collection' }).click();
	await expect(page.getByText('Please fill this in.')).toBeVisible();
	await expect(page.getByLabel('Collection title')).toHaveAttribute(
		'aria-describedby',
		'title-error'
	);
	await expectNoViolations(page, 'en');

	// Its texts.
	const path = `/en/collections/${collection.slug}/edit`;
	await page.goto(path);
	const details = {
		version: String(before.version),
		lang: 'en',
		title: collection.title,
		introduction: '',
		visibility: 'partners'
	};
	const edits: Array<[Record<string, string>, number, string]> = [
		[{ title: 'x'.repeat(201) }, 400, 'Please use at most 200 characters.'],
		[{ title: '' }, 400, 'Please fill this in.'],
		[{ introduction: 'x'.repeat(10_001) }, 400, 'Please use at most 10,000 characters.'],
		[{ visibility: 'everyone' }, 400, 'Please choose one of the options.'],
		[
			{ version: String(before.version - 1 || 99) },
			409,
			'Someone else saved this since you opened it.'
		]
	];
	for (const [fields, status, message] of edits) {
		const answer = await post(page, `${path}?/details`, { ...details, ...fields });
		expect(answer.status(), message).toBe(status);
		expect(await answer.text()).toContain(message);
	}

	// Its practices.
	const items: Array<[string, Record<string, string>, string]> = [
		['add', { practice: randomUUID() }, 'There is no such published practice.'],
		['add', { practice: 'not-an-id' }, 'There is no such published practice.'],
		['add', { practice: '' }, 'Please choose one of the options.'],
		['add', { practice: draft.id }, 'There is no such published practice.'],
		['add', { practice: english.id }, 'This practice is in the collection already.'],
		[
			'move',
			{ practice: english.id, direction: 'up' },
			'This practice cannot move further that way.'
		],
		[
			'move',
			{ practice: english.id, direction: 'sideways' },
			'This practice cannot move further that way.'
		],
		[
			'move',
			{ practice: randomUUID(), direction: 'down' },
			'This practice is not in the collection (any more).'
		],
		['remove', { practice: randomUUID() }, 'This practice is not in the collection (any more).'],
		['delete', {}, 'Please tick the box to confirm.']
	];
	for (const [action, fields, message] of items) {
		const answer = await post(page, `${path}?/${action}`, fields);
		expect(answer.status(), `${action}: ${message}`).toBe(400);
		expect(await answer.text()).toContain(message);
	}
	const lv = await post(page, `/lv/collections/${collection.slug}/edit?/add`, {
		practice: english.id
	});
	expect(await lv.text()).toContain('Šī prakse jau ir kolekcijā.');
	expect(await state(collection.id)).toEqual(before);

	// As a browser shows them.
	await page.getByRole('button', { name: 'Add to the collection' }).click();
	await expect(page.getByText('Please choose one of the options.')).toBeVisible();
	await expect(page.getByLabel('Practice', { exact: true })).toHaveAttribute(
		'aria-describedby',
		'practice-error'
	);
	await expectNoViolations(page, 'en');
	await page.getByRole('button', { name: 'Delete the collection' }).click();
	await expect(page.getByText('Please tick the box to confirm.')).toBeVisible();
	await page.getByLabel('Yes, delete this collection').check();
	await page.getByRole('button', { name: 'Delete the collection' }).click();
	await expect(page).toHaveURL(/\/en\/collections\?deleted=1$/);
	await expect(page.getByRole('status')).toHaveText(
		'The collection is deleted. The practices that were in it stay.'
	);
	expect(await sql(`select 1 from public.collections where id = $1`, [collection.id])).toEqual([]);
	expect(await sql(`select 1 from public.practices where id = $1`, [english.id])).toHaveLength(1);
});
