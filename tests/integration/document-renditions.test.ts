// Web-sized renditions of uploaded images (supabase/migrations/20261122170200_result_documents_and_renditions.sql
// and src/lib/server/files.ts): saved with their file in one transaction, exactly as readable as the
// file, written only by its writers, never left behind when the file's bytes change, counted toward
// the organisation's quota. Uploads go through the portal's own files.save, as each person, against
// the real PostgREST; outcomes are checked as the cluster's superuser.
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import * as files from '../../src/lib/server/files.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs, outcome, rawBytesAs, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `rend-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const ORG = {
	faenza: '0a000000-0000-4000-8000-000000000003',
	own: make.organisation({ city: 'Valletta', country: 'MT' })
};
const PROJECT = { youngNeets: '0b000000-0000-4000-8000-000000000001', own: make.project() };
const USER = {
	platformAdmin: '0c000000-0000-4000-8000-000000000001',
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	outsider: make.person(),
	/** This file's: partner editor in its draft project, for its organisation (whose quota we fill). */
	ownEditor: make.person({ memberOf: ORG.own })
};
make.partner(PROJECT.own, ORG.own, 'lead_partner');
make.projectMember(PROJECT.own, USER.ownEditor, ORG.own, 'partner_editor');

const title = (text: string) => ({ en: { text: `${PREFIX} ${text}`, status: 'original' } });

const DOC = { public: randomUUID(), partners: randomUUID(), own: randomUUID() };

const FIXTURES = `
insert into public.documents (id, project_id, title, kind, visibility, created_by) values
  ('${DOC.public}', '${PROJECT.youngNeets}', '${JSON.stringify(title('public photo'))}', 'photo', 'public', '${USER.coordinator}'),
  ('${DOC.partners}', '${PROJECT.youngNeets}', '${JSON.stringify(title('partner-only photo'))}', 'photo', 'partners', '${USER.coordinator}'),
  ('${DOC.own}', '${PROJECT.own}', '${JSON.stringify(title('own photo'))}', 'photo', 'public', '${USER.ownEditor}');
`;

const CLEAN_UP = `
delete from public.documents where title -> 'en' ->> 'text' like '${PREFIX} %';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { db, peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		// Renditions go with their files.
		expect(
			await peek(
				`select count(*)::int as n from public.document_file_renditions as r where not exists (select 1 from public.document_files as f where f.id = r.file_id)`
			)
		).toEqual([{ n: 0 }]);
	}
});

type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);
const ROLES: Who[] = [
	'anon',
	'outsider',
	'lesznoEditor',
	'faenzaEditor',
	'coordinator',
	'platformAdmin',
	'ownEditor'
];

/** Saves an upload as the portal does (src/lib/server/files.ts), as `who`. */
const save = (
	who: Person,
	documentId: string,
	bytes: Buffer,
	contentType: 'image/png' | 'image/jpeg' | 'application/pdf',
	locale: string | null = 'en'
) =>
	files.save(as(who) as unknown as Supabase, USER[who], {
		documentId,
		locale,
		fileName: `upload.${contentType.split('/')[1]}`,
		contentType,
		bytes
	});

async function saved(
	who: Person,
	documentId: string,
	bytes: Buffer,
	contentType: 'image/png' | 'image/jpeg' | 'application/pdf',
	locale: string | null = 'en'
) {
	const answer = await save(who, documentId, bytes, contentType, locale);
	if (!answer.ok) throw new Error(`not saved: ${answer.reason}`);
	return answer.id;
}

/** A rendition's raw bytes as PostgREST gives them to the portal; empty when unreadable. */
const bytesAs = rawBytesAs<Person>(stack, USER);
const renditionBytes = (who: Who, file: string, size: string) =>
	bytesAs(who, `document_file_rendition_bytes?file=${file}&size=${encodeURIComponent(size)}`);

const PDF = Buffer.from('%PDF-1.4\n% not an image\n%%EOF\n', 'latin1');
const png = (width: number, height: number) =>
	sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 60 } } })
		.png()
		.toBuffer();

let publicImage: string;
let partnersImage: string;

describe('saving an image', () => {
	it('stores a 3000 × 2000 PNG with a 1600 × 1067 web rendition and a 400 × 267 thumbnail, both WebP', async () => {
		publicImage = await saved('faenzaEditor', DOC.public, await png(3000, 2000), 'image/png');
		expect(
			await peek(
				`select name, content_type, width, height, byte_size > 0 as stored from public.document_file_renditions where file_id = $1 order by name`,
				[publicImage]
			)
		).toEqual([
			{ name: 'thumb', content_type: 'image/webp', width: 400, height: 267, stored: true },
			{ name: 'web', content_type: 'image/webp', width: 1600, height: 1067, stored: true }
		]);
		// What readers are given is what sharp sees.
		const web = await sharp(await renditionBytes('anon', publicImage, 'web')).metadata();
		expect({ format: web.format, width: web.width, height: web.height }).toEqual({
			format: 'webp',
			width: 1600,
			height: 1067
		});
	});

	it('keeps no EXIF of a photo (no GPS position) in what it stores and serves', async () => {
		const photo = await sharp({
			create: { width: 1200, height: 900, channels: 3, background: '#88aacc' }
		})
			.jpeg()
			.withExif({
				IFD0: { Make: 'Test camera' },
				IFD3: {
					GPSLatitudeRef: 'N',
					GPSLatitude: '55/1 52/1 30/1',
					GPSLongitudeRef: 'E',
					GPSLongitude: '26/1 31/1 0/1'
				}
			})
			.toBuffer();
		expect((await sharp(photo).metadata()).exif?.toString('latin1')).toContain('Test camera');
		const id = await saved('faenzaEditor', DOC.public, photo, 'image/jpeg', 'lv');
		for (const size of ['web', 'thumb']) {
			const bytes = await renditionBytes('anon', id, size);
			expect(bytes.length).toBeGreaterThan(0);
			expect((await sharp(bytes).metadata()).exif).toBeUndefined();
			expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
			expect(bytes.includes(Buffer.from('Test camera'))).toBe(false);
		}
		// The original stays as uploaded: it is the document.
		expect(
			await peek(
				`select position('\\x4578696600'::bytea in bytes) > 0 as has_exif from public.document_files where id = $1`,
				[id]
			)
		).toEqual([{ has_exif: true }]);
	});

	it('refuses a corrupt image with a valid PNG signature and stores nothing', async () => {
		const before = await peek(
			`select count(*)::int as files from public.document_files where document_id = $1`,
			[DOC.partners]
		);
		const corrupt = Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			randomBytes(2000)
		]);
		expect(await save('coordinator', DOC.partners, corrupt, 'image/png')).toEqual({
			ok: false,
			reason: 'image-unreadable'
		});
		expect(
			await peek(
				`select count(*)::int as files from public.document_files where document_id = $1`,
				[DOC.partners]
			)
		).toEqual(before);
	});

	it('makes none for a file that is not an image', async () => {
		const id = await saved('coordinator', DOC.partners, PDF, 'application/pdf', 'de');
		expect(
			await peek(
				`select count(*)::int as n from public.document_file_renditions where file_id = $1`,
				[id]
			)
		).toEqual([{ n: 0 }]);
	});

	it('replaces the renditions with the file: new ones for a new image, none for a PDF', async () => {
		partnersImage = await saved('coordinator', DOC.partners, await png(800, 800), 'image/png');
		expect(await saved('coordinator', DOC.partners, await png(500, 1000), 'image/png')).toBe(
			partnersImage
		);
		expect(
			await peek(
				`select name, width, height from public.document_file_renditions where file_id = $1 order by name`,
				[partnersImage]
			)
		).toEqual([
			{ name: 'thumb', width: 200, height: 400 },
			{ name: 'web', width: 500, height: 1000 }
		]);
		const other = await saved('coordinator', DOC.partners, await png(300, 300), 'image/png', 'it');
		expect(await saved('coordinator', DOC.partners, PDF, 'application/pdf', 'it')).toBe(other);
		expect(
			await peek(
				`select count(*)::int as n from public.document_file_renditions where file_id = $1`,
				[other]
			)
		).toEqual([{ n: 0 }]);
		// However the bytes change, old renditions go: here straight through the table.
		const direct = await as('coordinator')
			.from('document_files')
			.update({ bytes: `\\x${(await png(10, 10)).toString('hex')}` })
			.eq('id', partnersImage)
			.select('id');
		expect(outcome(direct)).toBe(1);
		expect(
			await peek(
				`select count(*)::int as n from public.document_file_renditions where file_id = $1`,
				[partnersImage]
			)
		).toEqual([{ n: 0 }]);
		expect(await saved('coordinator', DOC.partners, await png(500, 1000), 'image/png')).toBe(
			partnersImage
		);
	});
});

describe('reading renditions', () => {
	// Whether each reads [the public image's renditions, the partner-only image's]: as its file.
	const EXPECTED: Record<Who, [boolean, boolean]> = {
		anon: [true, false],
		outsider: [true, false],
		lesznoEditor: [true, false],
		faenzaEditor: [true, true],
		coordinator: [true, true],
		platformAdmin: [true, true],
		ownEditor: [true, false]
	};

	it.each(ROLES)(
		'%s reads the renditions of the files they may read, and only those',
		async (who) => {
			const rows: Outcome[] = [];
			const bytes: boolean[] = [];
			for (const file of [publicImage, partnersImage]) {
				rows.push(
					outcome(
						await as(who)
							.from('document_file_renditions')
							.select('name, width, height, bytes')
							.eq('file_id', file)
					)
				);
				bytes.push((await renditionBytes(who, file, 'thumb')).length > 0);
			}
			expect({ rows, bytes }).toEqual({
				rows: EXPECTED[who].map((readable) => (readable ? 2 : 0)),
				bytes: EXPECTED[who]
			});
		}
	);

	it('gives nothing for a size that is not one', async () => {
		expect((await renditionBytes('anon', publicImage, 'original')).length).toBe(0);
		expect((await renditionBytes('anon', publicImage, "web' or 'x'='x")).length).toBe(0);
	});
});

describe('writing renditions', () => {
	const webp = async () =>
		`\\x${(
			await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
				.webp()
				.toBuffer()
		).toString('hex')}`;
	const add = async (who: Who, file: string) =>
		as(who)
			.from('document_file_renditions')
			.insert({
				file_id: file,
				name: 'web',
				content_type: 'image/webp',
				bytes: await webp(),
				width: 10,
				height: 10
			})
			.select('name');

	it("only the file's writers add or remove them, and nobody changes one in place", async () => {
		const pdfFile = (
			await peek<{ id: string }>(
				`select id from public.document_files where document_id = $1 and locale = 'de'`,
				[DOC.partners]
			)
		)[0].id;
		for (const who of ['anon', 'outsider', 'lesznoEditor'] as const)
			expect(outcome(await add(who, pdfFile))).toBe(DENIED);
		expect(outcome(await add('faenzaEditor', pdfFile))).toBe(1);
		expect(
			outcome(
				await as('lesznoEditor')
					.from('document_file_renditions')
					.delete()
					.eq('file_id', pdfFile)
					.select('name')
			)
		).toBe(0);
		expect(
			outcome(
				await as('anon')
					.from('document_file_renditions')
					.delete()
					.eq('file_id', publicImage)
					.select('name')
			)
		).toBe(DENIED);
		expect(
			(
				await as('coordinator')
					.from('document_file_renditions')
					.update({ width: 5 })
					.eq('file_id', pdfFile)
			).error?.code
		).toBe(DENIED);
		expect(
			outcome(
				await as('coordinator')
					.from('document_file_renditions')
					.delete()
					.eq('file_id', pdfFile)
					.select('name')
			)
		).toBe(1);
	});

	it('takes only the two sizes, in WebP, inside their boxes', async () => {
		const insert = (row: Record<string, unknown>) =>
			as('coordinator')
				.from('document_file_renditions')
				.insert({ file_id: partnersImage, bytes: 'x', ...row });
		expect(
			(await insert({ name: 'huge', content_type: 'image/webp', width: 10, height: 10 })).error
				?.code
		).toBe('23514');
		expect(
			(await insert({ name: 'thumb', content_type: 'text/html', width: 10, height: 10 })).error
				?.code
		).toBe('23514');
		// partnersImage already has both: a new file's, then.
		const pdfFile = (
			await peek<{ id: string }>(
				`select id from public.document_files where document_id = $1 and locale = 'de'`,
				[DOC.partners]
			)
		)[0].id;
		const oversize = await as('coordinator').from('document_file_renditions').insert({
			file_id: pdfFile,
			name: 'thumb',
			content_type: 'image/webp',
			bytes: 'x',
			width: 401,
			height: 10
		});
		expect(oversize.error?.code).toBe('23514');
	});
});

describe('the storage quota', () => {
	it('counts renditions: an image whose file fits but whose renditions do not is refused with 413, and nothing is stored', async () => {
		// Noise compresses badly: its renditions are large.
		const noisy = await sharp(randomBytes(1200 * 1200 * 3), {
			raw: { width: 1200, height: 1200, channels: 3 }
		})
			.png()
			.toBuffer();
		const made = await files.makeRenditions(noisy);
		if (typeof made === 'string') throw new Error(made);
		const renditionBytes = made.reduce((sum, r) => sum + r.bytes.length, 0);
		expect(renditionBytes).toBeGreaterThan(100_000);
		// Fill the organisation's 200 MiB but for the image and half its renditions.
		const free = noisy.length + Math.floor(renditionBytes / 2);
		await db.query(
			`with docs as (
			   insert into public.documents (project_id, title, created_by)
			   select $1, jsonb_build_object('en', jsonb_build_object('text', $2 || ' filler ' || n, 'status', 'original')), $3
			   from generate_series(1, 10) as n returning id
			 )
			 insert into public.document_files (document_id, file_name, content_type, bytes, created_by)
			 select id, 'filler.txt', 'text/plain', convert_to(repeat('x', 20971520 - case when row_number() over () = 1 then $4 else 0 end), 'UTF8'), $3 from docs`,
			[PROJECT.own, PREFIX, USER.ownEditor, free]
		);
		expect(await save('ownEditor', DOC.own, noisy, 'image/png')).toEqual({
			ok: false,
			reason: 'quota'
		});
		expect(
			await peek(`select count(*)::int as n from public.document_files where document_id = $1`, [
				DOC.own
			])
		).toEqual([{ n: 0 }]);
		// Without renditions, the same number of bytes fits.
		expect(
			(
				await save(
					'ownEditor',
					DOC.own,
					Buffer.concat([PDF, Buffer.alloc(noisy.length - PDF.length, 0x20)]),
					'application/pdf'
				)
			).ok
		).toBe(true);
		await db.query(`delete from public.documents where title -> 'en' ->> 'text' like $1`, [
			`${PREFIX} filler %`
		]);
	}, 120_000);
});
