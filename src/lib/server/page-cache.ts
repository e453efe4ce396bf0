// What an anonymous reader is shown of a public page, feed or open-data file depends on its
// address alone: the path (with the locale), the query string and, for the few routes that also
// have an endpoint, the Accept header SvelteKit names in Vary. So readers without a session share
// one rendering of each address, kept here for a few seconds, compressed once, and marked for
// browsers and CDNs as public for as long. Everything else is rendered for its own request and
// marked `private, no-store`.
//
// Why no reader is ever shown another person's page: a copy is made and served only for a GET or
// HEAD that carries no cookie and no Authorization header, on a route listed below, and only when
// the answer is a 200 that sets no cookie, says nothing private and varies on nothing but the
// encoding. A signed-in person's request carries their session cookie, so it neither reads nor
// fills the cache; and their answer is `private, no-store`, so no browser or CDN keeps it either.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** How long a rendering is served: a change made elsewhere reaches every reader within this. */
export const FRESH_SECONDS = 5;
/** How much longer a copy may be served while the next one is rendered (here, and by a CDN). */
export const STALE_SECONDS = 10;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${FRESH_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * The routes every reader without a session sees alike. Only these are shared: a route that is
 * not listed (account, sign-in, editors, My work, anything reached by a secret link, and any new
 * route until it is added here) is never cached.
 */
const PUBLIC_ROUTES = new Set([
	'/',
	'/accessibility',
	'/map',
	'/calendar/events.ics',
	'/collections',
	'/collections/[slug]',
	'/events',
	'/events/[slug]',
	'/events/[slug]/calendar.ics',
	'/events/[slug]/sessions/[id].ics',
	'/events/feed.atom',
	'/open-data',
	'/open-data/v1/[dataset].json',
	'/organisations',
	'/organisations/[slug]',
	'/organisations/[slug]/calendar.ics',
	'/organisations/[slug]/feed.atom',
	'/organisations/[slug]/overview',
	'/practices',
	'/practices/[slug]',
	'/practices/[slug]/transfers/[id]',
	'/practices/feed.atom',
	'/privacy',
	'/projects',
	'/projects/[slug]',
	'/projects/[slug]/calendar.ics',
	'/projects/[slug]/events',
	'/projects/[slug]/events/feed.atom',
	'/projects/[slug]/feed.atom',
	'/projects/[slug]/report',
	'/robots.txt',
	'/sitemap.xml',
	'/sitemaps/[kind]/[from].xml',
	'/sitemaps/lists.xml'
]);

/** Text worth compressing and sharing: pages, calendars, feeds, open data, sitemaps and robots.txt. */
const SHARED_TYPES = [
	'text/html',
	'text/calendar',
	'application/atom+xml',
	'application/json',
	'application/xml',
	'text/plain'
];

/** Headers each answer gets afresh, never copied from the rendering. */
const PER_ANSWER_HEADERS = [
	'age',
	'cache-control',
	'content-encoding',
	'content-length',
	'date',
	'etag',
	'vary'
];

/** The request a rendering may be shared with: anonymous, a read, on a public route. */
export type SharedRequest = { request: Request; url: URL; routeId: string | null };

type Encoding = 'br' | 'gzip';
type Bytes = Uint8Array<ArrayBuffer>;

/** One rendering of an address, with its compressed forms. */
type Rendering = {
	headers: [string, string][];
	body: Bytes;
	encoded: Partial<Record<Encoding, Bytes>>;
	/** The route's own tag (open data names its records, not the time it was read), else the body's hash. */
	tag: string;
	renderedAt: number;
	bytes: number;
};

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
/** Smaller text gains less from compression than the work costs. */
const MIN_COMPRESSED_BYTES = 1024;

export type PageCacheOptions = {
	freshMs?: number;
	staleMs?: number;
	maxEntries?: number;
	maxBytes?: number;
	now?: () => number;
};

export class PageCache {
	readonly #freshMs: number;
	readonly #staleMs: number;
	readonly #maxEntries: number;
	readonly #maxBytes: number;
	/** A rendering larger than this is shared with the requests waiting for it, but not kept. */
	readonly #maxEntryBytes: number;
	readonly #now: () => number;
	/** Least recently used first (a Map keeps insertion order; a hit moves an entry to the end). */
	readonly #entries = new Map<string, Rendering>();
	/** Renderings under way, so that readers arriving meanwhile wait for the same one. */
	readonly #pending = new Map<string, Promise<{ rendering: Rendering | null; own: Response }>>();
	#bytes = 0;
	/** Counts clears: a rendering begun before the last one is never kept. */
	#generation = 0;

	constructor({
		freshMs = FRESH_SECONDS * 1000,
		staleMs = STALE_SECONDS * 1000,
		maxEntries = 1000,
		maxBytes = 64 * 1024 * 1024,
		now = Date.now
	}: PageCacheOptions = {}) {
		this.#freshMs = freshMs;
		this.#staleMs = staleMs;
		this.#maxEntries = maxEntries;
		this.#maxBytes = maxBytes;
		this.#maxEntryBytes = maxBytes / 8;
		this.#now = now;
	}

	/** Whether this request may be answered with a shared rendering. */
	static shares({ request, routeId }: SharedRequest): boolean {
		return (
			(request.method === 'GET' || request.method === 'HEAD') &&
			!request.headers.has('cookie') &&
			!request.headers.has('authorization') &&
			![...request.headers.keys()].some((name) => name.startsWith('x-sveltekit-')) &&
			PUBLIC_ROUTES.has(routeId ?? '')
		);
	}

	get size(): { entries: number; bytes: number } {
		return { entries: this.#entries.size, bytes: this.#bytes };
	}

	/** Forgets every rendering, and any under way: called after each write through this instance. */
	clear(): void {
		this.#entries.clear();
		this.#pending.clear();
		this.#bytes = 0;
		this.#generation++;
	}

	/**
	 * Answers a request that `shares()` allows: from a fresh rendering; else from the last one if it
	 * is at most `staleMs` past its freshness, while the next one is rendered in the background;
	 * else from the one under way for the same address; else by rendering it. An answer that may not
	 * be shared is returned as rendered, marked private.
	 */
	async respond(shared: SharedRequest, render: () => Promise<Response>): Promise<Response> {
		const key = shared.url.href;
		const kept = this.#kept(key);
		if (kept) {
			// Nobody waits for a page to render again: they get the last copy, a little stale, meanwhile.
			if (!kept.fresh && !this.#pending.has(key)) this.#render(key, render).catch(() => {});
			return this.#answer(kept.rendering, shared.request);
		}
		const pending = this.#pending.get(key);
		if (pending) {
			const { rendering } = await pending.catch(() => ({ rendering: null }));
			return rendering ? this.#answer(rendering, shared.request) : markPrivate(await render());
		}
		const { rendering, own } = await this.#render(key, render);
		return rendering ? this.#answer(rendering, shared.request) : markPrivate(own);
	}

	/**
	 * Renders an address once for everyone asking meanwhile, and keeps the result unless it may not
	 * be shared or a clear() came while it was under way.
	 */
	#render(
		key: string,
		render: () => Promise<Response>
	): Promise<{ rendering: Rendering | null; own: Response }> {
		const generation = this.#generation;
		// Its age counts from when it began: what it shows was read then.
		const begun = this.#now();
		const job = (async () => {
			const own = await render();
			const rendering = shareable(own) ? await prepare(own, begun) : null;
			if (rendering && generation === this.#generation) this.#keep(key, rendering);
			return { rendering, own };
		})();
		this.#pending.set(key, job);
		const done = () => {
			if (this.#pending.get(key) === job) this.#pending.delete(key);
		};
		job.then(done, done);
		return job;
	}

	/** The rendering kept for an address, fresh or within its grace after that; marked most recently used. */
	#kept(key: string): { rendering: Rendering; fresh: boolean } | undefined {
		const rendering = this.#entries.get(key);
		if (!rendering) return undefined;
		this.#entries.delete(key);
		const age = this.#now() - rendering.renderedAt;
		if (age >= this.#freshMs + this.#staleMs) {
			this.#bytes -= rendering.bytes;
			return undefined;
		}
		this.#entries.set(key, rendering);
		return { rendering, fresh: age < this.#freshMs };
	}

	#keep(key: string, rendering: Rendering): void {
		if (rendering.bytes > this.#maxEntryBytes) return;
		const old = this.#entries.get(key);
		if (old) {
			this.#entries.delete(key);
			this.#bytes -= old.bytes;
		}
		this.#entries.set(key, rendering);
		this.#bytes += rendering.bytes;
		for (const [oldest, entry] of this.#entries) {
			if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
			this.#entries.delete(oldest);
			this.#bytes -= entry.bytes;
		}
	}

	/** The rendering in the best encoding the client accepts, or 304 when it holds it already. */
	#answer(rendering: Rendering, request: Request): Response {
		const encoding = negotiate(request.headers.get('accept-encoding'), rendering.encoded);
		const headers = new Headers(rendering.headers);
		headers.set('cache-control', PUBLIC_CACHE_CONTROL);
		headers.set('vary', 'Accept-Encoding, Cookie');
		headers.set('etag', etagOf(rendering.tag, encoding));
		headers.set(
			'age',
			String(Math.max(0, Math.floor((this.#now() - rendering.renderedAt) / 1000)))
		);
		if (matches(request.headers.get('if-none-match'), rendering.tag))
			return new Response(null, { status: 304, headers });
		const body = encoding ? rendering.encoded[encoding]! : rendering.body;
		if (encoding) headers.set('content-encoding', encoding);
		headers.set('content-length', String(body.byteLength));
		return new Response(body, { status: 200, headers });
	}
}

/** A 200 of a shared type that sets no cookie, says nothing private and varies on nothing else. */
function shareable(response: Response): boolean {
	const type = response.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	const control = response.headers.get('cache-control') ?? '';
	const vary = (response.headers.get('vary') ?? '')
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter(Boolean);
	return (
		response.status === 200 &&
		response.body !== null &&
		SHARED_TYPES.includes(type) &&
		!response.headers.has('set-cookie') &&
		!/\b(private|no-store|no-cache)\b/i.test(control) &&
		vary.every((name) => name === 'accept-encoding')
	);
}

async function prepare(response: Response, renderedAt: number): Promise<Rendering> {
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers].filter(([name]) => !PER_ANSWER_HEADERS.includes(name));
	// SvelteKit tags a page with a 32-bit hash of it; a SHA-256 cannot be mistaken for the last version.
	const ownTag = response.headers.has('x-sveltekit-page')
		? undefined
		: response.headers.get('etag')?.match(/^"([\w-]+)"$/)?.[1];
	const tag = ownTag ?? createHash('sha256').update(body).digest('base64url').slice(0, 32);
	const encoded: Rendering['encoded'] = {};
	if (body.byteLength >= MIN_COMPRESSED_BYTES) {
		const [gzipped, brotlied] = await Promise.all([
			gzip(body, { level: 6 }),
			// Quality 5 compresses text better than gzip at about its speed; 11 takes many times longer.
			brotli(body, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: 5,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
				}
			})
		]);
		if (gzipped.byteLength < body.byteLength) encoded.gzip = new Uint8Array(gzipped);
		if (brotlied.byteLength < body.byteLength) encoded.br = new Uint8Array(brotlied);
	}
	const bytes =
		body.byteLength +
		(encoded.gzip?.byteLength ?? 0) +
		(encoded.br?.byteLength ?? 0) +
		JSON.stringify(headers).length;
	return { headers, body, encoded, tag, renderedAt, bytes };
}

/** Each encoding is its own representation, with its own strong tag. */
function etagOf(tag: string, encoding: Encoding | undefined): string {
	return `"${tag}${encoding ? `-${encoding}` : ''}"`;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): any encoding of the same content matches. */
function matches(ifNoneMatch: string | null, tag: string): boolean {
	if (!ifNoneMatch) return false;
	const ours = new Set(
		[undefined, 'gzip', 'br'].map((encoding) => etagOf(tag, encoding as Encoding | undefined))
	);
	return ifNoneMatch.split(',').some((candidate) => {
		const value = candidate.trim();
		return value === '*' || ours.has(value.replace(/^W\//, ''));
	});
}

/** The encoding the client prefers among those at hand (q-values honoured; brotli on a tie). */
export function negotiate(
	acceptEncoding: string | null,
	available: Partial<Record<Encoding, unknown>>
): Encoding | undefined {
	if (!acceptEncoding) return undefined;
	const weights = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [coding, ...params] = part.split(';').map((piece) => piece.trim());
		const q = params.find((param) => param.startsWith('q='));
		weights.set(coding, q ? Number(q.slice(2)) || 0 : 1);
	}
	const weight = (coding: Encoding) =>
		available[coding] ? (weights.get(coding) ?? weights.get('*') ?? 0) : 0;
	const [br, gz] = [weight('br'), weight('gzip')];
	if (br > 0 && br >= gz) return 'br';
	if (gz > 0) return 'gzip';
	return undefined;
}

/** Rendered for one request alone: no browser or CDN keeps it. */
export function markPrivate(response: Response): Response {
	response.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
	return response;
}
