// Readers without a session share a short-lived, compressed copy of each public page, feed and
// open-data file (src/lib/server/page-cache.ts); everything a signed-in person sees is theirs
// alone. Checked from outside: the headers, 304s, the bytes on the wire, and that no reader is
// ever shown a page rendered for someone else.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, projectWithIndicator, signIn, sql } from './factories.ts';

const COORDINATOR_NAME = 'Līga Paraudziņa (demo)';
const PUBLIC = 'public, max-age=5, stale-while-revalidate=10';
const PRIVATE = 'private, no-store';
const SHARED = [
	'/en/projects',
	'/lv/projects/young-neets',
	'/en/events',
	'/en/calendar/events.ics',
	'/lv/practices/feed.atom',
	'/open-data/v1/projects.json'
];

/** A published project of the Daugavpils coordinator, made straight in the database. */
async function publishedProject(summary: string): Promise<string> {
	const slug = await projectWithIndicator('cache');
	await sql(
		`update public.projects set is_published = true, summary = jsonb_build_object('en', jsonb_build_object('text', $2::text, 'status', 'original')) where slug = $1`,
		[slug, summary]
	);
	return slug;
}

/** The bytes as sent, not decoded (fetch and Playwright decompress what they receive). */
function raw(
	url: string,
	headers: Record<string, string>
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (answer) => {
				const chunks: Buffer[] = [];
				answer.on('data', (chunk: Buffer) => chunks.push(chunk));
				answer.on('end', () => resolve({ headers: answer.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', reject);
	});
}

function expectPrivate(response: APIResponse, what: string) {
	expect(response.headers()['cache-control'], what).toBe(PRIVATE);
	expect(response.headers()['age'], what).toBeUndefined();
}

test('public pages, calendars, feeds and open data are public for a few seconds with a strong tag; signed in, the same addresses are private', async ({
	request,
	page
}) => {
	for (const path of SHARED) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['cache-control'], path).toBe(PUBLIC);
		expect(headers['vary'], path).toBe('Accept-Encoding, Cookie');
		expect(headers['etag'], path).toMatch(/^"[\w-]+"$/);
		expect(headers['age'], path).toMatch(/^\d+$/);
	}

	await signIn(page, DEMO.coordinator);
	for (const path of [...SHARED, '/en/my-work', '/en/account', '/en/projects/young-neets/edit']) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		expectPrivate(response, `${path} signed in`);
	}
});

test('what is never shared says so: forms, secret links, redirects by language, errors, a stale session', async ({
	request,
	baseURL
}) => {
	for (const path of [
		'/en/sign-in',
		'/en/password-reset',
		'/en/invitations/not-a-real-token',
		'/en/projects/no-such-project'
	]) {
		expectPrivate(await request.get(path), path);
	}
	const root = await request.get('/', { headers: { 'accept-language': 'lv' }, maxRedirects: 0 });
	expect(root.status()).toBe(307);
	expect(root.headers()['vary']).toBe('Accept-Language');
	expectPrivate(root, '/');
	// An editor's page, asked for anonymously, sends to the sign-in form.
	const editor = await request.get('/en/projects/young-neets/edit', { maxRedirects: 0 });
	expect(editor.status()).toBe(303);
	expectPrivate(editor, 'an editor');
	// A session cookie that is no longer valid is removed: that answer is the reader's alone.
	const stale = await request.get('/en/projects', {
		headers: { cookie: 'tilts_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }
	});
	expect(stale.headers()['set-cookie']).toContain('tilts_session=;');
	expectPrivate(stale, 'a stale session');

	// A form post to a shared address is answered by the app, never with the copy.
	await request.get('/en/projects');
	const post = await request.post('/en/projects', {
		form: { q: 'x' },
		headers: { origin: new URL(baseURL!).origin }
	});
	expect(post.status()).toBe(405);
	expectPrivate(post, 'a form post');
});

test('a reader holding the current version gets 304, in any encoding; another tag gets the page', async ({
	request
}) => {
	for (const path of ['/en/projects', '/open-data/v1/events.json']) {
		const first = await request.get(path);
		const tag = first.headers()['etag'];
		for (const ifNoneMatch of [tag, `W/${tag}`, tag.replace(/-(br|gzip)"$/, '"')]) {
			const again = await request.get(path, { headers: { 'if-none-match': ifNoneMatch } });
			expect(again.status(), `${path} ${ifNoneMatch}`).toBe(304);
			expect(await again.body()).toHaveLength(0);
			expect(again.headers()['cache-control']).toBe(PUBLIC);
		}
		expect(
			(await request.get(path, { headers: { 'if-none-match': '"something-else"' } })).status()
		).toBe(200);
	}
});

test('a signed-in page never reaches an anonymous reader, and the anonymous copy never reaches a signed-in one', async ({
	browser,
	baseURL,
	request
}) => {
	const path = '/en/projects/young-neets';
	const signedIn = await (await browser.newContext({ baseURL })).newPage();
	await signIn(signedIn, DEMO.coordinator);

	// Signed in first, then anonymous.
	await signedIn.goto(path);
	await expect(signedIn.getByRole('banner')).toContainText(COORDINATOR_NAME);
	const anonymous = await request.get(path);
	expect(await anonymous.text()).not.toContain(COORDINATOR_NAME);

	// Anonymous first (the copy is now shared), then signed in.
	expect((await request.get(path)).headers()['cache-control']).toBe(PUBLIC);
	await signedIn.goto(path);
	await expect(signedIn.getByRole('banner')).toContainText(COORDINATOR_NAME);

	// One browser: the anonymous copy it keeps for a few seconds is not shown once it has signed in.
	const reader = await (await browser.newContext({ baseURL })).newPage();
	await reader.goto(path);
	await expect(reader.getByRole('banner')).not.toContainText(COORDINATOR_NAME);
	await signIn(reader, DEMO.coordinator);
	await reader.goto(path);
	await expect(reader.getByRole('banner')).toContainText(COORDINATOR_NAME);
	// ...nor their page once they have signed out.
	await reader.getByRole('button', { name: 'Sign out' }).click();
	await reader.goto(path);
	await expect(reader.getByRole('banner')).not.toContainText(COORDINATOR_NAME);

	await signedIn.context().close();
	await reader.context().close();
});

test('a change saved through the portal is on the next anonymous view at once', async ({
	page,
	request
}) => {
	const slug = await publishedProject('Summary before the change');
	const path = `/en/projects/${slug}`;
	expect(await (await request.get(path)).text()).toContain('Summary before the change');
	// The second view is the shared copy.
	const again = await request.get(path);
	expect(again.headers()['age']).toMatch(/^\d+$/);
	expect(await again.text()).toContain('Summary before the change');

	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit?lang=en`);
	await page.getByLabel('Summary').fill('Summary after the change');
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(page.getByRole('status')).toHaveText('The details are saved.');

	const after = await (await request.get(path)).text();
	expect(after).toContain('Summary after the change');
	expect(after).not.toContain('Summary before the change');
});

test('a compressed answer decompresses to the very body sent uncompressed', async ({ baseURL }) => {
	for (const path of ['/en/projects', '/lv/practices/feed.atom', '/open-data/v1/practices.json']) {
		// Three reads of one copy: another test's write, or the copy's few seconds running out, can
		// bring a new rendering between them (open data tells the time it was read): read again then.
		await expect(async () => {
			const plain = await raw(baseURL + path, { 'accept-encoding': 'identity' });
			const br = await raw(baseURL + path, { 'accept-encoding': 'gzip, deflate, br' });
			const gzip = await raw(baseURL + path, { 'accept-encoding': 'gzip' });
			expect(plain.headers['content-encoding'], path).toBeUndefined();
			expect(br.headers['content-encoding'], path).toBe('br');
			expect(gzip.headers['content-encoding'], path).toBe('gzip');
			expect(Number(br.headers['content-length'])).toBe(br.body.length);
			expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
			// Each encoding has its own tag, all naming the same content...
			const tags = [plain, gzip, br].map((answer) => answer.headers['etag']);
			expect(new Set(tags).size, path).toBe(3);
			expect(new Set(tags.map((tag) => tag?.replace(/-(br|gzip)"$/, '"'))).size, path).toBe(1);
			// ...which is the same bytes, decompressed.
			expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
			expect(gunzipSync(gzip.body).equals(plain.body), path).toBe(true);
		}).toPass({ timeout: 20_000 });
	}
});
