// What a link to the portal shows where it is pasted (chat, social networks): read by a kept Open
// Graph parser, as those services read it, from the built portal.
import ogs from 'open-graph-scraper';
import { locales } from '../../src/lib/paraglide/runtime.js';
import { expect, LOCALES, test } from './fixtures.ts';

/** The page as a sharing-preview parser reads it; the test portal's address has no top-level domain. */
async function preview(url: string) {
	const { error, result } = await ogs({ url, urlValidatorSettings: { protocols: ['http', 'https'], require_tld: false, require_protocol: true, require_host: true, require_valid_protocol: true, require_port: false, allow_underscores: false, allow_trailing_dot: false, allow_protocol_relative_urls: false, allow_fragments: true, allow_query_components: true, validate_length: true } });
	expect(error).toBe(false);
	return result;
}

const OPEN_GRAPH_LOCALES: Record<(typeof LOCALES)[number], string> = { en: 'en_US', lv: 'lv_LV' };

for (const locale of LOCALES) {
	for (const [name, path, title] of [
		['project', '/projects/young-neets', /\S/],
		['event', '/events/demo-partner-meeting-daugavpils-2024', /\S/],
		['home', '', /Tilts/]
	] as const) {
		test(`a link to the ${name} page (${locale}) shows its title, description and picture`, async ({ page, request, baseURL }) => {
			const address = `${baseURL}/${locale}${path}`;
			await page.goto(address);
			const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
			const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
			expect(alternates.sort()).toEqual([...locales, 'x-default'].sort());

			const shared = await preview(address);
			expect(shared.ogTitle).toMatch(title);
			expect(shared.ogTitle).toBe(shared.twitterTitle);
			expect(shared.ogDescription?.trim().length).toBeGreaterThan(20);
			expect(shared.ogDescription).toBe(await page.locator('head meta[name="description"]').getAttribute('content'));
			expect(shared.ogUrl).toBe(canonical);
			expect(shared.ogLocale).toBe(OPEN_GRAPH_LOCALES[locale]);
			expect(shared.twitterCard).toBe('summary_large_image');

			const image = shared.ogImage?.[0]?.url;
			expect(image).toMatch(/^https?:\/\//);
			const answer = await request.get(image!);
			expect(answer.status()).toBe(200);
			expect(answer.headers()['content-type']).toMatch(/^image\//);
			expect((await answer.body()).subarray(1, 4).toString()).toBe('PNG');
		});
	}
}

test("a project's card is drawn in the reader's language and refused for a project nobody may see", async ({ request }) => {
	const card = await request.get('/lv/projects/young-neets/card.png');
	expect(card.status()).toBe(200);
	expect(card.headers()['content-type']).toBe('image/png');
	expect((await request.get('/en/projects/no-such-project/card.png')).status()).toBe(404);
	expect((await request.get('/en/events/no-such-event/card.png')).status()).toBe(404);
});
