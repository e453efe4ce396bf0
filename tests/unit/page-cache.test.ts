import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
	negotiate,
	PageCache,
	PUBLIC_CACHE_CONTROL,
	type SharedRequest
} from '../../src/lib/server/page-cache.ts';

const PAGE = 'https://tilts.example/en/projects';

function get(url = PAGE, headers: Record<string, string> = {}, method = 'GET'): SharedRequest {
	return {
		request: new Request(url, { method, headers }),
		url: new URL(url),
		routeId: '/projects'
	};
}

/** A page body that compresses (over the 1 KB below which nothing is compressed). */
function html(text: string): string {
	return (
		`<!doctype html><title>${text}</title>` +
		'<p>The same paragraph, again and again.</p>'.repeat(60)
	);
}

/** Renders count themselves; each answers with what `answer` gives. */
function renderer(
	answer: (n: number) => Response = (n) =>
		new Response(html(`render ${n}`), { headers: { 'content-type': 'text/html' } })
) {
	let renders = 0;
	return {
		get renders() {
			return renders;
		},
		render: async () => answer(++renders)
	};
}

/** A cache whose one copy is 6 s old (fresh for 5), and a rendering that waits for finish(). */
async function staleCopy() {
	const clock = { now: 1_000_000 };
	const cache = new PageCache({ freshMs: 5000, staleMs: 10_000, now: () => clock.now });
	const pages = renderer();
	await cache.respond(get(), pages.render);
	clock.now += 6000;
	let release = () => {};
	const slowly = async () => {
		await new Promise<void>((resolve) => (release = resolve));
		return pages.render();
	};
	return { cache, pages, clock, slowly, finish: () => release() };
}

describe('which requests share renderings', () => {
	it.each([
		['an anonymous GET of a public page', get(), true],
		['HEAD', get(PAGE, {}, 'HEAD'), true],
		['a form post', get(PAGE, {}, 'POST'), false],
		['any cookie', get(PAGE, { cookie: 'tilts_session=abc' }), false],
		['an Authorization header', get(PAGE, { authorization: 'Bearer x' }), false],
		["SvelteKit's own requests", get(PAGE, { 'x-sveltekit-pathname': '/en' }), false],
		[
			'a route that is not public',
			{ ...get('https://tilts.example/en/my-work'), routeId: '/my-work' },
			false
		],
		[
			'an editor',
			{ ...get('https://tilts.example/en/projects/x/edit'), routeId: '/projects/[slug]/edit' },
			false
		],
		['no route', { ...get('https://tilts.example/xx'), routeId: null }, false]
	])('%s: %s', (_, request, expected) => {
		expect(PageCache.shares(request)).toBe(expected);
	});
});

describe('PageCache', () => {
	it('renders an address once for readers arriving together, and answers each with the same body', async () => {
		const cache = new PageCache();
		const pages = renderer();
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => cache.respond(get(), pages.render))
		);
		expect(pages.renders).toBe(1);
		const bodies = await Promise.all(answers.map((answer) => answer.text()));
		expect(new Set(bodies).size).toBe(1);
		expect(answers[0].headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
	});

	it('keeps a rendering for its freshness, then renders again; the query string and the locale are part of the address', async () => {
		let now = 1_000_000;
		const cache = new PageCache({ freshMs: 5000, now: () => now });
		const pages = renderer();
		await cache.respond(get(), pages.render);
		now += 4999;
		const kept = await cache.respond(get(), pages.render);
		expect(kept.headers.get('age')).toBe('4');
		expect(pages.renders).toBe(1);
		await cache.respond(get(`${PAGE}?page=2`), pages.render);
		await cache.respond(get('https://tilts.example/lv/projects'), pages.render);
		expect(pages.renders).toBe(3);
		now += 1;
		expect(
			await (await cache.respond(get(), pages.render)).text(),
			'the last copy, while the next renders'
		).toContain('render 1');
		await vi.waitFor(async () =>
			expect(await (await cache.respond(get(), pages.render)).text()).toContain('render 4')
		);
		expect(pages.renders).toBe(4);
	});

	it('past its freshness, serves the last rendering to every reader while the next one renders in the background, within a grace', async () => {
		const { cache, pages, clock, slowly, finish } = await staleCopy();
		// The first reader past the freshness does not wait: the next rendering begins behind it.
		const first = await cache.respond(get(), slowly);
		expect(await first.text()).toContain('render 1');
		expect(first.headers.get('age')).toBe('6');
		const meanwhile = await cache.respond(get(), pages.render);
		expect(await meanwhile.text()).toContain('render 1');
		expect(pages.renders, 'one rendering under way, for everyone').toBe(1);
		finish();
		await vi.waitFor(async () =>
			expect(await (await cache.respond(get(), pages.render)).text()).toContain('render 2')
		);
		expect(pages.renders).toBe(2);

		// A rendering in the background that fails leaves the last copy in service.
		clock.now += 6000;
		expect(
			await (
				await cache.respond(
					get(),
					async () =>
						new Response('down', { status: 500, headers: { 'content-type': 'text/html' } })
				)
			).text()
		).toContain('render 2');
		await Promise.resolve();
		expect(await (await cache.respond(get(), slowly)).text()).toContain('render 2');
		finish();
		await vi.waitFor(async () =>
			expect(await (await cache.respond(get(), pages.render)).text()).toContain('render 3')
		);

		// Past the grace, nobody is served the old one: all wait for the new rendering.
		clock.now += 15_000;
		const late = cache.respond(get(), slowly);
		const alsoLate = cache.respond(get(), pages.render);
		finish();
		expect(await (await alsoLate).text()).toContain('render 4');
		expect(await (await late).text()).toContain('render 4');
	});

	it('a write clears a stale copy and the rendering under way behind it: the next reader waits for a new one', async () => {
		const { cache, pages, slowly, finish } = await staleCopy();
		const before = await cache.respond(get(), slowly);
		expect(await before.text()).toContain('render 1');
		cache.clear();
		const after = await cache.respond(get(), pages.render);
		expect(await after.text()).toContain('render 2');
		finish();
		await new Promise((resolve) => setTimeout(resolve, 10));
		// What was read before the write is never kept, though it finished last.
		expect(pages.renders).toBe(3);
		expect(await (await cache.respond(get(), pages.render)).text()).toContain('render 2');
	});

	it('forgets everything on clear(), including a rendering under way when it was cleared', async () => {
		const cache = new PageCache();
		const pages = renderer();
		await cache.respond(get(), pages.render);
		cache.clear();
		expect(cache.size.entries).toBe(0);
		await cache.respond(get(), pages.render);
		expect(pages.renders).toBe(2);

		// A write lands while the next rendering is under way: that rendering is not kept.
		cache.clear();
		let finish!: () => void;
		const slow = cache.respond(get(), async () => {
			await new Promise<void>((resolve) => (finish = resolve));
			return pages.render();
		});
		await Promise.resolve();
		cache.clear();
		finish();
		await slow;
		expect(cache.size.entries).toBe(0);
	});

	it('holds at most its number of entries and bytes, dropping the least recently used', async () => {
		const cache = new PageCache({ maxEntries: 2 });
		const pages = renderer();
		await cache.respond(get(`${PAGE}?a`), pages.render);
		await cache.respond(get(`${PAGE}?b`), pages.render);
		await cache.respond(get(`${PAGE}?a`), pages.render);
		await cache.respond(get(`${PAGE}?c`), pages.render);
		expect(cache.size.entries).toBe(2);
		await cache.respond(get(`${PAGE}?a`), pages.render);
		expect(pages.renders, '?a was used more lately than ?b, which went').toBe(3);

		const small = new PageCache({ maxBytes: 40_000 });
		for (let i = 0; i < 20; i++) await small.respond(get(`${PAGE}?${i}`), pages.render);
		expect(small.size.bytes).toBeLessThanOrEqual(40_000);
		expect(small.size.entries).toBeGreaterThan(1);
		expect(small.size.entries).toBeLessThan(20);
	});

	it('serves but does not keep a rendering larger than an eighth of its bytes', async () => {
		const cache = new PageCache({ maxBytes: 8_000 });
		const answer = await cache.respond(get(), renderer().render);
		expect(answer.status).toBe(200);
		expect(cache.size.entries).toBe(0);
	});

	it.each([
		[
			'an error page',
			() => new Response('gone', { status: 404, headers: { 'content-type': 'text/html' } })
		],
		[
			'a redirect',
			() =>
				new Response(null, { status: 307, headers: { location: '/lv', vary: 'Accept-Language' } })
		],
		[
			'an answer that sets a cookie',
			() =>
				new Response(html('x'), { headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } })
		],
		[
			'an answer that says it is private',
			() =>
				new Response(html('x'), {
					headers: { 'content-type': 'text/html', 'cache-control': 'private' }
				})
		],
		[
			'an answer that varies on the language',
			() =>
				new Response(html('x'), {
					headers: { 'content-type': 'text/html', vary: 'Accept-Language' }
				})
		],
		[
			'a download of another type',
			() => new Response('a,b', { headers: { 'content-type': 'text/csv' } })
		]
	])('never keeps %s, and marks it private', async (_, answer) => {
		const cache = new PageCache();
		const pages = renderer(answer);
		const first = await cache.respond(get(), pages.render);
		await cache.respond(get(), pages.render);
		expect(pages.renders).toBe(2);
		expect(first.headers.get('cache-control')).toBe('private, no-store');
	});

	it('answers 304 to a tag it gave, in any encoding and weakly compared, and the body to another', async () => {
		const cache = new PageCache();
		const pages = renderer();
		const plain = await cache.respond(get(), pages.render);
		const tag = plain.headers.get('etag')!;
		expect(tag).toMatch(/^"[\w-]+"$/);
		const compressed = await cache.respond(get(PAGE, { 'accept-encoding': 'gzip' }), pages.render);
		expect(compressed.headers.get('etag')).toBe(tag.replace(/"$/, '-gzip"'));
		for (const ifNoneMatch of [
			tag,
			`W/${tag}`,
			compressed.headers.get('etag')!,
			`"other", ${tag}`
		]) {
			const answer = await cache.respond(get(PAGE, { 'if-none-match': ifNoneMatch }), pages.render);
			expect(answer.status, ifNoneMatch).toBe(304);
			expect(answer.headers.get('etag')).toBe(tag);
		}
		expect(
			(await cache.respond(get(PAGE, { 'if-none-match': '"other"' }), pages.render)).status
		).toBe(200);
		expect(pages.renders).toBe(1);
	});

	it("keeps a route's own tag (open data names its records, not its time)", async () => {
		const cache = new PageCache();
		const answer = await cache.respond(
			get(),
			async () =>
				new Response(html('data'), {
					headers: { 'content-type': 'application/json', etag: '"records-1"' }
				})
		);
		expect(answer.headers.get('etag')).toBe('"records-1"');
		// ...but SvelteKit's 32-bit tag of a page gives way to the body's SHA-256.
		const page = await new PageCache().respond(
			get(),
			async () =>
				new Response(html('page'), {
					headers: { 'content-type': 'text/html', etag: '"ml15uv"', 'x-sveltekit-page': 'true' }
				})
		);
		expect(page.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
	});

	it('compresses once: brotli and gzip decompress to the same body, with Vary and the length', async () => {
		const cache = new PageCache();
		const pages = renderer();
		const plain = Buffer.from(await (await cache.respond(get(), pages.render)).arrayBuffer());
		const br = await cache.respond(
			get(PAGE, { 'accept-encoding': 'gzip, deflate, br' }),
			pages.render
		);
		const gz = await cache.respond(get(PAGE, { 'accept-encoding': 'gzip' }), pages.render);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		for (const answer of [br, gz])
			expect(answer.headers.get('vary')).toBe('Accept-Encoding, Cookie');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
		expect(brBytes.length).toBeLessThan(plain.length / 4);
		expect(brotliDecompressSync(brBytes)).toEqual(plain);
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer()))).toEqual(plain);
		expect(pages.renders).toBe(1);
	});
});

describe('negotiate', () => {
	const both = { br: 1, gzip: 1 };
	it.each([
		[null, both, undefined],
		['gzip, deflate, br, zstd', both, 'br'],
		['gzip', both, 'gzip'],
		['br;q=0.5, gzip', both, 'gzip'],
		['br;q=0, gzip;q=0', both, undefined],
		['*', both, 'br'],
		['identity', both, undefined],
		['br', { gzip: 1 }, undefined],
		['gzip, br', {}, undefined]
	] as const)('%s with %o: %s', (header, available, expected) => {
		expect(negotiate(header, available)).toBe(expected);
	});
});
