// Documents of results and press items, and images with their web-sized renditions: a partner
// uploads a photo for one of the project's results; visitors see it under that result with its
// thumbnail, open the web-sized copy in the page, and never reach a partner-only one. An image that
// cannot be read, or a result of another project, is refused and nothing is stored.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

test.describe.configure({ timeout: 120_000 });

const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const SMALL_SCALE = '0b000000-0000-4000-8000-000000000002';
const MANAGE = '/en/projects/young-neets/documents';

/** A result statement of the project, made for one test. */
async function addResult(project: string, text: string): Promise<string> {
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.project_results (project_id, statement, position) values ($1, $2, 90) returning id`,
		[
			project,
			{ en: { text, status: 'original' }, lv: { text: `${text} (LV)`, status: 'reviewed' } }
		]
	);
	return id;
}

/** A photo with a camera position in its EXIF, as phones take them. */
const photo = (width: number, height: number) =>
	sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 170 } } })
		.png()
		.withExif({
			IFD0: { Make: 'Test phone' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '55/1 52/1 30/1',
				GPSLongitudeRef: 'E',
				GPSLongitude: '26/1 31/1 0/1'
			}
		})
		.toBuffer();

const documentSection = (page: Page, title: string) =>
	page.locator('section.document', { has: page.getByRole('heading', { name: title, level: 2 }) });

async function addDocument(
	page: Page,
	title: string,
	partLabel: string | null,
	visibility = 'Everyone'
) {
	await page.goto(MANAGE);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Kind').selectOption({ label: 'Photo' });
	if (partLabel) await page.getByLabel('Belongs to').selectOption({ label: partLabel });
	await page.getByLabel(visibility).check();
	await page.getByRole('button', { name: 'Add document' }).click();
	await expect(page.getByRole('status')).toHaveText('Document added. Now upload its files.');
}

async function upload(
	page: Page,
	title: string,
	file: { name: string; mimeType: string; buffer: Buffer }
) {
	const section = documentSection(page, title);
	await section.getByLabel('Language of the file').selectOption({ label: 'Any language' });
	await section.getByLabel('File', { exact: true }).setInputFiles(file);
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('/upload')
	);
	await section.getByRole('button', { name: 'Upload file' }).click();
	return answer;
}

test('a partner adds a photo to a result; visitors see it under that result, with a thumbnail that opens the web-sized copy', async ({
	page,
	browser
}) => {
	const statement = `Volunteers trained ${randomUUID().slice(0, 8)}`;
	const title = `Training photo ${randomUUID().slice(0, 8)}`;
	const resultId = await addResult(YOUNG_NEETS, statement);
	await signIn(page, DEMO.faenzaEditor);
	await addDocument(page, title, statement);
	const section = documentSection(page, title);
	await expect(section.getByText(`Belongs to the result: ${statement}`)).toBeVisible();
	expect(
		(
			await upload(page, title, {
				name: 'training.png',
				mimeType: 'image/png',
				buffer: await photo(3000, 2000)
			})
		).status()
	).toBe(303);
	await expect(page.getByRole('status')).toHaveText('File saved.');
	await expectNoViolations(page, 'en');
	expect(
		await sql(
			`select result_id, press_item_id, project_id from public.documents where title -> 'en' ->> 'text' = $1`,
			[title]
		)
	).toEqual([{ result_id: resultId, press_item_id: null, project_id: YOUNG_NEETS }]);

	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto('/en/projects/young-neets');
	const result = visitor
		.getByRole('region', { name: 'Results', exact: true })
		.getByRole('listitem')
		.filter({ hasText: statement })
		.first();
	await expect(result.getByText(title)).toBeVisible();
	await expect(result.getByRole('link', { name: /^Download any language \(PNG, /i })).toBeVisible();
	// Listed under its result only, not among the project's own documents.
	await expect(visitor.getByRole('region', { name: 'Documents' }).getByText(title)).toHaveCount(0);

	const thumbnail = result.getByRole('img', { name: title });
	await thumbnail.scrollIntoViewIfNeeded();
	await expect(thumbnail).toHaveAttribute('width', '400');
	await expect(thumbnail).toHaveAttribute('height', '267');
	await expect(thumbnail).toHaveAttribute('loading', 'lazy');
	await expect
		.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBe(400);
	await expectNoViolations(visitor, 'en');

	// The web-sized copy, shown in the browser: WebP, inline, without the photo's EXIF.
	const web = await visitor.request.get(
		(await result.getByRole('link', { name: title }).getAttribute('href'))!
	);
	expect(web.status()).toBe(200);
	expect(web.headers()).toMatchObject({
		'content-type': 'image/webp',
		'content-disposition': `inline; filename="training-web.webp"; filename*=UTF-8''training-web.webp`,
		'x-content-type-options': 'nosniff',
		'cache-control': 'public, max-age=300'
	});
	const served = await sharp(await web.body()).metadata();
	expect({ width: served.width, height: served.height, exif: served.exif }).toEqual({
		width: 1600,
		height: 1067,
		exif: undefined
	});
	// The original is still a download, exactly as uploaded.
	const original = await visitor.request.get(
		(await result.getByRole('link', { name: /^Download/ }).getAttribute('href'))!
	);
	expect(original.headers()['content-disposition']).toMatch(/^attachment; filename="training.png"/);
	expect((await sharp(await original.body()).metadata()).exif).toBeDefined();

	await visitor.goto('/lv/projects/young-neets');
	await expect(
		visitor
			.getByRole('region', { name: 'Rezultāti', exact: true })
			.getByRole('img', { name: title })
	).toBeVisible();
	await expectNoViolations(visitor, 'lv');
	await visitor.context().close();
});

test("a partner-only image's renditions are found only by the partnership: 404 for everyone else", async ({
	page,
	browser
}) => {
	const title = `Internal photo ${randomUUID().slice(0, 8)}`;
	await signIn(page, DEMO.faenzaEditor);
	await addDocument(page, title, null, "The partnership only (the project's members)");
	expect(
		(
			await upload(page, title, {
				name: 'internal.png',
				mimeType: 'image/png',
				buffer: await photo(800, 600)
			})
		).status()
	).toBe(303);
	const [{ id }] = await sql<{ id: string }>(
		`select f.id from public.document_files as f join public.documents as d on d.id = f.document_id where d.title -> 'en' ->> 'text' = $1`,
		[title]
	);
	for (const size of ['thumb', 'web']) {
		const answer = await page.request.get(`/en/files/${id}?size=${size}`);
		expect(answer.status()).toBe(200);
		expect(answer.headers()['cache-control']).toBe('private, no-store');
	}
	await page.goto('/en/projects/young-neets');
	await expect(
		page.getByRole('region', { name: 'Documents' }).getByRole('img', { name: title })
	).toBeVisible();

	const visitor = await (await browser.newContext()).newPage();
	for (const size of ['thumb', 'web'])
		expect((await visitor.request.get(`/en/files/${id}?size=${size}`)).status()).toBe(404);
	await visitor.goto('/en/projects/young-neets');
	await expect(visitor.getByRole('img', { name: title })).toHaveCount(0);
	await visitor.context().close();

	// Sizes that are not ours, and the renditions of a file that has none: 404, never a 500.
	for (const size of ['', 'original', 'WEB', '../thumb', 'thumb&size=web', '1600']) {
		expect(
			(await page.request.get(`/en/files/${id}?size=${encodeURIComponent(size)}`)).status()
		).toBe(404);
	}
	const [{ id: pdf }] = await sql<{ id: string }>(
		`select id from public.document_files where content_type = 'application/pdf' limit 1`
	);
	expect((await page.request.get(`/en/files/${pdf}?size=thumb`)).status()).toBe(404);
});

test('an image that cannot be read is refused with a message, and nothing is stored', async ({
	page
}) => {
	const title = `Broken photo ${randomUUID().slice(0, 8)}`;
	await signIn(page, DEMO.faenzaEditor);
	await addDocument(page, title, null);
	const corrupt = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		Buffer.alloc(3000, 0x41)
	]);
	const answer = await upload(page, title, {
		name: 'broken.png',
		mimeType: 'image/png',
		buffer: corrupt
	});
	expect(answer.status()).toBe(400);
	await expect(documentSection(page, title).getByRole('alert')).toHaveText(
		'The image cannot be read: the file is damaged or is not really an image. Nothing was saved.'
	);
	await expectNoViolations(page, 'en');
	expect(
		await sql(
			`select f.id from public.document_files as f join public.documents as d on d.id = f.document_id where d.title -> 'en' ->> 'text' = $1`,
			[title]
		)
	).toEqual([]);
});

test("a document for another project's result is refused, the form kept, nothing stored", async ({
	page
}) => {
	const title = `Borrowed result ${randomUUID().slice(0, 8)}`;
	const elsewhere = await addResult(
		SMALL_SCALE,
		`Another project's result ${randomUUID().slice(0, 8)}`
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(MANAGE);
	const answer = await page.request.post(`${MANAGE}?/create`, {
		form: {
			language: 'en',
			title,
			kind: 'result',
			visibility: 'public',
			part: `result:${elsewhere}`
		},
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(answer.status()).toBe(400);
	expect(await answer.text()).toContain('Please choose one of the options.');
	expect(
		await sql(`select id from public.documents where title -> 'en' ->> 'text' = $1`, [title])
	).toEqual([]);
	// The coordinator of both projects is refused too: the part must be this project's.
	expect(
		await sql(`select count(*)::int as n from public.documents where result_id = $1`, [elsewhere])
	).toEqual([{ n: 0 }]);
	await sql(`delete from public.project_results where id = $1`, [elsewhere]);
});
