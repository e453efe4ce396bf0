// Documents: a partner uploads a result in Latvian and English; a visitor downloads the English
// one under its own name; a partner-only file stays hidden from everyone outside the partnership,
// even by its address. Bad uploads (too large, a forged type, empty) get a message and store nothing.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

// Signing in, 20 MB uploads and axe on pages with long language lists take their time.
test.describe.configure({ timeout: 120_000 });

const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const FAENZA_EDITOR = '0c000000-0000-4000-8000-000000000003';

/** A small valid PDF whose text says which language it is in. */
function pdf(text: string): Buffer {
	const content = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`
	];
	let out = '%PDF-1.4\n';
	const offsets = objects.map((object, i) => {
		const at = out.length;
		out += `${i + 1} 0 obj\n${object}\nendobj\n`;
		return at;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

const documentSection = (page: Page, title: string) =>
	page.locator('section.document', { has: page.getByRole('heading', { name: title, level: 2 }) });

async function addDocument(
	page: Page,
	title: string,
	visibility: 'Everyone' | "The partnership only (the project's members)" = 'Everyone',
	manage = '/en/projects/young-neets/documents'
) {
	await page.goto(manage);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Kind').selectOption({ label: 'Result' });
	await page.getByLabel(visibility).check();
	await page.getByRole('button', { name: 'Add document' }).click();
	await expect(page.getByRole('status')).toHaveText('Document added. Now upload its files.');
}

async function upload(
	page: Page,
	title: string,
	language: string,
	file: { name: string; mimeType: string; buffer: Buffer }
) {
	const section = documentSection(page, title);
	await section.getByLabel('Language of the file').selectOption({ label: language });
	await section.getByLabel('File', { exact: true }).setInputFiles(file);
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('/upload')
	);
	await section.getByRole('button', { name: 'Upload file' }).click();
	return answer;
}

async function filesOf(title: string) {
	return sql<{ locale: string; file_name: string; byte_size: number; organisation_id: string }>(
		`select f.locale, f.file_name, f.byte_size, f.organisation_id from public.document_files as f
		 join public.documents as d on d.id = f.document_id where d.title -> 'en' ->> 'text' = $1 order by f.locale`,
		[title]
	);
}

test('a partner uploads the result in Latvian and English; a visitor downloads the English one', async ({
	page,
	browser
}) => {
	const title = `Final result ${randomUUID().slice(0, 8)}`;
	const english = pdf('Final result - English');
	const latvian = pdf('Gala rezultats - latviski');
	await signIn(page, DEMO.faenzaEditor);
	await addDocument(page, title);
	await expectNoViolations(page, 'en');

	expect(
		(
			await upload(page, title, 'Latviešu', {
				name: 'Gala rezultāts.pdf',
				mimeType: 'application/pdf',
				buffer: latvian
			})
		).status()
	).toBe(303);
	await expect(page.getByRole('status')).toHaveText('File saved.');
	expect(
		(
			await upload(page, title, 'English', {
				name: 'Final result.pdf',
				mimeType: 'application/pdf',
				buffer: english
			})
		).status()
	).toBe(303);
	const section = documentSection(page, title);
	await expect(section.getByRole('row')).toHaveCount(3);
	await expectNoViolations(page, 'en');
	expect(await filesOf(title)).toEqual([
		{
			locale: 'en',
			file_name: 'Final result.pdf',
			byte_size: english.length,
			organisation_id: '0a000000-0000-4000-8000-000000000003'
		},
		{
			locale: 'lv',
			file_name: 'Gala rezultāts.pdf',
			byte_size: latvian.length,
			organisation_id: '0a000000-0000-4000-8000-000000000003'
		}
	]);

	// A visitor, signed out, on the project page.
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto('/en/projects/young-neets');
	const item = visitor.getByRole('listitem').filter({ hasText: title });
	await expect(item.getByRole('link')).toHaveText([
		/^Download English \(PDF, \d/,
		/^Download Latvian \(PDF, \d/
	]);
	const [download] = await Promise.all([
		visitor.waitForEvent('download'),
		item.getByRole('link', { name: /English/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('Final result.pdf');
	const path = await download.path();
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(path).equals(english)).toBe(true);

	// The Latvian one, under its UTF-8 name, with headers that keep browsers from guessing.
	const href = await item.getByRole('link', { name: /Latvian/ }).getAttribute('href');
	const answer = await visitor.request.get(href!);
	expect(answer.status()).toBe(200);
	expect(answer.headers()).toMatchObject({
		'content-type': 'application/pdf',
		'content-disposition': `attachment; filename="Gala rezultats.pdf"; filename*=UTF-8''Gala%20rezult%C4%81ts.pdf`,
		'x-content-type-options': 'nosniff',
		'cache-control': 'public, max-age=300'
	});
	expect((await answer.body()).equals(latvian)).toBe(true);
	await visitor.goto('/lv/projects/young-neets');
	await expectNoViolations(visitor, 'lv');
	await visitor.context().close();
});

test('a partner-only file is found only by the partnership: 404 for everyone else, even by its address', async ({
	page,
	browser
}) => {
	const title = `Partner report ${randomUUID().slice(0, 8)}`;
	const [{ id: documentId }] = await sql<{ id: string }>(
		`insert into public.documents (project_id, title, kind, visibility, created_by) values ($1, $2, 'report', 'partners', $3) returning id`,
		[YOUNG_NEETS, { en: { text: title, status: 'original' } }, FAENZA_EDITOR]
	);
	const bytes = pdf('For the partnership only');
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.document_files (document_id, locale, file_name, content_type, bytes, created_by)
		 values ($1, 'en', 'internal.pdf', 'application/pdf', $2, $3) returning id`,
		[documentId, bytes, FAENZA_EDITOR]
	);

	const visitor = await (await browser.newContext()).newPage();
	const signedOut = await visitor.request.get(`/en/files/${id}`);
	expect(signedOut.status()).toBe(404);
	expect((await signedOut.text()).includes('internal.pdf')).toBe(false);
	// Exactly like an address that never existed.
	expect((await visitor.request.get(`/en/files/${randomUUID()}`)).status()).toBe(404);
	await visitor.goto('/en/projects/young-neets');
	await expect(visitor.getByText(title)).toHaveCount(0);
	await visitor.context().close();

	// Another organisation's editor, in another project: not found either.
	const leszno = await (await browser.newContext()).newPage();
	await signIn(leszno, DEMO.lesznoEditor);
	expect((await leszno.request.get(`/en/files/${id}`)).status()).toBe(404);
	await leszno.context().close();

	// The partnership downloads it, never from a shared cache.
	await signIn(page, DEMO.faenzaEditor);
	const answer = await page.request.get(`/en/files/${id}`);
	expect(answer.status()).toBe(200);
	expect(answer.headers()['cache-control']).toBe('private, no-store');
	expect((await answer.body()).equals(bytes)).toBe(true);
	await page.goto('/en/projects/young-neets');
	await expect(
		page.getByRole('listitem').filter({ hasText: title }).getByText('Partners only')
	).toBeVisible();
});

for (const record of [
	{ what: 'an event', page: '/events/demo-partner-meeting-daugavpils-2024' },
	{ what: 'a practice', page: '/practices/leszno-volunteer-centre' }
]) {
	test(`the coordinator uploads a PDF to ${record.what}; a visitor sees it there and downloads it`, async ({
		page,
		browser
	}) => {
		const title = `Agenda ${randomUUID().slice(0, 8)}`;
		const bytes = pdf(`Documents of ${record.what}`);
		await signIn(page, DEMO.coordinator);
		await page.goto(`/en${record.page}`);
		await page.getByRole('link', { name: 'Manage documents' }).click();
		await expect(page).toHaveURL(`/en${record.page}/documents`);
		await expectNoViolations(page, 'en');
		await addDocument(page, title, 'Everyone', `/en${record.page}/documents`);
		expect(
			(
				await upload(page, title, 'English', {
					name: 'agenda.pdf',
					mimeType: 'application/pdf',
					buffer: bytes
				})
			).status()
		).toBe(303);
		await expect(page.getByRole('status')).toHaveText('File saved.');
		await expect(documentSection(page, title).getByRole('row')).toHaveCount(2);
		await expectNoViolations(page, 'en');
		await page.goto(`/lv${record.page}/documents`);
		await expectNoViolations(page, 'lv');

		const visitor = await (await browser.newContext()).newPage();
		await visitor.goto(`/en${record.page}`);
		await expect(visitor.getByRole('link', { name: 'Manage documents' })).toHaveCount(0);
		const item = visitor.getByRole('listitem').filter({ hasText: title });
		await expect(item.getByRole('link')).toHaveText([/^Download English \(PDF, \d/]);
		const [download] = await Promise.all([
			visitor.waitForEvent('download'),
			item.getByRole('link').click()
		]);
		expect(download.suggestedFilename()).toBe('agenda.pdf');
		const { readFileSync } = await import('node:fs');
		expect(readFileSync(await download.path()).equals(bytes)).toBe(true);
		await expectNoViolations(visitor, 'en');
		await visitor.context().close();
	});
}

test("an event's and a practice's documents are kept by their editors only: 403 for others, sign-in when signed out", async ({
	page
}) => {
	const manage = [
		'/en/events/demo-partner-meeting-daugavpils-2024/documents',
		'/en/practices/leszno-volunteer-centre/documents'
	];
	for (const path of manage) {
		await page.goto(path);
		await expect(page).toHaveURL(/\/en\/sign-in/);
	}
	await signIn(page, DEMO.faenzaEditor);
	for (const path of manage) expect((await page.goto(path))!.status()).toBe(403);
});

test('bad uploads get a clear message and store nothing: over 20 MB (413), a forged type, an empty file', async ({
	page
}) => {
	const title = `Bad uploads ${randomUUID().slice(0, 8)}`;
	await signIn(page, DEMO.faenzaEditor);
	await addDocument(page, title);

	const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
	pdf('big').copy(big);
	const tooLarge = await upload(page, title, 'English', {
		name: 'big.pdf',
		mimeType: 'application/pdf',
		buffer: big
	});
	expect(tooLarge.status()).toBe(413);
	await expect(documentSection(page, title).getByRole('alert')).toHaveText(
		'The file is larger than 20 MB. Nothing was saved.'
	);
	await expectNoViolations(page, 'en');

	const png = Buffer.from([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
	]);
	const forged = await upload(page, title, 'English', {
		name: 'result.pdf',
		mimeType: 'application/pdf',
		buffer: png
	});
	expect(forged.status()).toBe(400);
	await expect(documentSection(page, title).getByRole('alert')).toHaveText(
		/does not match its type or name/
	);

	const empty = await upload(page, title, 'English', {
		name: 'empty.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.alloc(0)
	});
	expect(empty.status()).toBe(400);
	await expect(documentSection(page, title).getByRole('alert')).toHaveText(
		'The file is empty. Nothing was saved.'
	);

	expect(await filesOf(title)).toEqual([]);
});

test('the Latvian page offers documents in Latvian, and WIR has its final result in both languages', async ({
	page
}) => {
	await page.goto('/lv/projects/wir');
	const item = page.getByRole('listitem').filter({ hasText: 'WIR gala rezultāts' });
	await expect(item.getByRole('link')).toHaveText([
		/^Lejupielādēt — latviešu \(PDF, /,
		/^Lejupielādēt — angļu \(PDF, /
	]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		item.getByRole('link', { name: /angļu/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('WIR final result (demo).pdf');
	await expectNoViolations(page, 'lv');
});
