// Open data: the JSON files of public projects, events, practices and indicators, read back as a
// reuser would; the same for a signed-in coordinator as for anyone, with nothing that is not
// public; the numbers of the project page; bad page numbers answered in JSON; the documentation.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const DATASETS = ['projects', 'events', 'practices', 'indicators'] as const;
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const SOLID = '0b000000-0000-4000-8000-000000000003';
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';

type Envelope = {
	schema_version: number;
	dataset: string;
	documentation: string;
	generated_at: string;
	page: number;
	page_size: number;
	total: number;
	next: string | null;
	previous: string | null;
	items: Array<Record<string, unknown>>;
};

type IndicatorsItem = {
	project: { slug: string };
	participants_counted: 'registered' | 'attended' | 'mixed';
	events_held: number;
	events_attended: number;
	indicators: Array<{
		code: string;
		partner: string | null;
		planned: number;
		approximate: boolean;
		achieved: number | null;
		source: string;
	}>;
};

async function read(
	request: APIRequestContext,
	path: string
): Promise<{ response: APIResponse; body: string; json: Envelope }> {
	const response = await request.get(path);
	expect(response.status(), `${path} answers 200`).toBe(200);
	const body = await response.text();
	return { response, body, json: JSON.parse(body) };
}

/** Every page of a dataset, following `next`. */
async function readAll(
	request: APIRequestContext,
	dataset: string
): Promise<{ bodies: string[]; items: Envelope['items']; etags: string[] }> {
	const bodies: string[] = [];
	const items: Envelope['items'] = [];
	const etags: string[] = [];
	let path: string | null = `/open-data/v1/${dataset}.json`;
	while (path) {
		const { response, body, json } = await read(request, path);
		bodies.push(body);
		items.push(...json.items);
		etags.push(response.headers()['etag']);
		path = json.next ? new URL(json.next).pathname + new URL(json.next).search : null;
	}
	return { bodies, items, etags };
}

test('every file parses back: envelope, absolute links, CORS, caching, ETag and HEAD, with or without a locale', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	for (const dataset of DATASETS) {
		const { response, json } = await read(request, `/open-data/v1/${dataset}.json`);
		const headers = response.headers();
		expect(headers['content-type']).toBe('application/json; charset=utf-8');
		expect(headers['access-control-allow-origin']).toBe('*');
		// The shared copy of a few seconds every public page has (page-cache.ts).
		expect(headers['cache-control']).toBe('public, max-age=5, stale-while-revalidate=10');
		expect(headers['set-cookie']).toBeUndefined();
		expect(json).toMatchObject({
			schema_version: 1,
			dataset,
			documentation: `${origin}/open-data`,
			page: 1,
			previous: null
		});
		expect(Date.parse(json.generated_at)).not.toBeNaN();
		expect(json.total).toBeGreaterThan(0);
		expect(json.items.length).toBe(Math.min(json.total, json.page_size));
		// Links lead to the public pages without a locale, which send the reader to their language.
		const first = json.items[0] as { url?: string; project?: { url: string } };
		const url = first.url ?? first.project!.url;
		expect(url.startsWith(`${origin}/`)).toBe(true);
		const page = await request.get(new URL(url).pathname, {
			headers: { 'accept-language': 'lv' },
			maxRedirects: 0
		});
		expect(page.status()).toBe(307);
		expect(page.headers()['location']).toMatch(/^\/lv\//);

		// The same records under a locale prefix (the export has no language).
		const prefixed = await read(request, `/lv/open-data/v1/${dataset}.json`);
		expect(prefixed.json.items).toEqual(json.items);

		const etag = headers['etag'];
		expect(etag).toMatch(/^"[\w-]+"$/);
		const unchanged = await request.get(`/open-data/v1/${dataset}.json`, {
			headers: { 'if-none-match': etag }
		});
		expect(unchanged.status()).toBe(304);
		expect(await unchanged.body()).toHaveLength(0);
		const head = await request.head(`/open-data/v1/${dataset}.json`);
		expect(head.status()).toBe(200);
		expect(head.headers()['access-control-allow-origin']).toBe('*');
	}

	// Read-only: any other method is refused (with a same-origin Origin, past the CSRF check).
	const post = await request.post('/open-data/v1/projects.json', {
		headers: { origin },
		data: '{}'
	});
	expect(post.status()).toBe(405);
	expect(post.headers()['allow']).toBe('GET, HEAD');
});

test('WIR’s indicators in the file are the numbers of project_outcomes (9 events, 16 mobilities); SOLID’s computed ones too', async ({
	request
}) => {
	const { items } = await readAll(request, 'indicators');
	const fileOf = (slug: string) => {
		const item = (items as IndicatorsItem[]).find((i) => i.project.slug === slug);
		expect(item, `${slug} is in the file`).toBeDefined();
		return item!.indicators.map((i) => ({
			code: i.code,
			partner: i.partner,
			planned: i.planned,
			achieved: i.achieved,
			source: i.source
		}));
	};
	const databaseOf = async (slug: string) => {
		const [{ outcomes }] = await sql<{ outcomes: { indicators: Array<Record<string, unknown>> } }>(
			`select public.project_outcomes(id) as outcomes from public.projects where slug = $1`,
			[slug]
		);
		return outcomes.indicators.map((i) => ({
			code: i.code,
			partner: i.organisation_name,
			planned: Number(i.planned),
			achieved: i.achieved === null ? null : Number(i.achieved),
			source: i.source
		}));
	};
	for (const slug of ['wir', 'solid', 'young-neets'])
		expect(fileOf(slug)).toEqual(await databaseOf(slug));

	const wir = fileOf('wir');
	// Nobody recorded who came at SOLID's five meetings: its people are those registered, and the file says so.
	expect((items as IndicatorsItem[]).find((i) => i.project.slug === 'solid')).toMatchObject({
		participants_counted: 'registered',
		events_held: 5,
		events_attended: 0
	});
	expect(wir.find((i) => i.code === 'international_events')).toMatchObject({
		planned: 9,
		achieved: 9
	});
	expect(wir.find((i) => i.code === 'staff_mobilities')).toMatchObject({
		planned: 16,
		achieved: 16,
		partner: 'Daugavpils valstspilsētas pašvaldība'
	});
	const solid = fileOf('solid');
	expect(solid.find((i) => i.code === 'international_events')).toMatchObject({
		achieved: 5,
		source: 'computed'
	});
	expect(solid.find((i) => i.code === 'staff_mobilities')).toMatchObject({
		achieved: 15,
		source: 'computed'
	});
});

test('a signed-in coordinator gets the same records as anyone, and neither gets drafts, partner-only events or documents, or unpublished texts', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	const tag = randomUUID().slice(0, 8);
	const secret = `not-public-${tag}`;
	const text = (value: string) => ({ en: { text: value, status: 'original' } });

	// A draft project of the coordinator, with a planned result.
	const draftSlug = `open-data-draft-${tag}`;
	await sql(`insert into public.projects (slug, title, is_published) values ($1, $2, false)`, [
		draftSlug,
		text(`Draft ${secret}`)
	]);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select id, $2, 'lead_partner' from public.projects where slug = $1`,
		[draftSlug, DAUGAVPILS]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role) select id, $2, $3, 'coordinator' from public.projects where slug = $1`,
		[draftSlug, COORDINATOR, DAUGAVPILS]
	);
	await sql(
		`insert into public.project_indicators (project_id, code, planned) select id, 'indirect_participants', 4321 from public.projects where slug = $1`,
		[draftSlug]
	);
	// A partner-only event of Young NEETs, whose coordinator the demo coordinator is.
	const eventSlug = `open-data-partners-${tag}`;
	await sql(
		`insert into public.events (slug, kind, title, venue_city, venue_country, time_zone, starts_local, ends_local, visibility)
		 values ($1, 'partner_meeting', $2, 'Faenza', 'IT', 'Europe/Rome', '2027-03-01 10:00', '2027-03-01 16:00', 'partners')`,
		[eventSlug, text(`Steering group ${secret}`)]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select $2, id from public.events where slug = $1`,
		[eventSlug, YOUNG_NEETS]
	);
	// A partner-only document of Young NEETs.
	await sql(
		`insert into public.documents (project_id, title, kind, visibility, created_by) values ($1, $2, 'report', 'partners', $3)`,
		[YOUNG_NEETS, text(`Internal report ${secret}`), COORDINATOR]
	);
	// A practice published in English, with a Latvian draft and a German text submitted for review,
	// and one whose only language is still a draft.
	const practiceSlug = `open-data-practice-${tag}`;
	const [{ id: practiceId }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, project_id, country) values ($1, $2, $3, 'LV') returning id`,
		[practiceSlug, DAUGAVPILS, SOLID]
	);
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary) values
		 ($1, 'en', 'original', $2, 'Published summary.'), ($1, 'lv', 'reviewed', $3, $3), ($1, 'de', 'reviewed', $4, $4)`,
		[practiceId, `Published practice ${tag}`, `Melnraksts ${secret}`, `Eingereicht ${secret}`]
	);
	await sql(
		`update public.practice_texts set state = 'published' where practice_id = $1 and locale = 'en'`,
		[practiceId]
	);
	await sql(
		`update public.practice_texts set state = 'submitted' where practice_id = $1 and locale = 'de'`,
		[practiceId]
	);
	await sql(
		`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
		 select practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, version
		 from public.practice_texts where practice_id = $1 and locale = 'en'`,
		[practiceId]
	);
	const draftPracticeSlug = `open-data-unpublished-${tag}`;
	const [{ id: draftPracticeId }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, country) values ($1, $2, 'LV') returning id`,
		[draftPracticeSlug, DAUGAVPILS]
	);
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary) values ($1, 'en', 'original', $2, $2)`,
		[draftPracticeId, `Draft practice ${secret}`]
	);

	// The coordinator's session does see the draft and the partner-only event on the site.
	await signIn(page, DEMO.coordinator);
	expect((await page.goto(`/en/projects/${draftSlug}`))?.status()).toBe(200);
	expect((await page.goto(`/en/events/${eventSlug}`))?.status()).toBe(200);

	// Other tests may add public records meanwhile: compare reads taken one right after the other.
	await expect(async () => {
		for (const dataset of DATASETS) {
			const anonymous = await readAll(request, dataset);
			const signedIn = await readAll(page.request, dataset);
			expect(signedIn.items, `${dataset}: the same records signed in`).toEqual(anonymous.items);
			// The anonymous copy comes compressed, its tag naming the encoding too (`"…-br"`).
			expect(signedIn.etags, `${dataset}: the same content tag signed in`).toEqual(
				anonymous.etags.map((tag) => tag.replace(/-(br|gzip)"$/, '"'))
			);
		}
	}).toPass({ timeout: 30_000 });

	const everything = (await Promise.all(DATASETS.map((d) => readAll(page.request, d))))
		.flatMap((r) => r.bodies)
		.join('\n');
	expect(everything).not.toContain(secret);
	expect(everything).not.toContain(draftSlug);
	expect(everything).not.toContain(eventSlug);
	expect(everything).not.toContain(draftPracticeSlug);
	// No collections (the seed's partner-only one among them) and no documents or files at all.
	// (Its title is also the start of a published practice's title: its introductions tell.)
	const [collection] = await sql<{ en: string; lv: string }>(
		`select introduction->'en'->>'text' as en, introduction->'lv'->>'text' as lv from public.collections where slug = 'communicating-with-citizens' and visibility = 'partners'`
	);
	expect(everything).not.toContain(JSON.stringify(collection.en).slice(1, -1));
	expect(everything).not.toContain(JSON.stringify(collection.lv).slice(1, -1));
	expect(everything).not.toContain('/collections/');
	expect(everything).not.toContain('/files/');
	expect(everything).not.toMatch(/@[\w-]+\.example/);

	const practices = (await readAll(page.request, 'practices')).items;
	const practice = practices.find((p) => p.slug === practiceSlug) as
		{ texts: Record<string, { title: string }> } | undefined;
	expect(practice, 'the published practice is in the file').toBeDefined();
	expect(Object.keys(practice!.texts)).toEqual(['en']);
	expect(practice!.texts.en.title).toBe(`Published practice ${tag}`);
	// The seed's HOP! practice: Latvian published, English submitted and waiting for review.
	const hop = practices.find((p) => p.slug === 'hop-volunteering-in-the-municipality') as {
		texts: Record<string, unknown>;
	};
	expect(Object.keys(hop.texts)).toEqual(['lv']);
	const [{ title: submittedTitle }] = await sql<{ title: string }>(
		`select t.title from public.practice_texts t join public.practices p on p.id = t.practice_id where p.slug = 'hop-volunteering-in-the-municipality' and t.locale = 'en'`
	);
	expect(everything).not.toContain(submittedTitle);
});

test('a page holds at most its page size however many records there are; following next (or the Link header) reaches every record once', async ({
	request
}) => {
	const tag = randomUUID().slice(0, 8);
	const many = 130;
	await sql(
		`insert into public.projects (slug, title, is_published)
		 select 'open-data-many-${tag}-' || lpad(n::text, 3, '0'), jsonb_build_object('en', jsonb_build_object('text', 'Many ' || n, 'status', 'original')), true
		 from generate_series(1, $1::int) as n`,
		[many]
	);
	try {
		// Other tests may add public projects meanwhile, shifting the pages: read them again if so.
		await expect(async () => {
			const seen: string[] = [];
			let path: string | null = '/open-data/v1/projects.json';
			let pages = 0;
			while (path) {
				const { response, json } = await read(request, path);
				pages++;
				expect(json.page_size).toBe(100);
				expect(json.items.length).toBeLessThanOrEqual(json.page_size);
				seen.push(...json.items.map((item) => item.slug as string));
				// The neighbours in the Link header are those of the envelope.
				const links = response.headers()['link'] ?? '';
				expect(links.includes(`<${json.next}>; rel="next"`), links).toBe(json.next !== null);
				expect(links.includes(`<${json.previous}>; rel="prev"`), links).toBe(
					json.previous !== null
				);
				if (json.next) expect(json.items.length).toBe(json.page_size);
				path = json.next ? new URL(json.next).pathname + new URL(json.next).search : null;
			}
			expect(pages).toBeGreaterThanOrEqual(2);
			expect(new Set(seen).size, 'no record twice').toBe(seen.length);
			expect(seen.filter((slug) => slug.startsWith(`open-data-many-${tag}-`))).toHaveLength(many);
		}).toPass({ timeout: 30_000 });
	} finally {
		await sql(`delete from public.projects where slug like $1`, [`open-data-many-${tag}-%`]);
	}
});

test('bad page numbers get a 400 in JSON with a reason, never a 500; a page after the last is empty', async ({
	request
}) => {
	for (const value of ['abc', '-1', '0', '1.5', '1e3', '', '%201', '1000000', '2&page=3']) {
		const response = await request.get(`/open-data/v1/events.json?page=${value}`);
		expect(response.status(), `page=${value}`).toBe(400);
		expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
		expect(response.headers()['access-control-allow-origin']).toBe('*');
		const body = await response.json();
		expect(body.status).toBe(400);
		expect(body.error).toMatch(/page parameter/);
	}
	const { json } = await read(request, '/open-data/v1/projects.json?page=99999');
	expect(json).toMatchObject({ page: 99999, items: [], next: null });
	expect(json.previous).toMatch(/\/open-data\/v1\/projects\.json$/);

	const unknown = await request.get('/open-data/v1/budgets.json');
	expect(unknown.status()).toBe(404);
	expect((await unknown.json()).error).toContain('projects, events, practices, indicators');
});

test('the documentation explains the files in English and Latvian, and the footer leads to it', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await page.goto('/en');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Open data (JSON)' }).click();
	await expect(page).toHaveURL(/\/en\/open-data$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
	for (const dataset of DATASETS) {
		await expect(
			page.getByRole('link', { name: `${origin}/open-data/v1/${dataset}.json` })
		).toHaveAttribute('href', `/open-data/v1/${dataset}.json`);
	}
	await expect(page.getByRole('region', { name: 'Indicators: indicators.json' })).toContainText(
		'Staff mobilities'
	);
	await page.screenshot({ path: '/tmp/opendata-en.png', fullPage: true });
	await expectNoViolations(page, 'en');

	await page.goto('/lv');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Atvērtie dati (JSON)' }).click();
	await expect(page).toHaveURL(/\/lv\/open-data$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atvērtie dati');
	await expect(page.getByRole('heading', { name: 'Tikai publiskie ieraksti' })).toBeVisible();
	await page.screenshot({ path: '/tmp/opendata-lv.png', fullPage: true });
	await expectNoViolations(page, 'lv');

	await page.setViewportSize({ width: 320, height: 640 });
	await page.screenshot({ path: '/tmp/opendata-lv-320.png', fullPage: true });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);

	// The link on the page opens the file itself.
	await page.goto('/en/open-data');
	const file = await page.request.get(
		(await page
			.getByRole('link', { name: `${origin}/open-data/v1/projects.json` })
			.getAttribute('href')) ?? ''
	);
	expect((await file.json()).dataset).toBe('projects');
});
