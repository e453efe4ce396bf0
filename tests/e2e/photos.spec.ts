// An event's gallery: the coordinator adds photos without JavaScript (two in one submit, each with
// its caption, credit and consent), bad files and missing captions get a message and lose no text;
// the public sees only the photo whose consent is confirmed, at 320 px too; the funder report shows
// its thumbnail (printed as well), and its CSV and XLSX link to the full rendition.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { expectReflow } from './reflow.ts';
import { DEMO, parseCsv, signIn, sql } from './factories.ts';
import { PHOTO_SLOTS } from '../../src/routes/events/[slug]/photos/slots.ts';

test.describe.configure({ timeout: 180_000 });

const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000002';
const SHOTS = process.env.TILTS_SCREENSHOTS;

const png = (width: number, height: number, colour: string) =>
	sharp({ create: { width, height, channels: 3, background: colour } })
		.png()
		.toBuffer();

async function withoutScripts(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	return context.newPage();
}

test('photos added without JavaScript show in the gallery and, once consent is confirmed, in the funder report and its files', async ({
	page,
	browser,
	baseURL
}) => {
	const tag = randomUUID().slice(0, 8);
	const slug = `photo-meeting-${tag}`;
	await sql(
		`with e as (
		   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
		   values ($1, 'partner_meeting', '{"en": {"text": "Photo meeting (test)", "status": "original"}}', $2, 'Europe/Riga', '2025-04-11 09:00', '2025-04-12 17:00')
		   returning id)
		 insert into public.project_events (project_id, event_id) select $3, id from e`,
		[slug, DAUGAVPILS, YOUNG_NEETS]
	);
	const crowd = `Volunteers at the fair ${tag}`;
	const hall = `Hall before the debate ${tag}`;

	const editor = await withoutScripts(browser, baseURL);
	await signIn(editor, DEMO.coordinator);
	await editor.goto(`/en/events/${slug}`);
	await editor.getByRole('link', { name: 'Manage photos' }).click();
	await expect(editor.getByRole('heading', { level: 1 })).toHaveText(
		'Photos of Photo meeting (test)'
	);
	const slot = (n: number) => editor.getByRole('group', { name: `Photo ${n}` });
	const add = () => editor.getByRole('button', { name: 'Add photos' }).click();

	// Bad input: a file that is not an image, a caption without an image, an image without a caption.
	await slot(1)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('not a photo')
		});
	await slot(1).getByLabel('Caption').fill(crowd);
	await slot(1).getByLabel('Credit (who took the photo)').fill('A. Bērziņa');
	await slot(2).getByLabel('Caption').fill(hall);
	await slot(3)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'street.png',
			mimeType: 'image/png',
			buffer: await png(900, 600, '#a52')
		});
	await add();
	await expect(editor.getByRole('alert').first()).toContainText('Choose the image files again.');
	await expect(
		slot(2).getByText('Choose an image for this caption, or leave the row empty.')
	).toBeVisible();
	await expect(slot(3).getByText('Please fill this in.')).toBeVisible();
	// Nothing typed is lost.
	await expect(slot(1).getByLabel('Caption')).toHaveValue(crowd);
	await expect(slot(1).getByLabel('Credit (who took the photo)')).toHaveValue('A. Bērziņa');
	await expect(slot(2).getByLabel('Caption')).toHaveValue(hall);

	await slot(2).getByLabel('Caption').fill('');
	await slot(1)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('not a photo')
		});
	await add();
	await expect(
		slot(1).getByText('This file is not an image. Choose a JPEG, PNG, GIF or WebP file.')
	).toBeVisible();

	// Over the 20 MB a file may have: said so, nothing stored.
	await slot(1)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'huge.png',
			mimeType: 'image/png',
			buffer: Buffer.alloc(21 * 1024 * 1024, 1)
		});
	await add();
	await expect(
		slot(1).getByText('The file is larger than 20 MB. Nothing was saved.')
	).toBeVisible();
	expect(
		await sql(
			`select count(*)::int as n from public.event_photos p join public.events e on e.id = p.event_id where e.slug = $1`,
			[slug]
		)
	).toEqual([{ n: 0 }]);

	// Two at once: one with consent, one not confirmed.
	await slot(1)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'fair.png',
			mimeType: 'image/png',
			buffer: await png(2400, 1600, '#2a7')
		});
	await slot(1).getByLabel('People who can be recognised gave consent').check();
	await slot(2)
		.getByLabel('Image file')
		.setInputFiles({
			name: 'hall.png',
			mimeType: 'image/png',
			buffer: await png(1200, 900, '#237')
		});
	await slot(2).getByLabel('Caption').fill(hall);
	await add();
	await expect(editor.getByRole('status')).toHaveText('The photos were added.');
	await expect(editor.getByRole('img', { name: crowd })).toBeVisible();
	await expect(editor.getByRole('img', { name: hall })).toBeVisible();
	await expect(editor.getByText('Consent not confirmed: partners only')).toBeVisible();

	// The same pages in a browser with scripts, for axe: the gallery being kept, and a refused submit.
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${slug}/photos`);
	await expectNoViolations(page, 'en');
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/photos-manage.png`, fullPage: true });
	await page
		.getByRole('group', { name: 'Photo 1' })
		.getByLabel('Caption')
		.fill('A caption without its photo');
	await page.getByRole('button', { name: 'Add photos' }).click();
	await expect(
		page
			.getByRole('group', { name: 'Photo 1' })
			.getByText('Choose an image for this caption, or leave the row empty.')
	).toBeVisible();
	await expectNoViolations(page, 'en');

	// The public sees the confirmed photo only: its thumbnail, with the web-sized copy for wide screens.
	const visitor = await withoutScripts(browser, baseURL);
	await visitor.goto(`/en/events/${slug}`);
	const gallery = visitor.locator('section', {
		has: visitor.getByRole('heading', { name: 'Photos', level: 2 })
	});
	await expect(gallery.getByRole('img')).toHaveCount(1);
	const image = gallery.getByRole('img', { name: crowd });
	await expect(image).toHaveAttribute('loading', 'lazy');
	await expect(image).toHaveAttribute('srcset', /\?size=thumb 400w, .*\?size=web 1600w$/);
	await expect(gallery.getByText('Photo: A. Bērziņa')).toBeVisible();
	await expect(gallery.getByText(hall)).toHaveCount(0);
	// The partnership sees the other one, marked.
	await page.goto(`/en/events/${slug}`);
	await expect(page.getByRole('img', { name: hall })).toBeVisible();
	await image.scrollIntoViewIfNeeded();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
	const full = await visitor.request.get(
		(await gallery.getByRole('link').first().getAttribute('href'))!
	);
	expect([full.status(), full.headers()['content-type']]).toEqual([200, 'image/webp']);
	expect((await sharp(await full.body()).metadata()).width).toBe(1600);
	const reader = await (await browser.newContext({ baseURL })).newPage();
	await reader.goto(`/en/events/${slug}`);
	await expectNoViolations(reader, 'en');
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/photos-event.png`, fullPage: true });
	await reader.setViewportSize({ width: 320, height: 800 });
	await reader.reload();
	await expectReflow(reader);
	if (SHOTS) await reader.screenshot({ path: `${SHOTS}/photos-event-320.png`, fullPage: true });

	// The not-confirmed photo's file is not the public's, even by its address.
	const hidden = await sql<{ id: string }>(
		`select f.id from public.document_files f join public.documents d on d.id = f.document_id where d.title -> 'en' ->> 'text' = $1`,
		[hall]
	);
	expect((await visitor.request.get(`/en/files/${hidden[0].id}?size=thumb`)).status()).toBe(404);

	// The funder report: the confirmed photo's thumbnail, printed too; the files link to its full rendition.
	await page.goto('/en/projects/young-neets/report');
	const photos = page.locator('section[data-section="photos"]');
	const row = photos.getByRole('row', { name: new RegExp(crowd) });
	await expect(row).toHaveCount(1);
	await expect(photos.getByText(hall)).toHaveCount(0);
	const thumbnail = row.getByRole('img', { name: crowd });
	await expect(thumbnail).toHaveAttribute('src', /\?size=thumb$/);
	const webAddress = (await row.getByRole('link', { name: /Full size/ }).getAttribute('href'))!;
	expect(webAddress).toMatch(/^http.*\/en\/files\/[0-9a-f-]{36}\?size=web$/);
	await page.emulateMedia({ media: 'print' });
	await expect(thumbnail).toBeVisible();
	await expect
		.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	if (SHOTS) await photos.screenshot({ path: `${SHOTS}/photos-report-print.png` });
	await page.emulateMedia({ media: 'screen' });
	await expectNoViolations(page, 'en');
	if (SHOTS) await photos.screenshot({ path: `${SHOTS}/photos-report.png` });

	const csv = parseCsv(
		await (await page.request.get('/en/projects/young-neets/report.csv')).text()
	);
	expect(csv.find((cells) => cells[0] === crowd)).toEqual([
		crowd,
		webAddress,
		'Photo meeting (test)',
		'A. Bērziņa',
		'People who can be recognised gave consent'
	]);
	expect(csv.some((cells) => cells[0] === hall)).toBe(false);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download as a spreadsheet (XLSX)' }).click();
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile(await (await download).path())).buffer);
	const sheet = workbook.getWorksheet('Photos')!;
	const found: unknown[] = [];
	sheet.eachRow((sheetRow) => {
		if (sheetRow.getCell(1).value === crowd) found.push(sheetRow.getCell(2).value);
	});
	expect(found).toEqual([{ text: webAddress, hyperlink: webAddress }]);
});

test('the same form of photos sent twice (a double click, a lost answer) adds them once; a new form adds again', async ({
	browser,
	baseURL
}) => {
	const tag = randomUUID().slice(0, 8);
	const slug = `photo-twice-${tag}`;
	await sql(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
		 values ($1, 'partner_meeting', '{"en": {"text": "Photos sent twice (test)", "status": "original"}}', $2, 'Europe/Riga', '2025-04-11 09:00', '2025-04-11 17:00')`,
		[slug, DAUGAVPILS]
	);
	const editor = await withoutScripts(browser, baseURL);
	await signIn(editor, DEMO.admin);
	await editor.goto(`/en/events/${slug}/photos`);
	const key = await editor.locator('form[action="?/add"] input[name=form_key]').inputValue();
	const send = async (formKey: string) =>
		editor.request.post(`/en/events/${slug}/photos?/add`, {
			multipart: {
				form_key: formKey,
				lang: 'en',
				'file-1': { name: 'twice.png', mimeType: 'image/png', buffer: await png(800, 600, '#357') },
				'caption-1': `Sent twice ${tag}`,
				// Each row's consent, as the form sends it.
				...Object.fromEntries(
					Array.from({ length: PHOTO_SLOTS }, (_, i) => [`consent-${i + 1}`, 'unconfirmed'])
				)
			},
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
	const photosOf = () =>
		sql(
			`select p.document_id from public.event_photos p join public.events e on e.id = p.event_id where e.slug = $1`,
			[slug]
		);
	const first = await send(key);
	expect(first.status()).toBe(303);
	const again = await send(key);
	expect(again.status()).toBe(303);
	expect(again.headers().location).toBe(first.headers().location);
	expect(await photosOf()).toHaveLength(1);
	// The page opened again has a new key: the same photo added on purpose is a second one.
	await editor.goto(`/en/events/${slug}/photos`);
	await send(await editor.locator('form[action="?/add"] input[name=form_key]').inputValue());
	expect(await photosOf()).toHaveLength(2);
	await sql(`delete from public.events where slug = $1`, [slug]);
	await editor.context().close();
});
