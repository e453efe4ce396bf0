// Good practices, collections and practice transfers (supabase/migrations/20261122150000_practices.sql),
// as each role, through the real PostgREST the way the portal calls it: the anon key, and for a
// signed-in person a minted user token (auth.uid() is its `sub`).
//
// The people are the seed's (supabase/seed.sql) plus two of this file's own: a plain member of
// Leszno and an outsider with no memberships, and an organisation and a project of its own. Like
// events.test.ts these requests commit, so everything made here has a slug starting with this run's
// tag, and cleaning up removes exactly those (transfers, texts, publications and history go with
// their practice). Fixtures are written, and outcomes checked, as the cluster's superuser, which
// bypasses row level security.
//
// The seed has practices of its own, some published: search tests filter the answer to this run's
// practices (`slug like …`), and counts search for a word made of this run's tag, so that both compare
// exact answers whatever else the database holds.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, type Answer, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const UNIQUE = '23505';
const CHECK = '23514';
const FOREIGN_KEY = '23503';
const BAD_ARGUMENT = '22023';
// A language the practice does not (or no longer) have: a client error, never a server error.
const NO_SUCH_TEXT = 'PT404';
// PostgREST answers PTxyz with HTTP xyz: a text that changed since the person opened it is a 409.
const STALE = 'PT409';

// People, organisations and projects ----------------------------------------------------------
const TAG = randomBytes(4).toString('hex');
/** Every practice, collection, organisation and project this file makes has a slug that starts so. */
const PREFIX = `pr-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const ORG = {
	/** Daugavpils City Council: the coordinator is its admin; an applicant in small-scale-partnership. */
	daugavpils: '0a000000-0000-4000-8000-000000000001',
	/** Daugavpils Education Board: the coordinator is its admin; an applicant in young-neets. */
	educationBoard: '0a000000-0000-4000-8000-000000000002',
	/** Comune di Faenza: the Faenza editor is its admin; coordinator (partner role) of young-neets. */
	faenza: '0a000000-0000-4000-8000-000000000003',
	/** Fundacja Centrum Aktywności Twórczej, Leszno: a partner in small-scale-partnership. */
	leszno: '0a000000-0000-4000-8000-000000000004',
	/** Municipality of Alimos (GR): no one here belongs to it. */
	alimos: '0a000000-0000-4000-8000-00000000000a',
	/** This file's: in a project of its own, and nothing else; so no practice of the seed's has either. */
	own: make.organisation({
		slug: `${PREFIX}-org`,
		name: 'Own organisation (test)',
		city: 'Valletta',
		country: 'MT'
	})
};
const ORG_SLUG = {
	daugavpils: 'daugavpils-city-council',
	educationBoard: 'daugavpils-education-board',
	faenza: 'comune-di-faenza',
	leszno: 'fundacja-centrum-aktywnosci-tworczej',
	alimos: 'municipality-of-alimos'
};
const PROJECT = {
	/** Young NEETs: the coordinator coordinates it, the Faenza editor is a partner editor in it. */
	youngNeets: '0b000000-0000-4000-8000-000000000001',
	/** Small-scale partnership: the coordinator coordinates it, the Leszno editor is a partner editor in it. */
	small: '0b000000-0000-4000-8000-000000000002',
	/** This file's: published, with this file's organisation its only partner and nobody in it. */
	own: make.project({ slug: `${PREFIX}-project`, title: 'Own project (test)', is_published: true })
};

const USER = {
	/** admin@tilts.example: platform admin, member of nothing. */
	platformAdmin: '0c000000-0000-4000-8000-000000000001',
	/** Admin of Daugavpils City Council and Education Board; coordinator of all five projects. */
	coordinator: '0c000000-0000-4000-8000-000000000002',
	/** Admin of Faenza; partner editor in young-neets. */
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	/** Admin of Leszno; partner editor in small-scale-partnership. */
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	/** This file's: a plain member of Leszno, in no project. */
	lesznoMember: make.person({ memberOf: ORG.leszno }),
	/** This file's: signed in, but a member of nothing. */
	outsider: make.person()
};
make.partner(PROJECT.own, ORG.own, 'lead_partner');

const CLEAN_UP = `
delete from public.collections where slug like '${PREFIX}-%';
delete from public.practices where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	cleanUp: CLEAN_UP,
	left: async () => {
		const left = await peek(
			`select (select count(*)::int from public.practices where slug like $1) as practices,
			        (select count(*)::int from public.collections where slug like $1) as collections,
			        (select count(*)::int from public.projects where slug like $1) as projects,
			        (select count(*)::int from public.organisations where slug like $1) as organisations,
			        (select count(*)::int from public.users where email like $2) as users`,
			[`${PREFIX}-%`, `%@${EMAIL_DOMAIN}`]
		);
		expect(left).toEqual([
			{ practices: 0, collections: 0, projects: 0, organisations: 0, users: 0 }
		]);
	}
});

// Clients and helpers ------------------------------------------------------------------------
type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);

const EVERYONE: Who[] = [
	'anon',
	'outsider',
	'faenzaEditor',
	'lesznoMember',
	'lesznoEditor',
	'coordinator',
	'platformAdmin'
];

async function lastAuditId(): Promise<number> {
	return Number(
		(await peek<{ id: string | null }>(`select max(id) as id from public.audit_log`))[0].id ?? 0
	);
}

type Entry = {
	actor_id: string | null;
	action: string;
	subject_type: string | null;
	subject_id: string | null;
	details: Record<string, unknown>;
};

/** Audit entries written since `since` about `subject`. */
async function auditSince(since: number, subject: string): Promise<Entry[]> {
	return peek<Entry>(
		`select actor_id, action, subject_type, subject_id, details from public.audit_log where id > $1 and subject_id = $2 order by id`,
		[since, subject]
	);
}

async function practicesLike(pattern: string): Promise<number> {
	return (
		await peek<{ n: number }>(
			`select count(*)::int as n from public.practices where slug like $1`,
			[pattern]
		)
	)[0].n;
}

type Practice = {
	slug: string;
	organisation_id: string;
	project_id: string | null;
	country: string;
	created_by: string | null;
};

async function practiceRow(id: string): Promise<Practice | undefined> {
	return (
		await peek<Practice>(
			`select slug, organisation_id, project_id, country, created_by from public.practices where id = $1`,
			[id]
		)
	)[0];
}

type TextRow = {
	kind: string;
	title: string;
	state: string;
	version: number;
	review_comment: string | null;
	updated_by: string | null;
};

async function textOf(practice: string, locale: string): Promise<TextRow | undefined> {
	return (
		await peek<TextRow>(
			`select kind, title, state::text, version, review_comment, updated_by from public.practice_texts where practice_id = $1 and locale = $2`,
			[practice, locale]
		)
	)[0];
}

async function versionOf(practice: string, locale: string): Promise<number> {
	const text = await textOf(practice, locale);
	if (!text) throw new Error(`no ${locale} text of ${practice}`);
	return text.version;
}

type HistoryRow = {
	action: string;
	version: number;
	state: string;
	changed_by: string | null;
	comment: string | null;
	title: string;
};

async function historyOf(practice: string, locale: string): Promise<HistoryRow[]> {
	return peek<HistoryRow>(
		`select action, version, state::text, changed_by, comment, title from public.practice_text_history
		 where practice_id = $1 and locale = $2 order by id`,
		[practice, locale]
	);
}

type PublicationRow = {
	locale: string;
	kind: string;
	title: string;
	text_version: number;
	published_by: string | null;
};

async function publicationsOf(practice: string): Promise<PublicationRow[]> {
	return peek<PublicationRow>(
		`select locale, kind, title, text_version, published_by from public.practice_publications where practice_id = $1 order by locale`,
		[practice]
	);
}

/** A history row as expected: the comment only on a return, the title as saved. */
const entry = (
	action: string,
	version: number,
	state: string,
	by: Person,
	title: string,
	comment: string | null = null
): HistoryRow => ({
	action,
	version,
	state,
	changed_by: USER[by],
	comment,
	title
});

type Start = {
	organisation?: string;
	project?: string | null;
	locale?: string;
	title?: string;
	slug?: string;
};

async function createPractice(who: Who, name: string, options: Start = {}): Promise<Answer> {
	return as(who).rpc('create_practice', {
		organisation: options.organisation ?? ORG.leszno,
		project: options.project === undefined ? PROJECT.small : options.project,
		slug: options.slug ?? slug(name),
		locale: options.locale ?? 'pl',
		title: options.title ?? `${name} (test)`
	});
}

/**
 * The sections a text needs before it is submitted or published, besides its title
 * (20261206120100_practice_required_sections.sql; tests/integration/practice-review.test.ts tests the rule).
 * Punctuation only, so that they add no word to what search finds or ranks.
 */
const REQUIRED = { summary: '—', context: '—', actions: '—', results: '—' };

/**
 * A practice started through the API; by default the Leszno editor's, in Polish, from small-scale-partnership.
 * Its required sections are written in by the superuser with triggers off, leaving no version or history
 * behind, so that each test's versions and history count only the steps it takes itself.
 */
async function start(who: Person, name: string, options: Start = {}): Promise<string> {
	const response = await createPractice(who, name, options);
	expect(response.error).toBeNull();
	const id = response.data as string;
	const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
	await peek(
		`begin; set local session_replication_role = replica;
		 update public.practice_texts set ${Object.entries(REQUIRED)
				.map(([column, value]) => `${column} = ${quote(value)}`)
				.join(', ')}
		 where practice_id = ${quote(id)}; commit;`
	);
	return id;
}

type Step = 'submit' | 'return' | 'publish' | 'unpublish';

async function step(
	who: Who,
	what: Step,
	practice: string,
	locale: string,
	seen?: number,
	comment?: string | null
): Promise<Answer> {
	const args: Record<string, unknown> = { practice, locale };
	if (what !== 'unpublish') args.seen_version = seen ?? (await versionOf(practice, locale));
	if (what === 'return') args.comment = comment;
	return as(who).rpc(`${what}_practice_text`, args);
}

/** A step expected to happen (true). */
async function done(
	who: Who,
	what: Step,
	practice: string,
	locale: string,
	comment?: string
): Promise<void> {
	const response = await step(who, what, practice, locale, undefined, comment);
	expect({ error: response.error, data: response.data }).toEqual({ error: null, data: true });
}

/**
 * Saves a text the way the portal does: the content only, over the version seen (a stale one
 * matches no row). The version is never sent: the database counts it.
 */
async function save(
	who: Who,
	practice: string,
	locale: string,
	fields: Record<string, unknown>,
	seen?: number
): Promise<Answer> {
	const version = seen ?? (await versionOf(practice, locale));
	return as(who)
		.from('practice_texts')
		.update(fields)
		.eq('practice_id', practice)
		.eq('locale', locale)
		.eq('version', version)
		.select('state, version');
}

/** Submitted by `writer`, published by `approver`. */
async function publish(
	writer: Person,
	approver: Person,
	practice: string,
	locale: string
): Promise<void> {
	await done(writer, 'submit', practice, locale);
	await done(approver, 'publish', practice, locale);
}

/** What each person gets of a practice through the API: rows, or the SQLSTATE of the refusal. */
async function whoSees(practice: string, readers: Who[] = EVERYONE) {
	const seen: Record<string, Record<string, Outcome>> = {};
	for (const who of readers) {
		const c = as(who);
		seen[who] = {
			practice: outcome(await c.from('practices').select('id').eq('id', practice)),
			texts: outcome(await c.from('practice_texts').select('locale').eq('practice_id', practice)),
			history: outcome(
				await c.from('practice_text_history').select('id').eq('practice_id', practice)
			),
			publications: outcome(
				await c.from('practice_publications').select('locale').eq('practice_id', practice)
			)
		};
	}
	return seen;
}

const sees = (practice: Outcome, texts: Outcome, history: Outcome, publications: Outcome) => ({
	practice,
	texts,
	history,
	publications
});

const title = (en: string) => ({ en: { text: en, status: 'original' } });

// create_practice ----------------------------------------------------------------------------
describe('create_practice', () => {
	it('the Leszno editor starts a Polish practice from small-scale-partnership: practice, original draft, history and audit', async () => {
		const since = await lastAuditId();
		const response = await createPractice('lesznoEditor', 'started', {
			title: 'Kawiarnia sąsiedzka'
		});
		expect(response.error).toBeNull();
		const id = response.data as string;
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		// The country is the organisation's.
		expect(await practiceRow(id)).toEqual({
			slug: slug('started'),
			organisation_id: ORG.leszno,
			project_id: PROJECT.small,
			country: 'PL',
			created_by: USER.lesznoEditor
		});
		expect(
			await peek(
				`select locale, kind, title, state::text, version, updated_by from public.practice_texts where practice_id = $1`,
				[id]
			)
		).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Kawiarnia sąsiedzka',
				state: 'draft',
				version: 1,
				updated_by: USER.lesznoEditor
			}
		]);
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoEditor', 'Kawiarnia sąsiedzka')
		]);
		expect(await auditSince(since, id)).toEqual([
			{
				actor_id: USER.lesznoEditor,
				action: 'practice.created',
				subject_type: 'practice',
				subject_id: id,
				details: { organisation_id: ORG.leszno, project_id: PROJECT.small }
			}
		]);
		// Its author reads it and its working copy through the API at once; anon does not.
		expect((await as('lesznoEditor').from('practices').select('slug').eq('id', id)).data).toEqual([
			{ slug: slug('started') }
		]);
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.select('locale, state')
					.eq('practice_id', id)
			).data
		).toEqual([{ locale: 'pl', state: 'draft' }]);
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(0);
	});

	it('a taken slug gets a number, even when the practice that has it is a draft the author cannot see', async () => {
		const first = await start('lesznoEditor', 'taken');
		const second = await start('lesznoEditor', 'taken');
		const third = await start('lesznoEditor', 'taken');
		expect([
			(await practiceRow(first))?.slug,
			(await practiceRow(second))?.slug,
			(await practiceRow(third))?.slug
		]).toEqual([slug('taken'), slug('taken-2'), slug('taken-3')]);
		// Faenza's draft (no project) is invisible to the Leszno editor, and still holds its slug.
		const faenza = await start('faenzaEditor', 'faenza-draft', {
			organisation: ORG.faenza,
			project: null,
			locale: 'it'
		});
		expect(outcome(await as('lesznoEditor').from('practices').select('id').eq('id', faenza))).toBe(
			0
		);
		const leszno = await start('lesznoEditor', 'faenza-draft');
		expect((await practiceRow(leszno))?.slug).toBe(slug('faenza-draft-2'));
		expect((await practiceRow(faenza))?.slug).toBe(slug('faenza-draft'));
	});

	// The numbered slug is cut to leave room for "-n": a cut that ends on a hyphen must not give
	// "--2", which the slug check refuses (the same rule as add_new_partner_organisation's).
	it('a taken slug of 80 characters whose 78th is a hyphen still gets a valid numbered slug', async () => {
		const long = slug('x'.repeat(77 - slug('').length) + '-ab');
		expect({ length: long.length, at78: long[77] }).toEqual({ length: 80, at78: '-' });
		await start('lesznoEditor', 'long', { slug: long });
		const again = await createPractice('lesznoEditor', 'long', { slug: long });
		expect(again.error).toBeNull();
		const numbered = (await practiceRow(again.data as string))?.slug;
		expect(numbered).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2$/);
		expect(numbered?.startsWith(long.slice(0, 76))).toBe(true);
	});

	it.each([
		[
			'Faenza’s editor, for Leszno from small-scale-partnership',
			'faenzaEditor',
			ORG.leszno,
			PROJECT.small
		],
		['Faenza’s editor, for Leszno without a project', 'faenzaEditor', ORG.leszno, null],
		['an outsider, for Leszno without a project', 'outsider', ORG.leszno, null],
		['an outsider, for Leszno from small-scale-partnership', 'outsider', ORG.leszno, PROJECT.small],
		// A member of Leszno, but no coordinator or partner editor of young-neets (Leszno is not in it).
		['the Leszno editor, from young-neets', 'lesznoEditor', ORG.leszno, PROJECT.youngNeets],
		// A member of Leszno who holds no role in small-scale-partnership.
		[
			'a plain Leszno member, from small-scale-partnership',
			'lesznoMember',
			ORG.leszno,
			PROJECT.small
		],
		// The coordinator writes the project's practices, but starts them only for their own organisations.
		['the coordinator, for Leszno', 'coordinator', ORG.leszno, PROJECT.small],
		// Faenza is in young-neets, but the Faenza editor is not a member of the Education Board.
		[
			'Faenza’s editor, for the Education Board from young-neets',
			'faenzaEditor',
			ORG.educationBoard,
			PROJECT.youngNeets
		]
	] as const)(
		'%s: refused (42501), and nothing is saved',
		async (_, who, organisation, project) => {
			const name = `refused-${who}-${project ? 'project' : 'alone'}-${organisation.slice(-2)}`;
			expectRefused(await createPractice(who, name, { organisation, project }), DENIED, 403);
			expect(await practicesLike(`${slug(name)}%`)).toBe(0);
		}
	);

	it('anon is refused (no EXECUTE: 401), and nothing is saved', async () => {
		expectRefused(await createPractice('anon', 'by-anon'), DENIED, 401);
		expect(await practicesLike(`${slug('by-anon')}%`)).toBe(0);
	});

	it('a plain member starts one for their organisation alone; a platform admin for any organisation and project', async () => {
		const alone = await start('lesznoMember', 'by-member', { project: null });
		expect(await practiceRow(alone)).toMatchObject({
			organisation_id: ORG.leszno,
			project_id: null,
			created_by: USER.lesznoMember
		});
		const byAdmin = await start('platformAdmin', 'by-platform-admin', {
			organisation: ORG.leszno,
			project: PROJECT.small,
			locale: 'en'
		});
		expect(await practiceRow(byAdmin)).toMatchObject({
			organisation_id: ORG.leszno,
			project_id: PROJECT.small,
			created_by: USER.platformAdmin
		});
		expect(await textOf(byAdmin, 'en')).toMatchObject({
			kind: 'original',
			state: 'draft',
			version: 1
		});
	});

	it('a bad language, a blank title or a bad slug leaves no practice behind', async () => {
		expectRefused(
			await createPractice('lesznoEditor', 'bad-locale', { locale: 'xx' }),
			FOREIGN_KEY,
			409
		);
		expect(await practicesLike(`${slug('bad-locale')}%`)).toBe(0);
		expectRefused(
			await createPractice('lesznoEditor', 'blank-title', { title: '   ' }),
			CHECK,
			400
		);
		expect(await practicesLike(`${slug('blank-title')}%`)).toBe(0);
		expectRefused(
			await createPractice('lesznoEditor', 'bad', { slug: `${slug('Bad_Slug')}` }),
			CHECK,
			400
		);
		expect(await practicesLike(`${slug('bad')}%`)).toBe(0);
	});

	it('a practice from a project its organisation is not a partner in is refused (even to a platform admin)', async () => {
		// Leszno is not a partner in young-neets.
		expectRefused(
			await createPractice('platformAdmin', 'not-partner', { project: PROJECT.youngNeets }),
			FOREIGN_KEY,
			409
		);
		expect(await practicesLike(`${slug('not-partner')}%`)).toBe(0);
	});

	it('nobody names someone else as the author of a practice they insert directly', async () => {
		const insert = (who: Person, name: string, createdBy: string) =>
			as(who)
				.from('practices')
				.insert({
					slug: slug(name),
					organisation_id: ORG.leszno,
					country: 'PL',
					created_by: createdBy
				});
		expectRefused(await insert('lesznoEditor', 'forged-author', USER.lesznoMember), DENIED, 403);
		expectRefused(await insert('platformAdmin', 'forged-author-2', USER.lesznoEditor), DENIED, 403);
		expect(await practicesLike(`${slug('forged-author')}%`)).toBe(0);
		// Nor names nobody.
		expectRefused(
			await as('lesznoEditor')
				.from('practices')
				.insert({ slug: slug('forged-author-3'), organisation_id: ORG.leszno, country: 'PL' }),
			DENIED,
			403
		);
		expect(await practicesLike(`${slug('forged-author')}%`)).toBe(0);
		// Naming themselves is how create_practice inserts.
		expect((await insert('lesznoEditor', 'own-author', USER.lesznoEditor)).error).toBeNull();
		expect(
			await peek(`select created_by from public.practices where slug = $1`, [slug('own-author')])
		).toEqual([{ created_by: USER.lesznoEditor }]);
	});
});

// Reading ------------------------------------------------------------------------------------
describe('who reads practices, working copies and history', () => {
	it('a draft from small-scale-partnership: its writers (Leszno’s members, the project’s coordinator and partner editor, platform admins) only', async () => {
		const id = await start('lesznoEditor', 'read-draft');
		const writer = sees(1, 1, 1, 0);
		const nobody = sees(0, 0, 0, 0);
		expect(await whoSees(id)).toEqual({
			anon: sees(0, DENIED, DENIED, 0),
			outsider: nobody,
			faenzaEditor: nobody,
			lesznoMember: writer,
			lesznoEditor: writer,
			coordinator: writer,
			platformAdmin: writer
		});
	});

	it('once published: the practice and its publication for everyone, the working copies and history still for the writers only', async () => {
		const id = await start('lesznoEditor', 'read-published');
		await publish('lesznoEditor', 'coordinator', id, 'pl');
		// History: created, submitted, published.
		const writer = sees(1, 1, 3, 1);
		const reader = sees(1, 0, 0, 1);
		expect(await whoSees(id)).toEqual({
			anon: sees(1, DENIED, DENIED, 1),
			outsider: reader,
			faenzaEditor: reader,
			lesznoMember: writer,
			lesznoEditor: writer,
			coordinator: writer,
			platformAdmin: writer
		});
	});

	it('a practice of Leszno alone: the coordinator of small-scale-partnership is no writer of it', async () => {
		const id = await start('lesznoMember', 'read-alone', { project: null });
		const writer = sees(1, 1, 1, 0);
		const nobody = sees(0, 0, 0, 0);
		expect(await whoSees(id)).toEqual({
			anon: sees(0, DENIED, DENIED, 0),
			outsider: nobody,
			faenzaEditor: nobody,
			lesznoMember: writer,
			lesznoEditor: writer,
			coordinator: nobody,
			platformAdmin: writer
		});
	});

	it('a writer reads the practice with its working copies and their publications embedded, as the editor page does', async () => {
		const id = await start('lesznoEditor', 'read-embedded');
		await publish('lesznoEditor', 'coordinator', id, 'pl');
		const read = (who: Who) =>
			as(who)
				.from('practices')
				.select(
					'slug, texts:practice_texts(locale, state, version, published:practice_publications(text_version)), publications:practice_publications(locale)'
				)
				.eq('id', id);
		const writer = await read('lesznoMember');
		expect(writer.error).toBeNull();
		expect(writer.data).toEqual([
			{
				slug: slug('read-embedded'),
				texts: [{ locale: 'pl', state: 'published', version: 3, published: { text_version: 3 } }],
				publications: [{ locale: 'pl' }]
			}
		]);
		// A reader gets the practice and its publications, and no working copies.
		expect((await read('outsider')).data).toEqual([
			{ slug: slug('read-embedded'), texts: [], publications: [{ locale: 'pl' }] }
		]);
	});

	it('the organisations that took part: named and removed by approvers only (not by writers), read with the practice', async () => {
		const id = await start('lesznoEditor', 'partners');
		const add = (who: Who, organisation: string) =>
			as(who)
				.from('practice_organisations')
				.insert({ practice_id: id, organisation_id: organisation });
		const remove = (who: Who) =>
			as(who)
				.from('practice_organisations')
				.delete()
				.eq('practice_id', id)
				.select('organisation_id');
		const read = (who: Who) =>
			as(who).from('practice_organisations').select('organisation_id').eq('practice_id', id);
		const named = async () =>
			peek(
				`select organisation_id from public.practice_organisations where practice_id = $1 order by organisation_id`,
				[id]
			);
		// Leszno's writers (its admin, the author, and a plain member) are no approvers of a practice
		// from small-scale-partnership: refused, like those who write nothing of it.
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor', 'outsider'] as const) {
			expectRefused(await add(who, ORG.faenza), DENIED, 403);
		}
		expectRefused(await add('anon', ORG.faenza), DENIED, 401);
		expect(await named()).toEqual([]);
		// The project's coordinator, its approver, names them; twice is once.
		expect((await add('coordinator', ORG.daugavpils)).error).toBeNull();
		expectRefused(await add('coordinator', ORG.daugavpils), UNIQUE, 409);
		expect((await add('platformAdmin', ORG.faenza)).error).toBeNull();
		expect(await named()).toEqual([
			{ organisation_id: ORG.daugavpils },
			{ organisation_id: ORG.faenza }
		]);
		// A writer reads them with the draft; others do not.
		expect((await read('lesznoMember').order('organisation_id')).data).toEqual([
			{ organisation_id: ORG.daugavpils },
			{ organisation_id: ORG.faenza }
		]);
		expect(outcome(await read('anon'))).toBe(0);
		expect(outcome(await read('faenzaEditor'))).toBe(0);
		// Once the practice is published, anyone reads who took part; still only approvers remove them.
		await publish('lesznoEditor', 'coordinator', id, 'pl');
		expect((await read('anon').order('organisation_id')).data).toEqual([
			{ organisation_id: ORG.daugavpils },
			{ organisation_id: ORG.faenza }
		]);
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor', 'outsider'] as const)
			expect(outcome(await remove(who))).toBe(0);
		expect((await named()).length).toBe(2);
		expect(outcome(await remove('coordinator'))).toBe(2);
		expect(await named()).toEqual([]);
	});

	it('the organisations that took part in a practice of Leszno alone: named by Leszno’s admins, not by its plain members', async () => {
		const id = await start('lesznoMember', 'partners-alone', { project: null });
		const add = (who: Who) =>
			as(who)
				.from('practice_organisations')
				.insert({ practice_id: id, organisation_id: ORG.alimos });
		// A writer, but no approver; and the coordinator, who is neither here.
		for (const who of ['lesznoMember', 'coordinator'] as const)
			expectRefused(await add(who), DENIED, 403);
		expect((await add('lesznoEditor')).error).toBeNull();
		expect(
			outcome(
				await as('lesznoMember')
					.from('practice_organisations')
					.delete()
					.eq('practice_id', id)
					.select('organisation_id')
			)
		).toBe(0);
		expect(
			outcome(
				await as('lesznoEditor')
					.from('practice_organisations')
					.delete()
					.eq('practice_id', id)
					.select('organisation_id')
			)
		).toBe(1);
	});

	it('practice_permissions says who writes and who approves, as the policies do', async () => {
		const fromProject = await start('lesznoEditor', 'permissions-project');
		const alone = await start('lesznoEditor', 'permissions-alone', { project: null });
		const answers: Record<string, unknown> = {};
		for (const who of EVERYONE) {
			const a = await as(who).rpc('practice_permissions', { practice: fromProject });
			const b = await as(who).rpc('practice_permissions', { practice: alone });
			expect([a.error, b.error]).toEqual([null, null]);
			answers[who] = { project: a.data, alone: b.data };
		}
		const p = (write: boolean, approve: boolean) => ({ write, approve });
		expect(answers).toEqual({
			anon: { project: p(false, false), alone: p(false, false) },
			outsider: { project: p(false, false), alone: p(false, false) },
			faenzaEditor: { project: p(false, false), alone: p(false, false) },
			// A member writes; the organisation's admins approve only what came from no project.
			lesznoMember: { project: p(true, false), alone: p(true, false) },
			lesznoEditor: { project: p(true, false), alone: p(true, true) },
			// The project's coordinator approves its practices.
			coordinator: { project: p(true, true), alone: p(false, false) },
			platformAdmin: { project: p(true, true), alone: p(true, true) }
		});
	});
});

// The review steps ---------------------------------------------------------------------------
describe('review: submit, return, publish, unpublish', () => {
	it('a writer submits: state submitted, version up, history and audit; a second click answers false', async () => {
		const id = await start('lesznoMember', 'submit', { project: null, title: 'Sąsiedzi' });
		const since = await lastAuditId();
		expect((await step('lesznoMember', 'submit', id, 'pl', 1)).data).toBe(true);
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'submitted', version: 2 });
		const again = await step('lesznoMember', 'submit', id, 'pl', 1);
		expect({ error: again.error, data: again.data }).toEqual({ error: null, data: false });
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'submitted', version: 2 });
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoMember', 'Sąsiedzi'),
			entry('submitted', 2, 'submitted', 'lesznoMember', 'Sąsiedzi')
		]);
		expect(await auditSince(since, id)).toEqual([
			{
				actor_id: USER.lesznoMember,
				action: 'practice_text.submitted',
				subject_type: 'practice',
				subject_id: id,
				details: { locale: 'pl', version: 2 }
			}
		]);
	});

	it('only a writer submits: others are refused, and nothing changes', async () => {
		const id = await start('lesznoEditor', 'submit-refused');
		for (const who of ['faenzaEditor', 'outsider'] as const)
			expectRefused(await step(who, 'submit', id, 'pl', 1), DENIED, 403);
		expectRefused(await step('anon', 'submit', id, 'pl', 1), DENIED, 401);
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'draft', version: 1 });
		expect((await historyOf(id, 'pl')).map((h) => h.action)).toEqual(['created']);
	});

	it('a stale version is a conflict (PT409: HTTP 409) for submit, return and publish, and nothing changes', async () => {
		const id = await start('lesznoEditor', 'stale');
		// Someone saved meanwhile: version 2.
		expect((await save('lesznoMember', id, 'pl', { summary: 'Nowe' }, 1)).data).toEqual([
			{ state: 'draft', version: 2 }
		]);
		expectRefused(await step('lesznoEditor', 'submit', id, 'pl', 1), STALE, 409);
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'draft', version: 2 });
		await done('lesznoEditor', 'submit', id, 'pl');
		expectRefused(await step('coordinator', 'return', id, 'pl', 2, 'Za krótko'), STALE, 409);
		expectRefused(await step('coordinator', 'publish', id, 'pl', 2), STALE, 409);
		expect(await textOf(id, 'pl')).toMatchObject({
			state: 'submitted',
			version: 3,
			review_comment: null
		});
		expect(await publicationsOf(id)).toEqual([]);
		expect((await historyOf(id, 'pl')).map((h) => [h.action, h.version])).toEqual([
			['created', 1],
			['saved', 2],
			['submitted', 3]
		]);
	});

	it('the approver returns with a comment (required: hint comment_required); a writer may not return; a second click answers false', async () => {
		const id = await start('lesznoEditor', 'return', { title: 'Rowerem do szkoły' });
		await done('lesznoEditor', 'submit', id, 'pl');
		// A writer who is no approver, and others.
		expectRefused(await step('lesznoEditor', 'return', id, 'pl', 2, 'Sam sobie'), DENIED, 403);
		expectRefused(await step('faenzaEditor', 'return', id, 'pl', 2, 'Nie'), DENIED, 403);
		expectRefused(await step('anon', 'return', id, 'pl', 2, 'Nie'), DENIED, 401);
		for (const comment of [null, '', '   ']) {
			const response = await step('coordinator', 'return', id, 'pl', 2, comment);
			expectRefused(response, CHECK, 400);
			expect(response.error?.hint).toBe('comment_required');
		}
		expect(await textOf(id, 'pl')).toMatchObject({
			state: 'submitted',
			version: 2,
			review_comment: null
		});

		const since = await lastAuditId();
		expect((await step('coordinator', 'return', id, 'pl', 2, '  Dodaj wyniki.  ')).data).toBe(true);
		expect(await textOf(id, 'pl')).toMatchObject({
			state: 'returned',
			version: 3,
			review_comment: 'Dodaj wyniki.'
		});
		const again = await step('coordinator', 'return', id, 'pl', 2, 'Dodaj wyniki.');
		expect({ error: again.error, data: again.data }).toEqual({ error: null, data: false });
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoEditor', 'Rowerem do szkoły'),
			entry('submitted', 2, 'submitted', 'lesznoEditor', 'Rowerem do szkoły'),
			entry('returned', 3, 'returned', 'coordinator', 'Rowerem do szkoły', 'Dodaj wyniki.')
		]);
		expect((await auditSince(since, id)).map((e) => [e.actor_id, e.action, e.details])).toEqual([
			[USER.coordinator, 'practice_text.returned', { locale: 'pl', version: 3 }]
		]);
		// The writers read the comment on their working copy.
		expect(
			(
				await as('lesznoMember')
					.from('practice_texts')
					.select('state, review_comment')
					.eq('practice_id', id)
			).data
		).toEqual([{ state: 'returned', review_comment: 'Dodaj wyniki.' }]);
		// Resubmitting clears it.
		await done('lesznoEditor', 'submit', id, 'pl');
		expect(await textOf(id, 'pl')).toMatchObject({
			state: 'submitted',
			version: 4,
			review_comment: null
		});
	});

	it('a text that is not submitted cannot be returned (PT409)', async () => {
		const id = await start('lesznoEditor', 'return-draft');
		expectRefused(await step('coordinator', 'return', id, 'pl', 1, 'Jeszcze nie'), STALE, 409);
		expect(await textOf(id, 'pl')).toMatchObject({
			state: 'draft',
			version: 1,
			review_comment: null
		});
	});

	it('publishing from a project: the project’s coordinator only; the same version twice publishes once', async () => {
		const id = await start('lesznoEditor', 'publish', { title: 'Ogród społeczny' });
		await done('lesznoEditor', 'submit', id, 'pl');
		// Writers who are no approvers: the author (Leszno's admin, but the practice is the project's),
		// a plain member; and outsiders.
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor', 'outsider'] as const) {
			expectRefused(await step(who, 'publish', id, 'pl', 2), DENIED, 403);
		}
		expectRefused(await step('anon', 'publish', id, 'pl', 2), DENIED, 401);
		expect(await publicationsOf(id)).toEqual([]);
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(0);

		const since = await lastAuditId();
		const first = await step('coordinator', 'publish', id, 'pl', 2);
		const second = await step('coordinator', 'publish', id, 'pl', 2);
		expect([first.data, second.data, second.error]).toEqual([true, false, null]);
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'published', version: 3 });
		expect(await publicationsOf(id)).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Ogród społeczny',
				text_version: 3,
				published_by: USER.coordinator
			}
		]);
		expect((await historyOf(id, 'pl')).filter((h) => h.action === 'published')).toEqual([
			entry('published', 3, 'published', 'coordinator', 'Ogród społeczny')
		]);
		expect((await auditSince(since, id)).map((e) => [e.actor_id, e.action, e.details])).toEqual([
			[USER.coordinator, 'practice_text.published', { locale: 'pl', version: 3 }]
		]);
		// Its author is told once, however often it was published.
		const told = await peek(
			`select recipient_id from public.notifications where kind = 'practice_published' and payload ->> 'slug' = $1`,
			[slug('publish')]
		);
		expect(told).toEqual([{ recipient_id: USER.lesznoEditor }]);
		// Now anon reads the practice and its publication.
		expect((await as('anon').from('practices').select('slug').eq('id', id)).data).toEqual([
			{ slug: slug('publish') }
		]);
		expect(
			(
				await as('anon')
					.from('practice_publications')
					.select('locale, title, text_version')
					.eq('practice_id', id)
			).data
		).toEqual([{ locale: 'pl', title: 'Ogród społeczny', text_version: 3 }]);
		// And through the practice, as its page does.
		expect(
			(
				await as('anon')
					.from('practices')
					.select('slug, practice_publications(locale)')
					.eq('id', id)
			).data
		).toEqual([{ slug: slug('publish'), practice_publications: [{ locale: 'pl' }] }]);
	});

	it('two clicks on publish at the same moment publish once', async () => {
		const id = await start('lesznoEditor', 'publish-race');
		await done('lesznoEditor', 'submit', id, 'pl');
		const answers = await Promise.all([
			step('coordinator', 'publish', id, 'pl', 2),
			step('coordinator', 'publish', id, 'pl', 2)
		]);
		expect(answers.map((a) => a.error)).toEqual([null, null]);
		expect(answers.map((a) => a.data).sort()).toEqual([false, true]);
		expect((await publicationsOf(id)).length).toBe(1);
		expect((await historyOf(id, 'pl')).map((h) => h.action)).toEqual([
			'created',
			'submitted',
			'published'
		]);
	});

	it('without a project, the organisation’s admins publish: a plain member cannot, nor the coordinator of a project', async () => {
		const id = await start('lesznoMember', 'publish-alone', { project: null, title: 'Tylko my' });
		await done('lesznoMember', 'submit', id, 'pl');
		for (const who of ['lesznoMember', 'coordinator', 'faenzaEditor'] as const)
			expectRefused(await step(who, 'publish', id, 'pl', 2), DENIED, 403);
		expect(await publicationsOf(id)).toEqual([]);
		expect((await step('lesznoEditor', 'publish', id, 'pl', 2)).data).toBe(true);
		expect(await publicationsOf(id)).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Tylko my',
				text_version: 3,
				published_by: USER.lesznoEditor
			}
		]);
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoMember', 'Tylko my'),
			entry('submitted', 2, 'submitted', 'lesznoMember', 'Tylko my'),
			entry('published', 3, 'published', 'lesznoEditor', 'Tylko my')
		]);
	});

	it('editing a published text starts a new draft; readers keep the published text until it is published again', async () => {
		const id = await start('lesznoEditor', 'edit-published', { title: 'Pierwsza wersja' });
		await publish('lesznoEditor', 'coordinator', id, 'pl');
		const saved = await save(
			'lesznoMember',
			id,
			'pl',
			{ title: 'Druga wersja', summary: 'Więcej' },
			3
		);
		expect({ error: saved.error, data: saved.data }).toEqual({
			error: null,
			data: [{ state: 'draft', version: 4 }]
		});
		expect(await publicationsOf(id)).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Pierwsza wersja',
				text_version: 3,
				published_by: USER.coordinator
			}
		]);
		expect(
			(await as('anon').from('practice_publications').select('title').eq('practice_id', id)).data
		).toEqual([{ title: 'Pierwsza wersja' }]);
		// Still readable: the publication stays.
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(1);
		// A stale publish (the version the approver saw before the edit) is a conflict.
		expectRefused(await step('coordinator', 'publish', id, 'pl', 3), STALE, 409);
		expect(
			(await as('anon').from('practice_publications').select('title').eq('practice_id', id)).data
		).toEqual([{ title: 'Pierwsza wersja' }]);

		await publish('lesznoEditor', 'coordinator', id, 'pl');
		expect(await publicationsOf(id)).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Druga wersja',
				text_version: 6,
				published_by: USER.coordinator
			}
		]);
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoEditor', 'Pierwsza wersja'),
			entry('submitted', 2, 'submitted', 'lesznoEditor', 'Pierwsza wersja'),
			entry('published', 3, 'published', 'coordinator', 'Pierwsza wersja'),
			entry('saved', 4, 'draft', 'lesznoMember', 'Druga wersja'),
			entry('submitted', 5, 'submitted', 'lesznoEditor', 'Druga wersja'),
			entry('published', 6, 'published', 'coordinator', 'Druga wersja')
		]);
	});

	it('an update that changes nothing is no history entry; a save is one', async () => {
		const id = await start('lesznoEditor', 'no-op', { title: 'Bez zmian' });
		const same = await as('lesznoEditor')
			.from('practice_texts')
			.update({ title: 'Bez zmian' })
			.eq('practice_id', id)
			.select('version');
		expect(same.data).toEqual([{ version: 1 }]);
		expect((await historyOf(id, 'pl')).map((h) => h.action)).toEqual(['created']);
		expect((await save('lesznoEditor', id, 'pl', { context: 'Kontekst' })).data).toEqual([
			{ state: 'draft', version: 2 }
		]);
		expect((await historyOf(id, 'pl')).map((h) => [h.action, h.version, h.changed_by])).toEqual([
			['created', 1, USER.lesznoEditor],
			['saved', 2, USER.lesznoEditor]
		]);
	});

	it('the database counts the versions: a client that sends one is refused (42501), whatever the number', async () => {
		const id = await start('lesznoEditor', 'versions', { title: 'Wersje' });
		const update = (who: Who, fields: Record<string, unknown>, seen: number) =>
			as(who)
				.from('practice_texts')
				.update(fields)
				.eq('practice_id', id)
				.eq('locale', 'pl')
				.eq('version', seen)
				.select('state, version');
		// The next version, as a client that counted itself would send it; a jump; an old one; alone.
		for (const version of [2, 9, 1])
			expectRefused(
				await update('lesznoEditor', { title: 'Podmienione', version }, 1),
				DENIED,
				403
			);
		expectRefused(await update('lesznoEditor', { version: 2 }, 1), DENIED, 403);
		// Not for approvers or platform admins either.
		for (const who of ['coordinator', 'platformAdmin'] as const)
			expectRefused(await update(who, { summary: 'x', version: 2 }, 1), DENIED, 403);
		expect(await textOf(id, 'pl')).toMatchObject({ title: 'Wersje', state: 'draft', version: 1 });
		expect((await historyOf(id, 'pl')).map((h) => h.action)).toEqual(['created']);

		// Each change of the content is one version more, whoever saves it and whatever changed.
		expect((await update('lesznoMember', { title: 'Wersja druga' }, 1)).data).toEqual([
			{ state: 'draft', version: 2 }
		]);
		expect(
			(await update('coordinator', { summary: 'Streszczenie', lessons: 'Wnioski' }, 2)).data
		).toEqual([{ state: 'draft', version: 3 }]);
		expect((await update('lesznoEditor', { transfer: 'Jak przenieść' }, 3)).data).toEqual([
			{ state: 'draft', version: 4 }
		]);
		// An update that changes nothing keeps the version.
		expect(
			(await update('lesznoEditor', { title: 'Wersja druga', transfer: 'Jak przenieść' }, 4)).data
		).toEqual([{ state: 'draft', version: 4 }]);

		// A save over a version someone else has saved since matches no row: nothing changes.
		const stale = await update('lesznoMember', { title: 'Nadpisane' }, 3);
		expect({ error: stale.error, data: stale.data }).toEqual({ error: null, data: [] });
		expect(await textOf(id, 'pl')).toMatchObject({
			title: 'Wersja druga',
			state: 'draft',
			version: 4,
			updated_by: USER.lesznoEditor
		});
		expect(
			(await historyOf(id, 'pl')).map((h) => [h.action, h.version, h.changed_by, h.title])
		).toEqual([
			['created', 1, USER.lesznoEditor, 'Wersje'],
			['saved', 2, USER.lesznoMember, 'Wersja druga'],
			['saved', 3, USER.coordinator, 'Wersja druga'],
			['saved', 4, USER.lesznoEditor, 'Wersja druga']
		]);
	});

	it('editing a submitted text takes it back to draft only when the writer says so: the approver publishes only the version they read', async () => {
		const id = await start('lesznoEditor', 'edit-submitted', { title: 'Przeczytana' });
		await done('lesznoEditor', 'submit', id, 'pl');
		// An update that changes nothing leaves it under review.
		const same = await as('lesznoEditor')
			.from('practice_texts')
			.update({ title: 'Przeczytana' })
			.eq('practice_id', id)
			.eq('version', 2)
			.select('state, version');
		expect(same.data).toEqual([{ state: 'submitted', version: 2 }]);
		// The approver has read version 2; a plain save of a change is refused (the hint says why) …
		const refused = await save('lesznoMember', id, 'pl', { title: 'Podmieniona' }, 2);
		expectRefused(refused, STALE, 409);
		expect(refused.error?.hint).toBe('under_review');
		expect(await textOf(id, 'pl')).toMatchObject({
			title: 'Przeczytana',
			state: 'submitted',
			version: 2
		});
		// … and a writer who takes it back from review changes it.
		const saved = await as('lesznoMember').rpc('save_practice_text', {
			practice: id,
			locale: 'pl',
			seen_version: 2,
			changes: { title: 'Podmieniona' },
			withdraw: true
		});
		expect({ error: saved.error, data: saved.data }).toEqual({ error: null, data: 3 });
		expectRefused(await step('coordinator', 'publish', id, 'pl', 2), STALE, 409);
		expectRefused(await step('coordinator', 'return', id, 'pl', 2, 'Nie to czytałem'), STALE, 409);
		expect(await publicationsOf(id)).toEqual([]);
		expect(await textOf(id, 'pl')).toMatchObject({
			title: 'Podmieniona',
			state: 'draft',
			version: 3,
			review_comment: null
		});
		// Submitted again, it is read and published as it now is.
		await done('lesznoMember', 'submit', id, 'pl');
		await done('coordinator', 'publish', id, 'pl');
		expect(await publicationsOf(id)).toEqual([
			{
				locale: 'pl',
				kind: 'original',
				title: 'Podmieniona',
				text_version: 5,
				published_by: USER.coordinator
			}
		]);
		expect(await historyOf(id, 'pl')).toEqual([
			entry('created', 1, 'draft', 'lesznoEditor', 'Przeczytana'),
			entry('submitted', 2, 'submitted', 'lesznoEditor', 'Przeczytana'),
			entry('saved', 3, 'draft', 'lesznoMember', 'Podmieniona'),
			entry('submitted', 4, 'submitted', 'lesznoMember', 'Podmieniona'),
			entry('published', 5, 'published', 'coordinator', 'Podmieniona')
		]);
	});

	it('unpublishing: approvers only; the publication goes, the text is a draft again, and anon no longer sees the practice', async () => {
		const id = await start('lesznoEditor', 'unpublish', { title: 'Na chwilę' });
		await publish('lesznoEditor', 'coordinator', id, 'pl');
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor'] as const)
			expectRefused(await step(who, 'unpublish', id, 'pl'), DENIED, 403);
		expectRefused(await step('anon', 'unpublish', id, 'pl'), DENIED, 401);
		expect((await publicationsOf(id)).length).toBe(1);

		const since = await lastAuditId();
		expect((await step('coordinator', 'unpublish', id, 'pl')).data).toBe(true);
		expect(await publicationsOf(id)).toEqual([]);
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'draft', version: 4 });
		expect((await historyOf(id, 'pl')).at(-1)).toEqual(
			entry('unpublished', 4, 'draft', 'coordinator', 'Na chwilę')
		);
		expect((await auditSince(since, id)).map((e) => [e.actor_id, e.action, e.details])).toEqual([
			[USER.coordinator, 'practice_text.unpublished', { locale: 'pl', version: 4 }]
		]);
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(0);
		expect(outcome(await as('outsider').from('practices').select('id').eq('id', id))).toBe(0);
		// A second click finds nothing to unpublish.
		const again = await step('coordinator', 'unpublish', id, 'pl');
		expect({ error: again.error, data: again.data }).toEqual({ error: null, data: false });
		expect(await textOf(id, 'pl')).toMatchObject({ state: 'draft', version: 4 });
	});

	it('a review step on a language the practice does not have is refused, and nothing changes', async () => {
		const id = await start('lesznoEditor', 'no-such-text');
		for (const what of ['submit', 'publish', 'unpublish'] as const) {
			expectRefused(await step('coordinator', what, id, 'de', 1), NO_SUCH_TEXT, 404);
		}
		expect(
			await peek(`select locale from public.practice_texts where practice_id = $1`, [id])
		).toEqual([{ locale: 'pl' }]);
	});
});

// Originals and translations ----------------------------------------------------------------
describe('originals and translations', () => {
	it('the original stays the original, and a translation never becomes one (hint original_kind); there is one original', async () => {
		const id = await start('lesznoEditor', 'original');
		for (const kind of ['reviewed', 'machine']) {
			const response = await save('lesznoEditor', id, 'pl', { kind });
			expectRefused(response, CHECK, 400);
			expect(response.error?.hint).toBe('original_kind');
		}
		expect(await textOf(id, 'pl')).toMatchObject({ kind: 'original', version: 1 });

		const added = await as('coordinator')
			.from('practice_texts')
			.insert({ practice_id: id, locale: 'lv', kind: 'machine', ...REQUIRED, title: 'Oriģināls' });
		expect(added.error).toBeNull();
		const promoted = await save('coordinator', id, 'lv', { kind: 'original' });
		expectRefused(promoted, CHECK, 400);
		expect(promoted.error?.hint).toBe('original_kind');
		// machine → reviewed is fine.
		expect((await save('coordinator', id, 'lv', { kind: 'reviewed' })).data).toEqual([
			{ state: 'draft', version: 2 }
		]);

		expectRefused(
			await as('coordinator')
				.from('practice_texts')
				.insert({ practice_id: id, locale: 'en', kind: 'original', title: 'Second original' }),
			UNIQUE,
			409
		);
		expect(
			await peek(
				`select locale, kind from public.practice_texts where practice_id = $1 order by locale`,
				[id]
			)
		).toEqual([
			{ locale: 'lv', kind: 'reviewed' },
			{ locale: 'pl', kind: 'original' }
		]);
	});

	it('the coordinator adds Latvian and English translations and publishes them one language at a time', async () => {
		const id = await start('lesznoEditor', 'translations', { title: 'Oryginał' });
		const coordinator = as('coordinator');
		expect(
			(
				await coordinator.from('practice_texts').insert({
					practice_id: id,
					locale: 'lv',
					kind: 'reviewed',
					...REQUIRED,
					title: 'Tulkojums',
					summary: 'Īsumā'
				})
			).error
		).toBeNull();
		expect(
			(
				await coordinator.from('practice_texts').insert({
					practice_id: id,
					locale: 'en',
					kind: 'machine',
					...REQUIRED,
					title: 'Translation'
				})
			).error
		).toBeNull();
		expect(await textOf(id, 'lv')).toEqual({
			kind: 'reviewed',
			title: 'Tulkojums',
			state: 'draft',
			version: 1,
			review_comment: null,
			updated_by: USER.coordinator
		});
		expect(await historyOf(id, 'en')).toEqual([
			entry('created', 1, 'draft', 'coordinator', 'Translation')
		]);
		// The Leszno editor, a writer, reads all three working copies.
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.select('locale')
					.eq('practice_id', id)
					.order('locale')
			).data
		).toEqual([{ locale: 'en' }, { locale: 'lv' }, { locale: 'pl' }]);

		// Invisible until a language is published.
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(0);
		expect((await step('coordinator', 'publish', id, 'lv', 1)).data).toBe(true);
		expect((await as('anon').from('practices').select('id').eq('id', id)).data).toEqual([{ id }]);
		expect(
			(
				await as('anon')
					.from('practice_publications')
					.select('locale, kind, title, summary')
					.eq('practice_id', id)
			).data
		).toEqual([{ locale: 'lv', kind: 'reviewed', title: 'Tulkojums', summary: 'Īsumā' }]);
		expect((await step('coordinator', 'publish', id, 'en', 1)).data).toBe(true);
		expect((await publicationsOf(id)).map((p) => [p.locale, p.kind, p.text_version])).toEqual([
			['en', 'machine', 2],
			['lv', 'reviewed', 2]
		]);
		// The original is still a draft: the three texts are in their own states.
		expect(
			await peek(
				`select locale, state::text from public.practice_texts where practice_id = $1 order by locale`,
				[id]
			)
		).toEqual([
			{ locale: 'en', state: 'published' },
			{ locale: 'lv', state: 'published' },
			{ locale: 'pl', state: 'draft' }
		]);
		// Unpublishing one language leaves the other, and the practice readable.
		await done('coordinator', 'unpublish', id, 'en');
		expect(
			(await as('anon').from('practice_publications').select('locale').eq('practice_id', id)).data
		).toEqual([{ locale: 'lv' }]);
		expect(outcome(await as('anon').from('practices').select('id').eq('id', id))).toBe(1);
	});

	it('only writers add a language', async () => {
		const id = await start('lesznoEditor', 'add-language');
		const add = (who: Who) =>
			as(who)
				.from('practice_texts')
				.insert({ practice_id: id, locale: 'it', kind: 'machine', title: 'Traduzione' });
		for (const who of ['faenzaEditor', 'outsider'] as const)
			expectRefused(await add(who), DENIED, 403);
		expectRefused(await add('anon'), DENIED, 401);
		expect(
			await peek(`select locale from public.practice_texts where practice_id = $1`, [id])
		).toEqual([{ locale: 'pl' }]);
		// A plain member of Leszno writes it.
		expect((await add('lesznoMember')).error).toBeNull();
		expect(await textOf(id, 'it')).toMatchObject({
			kind: 'machine',
			state: 'draft',
			version: 1,
			updated_by: USER.lesznoMember
		});
	});

	it('removing texts: never the original; a published translation by approvers only (its publication goes with it); each removal audited', async () => {
		const id = await start('lesznoEditor', 'remove-texts');
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.insert({
						practice_id: id,
						locale: 'lv',
						kind: 'machine',
						...REQUIRED,
						title: 'Tulkojums'
					})
			).error
		).toBeNull();
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.insert({
						practice_id: id,
						locale: 'en',
						kind: 'machine',
						...REQUIRED,
						title: 'Translation'
					})
			).error
		).toBeNull();
		await done('coordinator', 'publish', id, 'lv');
		const since = await lastAuditId();
		const remove = (who: Who, locale: string) =>
			as(who)
				.from('practice_texts')
				.delete()
				.eq('practice_id', id)
				.eq('locale', locale)
				.select('locale');
		expect(outcome(await remove('coordinator', 'pl'))).toBe(0);
		expect(outcome(await remove('platformAdmin', 'pl'))).toBe(0);
		expect(outcome(await remove('lesznoEditor', 'lv'))).toBe(0);
		expect(outcome(await remove('faenzaEditor', 'en'))).toBe(0);
		expect(
			await peek(
				`select locale from public.practice_texts where practice_id = $1 order by locale`,
				[id]
			)
		).toEqual([{ locale: 'en' }, { locale: 'lv' }, { locale: 'pl' }]);
		// A writer removes an unpublished translation; the approver a published one.
		expect(outcome(await remove('lesznoEditor', 'en'))).toBe(1);
		expect(outcome(await remove('coordinator', 'lv'))).toBe(1);
		expect(
			await peek(`select locale from public.practice_texts where practice_id = $1`, [id])
		).toEqual([{ locale: 'pl' }]);
		expect(await publicationsOf(id)).toEqual([]);
		// Its history goes with a text: the audit log keeps who removed which, at which version. The
		// refusals above wrote nothing.
		expect(await historyOf(id, 'en')).toEqual([]);
		expect(await auditSince(since, id)).toEqual([
			{
				actor_id: USER.lesznoEditor,
				action: 'practice_text.removed',
				subject_type: 'practice',
				subject_id: id,
				details: { locale: 'en', version: 1, kind: 'machine' }
			},
			{
				actor_id: USER.coordinator,
				action: 'practice_text.removed',
				subject_type: 'practice',
				subject_id: id,
				details: { locale: 'lv', version: 2, kind: 'machine' }
			}
		]);
	});

	it('a language removed and written again goes on counting: a version the approver read never names another text', async () => {
		const id = await start('lesznoEditor', 'recount');
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.insert({
						practice_id: id,
						locale: 'en',
						kind: 'reviewed',
						...REQUIRED,
						title: 'Read by the approver'
					})
			).error
		).toBeNull();
		await done('lesznoEditor', 'submit', id, 'en');
		const read = await versionOf(id, 'en');
		expect(read).toBe(2);
		// The writer takes it back, removes it, writes another text and submits that.
		const takenBack = await as('lesznoEditor').rpc('save_practice_text', {
			practice: id,
			locale: 'en',
			seen_version: read,
			changes: { title: 'Taken back' },
			withdraw: true
		});
		expect({ error: takenBack.error, data: takenBack.data }).toEqual({ error: null, data: 3 });
		expect(
			outcome(
				await as('lesznoEditor')
					.from('practice_texts')
					.delete()
					.eq('practice_id', id)
					.eq('locale', 'en')
					.select('locale')
			)
		).toBe(1);
		expect(
			(
				await as('lesznoEditor')
					.from('practice_texts')
					.insert({
						practice_id: id,
						locale: 'en',
						kind: 'reviewed',
						...REQUIRED,
						title: 'Never read'
					})
			).error
		).toBeNull();
		expect(await versionOf(id, 'en')).toBe(4);
		await done('lesznoEditor', 'submit', id, 'en');
		// Publishing what the approver read is a conflict, not the other text.
		const answer = await step('coordinator', 'publish', id, 'en', read);
		expect({ code: answer.error?.code, status: answer.status }).toEqual({
			code: STALE,
			status: 409
		});
		expect(await publicationsOf(id)).toEqual([]);
	});
});

// Grants -------------------------------------------------------------------------------------
describe('what nobody writes directly', () => {
	let id: string;

	beforeAll(async () => {
		id = await start('lesznoEditor', 'grants', { title: 'Uprawnienia' });
		await publish('lesznoEditor', 'coordinator', id, 'pl');
	});

	async function snapshot(): Promise<unknown> {
		const [row] = await peek<{ snapshot: unknown }>(
			`select jsonb_build_object(
			   'practice', (select to_jsonb(p) from public.practices p where p.id = $1),
			   'texts', (select jsonb_agg(to_jsonb(t) order by t.locale) from public.practice_texts t where t.practice_id = $1),
			   'publications', (select jsonb_agg(to_jsonb(x) - 'search_vector' order by x.locale) from public.practice_publications x where x.practice_id = $1),
			   'history', (select jsonb_agg(to_jsonb(h) order by h.id) from public.practice_text_history h where h.practice_id = $1)
			 ) as snapshot`,
			[id]
		);
		return row.snapshot;
	}

	it('practice_publications: no insert, update or delete, not even for approvers and platform admins', async () => {
		const before = await snapshot();
		for (const who of ['coordinator', 'platformAdmin', 'lesznoEditor'] as const) {
			const c = as(who);
			expectRefused(
				await c
					.from('practice_publications')
					.update({ title: 'Podmienione' })
					.eq('practice_id', id)
					.select('title'),
				DENIED,
				403
			);
			expectRefused(
				await c.from('practice_publications').delete().eq('practice_id', id).select('title'),
				DENIED,
				403
			);
			expectRefused(
				await c
					.from('practice_publications')
					.insert({
						practice_id: id,
						locale: 'pl',
						kind: 'original',
						title: 'x',
						summary: '',
						context: '',
						actions: '',
						resources: '',
						results: '',
						lessons: '',
						transfer: '',
						text_version: 9
					})
					.select('title'),
				DENIED,
				403
			);
		}
		expectRefused(
			await as('anon')
				.from('practice_publications')
				.update({ title: 'Podmienione' })
				.eq('practice_id', id)
				.select('title'),
			DENIED,
			401
		);
		expect(await snapshot()).toEqual(before);
	});

	it('practice_text_history: no insert, update or delete', async () => {
		const before = await snapshot();
		for (const who of ['coordinator', 'platformAdmin', 'lesznoEditor'] as const) {
			const c = as(who);
			expectRefused(
				await c
					.from('practice_text_history')
					.update({ title: 'Podmienione' })
					.eq('practice_id', id)
					.select('id'),
				DENIED,
				403
			);
			expectRefused(
				await c.from('practice_text_history').delete().eq('practice_id', id).select('id'),
				DENIED,
				403
			);
			expectRefused(
				await c
					.from('practice_text_history')
					.insert({
						practice_id: id,
						locale: 'pl',
						version: 9,
						action: 'published',
						state: 'published',
						kind: 'original',
						title: 'x',
						summary: '',
						context: '',
						actions: '',
						resources: '',
						results: '',
						lessons: '',
						transfer: ''
					})
					.select('id'),
				DENIED,
				403
			);
		}
		expect(await snapshot()).toEqual(before);
	});

	it('practice_texts: never the state, the review comment, the version, who or when; a new text is never born published', async () => {
		const before = await snapshot();
		for (const who of ['coordinator', 'platformAdmin', 'lesznoEditor'] as const) {
			const c = as(who);
			for (const change of [
				{ state: 'draft' },
				{ state: 'published' },
				{ review_comment: 'x' },
				{ version: 9 },
				{ updated_by: USER.outsider },
				{ updated_at: '2000-01-01T00:00:00Z' }
			]) {
				expectRefused(
					await c.from('practice_texts').update(change).eq('practice_id', id).select('locale'),
					DENIED,
					403
				);
			}
			expectRefused(
				await c
					.from('practice_texts')
					.insert({
						practice_id: id,
						locale: 'de',
						kind: 'machine',
						title: 'x',
						state: 'published'
					})
					.select('locale'),
				DENIED,
				403
			);
			expectRefused(
				await c
					.from('practice_texts')
					.insert({ practice_id: id, locale: 'de', kind: 'machine', title: 'x', version: 7 })
					.select('locale'),
				DENIED,
				403
			);
		}
		expect(await snapshot()).toEqual(before);
	});

	it('practices: never the organisation or the project (they decide who approves); once published, the details by approvers only', async () => {
		const before = await snapshot();
		for (const who of ['coordinator', 'platformAdmin', 'lesznoEditor'] as const) {
			const c = as(who);
			for (const change of [
				{ organisation_id: ORG.daugavpils },
				{ project_id: null },
				{ project_id: PROJECT.youngNeets },
				{ created_by: USER.outsider },
				{ slug: slug('renamed') }
			]) {
				expectRefused(
					await c.from('practices').update(change).eq('id', id).select('id'),
					DENIED,
					403
				);
			}
		}
		// Someone who writes nothing of it changes no row.
		for (const who of ['faenzaEditor', 'outsider'] as const) {
			expect(
				outcome(
					await as(who).from('practices').update({ city: 'Faenza' }).eq('id', id).select('id')
				)
			).toBe(0);
		}
		expectRefused(
			await as('anon').from('practices').update({ city: 'Nowhere' }).eq('id', id).select('id'),
			DENIED,
			401
		);
		// Its writers who are no approvers (Leszno's admin and a plain member: the practice is the
		// project's) are refused now that a language is published.
		for (const who of ['lesznoEditor', 'lesznoMember'] as const) {
			expectRefused(
				await as(who)
					.from('practices')
					.update({ city: 'Leszno', version: 2 })
					.eq('id', id)
					.eq('version', 1)
					.select('id'),
				DENIED,
				403
			);
		}
		expect(await snapshot()).toEqual(before);
		// The project's coordinator, its approver, edits the details.
		const edited = await as('coordinator')
			.from('practices')
			.update({ city: 'Leszno', themes: ['volunteering'], version: 2 })
			.eq('id', id)
			.eq('version', 1)
			.select('city, themes, version');
		expect(edited.data).toEqual([{ city: 'Leszno', themes: ['volunteering'], version: 2 }]);
		expect(await practiceRow(id)).toMatchObject({
			organisation_id: ORG.leszno,
			project_id: PROJECT.small
		});
	});

	it('practices: the details by writers while nothing is published, by approvers only while anything is', async () => {
		const details = await start('lesznoEditor', 'details');
		expect(
			(
				await as('coordinator')
					.from('practice_texts')
					.insert({
						practice_id: details,
						locale: 'lv',
						kind: 'machine',
						...REQUIRED,
						title: 'Tulkojums'
					})
			).error
		).toBeNull();
		const edit = (who: Who, city: string) =>
			as(who).from('practices').update({ city }).eq('id', details).select('city');
		const city = async () =>
			(
				await peek<{ city: string | null }>(`select city from public.practices where id = $1`, [
					details
				])
			)[0].city;
		// A draft: any writer, approver or not.
		expect((await edit('lesznoMember', 'Leszno')).data).toEqual([{ city: 'Leszno' }]);
		expect((await edit('lesznoEditor', 'Leszno 2')).data).toEqual([{ city: 'Leszno 2' }]);
		// One language published, though the original is still a draft: writers are refused, approvers not.
		await done('coordinator', 'publish', details, 'lv');
		for (const who of ['lesznoMember', 'lesznoEditor'] as const)
			expectRefused(await edit(who, 'Poznań'), DENIED, 403);
		expect(await city()).toBe('Leszno 2');
		expect((await edit('coordinator', 'Rydzyna')).data).toEqual([{ city: 'Rydzyna' }]);
		expect((await edit('platformAdmin', 'Rydzyna 2')).data).toEqual([{ city: 'Rydzyna 2' }]);
		// Unpublished again, the writers edit again.
		await done('coordinator', 'unpublish', details, 'lv');
		expect((await edit('lesznoMember', 'Leszno')).data).toEqual([{ city: 'Leszno' }]);
	});

	it('a practice is removed by its approvers only, with everything of it', async () => {
		const doomed = await start('lesznoEditor', 'removed');
		await publish('lesznoEditor', 'coordinator', doomed, 'pl');
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor'] as const) {
			expect(outcome(await as(who).from('practices').delete().eq('id', doomed).select('id'))).toBe(
				0
			);
		}
		expect(await practiceRow(doomed)).toBeDefined();
		const since = await lastAuditId();
		expect(
			outcome(await as('coordinator').from('practices').delete().eq('id', doomed).select('id'))
		).toBe(1);
		expect(
			await peek(
				`select (select count(*)::int from public.practice_texts where practice_id = $1) as texts,
				        (select count(*)::int from public.practice_publications where practice_id = $1) as publications,
				        (select count(*)::int from public.practice_text_history where practice_id = $1) as history`,
				[doomed]
			)
		).toEqual([{ texts: 0, publications: 0, history: 0 }]);
		// Its texts go with it, each audited as removed too.
		expect((await auditSince(since, doomed)).map((e) => [e.actor_id, e.action, e.details])).toEqual(
			[
				[
					USER.coordinator,
					'practice.removed',
					{ organisation_id: ORG.leszno, project_id: PROJECT.small }
				],
				[USER.coordinator, 'practice_text.removed', { locale: 'pl', version: 3, kind: 'original' }]
			]
		);
	});
});

// Search -------------------------------------------------------------------------------------
describe('search_practices, count_practices and practice_filter_choices', () => {
	const S = {
		lv: slug('s-lv'),
		pl: slug('s-pl'),
		de: slug('s-de'),
		el: slug('s-el'),
		ru: slug('s-ru'),
		draft: slug('s-draft'),
		edited: slug('s-edited'),
		titleMatch: slug('s-title-match'),
		bodyMatch: slug('s-body-match')
	};
	const id: Record<keyof typeof S, string> = {} as Record<keyof typeof S, string>;
	/** A word only this run's texts have, to count exactly whatever else the database holds. */
	const WORD = `w${TAG}`;
	const OWN_ORG = `${PREFIX}-org`;
	const OWN_PROJECT = `${PREFIX}-project`;

	/** A practice written and published through the API, with details set by its writer. */
	async function published(
		key: keyof typeof S,
		writer: Person,
		approver: Person,
		options: {
			organisation: string;
			project: string | null;
			locale: string;
			title: string;
			fields?: Record<string, unknown>;
			details?: Record<string, unknown>;
		}
	): Promise<void> {
		id[key] = await start(writer, `s-${key}`, { ...options, slug: S[key] });
		if (options.fields)
			expect((await save(writer, id[key], options.locale, options.fields)).error).toBeNull();
		if (options.details)
			expect(
				outcome(
					await as(writer).from('practices').update(options.details).eq('id', id[key]).select('id')
				)
			).toBe(1);
		await publish(writer, approver, id[key], options.locale);
	}

	beforeAll(async () => {
		// In the order published: the most recently published comes first when nothing is searched.
		await published('lv', 'coordinator', 'coordinator', {
			organisation: ORG.daugavpils,
			project: PROJECT.small,
			locale: 'lv',
			title: 'Brīvprātīgie pilsētas dārzos',
			details: { themes: ['volunteering', 'environment'] }
		});
		await published('pl', 'lesznoEditor', 'coordinator', {
			organisation: ORG.leszno,
			project: PROJECT.small,
			locale: 'pl',
			title: 'Wolontariusze z Łodzi',
			details: { themes: ['volunteering', 'youth_participation'] }
		});
		await published('de', 'faenzaEditor', 'faenzaEditor', {
			organisation: ORG.faenza,
			project: null,
			locale: 'de',
			title: 'Straße für Jugendliche',
			details: { themes: ['youth_participation'] }
		});
		await published('el', 'platformAdmin', 'platformAdmin', {
			organisation: ORG.alimos,
			project: null,
			locale: 'el',
			title: 'Εθελοντές της πόλης'
		});
		await published('ru', 'coordinator', 'coordinator', {
			organisation: ORG.daugavpils,
			project: null,
			locale: 'ru',
			title: 'Волонтёры в библиотеке',
			details: { themes: ['culture'] }
		});
		// Published as "Sąsiedzka pomoc", then its working copy edited to a word found nowhere else.
		await published('edited', 'lesznoEditor', 'lesznoEditor', {
			organisation: ORG.leszno,
			project: null,
			locale: 'pl',
			title: 'Sąsiedzka pomoc'
		});
		expect(
			(await save('lesznoEditor', id.edited, 'pl', { title: 'Kompostownik' })).error
		).toBeNull();
		// Ranking: the title match is published first, so that "most recent first" would put it last.
		await published('titleMatch', 'lesznoEditor', 'lesznoEditor', {
			organisation: ORG.leszno,
			project: null,
			locale: 'pl',
			title: 'Hulajnogi miejskie',
			fields: { lessons: `Słowo ${WORD}.` }
		});
		await published('bodyMatch', 'lesznoEditor', 'lesznoEditor', {
			organisation: ORG.leszno,
			project: null,
			locale: 'pl',
			title: 'Bezpieczna droga',
			fields: { actions: 'Szkoła wypożycza hulajnogi uczniom.', lessons: `Słowo ${WORD}.` }
		});
		// Never published, though submitted: the words of the Latvian one and of the pair above, a
		// theme, and this file's own organisation, project and country.
		id.draft = await start('platformAdmin', 's-draft', {
			organisation: ORG.own,
			project: PROJECT.own,
			locale: 'fi',
			title: 'Brīvprātīgie melnrakstā',
			slug: S.draft
		});
		expect(
			(await save('platformAdmin', id.draft, 'fi', { actions: `hulajnogi ${WORD}` })).error
		).toBeNull();
		expect(
			outcome(
				await as('platformAdmin')
					.from('practices')
					.update({ themes: ['sport'] })
					.eq('id', id.draft)
					.select('id')
			)
		).toBe(1);
		await done('platformAdmin', 'submit', id.draft, 'fi');
		// Faenza did the Greek one together with Alimos.
		expect(
			(
				await as('platformAdmin')
					.from('practice_organisations')
					.insert({ practice_id: id.el, organisation_id: ORG.faenza })
			).error
		).toBeNull();
	});

	/** Slugs found, in the order given, among this run's practices. */
	async function found(who: Who, filters: Record<string, unknown>): Promise<string[]> {
		const answer = await as(who)
			.rpc('search_practices', filters)
			.select('slug')
			.like('slug', `${PREFIX}-%`);
		expect(answer.error).toBeNull();
		return (answer.data as Array<{ slug: string }>).map((p) => p.slug);
	}

	async function count(who: Who, filters: Record<string, unknown>): Promise<unknown> {
		const answer = await as(who).rpc('count_practices', filters);
		expect(answer.error).toBeNull();
		return answer.data;
	}

	it('ignores case and diacritics: Latvian, Polish, German, Greek, Russian; words match as beginnings', async () => {
		const cases: Record<string, string[]> = {};
		for (const query of [
			'brivpratigie',
			'BRĪVPRĀT',
			'Brīvprātīgie',
			'lodzi',
			'ŁÓDZ',
			'strasse',
			'STRASSE fur',
			'εθελοντες',
			'ΕΘΕΛΟΝΤΕΣ',
			'Εθελοντές',
			'ΕΘΕΛΟΝΤΈ',
			'волонтеры',
			'Волонтёр'
		]) {
			cases[query] = await found('anon', { query });
		}
		expect(cases).toEqual({
			brivpratigie: [S.lv],
			BRĪVPRĀT: [S.lv],
			Brīvprātīgie: [S.lv],
			lodzi: [S.pl],
			ŁÓDZ: [S.pl],
			strasse: [S.de],
			'STRASSE fur': [S.de],
			εθελοντες: [S.el],
			// Capitals lowercase to a medial σ, the text ends in a final ς: both fold to σ.
			ΕΘΕΛΟΝΤΕΣ: [S.el],
			Εθελοντές: [S.el],
			ΕΘΕΛΟΝΤΈ: [S.el],
			волонтеры: [S.ru],
			Волонтёр: [S.ru]
		});
		// Every word must match.
		expect(await found('anon', { query: 'brivpratigie lodzi' })).toEqual([]);
	});

	it('never returns an unpublished practice, not even to its writers; searches the publication, not the working copy', async () => {
		for (const who of ['anon', 'platformAdmin', 'coordinator'] as const) {
			expect(await found(who, { query: 'brivpratigie' })).toEqual([S.lv]);
			expect(await found(who, { query: 'melnraksta' })).toEqual([]);
			expect(await found(who, { query: 'kompostownik' })).toEqual([]);
			expect(await found(who, { query: 'sasiedzka' })).toEqual([S.edited]);
			expect(await found(who, {})).not.toContain(S.draft);
		}
		// Without a query: every published one of this section, the most recently published first.
		const section = (await found('anon', {})).filter((s) => s.startsWith(slug('s-')));
		expect(section).toEqual([S.bodyMatch, S.titleMatch, S.edited, S.ru, S.el, S.de, S.pl, S.lv]);
	});

	it('a query with no searchable words ("!!!", blanks) searches for nothing in particular: everything, as without one', async () => {
		const everything = await found('anon', {});
		const section = everything.filter((s) => s.startsWith(slug('s-')));
		expect(section).toEqual([S.bodyMatch, S.titleMatch, S.edited, S.ru, S.el, S.de, S.pl, S.lv]);
		for (const query of ['!!!', ' - ', '   ', '']) {
			expect({ query, found: await found('anon', { query }) }).toEqual({
				query,
				found: everything
			});
			expect({ query, count: await count('anon', { query }) }).toEqual({
				query,
				count: await count('anon', {})
			});
		}
		// Still published practices only, and the other filters still hold.
		expect(await found('platformAdmin', { query: '!!!' })).not.toContain(S.draft);
		expect(await found('anon', { query: '!!!', language: 'el' })).toEqual([S.el]);
		expect(
			(await found('anon', { query: '!!!', theme: 'volunteering' })).filter((s) =>
				s.startsWith(slug('s-'))
			)
		).toEqual([S.pl, S.lv]);
		// Punctuation beside a word does not make it match everything.
		expect(await found('anon', { query: '!!! brivpratigie !!!' })).toEqual([S.lv]);
	});

	it('ranks a title match before a body-only match', async () => {
		expect(await found('anon', { query: 'hulajnogi' })).toEqual([S.titleMatch, S.bodyMatch]);
		expect(await found('anon', { query: 'HULAJ' })).toEqual([S.titleMatch, S.bodyMatch]);
		expect(await found('anon', { query: `hulajnogi ${WORD}` })).toEqual([
			S.titleMatch,
			S.bodyMatch
		]);
	});

	it('filters by theme, country, organisation (co-organisations too), project and language', async () => {
		const only = async (filters: Record<string, unknown>) =>
			(await found('anon', filters)).filter((s) => s.startsWith(slug('s-')));
		expect(await only({ theme: 'volunteering' })).toEqual([S.pl, S.lv]);
		expect(await only({ theme: 'youth_participation' })).toEqual([S.de, S.pl]);
		expect(await only({ theme: 'sport' })).toEqual([]);
		expect(await only({ country: 'GR' })).toEqual([S.el]);
		expect(await only({ country: 'IT' })).toEqual([S.de]);
		expect(await only({ country: 'MT' })).toEqual([]);
		expect(await only({ organisation: ORG_SLUG.faenza })).toEqual([S.el, S.de]);
		expect(await only({ organisation: ORG_SLUG.daugavpils })).toEqual([S.ru, S.lv]);
		expect(await only({ organisation: OWN_ORG })).toEqual([]);
		expect(await only({ project: 'small-scale-partnership' })).toEqual([S.pl, S.lv]);
		expect(await only({ project: OWN_PROJECT })).toEqual([]);
		expect(await only({ language: 'el' })).toEqual([S.el]);
		expect(await only({ language: 'fi' })).toEqual([]);
		// Together: all must hold.
		expect(
			await only({
				theme: 'volunteering',
				country: 'PL',
				project: 'small-scale-partnership',
				language: 'pl'
			})
		).toEqual([S.pl]);
		expect(await only({ theme: 'volunteering', language: 'de' })).toEqual([]);
		expect(await only({ query: 'wolontariusze', organisation: ORG_SLUG.daugavpils })).toEqual([]);
		expect(
			await only({ query: 'brivpratigie', organisation: ORG_SLUG.daugavpils, theme: 'environment' })
		).toEqual([S.lv]);
	});

	it('finds every text by the words it was written with, however the parser splits them', async () => {
		// "xss-4e732c" was once split again into "4e732" <-> "c" when the query was built, so the
		// practice it named was not found: 1 marker in 20 or so of this shape.
		const missed = await peek<{ typed: string }>(
			`select typed from (
			   select 'xss-' || substr(md5(n::text), 1, 6) as typed from generate_series(1, 2000) as n
			   union all select unnest(array[$1, $2, $3, $4])
			 ) as words
			 where not to_tsvector('simple', private.fold(typed || ' <img src=x>')) @@ private.practice_query(typed)`,
			["O'Brien", 'back\\slash', 'Ταυτότητα-2024', 'ŁÓDŹ:*&|!']
		);
		expect(missed).toEqual([]);
	});

	it('list_practices finds what search_practices finds without a query, newest published first, whether a filter is left out or sent empty', async () => {
		const listed = async (who: Who, filters: Record<string, unknown>) => {
			const answer = await as(who)
				.rpc('list_practices', filters)
				.select('slug')
				.like('slug', `${PREFIX}-%`);
			expect(answer.error).toBeNull();
			return (answer.data as Array<{ slug: string }>).map((p) => p.slug);
		};
		for (const filters of [
			{},
			{ theme: null, country: null, organisation: null, project: null, language: null },
			{ theme: 'volunteering' },
			{ country: 'GR' },
			{ organisation: ORG_SLUG.faenza },
			{ organisation: ORG_SLUG.daugavpils },
			{ organisation: OWN_ORG },
			{ project: 'small-scale-partnership' },
			{ language: 'el' },
			{ theme: 'volunteering', country: 'PL', project: 'small-scale-partnership', language: 'pl' }
		]) {
			expect({ filters, listed: await listed('anon', filters) }).toEqual({
				filters,
				listed: await found('anon', filters)
			});
		}
		expect(await listed('platformAdmin', {})).not.toContain(S.draft);
		const newest = await peek<{ slug: string }>(
			`select p.slug from public.practices as p
			 where p.slug like $1 and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)
			 order by (select max(pub.published_at) from public.practice_publications as pub where pub.practice_id = p.id) desc, p.slug`,
			[`${PREFIX}-%`]
		);
		expect(await listed('anon', {})).toEqual(newest.map((p) => p.slug));
	});

	it('count_practices counts what search_practices finds (never a draft), up to a cap: one more than the cap means more', async () => {
		for (const who of ['anon', 'platformAdmin'] as const) {
			expect(await count(who, { query: WORD })).toBe(2);
			expect(await count(who, { query: `hulajnogi ${WORD}` })).toBe(2);
			expect(await count(who, { query: `melnraksta ${WORD}` })).toBe(0);
		}
		expect(await count('anon', { query: WORD, cap: 1 })).toBe(2);
		expect(await count('anon', { query: WORD, cap: 0 })).toBe(1);
		expect(await count('anon', { query: WORD, language: 'pl' })).toBe(2);
		expect(await count('anon', { query: WORD, language: 'fi' })).toBe(0);
		expect(await count('anon', { query: WORD, organisation: OWN_ORG })).toBe(0);
		expect(await count('anon', { query: WORD, theme: 'sport' })).toBe(0);
		const everything = (await as('anon').rpc('search_practices', {}).select('slug'))
			.data as unknown[];
		expect(await count('anon', {})).toBe(everything.length);
	});

	it('pages are cut inside list_practices and search_practices: every practice once, in order, for each reader', async () => {
		for (const who of ['anon', 'lesznoEditor', 'platformAdmin'] as const) {
			for (const [name, filters] of [
				['list_practices', {}],
				['search_practices', { query: WORD }],
				['search_practices', { query: 'hulajnogi' }],
				['search_practices', { query: '!!!' }]
			] as const) {
				const all = (
					(await as(who).rpc(name, filters).select('slug')).data as Array<{ slug: string }>
				).map((p) => p.slug);
				const paged: string[] = [];
				for (let skip = 0; skip <= all.length; skip += 3) {
					const page = await as(who)
						.rpc(name, { ...filters, skip, take: 3 })
						.select('slug, publications:practice_publications(locale)');
					expect(page.error).toBeNull();
					const rows = page.data as Array<{ slug: string }>;
					expect(rows.length).toBeLessThanOrEqual(3);
					paged.push(...rows.map((p) => p.slug));
				}
				expect({ who, name, filters, paged }).toEqual({ who, name, filters, paged: all });
				expect(all).not.toContain(S.draft);
			}
		}
		// A skip below zero is the first page.
		const first = await as('anon').rpc('list_practices', { skip: -3, take: 2 }).select('slug');
		expect(first.data).toEqual(
			(await as('anon').rpc('list_practices', { take: 2 }).select('slug')).data
		);
	});

	it('a search that more publications match than its cap ranks those of the first cap + 1 found, and counts "more"', async () => {
		// Every practice this run published has "hulajnogi" or WORD in some text; a cap of 1 reads two publications.
		const ranked = await found('anon', { query: 'hulajnogi', cap: 1 });
		expect(ranked.length).toBeGreaterThan(0);
		expect(ranked.length).toBeLessThanOrEqual(2);
		expect(ranked.every((slug) => [S.titleMatch, S.bodyMatch].includes(slug))).toBe(true);
		expect(await count('anon', { query: 'hulajnogi', cap: 1 })).toBe(2);
		// Under the cap, every match is ranked: the title's match first.
		expect(await found('anon', { query: 'hulajnogi', cap: 200 })).toEqual([
			S.titleMatch,
			S.bodyMatch
		]);
	});

	type Choices = { themes: string[]; countries: string[]; languages: string[] };

	async function choices(who: Who): Promise<Choices> {
		const answer = await as(who).rpc('practice_filter_choices');
		expect(answer.error).toBeNull();
		return answer.data as Choices;
	}

	/** The slugs of the organisations or projects the practice list offers for a typed name. */
	async function named(
		who: Who,
		kind: 'organisation' | 'project',
		typed: string
	): Promise<string[]> {
		const answer = await as(who).rpc(`practice_${kind}_choices`, { typed }).select('slug');
		expect(answer.error).toBeNull();
		return (answer.data as Array<{ slug: string }>).map((row) => row.slug);
	}

	it('practice_filter_choices offers exactly what published practices have, the same to everyone', async () => {
		// What the published practices have, as the owner reads it.
		const practices = await peek<{ themes: string[]; country: string }>(
			`select p.themes::text[] as themes, p.country from public.practices p where p.id in (select practice_id from public.practice_publications)`
		);
		const locales = (
			await peek<{ locale: string }>(`select distinct locale from public.practice_publications`)
		).map((r) => r.locale);
		const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
		const expected = {
			themes: sorted(practices.flatMap((p) => p.themes)),
			countries: sorted(practices.map((p) => p.country)),
			languages: sorted(locales)
		};
		for (const who of ['anon', 'platformAdmin', 'lesznoMember'] as const) {
			const c = await choices(who);
			expect({ who, themes: c.themes, countries: c.countries, languages: c.languages }).toEqual({
				who,
				...expected
			});
		}
		const c = await choices('anon');
		expect(c.themes).toEqual(
			expect.arrayContaining(['volunteering', 'youth_participation', 'environment', 'culture'])
		);
		expect(c.countries).toEqual(expect.arrayContaining(['GR', 'IT', 'LV', 'PL']));
		expect(c.languages).toEqual(expect.arrayContaining(['de', 'el', 'lv', 'pl', 'ru']));
	});

	it('offers organisations and projects of published practices by a part of their name, folded', async () => {
		for (const who of ['anon', 'lesznoMember', 'platformAdmin'] as const) {
			// Case and diacritics do not matter; any part of the name does.
			expect(await named(who, 'organisation', 'ALIMOS')).toEqual([ORG_SLUG.alimos]);
			expect(await named(who, 'organisation', 'aktywnosci tworczej')).toEqual([ORG_SLUG.leszno]);
			expect(await named(who, 'project', 'small-scale')).toContain('small-scale-partnership');
			// An organisation and a project with nothing published are never offered.
			expect(await named(who, 'organisation', 'Own organisation (test)')).toEqual([]);
			expect(await named(who, 'project', 'Own project (test)')).toEqual([]);
			// What was typed is text: % and _ match themselves only.
			expect(await named(who, 'organisation', '%')).toEqual([]);
			expect(await named(who, 'project', '_')).toEqual([]);
			expect(await named(who, 'organisation', '   ')).toEqual([]);
		}
	});

	it('practice_filter_choices and the choices by name follow a practice as it is published and unpublished', async () => {
		const THEMES = [
			'volunteering',
			'youth_participation',
			'neets',
			'civic_participation',
			'integration',
			'public_communication',
			'culture',
			'education',
			'social_inclusion',
			'employment',
			'sport',
			'environment'
		];
		const before = await choices('anon');
		// Values nothing published has yet: picked now, whatever the seed holds.
		const theme = THEMES.find((t) => !before.themes.includes(t));
		const country = ['MT', 'CY', 'LU', 'IS', 'LI', 'SK', 'SI'].find(
			(c) => !before.countries.includes(c)
		);
		const locale = (
			await peek<{ code: string }>(`select code from public.content_locales order by code`)
		)
			.map((r) => r.code)
			.find((l) => !before.languages.includes(l));
		expect({ theme, country, locale }).toEqual({
			theme: expect.any(String),
			country: expect.any(String),
			locale: expect.any(String)
		});
		const other = await start('platformAdmin', 's-choices', {
			organisation: ORG.own,
			project: PROJECT.own,
			locale,
			title: 'Wybór'
		});
		expect(
			outcome(
				await as('platformAdmin')
					.from('practices')
					.update({ themes: [theme], country })
					.eq('id', other)
					.select('id')
			)
		).toBe(1);
		const has = async (who: Who) => {
			const c = await choices(who);
			return {
				theme: c.themes.includes(theme!),
				country: c.countries.includes(country!),
				organisation: (await named(who, 'organisation', 'own organisation (TEST)')).includes(
					`${PREFIX}-org`
				),
				project: (await named(who, 'project', 'Own project')).includes(`${PREFIX}-project`),
				language: c.languages.includes(locale!)
			};
		};
		const none = {
			theme: false,
			country: false,
			organisation: false,
			project: false,
			language: false
		};
		expect(await has('anon')).toEqual(none);
		expect(await has('platformAdmin')).toEqual(none);
		await done('platformAdmin', 'publish', other, locale!);
		expect(await has('anon')).toEqual({
			theme: true,
			country: true,
			organisation: true,
			project: true,
			language: true
		});
		expect(
			await found('anon', {
				organisation: OWN_ORG,
				project: OWN_PROJECT,
				theme,
				country,
				language: locale
			})
		).toEqual([slug('s-choices')]);
		// A published practice moving to another theme and country takes its old ones off the filters.
		const [otherTheme, otherCountry] = [
			THEMES.find((t) => t !== theme && !before.themes.includes(t)),
			['CY', 'LU', 'IS', 'LI', 'SK', 'SI'].find(
				(c) => c !== country && !before.countries.includes(c)
			)
		];
		if (otherTheme && otherCountry) {
			expect(
				outcome(
					await as('platformAdmin')
						.from('practices')
						.update({ themes: [otherTheme], country: otherCountry })
						.eq('id', other)
						.select('id')
				)
			).toBe(1);
			const moved = await choices('anon');
			expect({
				old: [moved.themes.includes(theme!), moved.countries.includes(country!)],
				now: [moved.themes.includes(otherTheme), moved.countries.includes(otherCountry)]
			}).toEqual({
				old: [false, false],
				now: [true, true]
			});
			expect(
				outcome(
					await as('platformAdmin')
						.from('practices')
						.update({ themes: [theme], country })
						.eq('id', other)
						.select('id')
				)
			).toBe(1);
		}
		await done('platformAdmin', 'unpublish', other, locale!);
		expect(await has('anon')).toEqual(none);
		expect(await found('anon', { organisation: OWN_ORG })).toEqual([]);
		// Published again, then removed: its values go with it.
		await done('platformAdmin', 'publish', other, locale!);
		expect((await has('anon')).theme).toBe(true);
		await peek(`delete from public.practices where id = $1`, [other]);
		expect(await has('anon')).toEqual(none);
	});
});

// Collections --------------------------------------------------------------------------------
describe('collections', () => {
	async function newCollection(
		who: Who,
		name: string,
		fields: Record<string, unknown>
	): Promise<Answer> {
		return as(who)
			.from('collections')
			.insert({ slug: slug(name), title: title(`${name} (test)`), ...fields })
			.select('id');
	}

	async function collection(
		who: Person,
		name: string,
		fields: Record<string, unknown>
	): Promise<string> {
		const response = await newCollection(who, name, fields);
		expect(response.error).toBeNull();
		return (response.data as Array<{ id: string }>)[0].id;
	}

	async function positions(
		collectionId: string
	): Promise<Array<{ practice_id: string; position: number }>> {
		return peek(
			`select practice_id, position from public.collection_items where collection_id = $1 order by position`,
			[collectionId]
		);
	}

	async function addItem(who: Who, collectionId: string, practice: string): Promise<Answer> {
		return as(who)
			.from('collection_items')
			.insert({ collection_id: collectionId, practice_id: practice })
			.select('position');
	}

	it('a project’s coordinator starts a collection for it; partner editors, plain members and outsiders do not', async () => {
		const id = await collection('coordinator', 'c-by-coordinator', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		expect(
			await peek(
				`select project_id, organisation_id, visibility::text from public.collections where id = $1`,
				[id]
			)
		).toEqual([{ project_id: PROJECT.small, organisation_id: null, visibility: 'public' }]);
		// Faenza's editor is a partner editor in young-neets, not its coordinator, and not in small-scale-partnership.
		expectRefused(
			await newCollection('faenzaEditor', 'c-faenza-young', { project_id: PROJECT.youngNeets }),
			DENIED,
			403
		);
		expectRefused(
			await newCollection('faenzaEditor', 'c-faenza-small', { project_id: PROJECT.small }),
			DENIED,
			403
		);
		expectRefused(
			await newCollection('lesznoEditor', 'c-leszno-small', { project_id: PROJECT.small }),
			DENIED,
			403
		);
		expectRefused(
			await newCollection('lesznoMember', 'c-member-org', { organisation_id: ORG.leszno }),
			DENIED,
			403
		);
		expectRefused(
			await newCollection('outsider', 'c-outsider', { organisation_id: ORG.leszno }),
			DENIED,
			403
		);
		expectRefused(
			await newCollection('anon', 'c-anon', { project_id: PROJECT.small }),
			DENIED,
			401
		);
		// An organisation's admin keeps collections for the organisation.
		expect(
			(await newCollection('lesznoEditor', 'c-leszno-org', { organisation_id: ORG.leszno })).error
		).toBeNull();
		// A collection belongs to a project or an organisation, not both.
		expectRefused(
			await newCollection('coordinator', 'c-both', {
				project_id: PROJECT.small,
				organisation_id: ORG.daugavpils
			}),
			CHECK,
			400
		);
		const refused = [
			'c-faenza-young',
			'c-faenza-small',
			'c-leszno-small',
			'c-member-org',
			'c-outsider',
			'c-anon',
			'c-both'
		].map(slug);
		expect(
			await peek(`select slug from public.collections where slug = any($1)`, [refused])
		).toEqual([]);
	});

	it('a partner-only collection: invisible to anon and outsiders, visible to the project’s members', async () => {
		const id = await collection('coordinator', 'c-partners', {
			project_id: PROJECT.small,
			visibility: 'partners'
		});
		const practice = await start('lesznoEditor', 'c-partners-practice');
		await publish('lesznoEditor', 'coordinator', practice, 'pl');
		expect((await addItem('coordinator', id, practice)).error).toBeNull();
		const seen: Record<string, [Outcome, Outcome]> = {};
		for (const who of EVERYONE) {
			seen[who] = [
				outcome(await as(who).from('collections').select('id').eq('id', id)),
				outcome(
					await as(who).from('collection_items').select('practice_id').eq('collection_id', id)
				)
			];
		}
		expect(seen).toEqual({
			anon: [0, 0],
			outsider: [0, 0],
			faenzaEditor: [0, 0],
			// A member of a partner organisation, but holding no role in the project.
			lesznoMember: [0, 0],
			lesznoEditor: [1, 1],
			coordinator: [1, 1],
			platformAdmin: [1, 1]
		});
		// Made public, everyone reads it.
		expect(
			outcome(
				await as('coordinator')
					.from('collections')
					.update({ visibility: 'public' })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		expect(outcome(await as('anon').from('collections').select('id').eq('id', id))).toBe(1);
		expect(
			outcome(
				await as('anon').from('collection_items').select('practice_id').eq('collection_id', id)
			)
		).toBe(1);
	});

	it('an item of a public collection that points at an unpublished practice: the item is readable, the practice is not embedded for anon', async () => {
		const id = await collection('coordinator', 'c-public', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		const practice = await start('lesznoEditor', 'c-public-draft');
		// The coordinator writes the project's practices, so reads (and may add) the draft.
		expect((await addItem('coordinator', id, practice)).error).toBeNull();
		const items = (who: Who) =>
			as(who)
				.from('collection_items')
				.select('position, practice:practices(slug)')
				.eq('collection_id', id);
		for (const who of ['anon', 'outsider', 'faenzaEditor'] as const) {
			expect({ who, data: (await items(who)).data }).toEqual({
				who,
				data: [{ position: 1, practice: null }]
			});
		}
		expect((await items('coordinator')).data).toEqual([
			{ position: 1, practice: { slug: slug('c-public-draft') } }
		]);
		await publish('lesznoEditor', 'coordinator', practice, 'pl');
		expect((await items('anon')).data).toEqual([
			{ position: 1, practice: { slug: slug('c-public-draft') } }
		]);
	});

	it('published_practices counts the practices of a collection its readers can read, the same for each of them', async () => {
		const id = await collection('coordinator', 'c-count', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		const [draft, shown] = [
			await start('lesznoEditor', 'c-count-draft'),
			await start('lesznoEditor', 'c-count-shown')
		];
		for (const practice of [draft, shown])
			expect((await addItem('coordinator', id, practice)).error).toBeNull();
		await publish('lesznoEditor', 'coordinator', shown, 'pl');
		const counted = async (who: Who) =>
			(await as(who).from('collections').select('published:published_practices').eq('id', id))
				.data as Array<{ published: number }>;
		// The coordinator reads the draft too: it is still not counted.
		for (const who of [
			'anon',
			'outsider',
			'lesznoEditor',
			'coordinator',
			'platformAdmin'
		] as const) {
			expect({ who, counted: await counted(who) }).toEqual({ who, counted: [{ published: 1 }] });
		}
		// Partners only: those outside see no collection, so no count.
		expect(
			outcome(
				await as('coordinator')
					.from('collections')
					.update({ visibility: 'partners' })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		expect(await counted('anon')).toEqual([]);
		expect(await counted('coordinator')).toEqual([{ published: 1 }]);
	});

	it('only curators edit or remove a collection and its items', async () => {
		const id = await collection('coordinator', 'c-edit', {
			project_id: PROJECT.small,
			visibility: 'partners'
		});
		const practice = await start('lesznoEditor', 'c-edit-practice');
		expect((await addItem('coordinator', id, practice)).error).toBeNull();
		for (const who of ['lesznoEditor', 'faenzaEditor', 'outsider'] as const) {
			expect(
				outcome(
					await as(who)
						.from('collections')
						.update({ title: title('Taken over') })
						.eq('id', id)
						.select('id')
				)
			).toBe(0);
			expect(outcome(await as(who).from('collections').delete().eq('id', id).select('id'))).toBe(0);
			expect(
				outcome(
					await as(who)
						.from('collection_items')
						.delete()
						.eq('collection_id', id)
						.select('practice_id')
				)
			).toBe(0);
		}
		// A collection keeps its address and its project.
		expectRefused(
			await as('coordinator')
				.from('collections')
				.update({ slug: slug('c-moved') })
				.eq('id', id)
				.select('id'),
			DENIED,
			403
		);
		expectRefused(
			await as('coordinator')
				.from('collections')
				.update({ project_id: PROJECT.youngNeets })
				.eq('id', id)
				.select('id'),
			DENIED,
			403
		);
		expect(
			await peek(`select slug, project_id, title from public.collections where id = $1`, [id])
		).toEqual([{ slug: slug('c-edit'), project_id: PROJECT.small, title: title('c-edit (test)') }]);
		expect(
			outcome(
				await as('coordinator')
					.from('collections')
					.update({ title: title('Renamed') })
					.eq('id', id)
					.select('id')
			)
		).toBe(1);
		expect(
			outcome(
				await as('coordinator')
					.from('collection_items')
					.delete()
					.eq('collection_id', id)
					.select('practice_id')
			)
		).toBe(1);
		expect(
			outcome(await as('platformAdmin').from('collections').delete().eq('id', id).select('id'))
		).toBe(1);
	});

	it('curators add items, each placed last; others cannot add; a curator adds only practices they can read', async () => {
		const id = await collection('coordinator', 'c-items', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		const practices = [
			await start('lesznoEditor', 'c-item-1'),
			await start('lesznoEditor', 'c-item-2'),
			await start('lesznoEditor', 'c-item-3')
		];
		const answers = [];
		for (const p of practices) answers.push((await addItem('coordinator', id, p)).data);
		expect(answers).toEqual([[{ position: 1 }], [{ position: 2 }], [{ position: 3 }]]);
		const extra = await start('lesznoEditor', 'c-item-4');
		await publish('lesznoEditor', 'coordinator', extra, 'pl');
		// The Leszno editor is a member of the project but not its coordinator.
		for (const who of ['lesznoEditor', 'faenzaEditor', 'outsider'] as const)
			expectRefused(await addItem(who, id, extra), DENIED, 403);
		expectRefused(await addItem('anon', id, extra), DENIED, 401);
		// A draft of Faenza's is not the coordinator's to read.
		const faenzaDraft = await start('faenzaEditor', 'c-faenza-draft', {
			organisation: ORG.faenza,
			project: null,
			locale: 'it'
		});
		expectRefused(await addItem('coordinator', id, faenzaDraft), DENIED, 403);
		// Twice is once.
		expectRefused(await addItem('coordinator', id, practices[0]), UNIQUE, 409);
		expect(await positions(id)).toEqual(
			practices.map((p, i) => ({ practice_id: p, position: i + 1 }))
		);
	});

	it('move_collection_item swaps an item with its neighbour; at either end it answers false', async () => {
		const id = await collection('coordinator', 'c-move', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		const [a, b, c] = [
			await start('lesznoEditor', 'c-move-a'),
			await start('lesznoEditor', 'c-move-b'),
			await start('lesznoEditor', 'c-move-c')
		];
		for (const p of [a, b, c]) expect((await addItem('coordinator', id, p)).error).toBeNull();
		const move = (who: Who, practice: string, direction: number) =>
			as(who).rpc('move_collection_item', { collection: id, practice, direction });
		const order = async () => (await positions(id)).map((i) => i.practice_id);

		expect((await move('coordinator', c, -1)).data).toBe(true);
		expect(await order()).toEqual([a, c, b]);
		expect(await positions(id)).toEqual([
			{ practice_id: a, position: 1 },
			{ practice_id: c, position: 2 },
			{ practice_id: b, position: 3 }
		]);
		expect((await move('coordinator', a, 1)).data).toBe(true);
		expect(await order()).toEqual([c, a, b]);
		expect((await move('coordinator', c, -1)).data).toBe(false);
		expect((await move('coordinator', b, 1)).data).toBe(false);
		expect((await move('coordinator', randomUUID(), 1)).data).toBe(false);
		expect((await move('coordinator', a, 2)).error?.code).toBe(BAD_ARGUMENT);
		expect(await order()).toEqual([c, a, b]);
	});

	it('non-curators cannot reorder (false), nor change or remove items, and nothing changes', async () => {
		const id = await collection('coordinator', 'c-no-move', {
			project_id: PROJECT.small,
			visibility: 'public'
		});
		const [a, b] = [
			await start('lesznoEditor', 'c-no-move-a'),
			await start('lesznoEditor', 'c-no-move-b')
		];
		for (const p of [a, b]) expect((await addItem('coordinator', id, p)).error).toBeNull();
		const before = await positions(id);
		for (const who of ['lesznoEditor', 'lesznoMember', 'faenzaEditor', 'outsider'] as const) {
			// Row level security hides the items from their `for update`: nothing to move.
			const response = await as(who).rpc('move_collection_item', {
				collection: id,
				practice: b,
				direction: -1
			});
			expect({ who, error: response.error, data: response.data }).toEqual({
				who,
				error: null,
				data: false
			});
			expect(
				outcome(
					await as(who)
						.from('collection_items')
						.update({ position: 9 })
						.eq('collection_id', id)
						.eq('practice_id', b)
						.select('position')
				)
			).toBe(0);
			expect(
				outcome(
					await as(who).from('collection_items').delete().eq('collection_id', id).select('position')
				)
			).toBe(0);
		}
		expectRefused(
			await as('anon').rpc('move_collection_item', { collection: id, practice: b, direction: -1 }),
			DENIED,
			401
		);
		expect(await positions(id)).toEqual(before);
	});
});

// Transfers ----------------------------------------------------------------------------------
describe('practice transfers', () => {
	async function stages(transfer: string) {
		return peek<{ stage: string; since: string; recorded_by: string | null }>(
			`select stage::text, since::text, recorded_by from public.practice_transfer_stages where transfer_id = $1 order by id`,
			[transfer]
		);
	}

	function startTransfer(
		who: Who,
		practice: string,
		organisation: string,
		extra: Record<string, unknown> = {}
	) {
		return as(who)
			.from('practice_transfers')
			.insert({
				practice_id: practice,
				organisation_id: organisation,
				started_on: '2026-01-05',
				stage_since: '2026-01-05',
				...extra
			})
			.select('id, stage, created_by, started_on, stage_since');
	}

	it('a Daugavpils admin starts a transfer of Leszno’s practice for the City Council: stage recorded, audited', async () => {
		const practice = await start('lesznoEditor', 't-start');
		const since = await lastAuditId();
		const response = await startTransfer('coordinator', practice, ORG.daugavpils, {
			project_id: PROJECT.small,
			notes: 'Pilot w Daugavpils'
		});
		expect(response.error).toBeNull();
		const [row] = response.data as Array<{ id: string }>;
		expect(row).toEqual({
			id: expect.any(String),
			stage: 'exploring',
			created_by: USER.coordinator,
			started_on: '2026-01-05',
			stage_since: '2026-01-05'
		});
		expect(await stages(row.id)).toEqual([
			{ stage: 'exploring', since: '2026-01-05', recorded_by: USER.coordinator }
		]);
		expect(await auditSince(since, practice)).toEqual([
			{
				actor_id: USER.coordinator,
				action: 'practice_transfer.started',
				subject_type: 'practice',
				subject_id: practice,
				details: { transfer_id: row.id, organisation_id: ORG.daugavpils, stage: 'exploring' }
			}
		]);
		// The same organisation does not start a second one for the same practice.
		expectRefused(await startTransfer('coordinator', practice, ORG.daugavpils), UNIQUE, 409);
	});

	it('Leszno cannot adopt its own practice (hint own_practice)', async () => {
		const practice = await start('lesznoEditor', 't-own');
		for (const who of ['lesznoEditor', 'platformAdmin'] as const) {
			const response = await startTransfer(who, practice, ORG.leszno);
			expectRefused(response, CHECK, 400);
			expect(response.error?.hint).toBe('own_practice');
		}
		expect(
			await peek(`select id from public.practice_transfers where practice_id = $1`, [practice])
		).toEqual([]);
	});

	it('only members of the adopting organisation start one, for a practice they can read; nobody names who started it', async () => {
		const practice = await start('lesznoEditor', 't-refused');
		// Faenza's editor is no member of Daugavpils; and cannot read the Leszno draft for Faenza.
		expectRefused(await startTransfer('faenzaEditor', practice, ORG.daugavpils), DENIED, 403);
		expectRefused(await startTransfer('faenzaEditor', practice, ORG.faenza), DENIED, 403);
		expectRefused(await startTransfer('outsider', practice, ORG.daugavpils), DENIED, 403);
		expectRefused(await startTransfer('anon', practice, ORG.daugavpils), DENIED, 401);
		expectRefused(
			await startTransfer('coordinator', practice, ORG.daugavpils, {
				created_by: USER.lesznoEditor
			}),
			DENIED,
			403
		);
		expect(
			await peek(`select id from public.practice_transfers where practice_id = $1`, [practice])
		).toEqual([]);
		// Once published, Faenza may start one of its own.
		await publish('lesznoEditor', 'coordinator', practice, 'pl');
		const faenza = await startTransfer('faenzaEditor', practice, ORG.faenza);
		expect(faenza.error).toBeNull();
		expect((faenza.data as Array<{ created_by: string }>)[0].created_by).toBe(USER.faenzaEditor);
	});

	it('stage changes add stage rows (other edits do not); Faenza cannot change it', async () => {
		const practice = await start('lesznoEditor', 't-stages');
		const started = await startTransfer('coordinator', practice, ORG.daugavpils);
		const transfer = (started.data as Array<{ id: string }>)[0].id;
		const since = await lastAuditId();
		const update = (who: Who, change: Record<string, unknown>) =>
			as(who)
				.from('practice_transfers')
				.update(change)
				.eq('id', transfer)
				.select('stage, stage_since, notes');

		expect(
			(await update('coordinator', { stage: 'adapting', stage_since: '2026-02-01' })).data
		).toEqual([{ stage: 'adapting', stage_since: '2026-02-01', notes: '' }]);
		expect((await update('coordinator', { notes: 'Tłumaczymy materiały' })).data).toEqual([
			{ stage: 'adapting', stage_since: '2026-02-01', notes: 'Tłumaczymy materiały' }
		]);
		expect(
			(await update('coordinator', { stage: 'piloting', stage_since: '2026-03-15' })).error
		).toBeNull();
		// Faenza and Leszno (the practice's own organisation) follow nothing here.
		for (const who of ['faenzaEditor', 'lesznoEditor', 'outsider'] as const) {
			expect(outcome(await update(who, { stage: 'dropped', stage_since: '2026-04-01' }))).toBe(0);
		}
		expectRefused(await update('anon', { stage: 'dropped' }), DENIED, 401);
		// Who started it and for whom stay.
		expectRefused(
			await update('coordinator', { organisation_id: ORG.educationBoard }),
			DENIED,
			403
		);
		expectRefused(await update('coordinator', { created_by: USER.lesznoEditor }), DENIED, 403);
		expectRefused(await update('coordinator', { practice_id: randomUUID() }), DENIED, 403);

		expect(
			await peek(
				`select stage::text, stage_since::text, organisation_id, created_by from public.practice_transfers where id = $1`,
				[transfer]
			)
		).toEqual([
			{
				stage: 'piloting',
				stage_since: '2026-03-15',
				organisation_id: ORG.daugavpils,
				created_by: USER.coordinator
			}
		]);
		expect(await stages(transfer)).toEqual([
			{ stage: 'exploring', since: '2026-01-05', recorded_by: USER.coordinator },
			{ stage: 'adapting', since: '2026-02-01', recorded_by: USER.coordinator },
			{ stage: 'piloting', since: '2026-03-15', recorded_by: USER.coordinator }
		]);
		expect(
			(await auditSince(since, practice)).map((e) => [e.actor_id, e.action, e.details.stage])
		).toEqual([
			[USER.coordinator, 'practice_transfer.stage_changed', 'adapting'],
			[USER.coordinator, 'practice_transfer.stage_changed', 'piloting']
		]);
		// Nobody writes stage rows directly.
		expectRefused(
			await as('coordinator')
				.from('practice_transfer_stages')
				.insert({ transfer_id: transfer, stage: 'adopted', since: '2026-05-01' })
				.select('id'),
			DENIED,
			403
		);
		expectRefused(
			await as('coordinator')
				.from('practice_transfer_stages')
				.delete()
				.eq('transfer_id', transfer)
				.select('id'),
			DENIED,
			403
		);
		expect((await stages(transfer)).length).toBe(3);
	});

	it('anon and outsiders see a transfer (and its stages) only once the practice is published; the adopting organisation always', async () => {
		const practice = await start('lesznoEditor', 't-visible');
		const started = await startTransfer('coordinator', practice, ORG.daugavpils);
		const transfer = (started.data as Array<{ id: string }>)[0].id;
		const who = async () => {
			const seen: Record<string, [Outcome, Outcome]> = {};
			for (const w of EVERYONE) {
				seen[w] = [
					outcome(await as(w).from('practice_transfers').select('id').eq('id', transfer)),
					outcome(
						await as(w).from('practice_transfer_stages').select('id').eq('transfer_id', transfer)
					)
				];
			}
			return seen;
		};
		expect(await who()).toEqual({
			anon: [0, 0],
			outsider: [0, 0],
			faenzaEditor: [0, 0],
			// The practice's writers read it with the practice.
			lesznoMember: [1, 1],
			lesznoEditor: [1, 1],
			coordinator: [1, 1],
			platformAdmin: [1, 1]
		});
		await publish('lesznoEditor', 'coordinator', practice, 'pl');
		const everyone = Object.fromEntries(EVERYONE.map((w) => [w, [1, 1]]));
		expect(await who()).toEqual(everyone);
		// The adopting organisation still sees its transfer of a practice that is no longer published.
		await done('coordinator', 'unpublish', practice, 'pl');
		const faenzaPractice = await start('faenzaEditor', 't-faenza-practice', {
			organisation: ORG.faenza,
			project: null,
			locale: 'it'
		});
		await publish('faenzaEditor', 'faenzaEditor', faenzaPractice, 'it');
		const fromFaenza = await startTransfer('lesznoMember', faenzaPractice, ORG.leszno);
		expect(fromFaenza.error).toBeNull();
		await done('faenzaEditor', 'unpublish', faenzaPractice, 'it');
		const faenzaTransfer = (fromFaenza.data as Array<{ id: string }>)[0].id;
		expect(
			outcome(
				await as('lesznoMember').from('practice_transfers').select('id').eq('id', faenzaTransfer)
			)
		).toBe(1);
		expect(
			outcome(await as('anon').from('practice_transfers').select('id').eq('id', faenzaTransfer))
		).toBe(0);
	});

	it('the adopting organisation’s admins remove a transfer (its stages go with it); others do not', async () => {
		const practice = await start('lesznoEditor', 't-remove');
		await publish('lesznoEditor', 'coordinator', practice, 'pl');
		const started = await startTransfer('coordinator', practice, ORG.daugavpils);
		const transfer = (started.data as Array<{ id: string }>)[0].id;
		for (const who of ['lesznoEditor', 'faenzaEditor', 'outsider'] as const) {
			expect(
				outcome(await as(who).from('practice_transfers').delete().eq('id', transfer).select('id'))
			).toBe(0);
		}
		expect(
			outcome(
				await as('coordinator').from('practice_transfers').delete().eq('id', transfer).select('id')
			)
		).toBe(1);
		expect(await stages(transfer)).toEqual([]);
	});
});
