// Documents of a project's result statements and press items
// (supabase/migrations/20261122170200_result_documents_and_renditions.sql): they follow the rules of
// the project's own documents exactly, as each role, through the real PostgREST; a document of one
// project for another project's result is refused. Fixtures are written, and outcomes checked, as
// the cluster's superuser.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, rawBytesAs, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';
const FOREIGN_KEY = '23503';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `resdoc-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const ORG = {
	faenza: '0a000000-0000-4000-8000-000000000003',
	own: make.organisation({ city: 'Valletta', country: 'MT' })
};
const PROJECT = {
	/** Young NEETs, published: the coordinator coordinates it, the Faenza editor is a partner editor. */
	youngNeets: '0b000000-0000-4000-8000-000000000001',
	/** Small-scale partnership: the Leszno editor's project, not Faenza's. */
	smallScale: '0b000000-0000-4000-8000-000000000002',
	/** This file's, a draft: its only member is ownEditor. */
	own: make.project()
};
const USER = {
	platformAdmin: '0c000000-0000-4000-8000-000000000001',
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	/** This file's: signed in, a member of nothing. */
	outsider: make.person(),
	/** This file's: partner editor in its draft project. */
	ownEditor: make.person({ memberOf: ORG.own })
};
make.partner(PROJECT.own, ORG.own, 'lead_partner');
make.projectMember(PROJECT.own, USER.ownEditor, ORG.own, 'partner_editor');

const text = (value: string) => ({ en: { text: `${PREFIX} ${value}`, status: 'original' } });
const json = (value: unknown) => JSON.stringify(value);

const RESULT = { youngNeets: randomUUID(), smallScale: randomUUID(), own: randomUUID() };
const PRESS = { youngNeets: randomUUID() };
const DOC = {
	resultPublic: randomUUID(),
	resultPartners: randomUUID(),
	pressPartners: randomUUID(),
	draftResult: randomUUID()
};
const FILE = {
	resultPublic: randomUUID(),
	resultPartners: randomUUID(),
	pressPartners: randomUUID(),
	draftResult: randomUUID()
};
const PDF = Buffer.from('%PDF-1.4\n% a result document\n%%EOF\n', 'latin1');

const FIXTURES = `
insert into public.project_results (id, project_id, statement, position) values
  ('${RESULT.youngNeets}', '${PROJECT.youngNeets}', '${json(text('result of Young NEETs'))}', 90),
  ('${RESULT.smallScale}', '${PROJECT.smallScale}', '${json(text('result of the small-scale partnership'))}', 90),
  ('${RESULT.own}', '${PROJECT.own}', '${json(text('result of the draft'))}', 1);
insert into public.press_items (id, project_id, title, position) values
  ('${PRESS.youngNeets}', '${PROJECT.youngNeets}', '${json(text('press item of Young NEETs'))}', 90);
insert into public.documents (id, project_id, result_id, press_item_id, title, kind, visibility, created_by) values
  ('${DOC.resultPublic}', '${PROJECT.youngNeets}', '${RESULT.youngNeets}', null, '${json(text('result, public'))}', 'result', 'public', '${USER.coordinator}'),
  ('${DOC.resultPartners}', '${PROJECT.youngNeets}', '${RESULT.youngNeets}', null, '${json(text('result, partners'))}', 'report', 'partners', '${USER.coordinator}'),
  ('${DOC.pressPartners}', '${PROJECT.youngNeets}', null, '${PRESS.youngNeets}', '${json(text('press, partners'))}', 'other', 'partners', '${USER.coordinator}'),
  ('${DOC.draftResult}', '${PROJECT.own}', '${RESULT.own}', null, '${json(text('result of the draft, public'))}', 'result', 'public', '${USER.ownEditor}');
insert into public.document_files (id, document_id, locale, file_name, content_type, bytes, created_by) values
  ('${FILE.resultPublic}', '${DOC.resultPublic}', 'en', 'public.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.coordinator}'),
  ('${FILE.resultPartners}', '${DOC.resultPartners}', 'en', 'partners.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.coordinator}'),
  ('${FILE.pressPartners}', '${DOC.pressPartners}', null, 'press.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.coordinator}'),
  ('${FILE.draftResult}', '${DOC.draftResult}', null, 'draft.pdf', 'application/pdf', '\\x${PDF.toString('hex')}', '${USER.ownEditor}');
`;

const CLEAN_UP = `
delete from public.documents where title -> 'en' ->> 'text' like '${PREFIX} %';
delete from public.project_results where statement -> 'en' ->> 'text' like '${PREFIX} %';
delete from public.press_items where title -> 'en' ->> 'text' like '${PREFIX} %';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { db, peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		expect(
			await peek(
				`select count(*)::int as n from public.documents where title -> 'en' ->> 'text' like $1`,
				[`${PREFIX} %`]
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

/** How many bytes of a file PostgREST gives the portal (public.document_file_bytes); 0 when unreadable. */
const bytesAs = rawBytesAs<Person>(stack, USER);
const downloaded = async (who: Who, file: string) =>
	(await bytesAs(who, `document_file_bytes?file=${file}`)).length;

describe('reading the documents of results and press items', () => {
	// [public document of a result, partner-only one of the same result, partner-only one of a press
	// item, public one of a draft project's result]: exactly as the project's own documents.
	const EXPECTED: Record<Who, [Outcome, Outcome, Outcome, Outcome]> = {
		anon: [1, 0, 0, 0],
		outsider: [1, 0, 0, 0],
		lesznoEditor: [1, 0, 0, 0],
		faenzaEditor: [1, 1, 1, 0],
		coordinator: [1, 1, 1, 0],
		platformAdmin: [1, 1, 1, 1],
		ownEditor: [1, 0, 0, 1]
	};

	it.each(ROLES)(
		'%s sees them, their files and their bytes as the project and visibility allow',
		async (who) => {
			const keys = ['resultPublic', 'resultPartners', 'pressPartners', 'draftResult'] as const;
			const seen: Outcome[] = [];
			const filesSeen: Outcome[] = [];
			const bytesSeen: Outcome[] = [];
			for (const key of keys) {
				seen.push(
					outcome(
						await as(who)
							.from('documents')
							.select('id, result_id, press_item_id')
							.eq('id', DOC[key])
					)
				);
				filesSeen.push(
					outcome(await as(who).from('document_files').select('id').eq('id', FILE[key]))
				);
				bytesSeen.push((await downloaded(who, FILE[key])) === PDF.length ? 1 : 0);
			}
			expect({ documents: seen, files: filesSeen, bytes: bytesSeen }).toEqual({
				documents: EXPECTED[who],
				files: EXPECTED[who],
				bytes: EXPECTED[who]
			});
		}
	);

	it('names the part a document belongs to, embedded with the result', async () => {
		const { data } = await as('anon')
			.from('project_results')
			.select('id, documents(id, title)')
			.eq('id', RESULT.youngNeets)
			.single();
		expect(data).toEqual({
			id: RESULT.youngNeets,
			documents: [{ id: DOC.resultPublic, title: text('result, public') }]
		});
	});
});

describe('adding documents to results and press items', () => {
	const EXPECTED: Record<Who, Outcome> = {
		anon: DENIED,
		outsider: DENIED,
		lesznoEditor: DENIED,
		ownEditor: DENIED,
		faenzaEditor: 1,
		coordinator: 1,
		platformAdmin: 1
	};
	const add = (
		who: Who,
		part: { result_id: string } | { press_item_id: string },
		project = PROJECT.youngNeets
	) =>
		as(who)
			.from('documents')
			.insert({
				project_id: project,
				...part,
				title: text(`by ${who}`),
				kind: 'result',
				visibility: 'public',
				created_by: who === 'anon' ? null : USER[who]
			})
			.select('id, result_id, press_item_id');

	it.each(ROLES)('%s adding a document to a result of Young NEETs: %s', async (who) => {
		expect(outcome(await add(who, { result_id: RESULT.youngNeets }))).toBe(EXPECTED[who]);
	});

	it.each(ROLES)('%s adding a document to a press item of Young NEETs: %s', async (who) => {
		expect(outcome(await add(who, { press_item_id: PRESS.youngNeets }))).toBe(EXPECTED[who]);
	});

	it('lets a partner editor upload its file, counted against the organisation they act for', async () => {
		const [{ id }] = (await add('faenzaEditor', { result_id: RESULT.youngNeets })).data as Array<{
			id: string;
		}>;
		const answer = await as('faenzaEditor')
			.from('document_files')
			.insert({
				document_id: id,
				locale: 'lv',
				file_name: 'rezultāts.pdf',
				content_type: 'application/pdf',
				bytes: `\\x${PDF.toString('hex')}`,
				created_by: USER.faenzaEditor
			})
			.select('organisation_id');
		expect(answer.data).toEqual([{ organisation_id: ORG.faenza }]);
		const outsider = await as('lesznoEditor')
			.from('document_files')
			.insert({
				document_id: id,
				locale: 'en',
				file_name: 'x.pdf',
				content_type: 'application/pdf',
				bytes: `\\x${PDF.toString('hex')}`,
				created_by: USER.lesznoEditor
			});
		expect(outsider.error?.code).toBe(DENIED);
	});

	it("refuses a document of one project for another project's result, whoever asks", async () => {
		// The coordinator writes Young NEETs' documents, and can read the small-scale partnership's
		// result: the pair still does not exist.
		expectRefused(await add('coordinator', { result_id: RESULT.smallScale }), FOREIGN_KEY, 409);
		expectRefused(await add('platformAdmin', { result_id: RESULT.smallScale }), FOREIGN_KEY, 409);
		expectRefused(await add('faenzaEditor', { press_item_id: randomUUID() }), FOREIGN_KEY, 409);
		// Under the result's own project, the Faenza editor is nobody.
		expect(
			outcome(await add('faenzaEditor', { result_id: RESULT.smallScale }, PROJECT.smallScale))
		).toBe(DENIED);
		expect(
			await peek(`select count(*)::int as n from public.documents where result_id = $1`, [
				RESULT.smallScale
			])
		).toEqual([{ n: 0 }]);
	});

	it('gives only a project parts, and a document at most one', async () => {
		const event = await as('platformAdmin')
			.from('documents')
			.insert({
				event_id: randomUUID(),
				result_id: RESULT.youngNeets,
				title: text('event with a result'),
				created_by: USER.platformAdmin
			});
		expect(event.error?.code).toBe(CHECK);
		const both = await add('coordinator', {
			result_id: RESULT.youngNeets,
			press_item_id: PRESS.youngNeets
		} as { result_id: string });
		expect(outcome(both)).toBe(CHECK);
	});

	it('never moves a document to another part, nor to the project itself', async () => {
		for (const change of [
			{ result_id: null },
			{ press_item_id: PRESS.youngNeets },
			{ result_id: RESULT.youngNeets }
		]) {
			const answer = await as('coordinator')
				.from('documents')
				.update(change)
				.eq('id', DOC.resultPartners)
				.select('id');
			expectRefused(answer, DENIED, 403);
		}
		expect(
			await peek('select result_id, press_item_id from public.documents where id = $1', [
				DOC.resultPartners
			])
		).toEqual([{ result_id: RESULT.youngNeets, press_item_id: null }]);
	});

	it("lets only the project's writers remove one", async () => {
		expect(
			outcome(
				await as('lesznoEditor').from('documents').delete().eq('id', DOC.pressPartners).select('id')
			)
		).toBe(0);
		expect(
			outcome(
				await as('outsider').from('documents').delete().eq('id', DOC.resultPublic).select('id')
			)
		).toBe(0);
		expect(
			await peek('select count(*)::int as n from public.documents where id = any($1)', [
				[DOC.pressPartners, DOC.resultPublic]
			])
		).toEqual([{ n: 2 }]);
	});

	it('stays when its result goes: removing the result leaves the document and its file with the project', async () => {
		const result = randomUUID();
		await db.query(
			`insert into public.project_results (id, project_id, statement) values ($1, $2, $3)`,
			[result, PROJECT.youngNeets, text('short-lived result')]
		);
		const [{ id }] = (await add('coordinator', { result_id: result })).data as Array<{
			id: string;
		}>;
		await as('coordinator')
			.from('document_files')
			.insert({
				document_id: id,
				file_name: 'a.pdf',
				content_type: 'application/pdf',
				bytes: `\\x${PDF.toString('hex')}`,
				created_by: USER.coordinator
			});
		expect(
			outcome(
				await as('coordinator').from('project_results').delete().eq('id', result).select('id')
			)
		).toBe(1);
		expect(
			await peek('select project_id, result_id from public.documents where id = $1', [id])
		).toEqual([{ project_id: PROJECT.youngNeets, result_id: null }]);
		expect(
			await peek('select count(*)::int as n from public.document_files where document_id = $1', [
				id
			])
		).toEqual([{ n: 1 }]);
		await db.query('delete from public.documents where id = $1', [id]);
	});
});
