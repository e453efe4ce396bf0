// Documents and their files (supabase/migrations/20261122160000_documents.sql), as each role,
// through the real PostgREST the way the portal calls it: the anon key, and for a signed-in person
// a minted user token. Fixtures are written, and outcomes checked, as the cluster's superuser.
//
// Everything made here hangs off this file's own organisation and draft project (cleaned up with
// them) or has a title starting with this run's tag on a seed project (cleaned up by that tag).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, rawBytesAs, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';
const UNIQUE = '23505';
const QUOTA = 'PT413';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `doc-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const ORG = {
	faenza: '0a000000-0000-4000-8000-000000000003',
	own: make.organisation({ city: 'Valletta', country: 'MT' })
};
const PROJECT = {
	/** Young NEETs, published: the coordinator coordinates it, the Faenza editor is a partner editor. */
	youngNeets: '0b000000-0000-4000-8000-000000000001',
	/** This file's, a draft: its only member is ownEditor. */
	own: make.project()
};
const USER = {
	platformAdmin: '0c000000-0000-4000-8000-000000000001',
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	/** Partner editor in small-scale-partnership: another organisation, another project. */
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	/** This file's: signed in, a member of nothing. */
	outsider: make.person(),
	/** This file's: member of this file's organisation, partner editor in its draft project. */
	ownEditor: make.person({ memberOf: ORG.own })
};
make.partner(PROJECT.own, ORG.own, 'lead_partner');
make.projectMember(PROJECT.own, USER.ownEditor, ORG.own, 'partner_editor');

const title = (text: string) => ({ en: { text: `${PREFIX} ${text}`, status: 'original' } });

/** Documents and files made as the superuser. */
const DOC = { public: randomUUID(), partners: randomUUID(), draftProject: randomUUID() };
const FILE = { public: randomUUID(), partners: randomUUID(), draftProject: randomUUID() };
const PDF = Buffer.from(
	'%PDF-1.4\n% a test file, with bytes that are not text: \x00\xff\xfe\n%%EOF\n',
	'latin1'
);

const FIXTURES = `
insert into public.documents (id, project_id, title, kind, visibility, created_by) values
  ('${DOC.public}', '${PROJECT.youngNeets}', '${JSON.stringify(title('public'))}', 'result', 'public', '${USER.coordinator}'),
  ('${DOC.partners}', '${PROJECT.youngNeets}', '${JSON.stringify(title('partners'))}', 'report', 'partners', '${USER.coordinator}'),
  ('${DOC.draftProject}', '${PROJECT.own}', '${JSON.stringify(title('draft project'))}', 'result', 'public', '${USER.ownEditor}');
insert into public.document_files (id, document_id, locale, file_name, content_type, bytes, created_by) values
  ('${FILE.public}', '${DOC.public}', 'en', 'public.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.coordinator}'),
  ('${FILE.partners}', '${DOC.partners}', 'en', 'partners.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.coordinator}'),
  ('${FILE.draftProject}', '${DOC.draftProject}', null, 'draft.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.ownEditor}');
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
		const left = await peek(
			`select count(*)::int as n from public.document_files as f join public.documents as d on d.id = f.document_id
			where d.title -> 'en' ->> 'text' like $1`,
			[`${PREFIX} %`]
		);
		expect(left).toEqual([{ n: 0 }]);
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

/** The raw bytes of a file as PostgREST gives them to the portal (public.document_file_bytes). */
const bytesAs = rawBytesAs<Person>(stack, USER);
const download = (who: Who, file: string) => bytesAs(who, `document_file_bytes?file=${file}`);

describe('reading documents and files', () => {
	// Which of [public document of a published project, partner-only one, public one of a draft project] each role sees.
	const EXPECTED: Record<
		Who,
		[publicOne: Outcome, partnersOnly: Outcome, inDraftProject: Outcome]
	> = {
		anon: [1, 0, 0],
		outsider: [1, 0, 0],
		// Another organisation's partner editor, in another project: only what is public.
		lesznoEditor: [1, 0, 0],
		faenzaEditor: [1, 1, 0],
		coordinator: [1, 1, 0],
		platformAdmin: [1, 1, 1],
		ownEditor: [1, 0, 1]
	};

	it.each(ROLES)(
		'%s sees documents and their files as the owner and visibility allow',
		async (who) => {
			const seen: Outcome[] = [];
			const filesSeen: Outcome[] = [];
			const bytesSeen: number[] = [];
			for (const key of ['public', 'partners', 'draftProject'] as const) {
				seen.push(outcome(await as(who).from('documents').select('id').eq('id', DOC[key])));
				filesSeen.push(
					outcome(
						await as(who)
							.from('document_files')
							.select('id, file_name, byte_size')
							.eq('id', FILE[key])
					)
				);
				bytesSeen.push((await download(who, FILE[key])).length > 0 ? 1 : 0);
			}
			expect({ documents: seen, files: filesSeen, bytes: bytesSeen }).toEqual({
				documents: EXPECTED[who],
				files: EXPECTED[who],
				bytes: EXPECTED[who]
			});
		}
	);

	it('gives back exactly the bytes stored, raw, with their size and SHA-256', async () => {
		const bytes = await download('anon', FILE.public);
		expect(bytes.equals(PDF)).toBe(true);
		const { data } = await as('anon')
			.from('document_files')
			.select('byte_size, sha256')
			.eq('id', FILE.public)
			.single();
		expect(data).toEqual({
			byte_size: PDF.length,
			sha256: `\\x${createHash('sha256').update(PDF).digest('hex')}`
		});
	});
});

describe('writing documents', () => {
	const EXPECTED: Record<Who, Outcome> = {
		anon: DENIED,
		outsider: DENIED,
		lesznoEditor: DENIED,
		ownEditor: DENIED,
		faenzaEditor: 1,
		coordinator: 1,
		platformAdmin: 1
	};

	it.each(ROLES)('%s adding a document to Young NEETs: %s', async (who) => {
		const answer = await as(who)
			.from('documents')
			.insert({
				project_id: PROJECT.youngNeets,
				title: title(`by ${who}`),
				kind: 'other',
				visibility: 'partners',
				created_by: who === 'anon' ? null : USER[who]
			})
			.select('id');
		expect(outcome(answer)).toBe(EXPECTED[who]);
	});

	it('names its author: nobody adds a document in someone else’s name', async () => {
		const answer = await as('faenzaEditor')
			.from('documents')
			.insert({
				project_id: PROJECT.youngNeets,
				title: title('forged author'),
				created_by: USER.coordinator
			})
			.select('id');
		expectRefused(answer, DENIED, 403);
	});

	it('belongs to exactly one record, and never moves to another', async () => {
		const two = await as('coordinator')
			.from('documents')
			.insert({
				project_id: PROJECT.youngNeets,
				practice_id: randomUUID(),
				title: title('two owners'),
				created_by: USER.coordinator
			});
		expect(two.error?.code).toMatch(new RegExp(`^(${CHECK}|23503)$`));
		const moved = await as('coordinator')
			.from('documents')
			.update({ project_id: PROJECT.own })
			.eq('id', DOC.public)
			.select('id');
		expectRefused(moved, DENIED, 403);
	});

	it('lets only writers remove a document', async () => {
		const removedByOutsider = await as('lesznoEditor')
			.from('documents')
			.delete()
			.eq('id', DOC.partners)
			.select('id');
		expect(outcome(removedByOutsider)).toBe(0);
		expect(
			await peek('select count(*)::int as n from public.documents where id = $1', [DOC.partners])
		).toEqual([{ n: 1 }]);
	});
});

describe('writing files', () => {
	const hex = (bytes: Buffer) => `\\x${bytes.toString('hex')}`;
	const upload = (
		who: Person,
		document: string,
		locale: string | null,
		bytes: Buffer = PDF,
		contentType = 'application/pdf'
	) =>
		as(who)
			.from('document_files')
			.insert({
				document_id: document,
				locale,
				file_name: 'upload.pdf',
				content_type: contentType,
				bytes: hex(bytes),
				created_by: USER[who]
			})
			.select('id, byte_size, organisation_id');

	it('lets partner editors upload, counted against the organisation they act for', async () => {
		const answer = await upload('faenzaEditor', DOC.public, 'lv');
		expect(answer.error).toBeNull();
		expect(answer.data).toEqual([
			expect.objectContaining({ byte_size: PDF.length, organisation_id: ORG.faenza })
		]);
	});

	it.each([
		'invoice\u202efdp.exe',
		'report\u200f.pdf',
		'a\u061cb.pdf',
		'\u2066plan\u2069.pdf',
		'x\u202ay.pdf'
	])('refuses a file name with a direction control, whoever writes it: %j', async (fileName) => {
		const answer = await as('faenzaEditor')
			.from('document_files')
			.insert({
				document_id: DOC.public,
				locale: 'lv',
				file_name: fileName,
				content_type: 'application/pdf',
				bytes: hex(PDF),
				created_by: USER.faenzaEditor
			});
		expect(answer.error?.code).toBe(CHECK);
	});

	it('names kept before that lose their direction controls (the migration, replayed in a transaction)', async () => {
		const migration = fs.readFileSync(
			'supabase/migrations/20261207120000_document_file_names_without_direction_marks.sql',
			'utf8'
		);
		await db.query('begin');
		try {
			await db.query(
				'alter table public.document_files drop constraint document_files_file_name_no_direction_controls'
			);
			await db.query(`update public.document_files set file_name = $2 where id = $1`, [
				FILE.public,
				'invoice\u202efdp\u200e.exe'
			]);
			await db.query(`update public.document_files set file_name = $2 where id = $1`, [
				FILE.partners,
				'\u200f\u061c'
			]);
			await db.query(migration);
			const names = await peek<{ file_name: string }>(
				'select file_name from public.document_files where id = any($1) order by id = $2 desc',
				[[FILE.public, FILE.partners], FILE.public]
			);
			expect(names.map((n) => n.file_name)).toEqual(['invoicefdp.exe', 'file']);
		} finally {
			await db.query('rollback');
		}
	});

	it('refuses uploads from another organisation, an outsider or anon', async () => {
		expect(outcome(await upload('lesznoEditor', DOC.public, 'de'))).toBe(DENIED);
		expect(outcome(await upload('outsider', DOC.public, 'de'))).toBe(DENIED);
		const anon = await as('anon')
			.from('document_files')
			.insert({
				document_id: DOC.public,
				locale: 'de',
				file_name: 'a.pdf',
				content_type: 'application/pdf',
				bytes: hex(PDF)
			});
		expect(anon.error?.code).toBe(DENIED);
	});

	it('never lets the organisation, size or digest be set by hand', async () => {
		const own = await as('faenzaEditor')
			.from('document_files')
			.insert({
				document_id: DOC.public,
				locale: 'fr',
				file_name: 'a.pdf',
				content_type: 'application/pdf',
				bytes: hex(PDF),
				created_by: USER.faenzaEditor,
				organisation_id: ORG.own
			});
		expect(own.error?.code).toBe(DENIED);
		const changed = await as('coordinator')
			.from('document_files')
			.update({ organisation_id: ORG.own })
			.eq('id', FILE.public);
		expect(changed.error?.code).toBe(DENIED);
	});

	it('keeps one file per language, takes only known types, refuses empty files', async () => {
		expect(outcome(await upload('coordinator', DOC.partners, 'en'))).toBe(UNIQUE);
		expect(
			outcome(await upload('coordinator', DOC.partners, 'de', PDF, 'application/x-msdownload'))
		).toBe(CHECK);
		expect(outcome(await upload('coordinator', DOC.partners, 'de', Buffer.alloc(0)))).toBe(CHECK);
	});

	it('refuses a file over 20 MB and stores nothing', async () => {
		const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
		const answer = await upload('coordinator', DOC.partners, 'it', big, 'text/plain');
		expect(answer.error?.code).toBe(CHECK);
		expect(answer.error?.message).toContain('document_files_size_limit');
		expect(
			await peek('select count(*)::int as n from public.document_files where document_id = $1', [
				DOC.partners
			])
		).toEqual([{ n: 1 }]);
	}, 60_000);

	it('refuses a file that takes the organisation over its 200 MB, with 413, and stores nothing', async () => {
		// With the draft project's file, ten more fill the quota exactly (written as the superuser; the
		// triggers still count): nine of 20 MiB and one that much less the file already there.
		await db.query(
			`with docs as (
			   insert into public.documents (project_id, title, created_by)
			   select $1, jsonb_build_object('en', jsonb_build_object('text', $2 || ' filler ' || n, 'status', 'original')), $3
			   from generate_series(1, 10) as n returning id
			 )
			 insert into public.document_files (document_id, file_name, content_type, bytes, created_by)
			 select id, 'filler.txt', 'text/plain', convert_to(repeat('x', 20971520 - case when row_number() over () = 1 then $4 else 0 end), 'UTF8'), $3 from docs`,
			[PROJECT.own, PREFIX, USER.ownEditor, PDF.length]
		);
		expect(
			await peek(
				'select sum(byte_size)::bigint as used from public.document_files where organisation_id = $1',
				[ORG.own]
			)
		).toEqual([{ used: String(10 * 20971520) }]);
		const answer = await upload(
			'ownEditor',
			DOC.draftProject,
			'en',
			Buffer.from('one more'),
			'text/plain'
		);
		expect({ code: answer.error?.code, status: answer.status }).toEqual({
			code: QUOTA,
			status: 413
		});
		expect(answer.error?.hint).toBeTruthy();
		expect(
			await peek('select count(*)::int as n from public.document_files where document_id = $1', [
				DOC.draftProject
			])
		).toEqual([{ n: 1 }]);
		// Another organisation is not affected.
		expect((await upload('faenzaEditor', DOC.public, 'es')).error).toBeNull();
		// Removing files frees the space again.
		await db.query(`delete from public.documents where title -> 'en' ->> 'text' like $1`, [
			`${PREFIX} filler %`
		]);
		expect(
			(await upload('ownEditor', DOC.draftProject, 'en', Buffer.from('one more'), 'text/plain'))
				.error
		).toBeNull();
	}, 120_000);
});
