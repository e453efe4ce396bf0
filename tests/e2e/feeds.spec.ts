// Following a project, an organisation or the whole network in a feed reader: Atom feeds of the
// coming events and of a project's news, announced by the pages that show them, valid Atom, and
// only what the public may read.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { validate } from '../support/atom.ts';
import { expect, test } from './fixtures.ts';
import { sql } from './factories.ts';

const id = () => randomUUID().slice(0, 8);
/** EVENT_FEED_CAP in src/lib/server/atom-feeds.ts (which needs the server's configuration to load). */
const EVENT_FEED_CAP = 50;
const text = (value: string) => JSON.stringify({ en: { text: value, status: 'original' } });

/** A published project with one partner organisation, a coming public event, a partners-only one, a past one, news and a result. */
async function followedProject() {
	const suffix = id();
	const names = {
		project: `feeds-${suffix}`,
		draft: `feeds-draft-${suffix}`,
		organisation: `feeds-org-${suffix}`,
		shown: `Feeds workshop ${suffix}`,
		hidden: `Feeds steering call ${suffix}`,
		past: `Feeds kick-off ${suffix}`,
		press: `Feeds <b>press</b> & news ${suffix}`,
		result: `Feeds result ${suffix}: forty young people trained`
	};
	await sql(
		`insert into public.projects (slug, acronym, title, is_published) values ($1, 'FEEDS', $2, true), ($3, 'DRAFT', $2, false)`,
		[names.project, text('Feeds test project'), names.draft]
	);
	await sql(
		`insert into public.organisations (slug, name, name_lang, kind, city, country) values ($1, 'Feeds association ' || $2, 'en', 'ngo', 'Riga', 'LV')`,
		[names.organisation, suffix]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role)
		 select p.id, o.id, 'lead_partner' from public.projects as p, public.organisations as o where p.slug = $1 and o.slug = $2`,
		[names.project, names.organisation]
	);
	// Tomorrow: among the soonest of the whole network, which the network's feed holds.
	for (const [title, visibility, days] of [
		[names.shown, 'public', 1],
		[names.hidden, 'partners', 1],
		[names.past, 'public', -400]
	] as const) {
		await sql(
			`with e as (
			   insert into public.events (slug, kind, title, time_zone, starts_local, ends_local, visibility, venue_city, venue_country)
			   values ($1, 'workshop', $2, 'Europe/Riga', current_date + $3::int + time '10:00', current_date + $3::int + time '16:00', $4, 'Riga', 'LV')
			   returning id)
			 insert into public.project_events (project_id, event_id) select p.id, e.id from e, public.projects as p where p.slug = $5`,
			[`feeds-event-${id()}`, text(title), days, visibility, names.project]
		);
	}
	await sql(
		`insert into public.press_items (project_id, kind, title, body, published_on, position) select id, 'news', $2, $3, '2026-11-02', 1 from public.projects where slug = $1`,
		[names.project, text(names.press), text('What the partners said.')]
	);
	await sql(
		`insert into public.project_results (project_id, statement, position) select id, $2, 1 from public.projects where slug = $1`,
		[names.project, text(names.result)]
	);
	return names;
}

async function feed(request: APIRequestContext, path: string): Promise<string> {
	const answer = await request.get(path);
	expect(answer.status(), path).toBe(200);
	expect(answer.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
	const xml = await answer.text();
	expect(await validate(xml), path).toEqual({ valid: true, errors: [] });
	return xml;
}

test('coming events: of the network, a project and an organisation, public ones only, valid Atom', async ({
	request
}) => {
	const names = await followedProject();
	for (const path of [
		`/en/projects/${names.project}/events/feed.atom`,
		`/lv/organisations/${names.organisation}/feed.atom`,
		`/en/events/feed.atom?t=${id()}`
	]) {
		const xml = await feed(request, path);
		expect(xml, path).toContain(names.shown);
		expect(xml, path).not.toContain(names.hidden);
		expect(xml, path).not.toContain(names.past);
		expect(xml.split('<entry>').length - 1, path).toBeLessThanOrEqual(EVENT_FEED_CAP);
	}
	// In the reader's language: the Latvian feed speaks Latvian around the event's English title.
	const latvian = await feed(request, `/lv/projects/${names.project}/events/feed.atom`);
	expect(latvian).toContain('xml:lang="lv"');
	expect(latvian).toContain('<title>Projekta FEEDS gaidāmie pasākumi</title>');
	expect(latvian).toContain('Riga, Latvija');
	// Shared with every reader, as the other public feeds are.
	expect(
		(await request.get(`/en/projects/${names.project}/events/feed.atom`)).headers()['cache-control']
	).toContain('public');
});

test('a project’s news: press items and results, escaped, valid Atom', async ({ request }) => {
	const names = await followedProject();
	const xml = await feed(request, `/en/projects/${names.project}/feed.atom`);
	expect(xml).toContain(
		names.press.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
	);
	expect(xml).toContain(names.result);
	expect(xml).toContain('<title>News and results of FEEDS</title>');
	expect(xml).toContain('<published>2026-11-02T00:00:00Z</published>');
});

test('the pages announce their feeds in their head', async ({ page }) => {
	const names = await followedProject();
	const feedsOf = async (path: string) => {
		await page.goto(path);
		return page
			.locator('head link[rel="alternate"][type="application/atom+xml"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	};
	expect(await feedsOf(`/en/projects/${names.project}`)).toEqual([
		`/en/projects/${names.project}/feed.atom`,
		`/en/projects/${names.project}/events/feed.atom`
	]);
	expect(await feedsOf(`/en/projects/${names.project}/events`)).toEqual([
		`/en/projects/${names.project}/events/feed.atom`
	]);
	expect(await feedsOf(`/en/organisations/${names.organisation}`)).toEqual([
		`/en/organisations/${names.organisation}/feed.atom`
	]);
	expect(await feedsOf('/en/events')).toEqual(['/en/events/feed.atom']);
	expect(await feedsOf(`/en/events?organisation=${names.organisation}`)).toEqual([
		`/en/organisations/${names.organisation}/feed.atom`
	]);
	// And the visible link follows to the feed.
	await page.goto(`/en/projects/${names.project}`);
	await expect(page.getByRole('link', { name: 'Atom feed of news and results' })).toHaveAttribute(
		'href',
		`/en/projects/${names.project}/feed.atom`
	);
});

test('a feed of no project, a draft or no organisation answers 404, not an error', async ({
	request
}) => {
	const names = await followedProject();
	for (const path of [
		'/en/projects/no-such-project/feed.atom',
		'/en/projects/no-such-project/events/feed.atom',
		'/en/organisations/no-such-organisation/feed.atom',
		`/en/projects/${names.draft}/feed.atom`,
		`/en/projects/${names.draft}/events/feed.atom`,
		'/en/projects/%00/feed.atom'
	]) {
		expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	}
});
