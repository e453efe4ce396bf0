// Search engines find every public page in every language, through /robots.txt and the sitemap
// index it names, and nothing a partnership keeps to itself: read as a crawler would, with no
// session, every sitemap checked against sitemaps.org's schemas.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { validateSitemap } from '../support/sitemap.ts';
import { expect, test } from './fixtures.ts';
import { sql } from './factories.ts';

const LOCALES: string[] = JSON.parse(
	readFileSync(new URL('../../project.inlang/settings.json', import.meta.url), 'utf8')
).locales;
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * Every address the sitemap lists, each sitemap read once and validated. A query of its own makes
 * every address a new one for the page cache, so what was written a moment ago is there.
 */
async function crawl(request: APIRequestContext, origin: string): Promise<Set<string>> {
	const fresh = `?crawl=${randomUUID()}`;
	const get = async (url: string) => {
		const answer = await request.get(url.replace(origin, '') + fresh, { maxRedirects: 0 });
		expect(answer.status(), url).toBe(200);
		expect(answer.headers()['content-type']).toBe('application/xml; charset=utf-8');
		const xml = await answer.text();
		expect(await validateSitemap(xml), url).toEqual({ valid: true, errors: [] });
		return xml;
	};
	const locs = (xml: string) =>
		[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replaceAll('&amp;', '&'));
	const listed = new Set<string>();
	const pages = locs(await get(`${origin}/sitemap.xml`));
	expect(pages[0]).toBe(`${origin}/sitemaps/lists.xml`);
	for (const page of pages) for (const loc of locs(await get(page))) listed.add(loc);
	return listed;
}

test('robots.txt keeps crawlers off signed-in and partner pages, and names the sitemap', async ({
	request,
	baseURL
}) => {
	const answer = await request.get('/robots.txt', { maxRedirects: 0 });
	expect(answer.status()).toBe(200);
	expect(answer.headers()['content-type']).toBe('text/plain; charset=utf-8');
	const robots = await answer.text();
	expect(robots).toContain(`Sitemap: ${new URL(baseURL!).origin}/sitemap.xml`);
	for (const locale of LOCALES)
		for (const path of ['my-work', 'sign-in', 'account', 'admin', 'projects/new'])
			expect(robots).toContain(`Disallow: /${locale}/${path}\n`);
	for (const segment of [
		'edit',
		'delegations',
		'attendance',
		'photos',
		'certificates',
		'certificates.pdf',
		'participants.pdf',
		'people',
		'members',
		'documents'
	]) {
		expect(robots).toContain(`Disallow: /*/${segment}$\n`);
		expect(robots).toContain(`Disallow: /*/${segment}/\n`);
	}
	// Public pages stay open: nothing disallows a project, an event or a list.
	expect(robots).not.toMatch(/^Disallow: \/(\*\/)?(projects|events|practices)\/?$/m);
	// Shared with every reader, as the public pages are.
	expect((await request.get('/robots.txt')).headers()['cache-control']).toContain('public');
});

test('the sitemap lists every public record in every language, and nothing only partners may see', async ({
	request,
	baseURL
}) => {
	test.slow();
	const origin = new URL(baseURL!).origin;
	// A coming public event and a partners-only one in the same published project, and a public
	// collection beside a partners-only one.
	const [shown, hidden] = [unique('sitemap-public'), unique('sitemap-partners')];
	for (const [slug, visibility] of [
		[shown, 'public'],
		[hidden, 'partners']
	]) {
		await sql(
			`with e as (
			   insert into public.events (slug, kind, title, time_zone, starts_local, ends_local, visibility)
			   values ($1, 'workshop', '{"en": {"text": "Sitemap workshop", "status": "original"}}', 'Europe/Riga', '2031-03-01 10:00', '2031-03-01 16:00', $2)
			   returning id)
			 insert into public.project_events (project_id, event_id) select p.id, e.id from e, public.projects as p where p.slug = 'young-neets'`,
			[slug, visibility]
		);
	}
	// Read before the sitemap: the crawl asks for addresses of its own, so none of it is an older copy.
	const slugs = async (query: string) =>
		(await sql<{ slug: string }>(query)).map((row) => row.slug);
	const projects = await slugs(`select slug from public.projects where is_published`);
	const drafts = await slugs(`select slug from public.projects where not is_published`);
	const organisations = await slugs(`select slug from public.organisations`);
	const collections = await slugs(
		`select slug from public.collections where visibility = 'public'`
	);
	const partnerCollections = await slugs(
		`select slug from public.collections where visibility = 'partners'`
	);
	const partnerEvents = await slugs(`select slug from public.events where visibility = 'partners'`);
	const practices = await sql<{ slug: string; locale: string }>(
		`select p.slug, pub.locale from public.practices as p join public.practice_publications as pub on pub.practice_id = p.id`
	);
	expect(projects.length).toBeGreaterThan(0);
	expect(drafts.length + partnerCollections.length).toBeGreaterThan(0);

	const listed = await crawl(request, origin);
	const missing = (paths: string[], locales = LOCALES) =>
		paths
			.flatMap((path) => locales.map((l) => `${origin}/${l}${path}`))
			.filter((url) => !listed.has(url));

	// Done when: every public project in every language.
	expect(missing(projects.map((slug) => `/projects/${slug}`))).toEqual([]);
	expect(missing([`/events/${shown}`])).toEqual([]);
	expect(missing(organisations.map((slug) => `/organisations/${slug}`))).toEqual([]);
	expect(missing(collections.map((slug) => `/collections/${slug}`))).toEqual([]);
	expect(
		missing(['', '/projects', '/events', '/practices', '/collections', '/organisations'])
	).toEqual([]);
	// A practice in the languages it is published in.
	expect(
		practices.filter(
			(p) => LOCALES.includes(p.locale) && !listed.has(`${origin}/${p.locale}/practices/${p.slug}`)
		)
	).toEqual([]);
	expect(practices.length).toBeGreaterThan(0);

	// Never what anon may not read.
	const leaked = [...listed].filter((url) => {
		const path = url.slice(origin.length).replace(/^\/[a-z]{2}(?=\/)/, '');
		return (
			partnerEvents.includes(path.replace('/events/', '')) ||
			drafts.includes(path.replace('/projects/', '')) ||
			partnerCollections.includes(path.replace('/collections/', ''))
		);
	});
	expect(leaked).toEqual([]);
	expect(partnerEvents).toContain(hidden);
	expect([...listed].some((url) => url.includes(hidden))).toBe(false);
});

test('an address that is no page of the sitemap answers 404, not an error', async ({ request }) => {
	for (const path of [
		'/sitemaps/projects/no-such-project-at-all.xml',
		'/sitemaps/secrets/young-neets.xml',
		'/sitemaps/projects/Not%20A%20Slug.xml',
		'/sitemaps/projects/%00.xml'
	]) {
		expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	}
});
