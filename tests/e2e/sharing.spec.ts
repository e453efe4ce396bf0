// What a link to the portal shows where it is pasted (chat, social networks): read by a kept Open
// Graph parser, as those services read it, from the built portal. Every public template shares
// its own title, description and picture under its canonical address; the pages of signed-in
// people and partnerships share nothing and ask search engines not to list them.
import ogs from 'open-graph-scraper';
import type { Page } from '@playwright/test';
import { locales } from '../../src/lib/paraglide/runtime.js';
import { PUBLIC_TEMPLATES } from '../support/public-templates.ts';
import { DEMO, projectWithIndicator, signIn } from './factories.ts';
import { expect, LOCALES, test } from './fixtures.ts';

/** The public templates, a search (shared as its list), and two public pages of a record that the SEO checks leave out. */
const SHARED_PAGES = [
	...PUBLIC_TEMPLATES,
	{ name: 'practice search', path: '/practices?q=volunteer' },
	{ name: "project's events", path: '/projects/solid/events' },
	{
		name: 'transfer',
		path: '/practices/leszno-volunteer-centre/transfers/12000000-0000-4000-8000-000000000001'
	}
];

/** The page as a sharing-preview parser reads it; the test portal's address has no top-level domain. */
async function preview(url: string) {
	const { error, result } = await ogs({
		url,
		urlValidatorSettings: {
			protocols: ['http', 'https'],
			require_tld: false,
			require_protocol: true,
			require_host: true,
			require_valid_protocol: true,
			require_port: false,
			allow_underscores: false,
			allow_trailing_dot: false,
			allow_protocol_relative_urls: false,
			allow_fragments: true,
			allow_query_components: true,
			validate_length: true
		}
	});
	expect(error).toBe(false);
	return result;
}

/** What the page's head says to sharing previews and search engines, as rendered. */
async function headOf(page: Page) {
	const head = page.locator('head');
	return {
		canonical: await head.locator('link[rel="canonical"]').getAttribute('href'),
		alternates: await head
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('hreflang'))),
		robots: await head
			.locator('meta[name="robots"]')
			.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content'))),
		openGraph: await head.locator('meta[property^="og:"], meta[name^="twitter:"]').count()
	};
}

const OPEN_GRAPH_LOCALES: Record<(typeof LOCALES)[number], string> = { en: 'en_US', lv: 'lv_LV' };

for (const locale of LOCALES) {
	for (const { name, path } of SHARED_PAGES) {
		test(`a link to the ${name} page (${locale}) shows its own title, description and picture`, async ({
			page,
			request,
			baseURL
		}) => {
			const address = `${baseURL}/${locale}${path}`;
			await page.goto(address);
			const head = await headOf(page);
			expect(head.alternates.sort()).toEqual([...locales, 'x-default'].sort());
			expect(head.robots).toEqual([]);

			const shared = await preview(address);
			expect(shared.ogTitle).toMatch(/\S/);
			// Its own title: only the home page is shared under the portal's name.
			if (path !== '') expect(shared.ogTitle).not.toBe('Tilts');
			expect(shared.ogTitle).toBe(shared.twitterTitle);
			expect(shared.ogDescription?.trim().length).toBeGreaterThan(20);
			expect(shared.ogDescription).toBe(
				await page.locator('head meta[name="description"]').getAttribute('content')
			);
			expect(shared.ogUrl).toBe(head.canonical);
			expect(shared.ogLocale).toBe(OPEN_GRAPH_LOCALES[locale]);
			expect(shared.twitterCard).toBe('summary_large_image');

			const image = shared.ogImage?.[0]?.url;
			expect(image).toMatch(/^https?:\/\//);
			expect(shared.twitterImage?.[0]?.url).toBe(image);
			const answer = await request.get(image!);
			expect(answer.status()).toBe(200);
			expect(answer.headers()['content-type']).toBe('image/png');
			expect((await answer.body()).subarray(1, 4).toString()).toBe('PNG');
		});
	}
}

test("a record's picture is its own card, drawn in the reader's language", async ({
	request,
	baseURL
}) => {
	for (const [path, card] of [
		['/lv/projects/young-neets', '/lv/projects/young-neets/card.png'],
		[
			'/en/events/demo-partner-meeting-daugavpils-2024',
			'/en/events/demo-partner-meeting-daugavpils-2024/card.png'
		],
		['/en/practices/leszno-volunteer-centre', '/en/practices/leszno-volunteer-centre/card.png'],
		[
			'/en/collections/volunteering-in-european-cities',
			'/en/collections/volunteering-in-european-cities/card.png'
		],
		['/en/organisations/comune-di-faenza', '/en/organisations/comune-di-faenza/card.png'],
		[
			'/en/organisations/daugavpils-city-council/overview',
			'/en/organisations/daugavpils-city-council/card.png'
		],
		['/en/projects', '/en/cards/projects.png'],
		['/en/privacy', '/en/cards/privacy.png']
	]) {
		expect((await preview(`${baseURL}${path}`)).ogImage?.[0]?.url, path).toBe(`${baseURL}${card}`);
	}
	// The same project's card differs between languages: its title is the reader's.
	const [lv, en] = await Promise.all(
		['lv', 'en'].map(async (locale) =>
			(await request.get(`/${locale}/projects/young-neets/card.png`)).body()
		)
	);
	expect(Buffer.compare(lv, en)).not.toBe(0);
});

test('cards are kept by caches, answer 304 to the tag they were given, and 404 where there is nothing to draw', async ({
	request
}) => {
	const card = await request.get('/lv/projects/young-neets/card.png');
	expect(card.status()).toBe(200);
	expect(card.headers()['content-type']).toBe('image/png');
	expect(card.headers()['cache-control']).toBe(
		'public, max-age=3600, stale-while-revalidate=86400'
	);
	const again = await request.get('/lv/projects/young-neets/card.png', {
		headers: { 'if-none-match': card.headers().etag }
	});
	expect(again.status()).toBe(304);

	for (const path of [
		'/en/projects/no-such-project/card.png',
		'/en/events/no-such-event/card.png',
		'/en/practices/no-such-practice/card.png',
		'/en/collections/no-such-collection/card.png',
		'/en/organisations/no-such-organisation/card.png',
		'/en/cards/no-such-page.png',
		// A partners-only collection has no card for the public.
		'/en/collections/communicating-with-citizens/card.png'
	]) {
		const answer = await request.get(path);
		expect(answer.status(), path).toBe(404);
	}
});

test('pages for signed-in people and partnerships share nothing and are not for search engines', async ({
	page,
	request
}) => {
	const draft = await projectWithIndicator('sharing');
	expect((await request.get(`/en/projects/${draft}/card.png`)).status()).toBe(404);
	for (const path of ['/en/sign-in', '/en/password-reset', '/en/projects/no-such-project']) {
		await page.goto(path);
		expect(await headOf(page), path).toMatchObject({ robots: ['noindex'], openGraph: 0 });
	}

	await signIn(page, DEMO.coordinator);
	for (const path of [
		'/en/account',
		'/en/my-work',
		'/en/projects/solid/edit',
		'/en/projects/young-neets/people',
		`/en/projects/${draft}`,
		`/en/projects/${draft}/events`,
		`/en/projects/${draft}/report`,
		'/en/collections/communicating-with-citizens'
	]) {
		await page.goto(path);
		expect(await headOf(page), path).toMatchObject({ robots: ['noindex'], openGraph: 0 });
	}
	// A public page stays shared for a signed-in reader: the link they copy is the public one.
	await page.goto('/en/projects/solid');
	expect((await headOf(page)).robots).toEqual([]);
	await expect(page.locator('head meta[property="og:title"]')).toHaveCount(1);
});
