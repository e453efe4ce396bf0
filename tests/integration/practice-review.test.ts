// Review that cannot lose work (issue 13, item 7): a submitted text leaves review only when its
// writer says so, resubmitting saves and submits in one step, and nothing goes to review or to
// readers without the template's required sections
// (supabase/migrations/20261206120000_practice_text_withdraw.sql, 20261206120100_practice_required_sections.sql).
//
// As practices.test.ts: through the real PostgREST as each person (author, co-author, approver,
// outsider, anon); fixtures and outcomes as the superuser; everything made here has this run's tag.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, type Answer } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';
const BAD_ARGUMENT = '22023';
const STALE = 'PT409';

const ORG_LESZNO = '0a000000-0000-4000-8000-000000000004';
/** The coordinator coordinates it; the Leszno editor is a partner editor in it. */
const PROJECT_SMALL = '0b000000-0000-4000-8000-000000000002';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `prv-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const USER = {
	/** Leszno's admin and partner editor in small-scale-partnership: the author. */
	author: '0c000000-0000-4000-8000-000000000004',
	/** The coordinator of small-scale-partnership: approves its practices. */
	approver: '0c000000-0000-4000-8000-000000000002',
	/** Admin of Faenza, which is not in small-scale-partnership: writes none of its practices. */
	otherEditor: '0c000000-0000-4000-8000-000000000003',
	/** This file's: a plain member of Leszno, who writes Leszno's practices too. */
	coAuthor: make.person({ memberOf: ORG_LESZNO }),
	/** This file's: signed in, a member of nothing. */
	outsider: make.person()
};

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	cleanUp: `
delete from public.practices where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`,
	left: async () => {
		expect(
			await peek(
				`select (select count(*)::int from public.practices where slug like $1) as practices,
				        (select count(*)::int from public.users where email like $2) as users`,
				[`${PREFIX}-%`, `%@${EMAIL_DOMAIN}`]
			)
		).toEqual([{ practices: 0, users: 0 }]);
	}
});

type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);

/** Every required section written. */
const COMPLETE = {
	summary: 'Sąsiedzi pomagają sąsiadom.',
	context: 'Starsi mieszkańcy byli sami.',
	actions: 'Wolontariusze odwiedzają ich co tydzień.',
	results: '120 odwiedzin w roku.'
};

/** A practice of the author's from small-scale-partnership, in Polish: with its required sections unless `bare`. */
async function start(name: string, options: { bare?: boolean } = {}): Promise<string> {
	const created = await as('author').rpc('create_practice', {
		organisation: ORG_LESZNO,
		project: PROJECT_SMALL,
		slug: `${PREFIX}-${name}`,
		locale: 'pl',
		title: `${name} (test)`
	});
	expect(created.error).toBeNull();
	const id = created.data as string;
	if (!options.bare)
		expect(
			(
				await as('author').rpc('save_practice_text', {
					practice: id,
					locale: 'pl',
					seen_version: 1,
					changes: COMPLETE
				})
			).data
		).toBe(2);
	return id;
}

type TextRow = { title: string; context: string; state: string; version: number };

async function textOf(practice: string): Promise<TextRow> {
	return (
		await peek<TextRow>(
			`select title, context, state::text, version from public.practice_texts where practice_id = $1 and locale = 'pl'`,
			[practice]
		)
	)[0];
}

async function historyOf(
	practice: string
): Promise<Array<{ action: string; version: number; state: string; changed_by: string }>> {
	return peek(
		`select action, version, state::text, changed_by from public.practice_text_history where practice_id = $1 order by id`,
		[practice]
	);
}

async function publicationOf(
	practice: string
): Promise<Array<{ title: string; text_version: number }>> {
	return peek(
		`select title, text_version from public.practice_publications where practice_id = $1`,
		[practice]
	);
}

const step = async (
	who: Who,
	what: 'submit' | 'publish',
	practice: string,
	seen: number
): Promise<Answer> =>
	await as(who).rpc(`${what}_practice_text`, { practice, locale: 'pl', seen_version: seen });

const saveText = async (
	who: Who,
	practice: string,
	seen: number,
	changes: Record<string, unknown>,
	withdraw?: boolean
): Promise<Answer> =>
	await as(who).rpc('save_practice_text', {
		practice,
		locale: 'pl',
		seen_version: seen,
		changes,
		...(withdraw === undefined ? {} : { withdraw })
	});

const resubmit = async (
	who: Who,
	practice: string,
	seen: number,
	changes: Record<string, unknown>
): Promise<Answer> =>
	await as(who).rpc('resubmit_practice_text', {
		practice,
		locale: 'pl',
		seen_version: seen,
		changes
	});

/** A practice whose Polish text the author submitted: version 3, under review. */
async function submitted(name: string): Promise<string> {
	const id = await start(name);
	expect((await step('author', 'submit', id, 2)).data).toBe(true);
	expect(await textOf(id)).toMatchObject({ state: 'submitted', version: 3 });
	return id;
}

/** The refusal of a change to a submitted text that does not say whether it withdraws it. */
function expectUnderReview(answer: Answer) {
	expectRefused(answer, STALE, 409);
	expect(answer.error?.hint).toBe('under_review');
}

describe('saving a submitted text', () => {
	it('a plain content save is refused by the database, through PATCH and through save_practice_text alike, and nothing changes', async () => {
		const id = await submitted('plain');
		const before = await historyOf(id);
		// The way the portal saved until now: a PATCH of the content over the version seen.
		const patched = await as('coAuthor')
			.from('practice_texts')
			.update({ context: 'Poprawka' })
			.eq('practice_id', id)
			.eq('locale', 'pl')
			.eq('version', 3)
			.select('state, version');
		expectUnderReview(patched);
		expectUnderReview(await saveText('coAuthor', id, 3, { context: 'Poprawka' }));
		expectUnderReview(await saveText('author', id, 3, { title: 'Inny tytuł' }, false));
		expect(await textOf(id)).toEqual({
			title: 'plain (test)',
			context: COMPLETE.context,
			state: 'submitted',
			version: 3
		});
		expect(await historyOf(id)).toEqual(before);
		// A save that changes nothing is no change: it stays under review.
		expect((await saveText('author', id, 3, { context: COMPLETE.context })).data).toBe(3);
		expect(await textOf(id)).toMatchObject({ state: 'submitted', version: 3 });
	});

	it('an explicit withdraw takes it back to draft with the change; the approver can no longer publish the version they read', async () => {
		const id = await submitted('withdraw');
		const saved = await saveText('coAuthor', id, 3, { context: 'Poprawiony kontekst' }, true);
		expect({ error: saved.error, data: saved.data }).toEqual({ error: null, data: 4 });
		expect(await textOf(id)).toEqual({
			title: 'withdraw (test)',
			context: 'Poprawiony kontekst',
			state: 'draft',
			version: 4
		});
		expect((await historyOf(id)).slice(-1)).toEqual([
			{ action: 'saved', version: 4, state: 'draft', changed_by: USER.coAuthor }
		]);
		expectRefused(await step('approver', 'publish', id, 3), STALE, 409);
		expect(await publicationOf(id)).toEqual([]);
	});

	it('withdrawing without a change still takes it back from review', async () => {
		const id = await submitted('withdraw-unchanged');
		expect((await saveText('author', id, 3, {}, true)).data).toBe(4);
		expect(await textOf(id)).toMatchObject({ state: 'draft', version: 4 });
	});

	it('save and resubmit: one step, the version moves on, it stays submitted, and the approver publishes the latest text', async () => {
		const id = await submitted('resubmit');
		const answer = await resubmit('coAuthor', id, 3, {
			title: 'Nowy tytuł',
			results: '150 odwiedzin w roku.'
		});
		expect({ error: answer.error, data: answer.data }).toEqual({ error: null, data: 5 });
		expect(await textOf(id)).toMatchObject({ title: 'Nowy tytuł', state: 'submitted', version: 5 });
		expect((await historyOf(id)).slice(-2)).toEqual([
			{ action: 'saved', version: 4, state: 'draft', changed_by: USER.coAuthor },
			{ action: 'submitted', version: 5, state: 'submitted', changed_by: USER.coAuthor }
		]);
		expect((await step('approver', 'publish', id, 5)).data).toBe(true);
		expect(await publicationOf(id)).toEqual([{ title: 'Nowy tytuł', text_version: 6 }]);
	});

	it('save and resubmit over a stale version, or leaving a required section empty, changes nothing at all', async () => {
		const id = await submitted('resubmit-refused');
		const stale = await resubmit('author', id, 2, { title: 'Za późno' });
		expectRefused(stale, STALE, 409);
		expect(stale.error?.hint).toBe('stale');
		const incomplete = await resubmit('author', id, 3, { title: 'Bez kontekstu', context: '   ' });
		expectRefused(incomplete, CHECK, 400);
		expect({ hint: incomplete.error?.hint, details: incomplete.error?.details }).toEqual({
			hint: 'required_sections',
			details: 'context'
		});
		// Still the text under review, as it was: the save was undone with the refused submit.
		expect(await textOf(id)).toEqual({
			title: 'resubmit-refused (test)',
			context: COMPLETE.context,
			state: 'submitted',
			version: 3
		});
	});

	it('only its writers save: others are refused (42501), anon has no EXECUTE (401), and nothing changes', async () => {
		const id = await submitted('refused');
		for (const who of ['outsider', 'otherEditor'] as const) {
			expectRefused(await saveText(who, id, 3, { context: 'x' }, true), DENIED, 403);
			expectRefused(await resubmit(who, id, 3, { context: 'x' }), DENIED, 403);
		}
		expectRefused(await saveText('anon', id, 3, { context: 'x' }, true), DENIED, 401);
		expectRefused(await resubmit('anon', id, 3, { context: 'x' }), DENIED, 401);
		expect(await textOf(id)).toMatchObject({
			context: COMPLETE.context,
			state: 'submitted',
			version: 3
		});
	});

	it('save_practice_text changes the content only: never the state or the version, never a non-string', async () => {
		const id = await submitted('content-only');
		for (const changes of [
			{ state: 'published' },
			{ version: 9 },
			{ review_comment: 'x' },
			{ title: 42 },
			{ title: null }
		]) {
			expectRefused(await saveText('author', id, 3, changes, true), BAD_ARGUMENT, 400);
		}
		expect(await textOf(id)).toMatchObject({ state: 'submitted', version: 3 });
	});
});

describe('required sections', () => {
	it('submit refuses a text with an empty required section (23514, hint required_sections, the sections named), blank counting as empty', async () => {
		const id = await start('submit-bare', { bare: true });
		const bare = await step('author', 'submit', id, 1);
		expectRefused(bare, CHECK, 400);
		expect({ hint: bare.error?.hint, details: bare.error?.details }).toEqual({
			hint: 'required_sections',
			details: 'summary,context,actions,results'
		});
		expect(
			(
				await saveText('author', id, 1, {
					summary: COMPLETE.summary,
					context: ' \n\u00a0\t\u3000\ufeff',
					actions: COMPLETE.actions
				})
			).data
		).toBe(2);
		const some = await step('author', 'submit', id, 2);
		expectRefused(some, CHECK, 400);
		expect(some.error?.details).toBe('context,results');
		expect(await textOf(id)).toMatchObject({ state: 'draft', version: 2 });
		// Optional sections (resources, lessons, transfer) may stay empty.
		expect(
			(await saveText('author', id, 2, { context: COMPLETE.context, results: COMPLETE.results }))
				.data
		).toBe(3);
		expect((await step('author', 'submit', id, 3)).data).toBe(true);
		expect(await textOf(id)).toMatchObject({ state: 'submitted', version: 4 });
	});

	it('publish refuses it too, even to the approver publishing a draft directly; nothing is published', async () => {
		const id = await start('publish-bare', { bare: true });
		expect(
			(
				await saveText('author', id, 1, {
					summary: COMPLETE.summary,
					context: COMPLETE.context,
					actions: COMPLETE.actions
				})
			).data
		).toBe(2);
		const refused = await step('approver', 'publish', id, 2);
		expectRefused(refused, CHECK, 400);
		expect({ hint: refused.error?.hint, details: refused.error?.details }).toEqual({
			hint: 'required_sections',
			details: 'results'
		});
		expect(await publicationOf(id)).toEqual([]);
		expect(await textOf(id)).toMatchObject({ state: 'draft', version: 2 });
		expect((await saveText('author', id, 2, { results: COMPLETE.results })).data).toBe(3);
		expect((await step('approver', 'publish', id, 3)).data).toBe(true);
		expect(await publicationOf(id)).toEqual([{ title: 'publish-bare (test)', text_version: 4 }]);
	});

	it('texts the seed published or submitted before the rule stay as they were', async () => {
		const seeded = await peek<{ state: string; n: number }>(
			`select t.state::text, count(*)::int as n from public.practice_texts as t
			 where t.practice_id::text like '10000000-0000-4000-8000-%' and t.state in ('submitted', 'published') group by t.state order by t.state`
		);
		expect(seeded.map((s) => s.state)).toEqual(['submitted', 'published']);
		expect(seeded.every((s) => s.n > 0)).toBe(true);
		expect(
			(
				await as('anon')
					.from('practice_publications')
					.select('locale')
					.eq('practice_id', '10000000-0000-4000-8000-000000000001')
			).data?.length
		).toBeGreaterThan(0);
	});
});
