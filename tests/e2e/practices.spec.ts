// Good practices: a partner writes one in Polish, the coordinator translates it side by side and
// publishes each language, visitors find it without typing diacritics and follow it in a feed.
// Writers alone see drafts; approvers alone publish; what partners write never runs as script.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { validate } from '../support/atom.ts';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const LESZNO = '0a000000-0000-4000-8000-000000000004';
const SMALL_SCALE = '0b000000-0000-4000-8000-000000000002';

/** Posts a form as the page's browser would without JavaScript (same origin, its cookies, asking for HTML). */
async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

/** A practice of Leszno from the small-scale partnership, straight in the database, published in Polish if asked. */
async function practice(
	texts: Record<string, string>,
	options: { publish?: boolean; title?: string; locale?: string } = {}
): Promise<string> {
	const slug = `practice-${randomUUID().slice(0, 8)}`;
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, project_id, country) values ($1, $2, $3, 'PL') returning id`,
		[slug, LESZNO, SMALL_SCALE]
	);
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, results)
		 values ($1, $6, 'original', $2, $3, $4, $5, $7)`,
		[
			id,
			options.title ?? 'Praktyka testowa',
			texts.summary ?? '',
			texts.context ?? '',
			texts.actions ?? '',
			options.locale ?? 'pl',
			texts.results ?? ''
		]
	);
	if (options.publish) {
		await sql(
			`update public.practice_texts set state = 'published', version = 2 where practice_id = $1`,
			[id]
		);
		await sql(
			`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
			 select practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, version
			 from public.practice_texts where practice_id = $1`,
			[id]
		);
	}
	return slug;
}

test('a Leszno editor writes in Polish, the coordinator translates and publishes, visitors find it without diacritics', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const title = `Centrum wolontariatu ${randomUUID().slice(0, 6)}`;
	const latvianTitle = `Brīvprātīgo centrs ${randomUUID().slice(0, 6)}`;
	const englishTitle = `Volunteer centre ${randomUUID().slice(0, 6)}`;

	// The partner editor from Leszno writes the original and submits it.
	const newPage = async () => (await browser.newContext()).newPage();
	const leszno = await newPage();
	await signIn(leszno, DEMO.lesznoEditor);
	await leszno.goto('/en/practices');
	await leszno.getByRole('link', { name: 'Write a practice' }).click();
	await leszno
		.getByLabel('Organisation that did it')
		.selectOption({ label: 'Fundacja Centrum Aktywności Twórczej (PL)' });
	await leszno
		.getByLabel(/Joint project it came from/)
		.selectOption({ label: 'Small-scale partnership – big step forward' });
	await leszno.getByLabel('Language you write in').selectOption('pl');
	await leszno.getByLabel('Title').fill(title);
	await leszno.getByRole('button', { name: 'Start writing' }).click();
	await expect(leszno).toHaveURL(/\/en\/practices\/centrum-wolontariatu-[a-z0-9-]+\/edit\/pl$/);
	const slug = new URL(leszno.url()).pathname.split('/')[3];
	await leszno.getByLabel('Summary').fill('Wolontariusze z całej Europy pracują w mieście.');
	await leszno
		.getByLabel('The problem and its context')
		.fill('Organizacje potrzebowały wsparcia.\n\n## Jak zaczęliśmy\n- spotkania\n- szkolenia');
	await leszno.getByLabel('What was done').fill('Centrum łączy wolontariuszy z organizacjami.');
	await leszno.getByLabel('Results and evidence').fill('200 wolontariuszy w pierwszym roku.');
	await leszno.getByRole('button', { name: 'Save and submit for review' }).click();
	await expect(leszno.getByText('Submitted: the approvers will review it.')).toBeVisible();
	// Not an approver: no publish button, and the practice is not public yet.
	await expect(leszno.getByRole('button', { name: /publish/ })).toHaveCount(0);
	const visitor = await newPage();
	expect((await visitor.goto(`/en/practices/${slug}`))!.status()).toBe(404);

	// The Daugavpils coordinator translates into Latvian with the Polish original beside each field.
	const coordinator = await newPage();
	await signIn(coordinator, DEMO.coordinator, undefined, 'lv');
	await coordinator.goto(`/lv/practices/${slug}/edit`);
	await expect(coordinator.getByRole('cell', { name: 'Iesniegts pārskatīšanai' })).toBeVisible();
	await coordinator.getByLabel('Tulkot valodā').selectOption('lv');
	await coordinator.getByRole('button', { name: 'Sākt tulkojumu' }).click();
	await expect(coordinator).toHaveURL(new RegExp(`/lv/practices/${slug}/edit/lv$`));
	await expect(coordinator.locator('.reference[lang="pl"]').first()).toContainText(title);
	await expect(
		coordinator.locator('.reference[lang="pl"] h3', { hasText: 'Jak zaczęliśmy' })
	).toBeVisible();
	await coordinator.getByLabel('Nosaukums').fill(latvianTitle);
	await coordinator
		.getByLabel('Kopsavilkums')
		.fill('Brīvprātīgie no visas Eiropas strādā pilsētā.');
	await coordinator.getByLabel('Problēma un konteksts').fill('Organizācijām vajadzēja atbalstu.');
	await coordinator
		.getByLabel('Kas tika darīts')
		.fill('Centrs savieno brīvprātīgos ar organizācijām.');
	await coordinator.getByLabel('Rezultāti un pierādījumi').fill('200 brīvprātīgo pirmajā gadā.');
	await coordinator.getByRole('button', { name: /Saglabāt un publicēt/ }).click();
	await expect(coordinator.getByText('Publicēts: lasītāji tagad redz šo tekstu.')).toBeVisible();

	// … then into English, and publishes the Polish original as submitted.
	await coordinator.goto(`/lv/practices/${slug}/edit/en`);
	await coordinator.getByLabel('Nosaukums').fill(englishTitle);
	await coordinator
		.getByLabel('Kopsavilkums')
		.fill('Volunteers from all over Europe work in the town.');
	await coordinator.getByLabel('Problēma un konteksts').fill('Organisations needed support.');
	await coordinator
		.getByLabel('Kas tika darīts')
		.fill('The centre matches volunteers with organisations.');
	await coordinator
		.getByLabel('Rezultāti un pierādījumi')
		.fill('200 volunteers in the first year.');
	await coordinator.getByRole('button', { name: /Saglabāt un publicēt/ }).click();
	await expect(coordinator.getByText('Publicēts: lasītāji tagad redz šo tekstu.')).toBeVisible();
	await coordinator.goto(`/lv/practices/${slug}/edit/pl`);
	await coordinator.getByRole('button', { name: /Saglabāt un publicēt/ }).click();
	await expect(coordinator.getByText('Publicēts: lasītāji tagad redz šo tekstu.')).toBeVisible();
	const history = await sql<{ locale: string; action: string; changed_by: string }>(
		`select h.locale, h.action, h.changed_by from public.practice_text_history as h join public.practices as p on p.id = h.practice_id
		 where p.slug = $1 order by h.id`,
		[slug]
	);
	expect(
		history
			.filter((h) => h.action === 'published')
			.map((h) => h.locale)
			.sort()
	).toEqual(['en', 'lv', 'pl']);
	expect(history.find((h) => h.action === 'submitted')?.changed_by).toBe(
		'0c000000-0000-4000-8000-000000000004'
	);

	// A visitor searching in Latvian without diacritics finds it, in Latvian.
	await visitor.goto('/lv/practices?q=brivpratigie');
	await expect(visitor.getByRole('link', { name: latvianTitle })).toBeVisible();
	await visitor.getByRole('link', { name: latvianTitle }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: latvianTitle })).toBeVisible();
	await expect(visitor.locator('article')).toHaveAttribute('lang', 'lv');
	await expectNoViolations(visitor, 'lv');
	// Swedish has no translation: the page says which language it shows instead.
	await visitor.goto(`/en/practices/${slug}?lang=sv`);
	await expect(visitor.getByRole('heading', { level: 1, name: englishTitle })).toBeVisible();
	await visitor.goto(`/en/practices/${slug}?lang=pl`);
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(visitor.getByText('shown in Polish, the original')).toBeVisible();

	// The Latvian feed has it, and is valid Atom.
	const feed = await visitor.request.get(`${baseURL}/lv/practices/feed.atom`);
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	const xml = await feed.text();
	expect(xml).toContain(latvianTitle);
	expect(xml).not.toContain(title);
	expect(await validate(xml)).toEqual({ valid: true, errors: [] });

	// Daugavpils starts to adopt it; the transfer shows on the practice and on both organisations.
	await coordinator.goto(`/en/practices/${slug}`);
	await coordinator.getByRole('link', { name: 'Adopt this practice' }).click();
	await coordinator
		.getByLabel('Adopting organisation')
		.selectOption({ label: 'Daugavpils valstspilsētas pašvaldība (LV)' });
	await coordinator.getByRole('button', { name: 'Start the transfer' }).click();
	await expect(coordinator.getByRole('heading', { level: 1 })).toBeVisible();
	for (const path of [
		`/en/practices/${slug}`,
		'/en/organisations/daugavpils-city-council',
		'/en/organisations/fundacja-centrum-aktywnosci-tworczej',
		'/en/projects/small-scale-partnership'
	]) {
		await visitor.goto(path);
		const transfers = visitor.locator('section[aria-labelledby="transfers"]');
		// The practice's own page leaves out its name; the others name it, in English.
		const row = path.includes('/practices/')
			? transfers.getByRole('row').filter({ hasText: 'Daugavpils valstspilsētas pašvaldība' })
			: transfers.getByRole('row').filter({ hasText: englishTitle });
		await expect(row).toHaveCount(1);
	}
	for (const page of [leszno, coordinator, visitor]) await page.context().close();
});

test('writing and reviewing pages pass axe, in both languages', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, DEMO.coordinator);
	for (const locale of ['en', 'lv']) {
		for (const path of [
			'/practices/new',
			'/practices/leszno-volunteer-centre/edit',
			'/practices/leszno-volunteer-centre/edit/lv',
			'/practices/leszno-volunteer-centre/edit/de',
			'/practices/leszno-volunteer-centre/history'
		]) {
			await page.goto(`/${locale}${path}`);
			await expectNoViolations(page, locale);
		}
	}
});

test('language names written in their own language carry their lang in the editor and its history', async ({
	page
}) => {
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/practices/leszno-volunteer-centre/edit');
	const parts = page.getByRole('navigation', { name: 'Parts of the practice editor' });
	await expect(parts.getByRole('link', { name: 'Polski' })).toHaveAttribute('lang', 'pl');
	await expect(parts.getByRole('link', { name: 'History' })).not.toHaveAttribute('lang', /./);
	await page.goto('/en/practices/leszno-volunteer-centre/history');
	await expect(page.getByRole('cell', { name: 'Polski', exact: true }).first()).toHaveAttribute(
		'lang',
		'pl'
	);
});

test('a double-clicked publish publishes once', async ({ page }) => {
	// Every required section written (20261206120100_practice_required_sections.sql).
	const slug = await practice({
		summary: 'Raz',
		context: 'Kontekst',
		actions: 'Działania',
		results: 'Wyniki'
	});
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/practices/${slug}/edit/pl`);
	const fields = {
		version: '1',
		title: 'Praktyka testowa',
		summary: 'Raz',
		context: 'Kontekst',
		actions: 'Działania',
		resources: '',
		results: 'Wyniki',
		lessons: '',
		transfer: ''
	};
	const action = `/en/practices/${slug}/edit/pl?/publish`;
	const [first, second] = [await post(page, action, fields), await post(page, action, fields)];
	expect([first.status(), second.status()]).toEqual([303, 303]);
	expect(first.headers().location).toContain('published=1');
	expect(second.headers().location).toContain('published=0');
	const published = await sql(
		`select 1 from public.practice_text_history as h join public.practices as p on p.id = h.practice_id where p.slug = $1 and h.action = 'published'`,
		[slug]
	);
	expect(published).toHaveLength(1);
	await page.goto(second.headers().location);
	await expect(
		page.getByText('This text was published already; nothing more was done.')
	).toBeVisible();
});

test('another organisation cannot edit or publish, and visitors are sent to sign in', async ({
	page
}) => {
	const slug = await practice({ summary: 'Tylko dla piszących' });
	await page.goto(`/en/practices/${slug}/edit`);
	await expect(page).toHaveURL(/\/en\/sign-in/);

	await signIn(page, DEMO.faenzaEditor);
	// A draft of someone else is not there at all; a published practice is there, but not theirs.
	expect((await page.goto(`/en/practices/${slug}/edit`))!.status()).toBe(404);
	expect((await page.goto('/en/practices/leszno-volunteer-centre/edit'))!.status()).toBe(403);
	expect((await page.goto('/en/practices/leszno-volunteer-centre/history'))!.status()).toBe(403);
	await page.goto('/en/practices/leszno-volunteer-centre');
	await expect(page.getByRole('link', { name: 'Edit this practice' })).toHaveCount(0);
	const before = await sql(
		`select t.title, t.version from public.practice_texts as t join public.practices as p on p.id = t.practice_id where p.slug = 'leszno-volunteer-centre' order by locale`
	);
	const forged = await post(page, '/en/practices/leszno-volunteer-centre/edit/en?/save', {
		version: '3',
		title: 'Taken over',
		summary: ''
	});
	expect(forged.status()).toBe(403);
	const unpublish = await post(page, '/en/practices/leszno-volunteer-centre/edit/en?/unpublish', {
		version: '3'
	});
	expect(unpublish.status()).toBe(403);
	expect(
		await sql(
			`select t.title, t.version from public.practice_texts as t join public.practices as p on p.id = t.practice_id where p.slug = 'leszno-volunteer-centre' order by locale`
		)
	).toEqual(before);

	// The Leszno editor writes, but only the project's coordinators publish.
	await page.context().clearCookies();
	await signIn(page, DEMO.lesznoEditor);
	await page.goto(`/en/practices/${slug}/edit/pl`);
	const refused = await post(page, `/en/practices/${slug}/edit/pl?/publish`, {
		version: '1',
		title: 'Praktyka testowa',
		summary: 'Tylko dla piszących'
	});
	expect(refused.status()).toBe(403);
	expect(
		await sql(
			`select 1 from public.practice_publications as pp join public.practices as p on p.id = pp.practice_id where p.slug = $1`,
			[slug]
		)
	).toHaveLength(0);
});

test('bad input gets a message in the writer’s language and loses nothing', async ({ page }) => {
	const slug = await practice({ summary: 'Start' });
	await signIn(page, DEMO.lesznoEditor, undefined, 'lv');
	await page.goto(`/lv/practices/${slug}/edit/pl`);

	// Over-long text: refused with a message, and all of it still in the field to shorten.
	const long = 'a'.repeat(20_001);
	await page.getByLabel('Kas tika darīts').fill(long);
	await page.getByLabel('Nosaukums').fill('');
	await page.getByRole('button', { name: 'Saglabāt melnrakstu' }).click();
	await expect(
		page.getByText('Dažiem laukiem jāpievērš uzmanība — skatiet paziņojumus zemāk.')
	).toBeVisible();
	await expect(page.locator('#actions-error')).toContainText(/20\s000/);
	await expect(page.getByLabel('Kas tika darīts')).toHaveValue(long);
	await expect(page.locator('#title-error')).toBeVisible();

	// A picture without a description and a javascript: link: saved, but not submitted.
	await page
		.getByLabel('Kas tika darīts')
		.fill('![](https://example.org/photo.jpg)\n\n[kliknij](javascript:alert(1))');
	await page.getByLabel('Nosaukums').fill('Praktyka testowa');
	await page.getByRole('button', { name: 'Saglabāt un iesniegt pārskatīšanai' }).click();
	await expect(page.getByText('Jūsu teksts ir saglabāts, bet to nevar virzīt tālāk')).toBeVisible();
	await expect(
		page.getByText(/attēls bez apraksta \(https:\/\/example\.org\/photo\.jpg\)/)
	).toBeVisible();
	await expect(page.getByText(/javascript:alert\(1\) nav adrese/)).toBeVisible();
	const [saved] = await sql<{ actions: string; state: string }>(
		`select t.actions, t.state from public.practice_texts as t join public.practices as p on p.id = t.practice_id where p.slug = $1`,
		[slug]
	);
	expect(saved).toEqual({
		actions: '![](https://example.org/photo.jpg)\n\n[kliknij](javascript:alert(1))',
		state: 'draft'
	});

	// A language that is not a content language, and a forged details form.
	expect((await page.goto(`/lv/practices/${slug}/edit/xx`))!.status()).toBe(404);
	await page.goto(`/lv/practices/${slug}/edit`);
	const forged = await post(page, `/lv/practices/${slug}/edit?/details`, {
		version: '1',
		country: 'PL',
		themes: 'witchcraft'
	});
	expect(forged.status()).toBe(400);
	await page.getByLabel('Attēla adrese (https, nav obligāti)').fill('http://example.org/a.jpg');
	await page.getByRole('button', { name: 'Saglabāt datus' }).click();
	await expect(page.getByText('Attēla adresei jāsākas ar https://')).toBeVisible();
	await expect(page.getByText('Aprakstiet attēlu tiem, kas to nevar redzēt.')).toBeVisible();
});

test('without JavaScript, the editor shows the saved text and a preview', async ({ browser }) => {
	const slug = await practice({ summary: 'Zapisany skrót', context: 'Zapisany kontekst' });
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, DEMO.lesznoEditor);
	await page.goto(`/en/practices/${slug}/edit/pl`);
	await expect(page.getByLabel('Summary')).toHaveValue('Zapisany skrót');
	await expect(page.getByLabel('The problem and its context')).toHaveValue('Zapisany kontekst');
	await page.getByLabel('What was done').fill('## Krok\n**ważne**');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.locator('.preview h3', { hasText: 'Krok' })).toBeVisible();
	await expect(page.locator('.preview strong', { hasText: 'ważne' })).toBeVisible();
	await expect(page.getByLabel('What was done')).toHaveValue('## Krok\n**ważne**');
	await context.close();
});

// Payloads from the usual XSS lists, as Markdown, inline HTML and links, each of which would set
// window.__xss (or open a dialog) if it ever ran.
const PAYLOADS = [
	'<script>window.__xss = 1</script>',
	'<img src=x onerror="window.__xss = 2">',
	'<svg onload="window.__xss = 3"></svg>',
	'[click](javascript:window.__xss=4)',
	'[click](JaVaScRiPt:window.__xss=5)',
	'[click](java\tscript:window.__xss=6)',
	'![x](javascript:window.__xss=7)',
	'[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9ODwvc2NyaXB0Pg==)',
	'<a href="javascript:window.__xss=9">click</a>',
	'<iframe src="javascript:window.__xss=10"></iframe>',
	'<details open ontoggle="window.__xss=11">',
	'"><script>window.__xss=12</script>',
	'[a](https://example.org "x\\" onmouseover=\\"window.__xss=13")',
	'<style>body{background:url("javascript:window.__xss=14")}</style>',
	'<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=15">',
	'`<script>window.__xss=16</script>`'
];

test('what partners write never runs as script on the page, the list or in the feed', async ({
	page,
	baseURL
}) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const marker = `xss-${randomUUID().slice(0, 6)}`;
	const slug = await practice(
		{
			summary: `${marker} <script>window.__xss = 0</script>`,
			context: PAYLOADS.join('\n\n'),
			actions: PAYLOADS.reverse().join(' ')
		},
		{ publish: true, title: `${marker} <img src=x onerror="window.__xss=99">`, locale: 'en' }
	);
	await page.goto(`/en/practices/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(marker);
	await page
		.locator('article a')
		.first()
		.hover()
		.catch(() => undefined);
	await page.goto(`/en/practices?q=${marker}`);
	await expect(page.getByRole('link', { name: new RegExp(marker) })).toBeVisible();
	await page.goto(`/en/practices/${slug}`);
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
	// Nothing active in what was rendered: no scripts, handlers, frames or script addresses.
	const active = await page.locator('article').evaluate((article) => ({
		scripts: article.querySelectorAll('script, iframe, svg, math, style, details').length,
		handlers: [...article.querySelectorAll('*')].flatMap((el) =>
			[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
		),
		addresses: [...article.querySelectorAll('.prose [href], .prose [src]')]
			.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
			.filter((url) => !/^https?:/.test(url))
	}));
	expect(active).toEqual({ scripts: 0, handlers: [], addresses: [] });
	// The English feed carries the payloads as escaped text: valid, and no markup of theirs in it.
	const feed = await (await page.request.get(`${baseURL}/en/practices/feed.atom`)).text();
	const entry = feed.split('<entry>').find((e) => e.includes(marker)) ?? '';
	// What a feed reader renders: the entry's HTML, unescaped once from the XML.
	const html = (entry.match(/<content type="html">([^<]*)<\/content>/)?.[1] ?? '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&');
	expect(html).toContain('<h2>');
	// Parsed as a reader would parse it: only harmless elements, no handlers, only web addresses.
	const parsed = await page.evaluate((markup) => {
		const doc = new DOMParser().parseFromString(markup, 'text/html');
		const all = [...doc.body.querySelectorAll('*')];
		return {
			tags: [...new Set(all.map((el) => el.tagName.toLowerCase()))].sort(),
			handlers: all.flatMap((el) =>
				[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)
			),
			addresses: all
				.map((el) => el.getAttribute('href') ?? el.getAttribute('src'))
				.filter((url) => url !== null && !/^https?:/.test(url))
		};
	}, html);
	expect(parsed).toEqual({ tags: ['a', 'code', 'h2', 'p'], handlers: [], addresses: [] });
	expect(await validate(feed)).toEqual({ valid: true, errors: [] });
});

test('shared pages carry Open Graph metadata', async ({ page }) => {
	await page.goto('/lv/practices/leszno-volunteer-centre');
	const meta = (property: string) =>
		page.locator(`meta[property="${property}"]`).getAttribute('content');
	expect(await meta('og:type')).toBe('article');
	expect(await meta('og:title')).toBe(await page.getByRole('heading', { level: 1 }).textContent());
	expect(await meta('og:url')).toMatch(/\/lv\/practices\/leszno-volunteer-centre$/);
	expect((await meta('og:description'))?.length).toBeGreaterThan(20);
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
		await meta('og:url')
	);
});

test('a title with a very long word wraps in the list at 320 px instead of widening the page', async ({
	page
}) => {
	const word = `Wolontariat${'a'.repeat(60)}${randomUUID().slice(0, 6)}`;
	await practice(
		{ summary: 'https://example.org/a/very/long/address/without/any/place/to/break' },
		{ publish: true, title: word }
	);
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(`/en/practices?q=${word}`);
	await expect(page.getByRole('link', { name: word })).toBeVisible();
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
});

test('practices are filtered by organisation and project found by name, without JavaScript', async ({
	browser,
	baseURL
}) => {
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await page.goto('/en/practices');
	await expect(page.locator('select[name=organisation], select[name=project]')).toHaveCount(0);
	// The project by part of its title: one match, chosen at once.
	await page.getByRole('searchbox', { name: 'Project' }).fill('young neets');
	await page.getByRole('button', { name: 'Show practices' }).click();
	await expect(page).toHaveURL(/\/en\/practices\?project=young-neets$/);
	await expect(page.getByRole('group', { name: 'Project' })).toContainText('Young NEETs');
	await expect(
		page.locator('a[href="/en/practices/young-neets-dialogue-with-the-council"]')
	).toBeVisible();

	// Then an organisation, kept beside it: the practice's own organisation, and one without any.
	await page.getByRole('searchbox', { name: 'Organisation' }).fill('izglitibas parvalde');
	await page.getByRole('button', { name: 'Show practices' }).click();
	await expect(page).toHaveURL(/project=young-neets&organisation=daugavpils-education-board$/);
	await expect(
		page.locator('a[href="/en/practices/young-neets-dialogue-with-the-council"]')
	).toBeVisible();
	await page.goto('/en/practices?project=young-neets&organisation=municipality-of-alimos');
	await expect(page.getByRole('heading', { name: 'Practices found: 0' })).toBeVisible();
	await page
		.getByRole('group', { name: 'Project' })
		.getByRole('link', { name: 'Remove (Project)' })
		.click();
	await expect(page).toHaveURL(/\/en\/practices\?organisation=municipality-of-alimos$/);

	// Bad input: a name that matches nothing, a project that is not there.
	expect(
		(await page.goto('/en/practices?project_name=no%20such%20project%20anywhere'))?.status()
	).toBe(200);
	await expect(page.getByRole('status')).toHaveText(
		'No name here matches “no such project anywhere”. Type less of it, or spell it another way.'
	);
	expect((await page.goto('/en/practices?project=no-such-project'))?.status()).toBe(200);
	await expect(page.getByRole('status')).toContainText(
		'Nothing here has the address “no-such-project”'
	);
	await expect(page.getByRole('heading', { name: 'Practices found: 0' })).toBeVisible();
});

test('the approver finds an organisation that took part by part of its name, without JavaScript; the writer is offered none', async ({
	browser,
	baseURL
}) => {
	test.slow(); // three sign-ins, eight requests and axe on the whole editor
	const slug = await practice({ summary: 'Skrót' });
	const tag = randomUUID().slice(0, 8);
	// Two of the network's organisations with the tag in their names, one with diacritics.
	await sql(
		`insert into public.organisations (slug, name, kind, city, country) values
		   ($1, $2, 'ngo', 'Rīga', 'LV'), ($3, $4, 'association', 'Toruń', 'PL')`,
		[`zakusala-${tag}`, `Zaķusalas biedrība ${tag}`, `torun-${tag}`, `Toruński klub ${tag}`]
	);
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/practices/${slug}/edit`);
	// Nothing is offered before a name is typed: a network has thousands.
	await expect(page.getByLabel('Another organisation')).toHaveCount(0);

	await page.getByLabel('Find the organisation').fill(tag);
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	const answer = page.locator('#find-answer');
	await expect(answer.getByRole('status')).toHaveText(`Names that match “${tag}”: 2`);
	await expect(page.getByLabel('Another organisation').locator('option')).toHaveText([
		'Choose an organisation',
		`Toruński klub ${tag} (Toruń, Poland)`,
		`Zaķusalas biedrība ${tag} (Rīga, Latvia)`
	]);
	// Sent without a choice: refused with a message, and the matches are still there.
	await page.getByRole('button', { name: 'Add the organisation' }).click();
	await expect(page.getByRole('alert')).toHaveText('Please choose one of the options.');
	await expect(page.getByLabel('Another organisation').locator('option')).toHaveCount(3);
	await page
		.getByLabel('Another organisation')
		.selectOption({ label: `Zaķusalas biedrība ${tag} (Rīga, Latvia)` });
	await page.getByRole('button', { name: 'Add the organisation' }).click();
	await expect(
		page.getByRole('listitem').filter({ hasText: `Zaķusalas biedrība ${tag}` })
	).toHaveCount(1);

	// Once listed, it is no longer offered, and the approver is told why.
	await page.getByLabel('Find the organisation').fill(`zakusalas biedriba ${tag}`);
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(answer.getByRole('alert')).toHaveText(
		`Every organisation that matches “zakusalas biedriba ${tag}” is already listed as taking part.`
	);
	await expect(page.getByLabel('Another organisation')).toHaveCount(0);

	// The answer and the choice pass axe (which runs in the page: with JavaScript).
	const scripted = await (await browser.newContext({ baseURL })).newPage();
	await signIn(scripted, DEMO.coordinator);
	await scripted.goto(`/en/practices/${slug}/edit?find=${tag}`);
	await expect(scripted.getByLabel('Another organisation')).toHaveValue(/./);
	await expectNoViolations(scripted, 'en');

	// The writer, who does not approve, is offered no search, whatever the address asks.
	const writer = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await signIn(writer, DEMO.lesznoEditor);
	await writer.goto(`/en/practices/${slug}/edit?find=${tag}`);
	await expect(writer.getByLabel('Find the organisation')).toHaveCount(0);
	await expect(writer.getByText(`Toruński klub ${tag}`)).toHaveCount(0);
	// A forged adding is refused, and the page says why where it is announced.
	const [torun] = await sql<{ id: string }>(`select id from public.organisations where slug = $1`, [
		`torun-${tag}`
	]);
	const forged = await post(writer, `/en/practices/${slug}/edit?/addPartner`, {
		organisation: torun.id
	});
	expect(forged.status()).toBe(403);
	expect(await forged.text()).toMatch(
		/role="alert"[^>]*>\s*Naming an organisation puts the practice on its page: the approvers do it\./
	);

	await sql(`delete from public.practices where slug = $1`, [slug]);
	await sql(`delete from public.organisations where slug in ($1, $2)`, [
		`zakusala-${tag}`,
		`torun-${tag}`
	]);
});
