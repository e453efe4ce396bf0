import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import {
	missingFields,
	PRACTICE_SECTIONS,
	type PracticeSection,
	type RequiredField
} from '#lib/practices.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as practices from '#lib/server/data/practices.ts';
import {
	checkbox,
	integer,
	parseForm,
	readForm,
	refuse,
	text,
	type Field
} from '#lib/server/forms.ts';
import type { Supabase } from '#lib/server/supabase.ts';
import { markdownProblems, renderMarkdown, type MarkdownProblem } from '#lib/server/markdown.ts';
import { editablePractice } from '../editable.ts';
import type { Actions, PageServerLoad } from './$types';

type Written = Pick<practices.TextFields, 'title' | 'summary' | PracticeSection>;
const WRITTEN: Array<keyof Written> = ['title', 'summary', ...PRACTICE_SECTIONS];

function rendered(text: Written) {
	return Object.fromEntries(
		PRACTICE_SECTIONS.map((s) => [s, text[s].trim() ? renderMarkdown(text[s]) : ''])
	) as Record<PracticeSection, string>;
}

/** The problems of every section, each named by its section, for the author to fix. */
function problemsOf(text: Written): Array<MarkdownProblem & { section: PracticeSection }> {
	return PRACTICE_SECTIONS.flatMap((section) =>
		markdownProblems(text[section]).map((p) => ({ ...p, section }))
	);
}

async function languageOf(event: RequestEvent<{ slug: string; locale: string }>) {
	const locales = await contentLocales.list(event.locals.supabase);
	if (!locales.some((l) => l.code === event.params.locale))
		error(404, { message: m.error_not_found() });
	return event.params.locale;
}

export const load: PageServerLoad = async (event) => {
	const { practice } = await event.parent();
	const locale = await languageOf(event);
	const current = practice.texts.find((t) => t.locale === locale) ?? null;
	// What the translator works from: the original, or another language they choose.
	const others = practice.texts.filter((t) => t.locale !== locale);
	const asked = others.find((t) => t.locale === event.url.searchParams.get('from'));
	const reference = asked ?? others.find((t) => t.kind === 'original') ?? others[0] ?? null;
	return {
		locale,
		current,
		reference: reference && {
			locale: reference.locale,
			kind: reference.kind,
			title: reference.title,
			summary: reference.summary,
			html: rendered(reference)
		},
		references: others.map((t) => t.locale),
		problems: current ? problemsOf(current) : []
	};
};

const fields = {
	version: integer({ min: 0 }),
	machine: checkbox(),
	title: text({ required: true, max: 200 }),
	summary: text({ max: 1000, multiline: true }),
	...(Object.fromEntries(
		PRACTICE_SECTIONS.map((s) => [s, text({ max: 20_000, multiline: true })])
	) as Record<PracticeSection, Field<string>>)
};

type Step = 'save' | 'withdraw' | 'resubmit' | 'preview' | 'submit' | 'publish';

const NO_ERRORS: Record<string, string> = {};

/**
 * Saving is part of every step, so that nothing typed is lost to a step that needs the text saved
 * first. A text the same as the one saved is not saved again: a second click on "publish" finds the
 * text published already and does nothing more.
 *
 * A text waiting for review is saved only with an explicit choice: 'resubmit' (saved and submitted
 * again in one database step, so the approver reviews the latest) or 'withdraw' (taken back from
 * review). A plain save of it is refused with the writer's text kept: it may have been submitted by
 * a co-author after this editor was opened.
 */
async function write(event: RequestEvent<{ slug: string; locale: string }>, step: Step) {
	const { practice, may } = await editablePractice(event);
	const locale = await languageOf(event);
	const form = parseForm(await readForm(event.request), fields);
	if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
	const data = form.data;
	const written: Written = {
		title: data.title,
		summary: data.summary,
		context: data.context,
		actions: data.actions,
		resources: data.resources,
		results: data.results,
		lessons: data.lessons,
		transfer: data.transfer
	};
	const values = form.values;

	if (step === 'preview') {
		return { values, preview: { html: rendered(written), problems: problemsOf(written) } };
	}
	const supabase = event.locals.supabase;
	const current = practice.texts.find((t) => t.locale === locale);
	const kind = current?.kind === 'original' ? 'original' : data.machine ? 'machine' : 'reviewed';
	const underReview = current?.state === 'submitted';
	// Whatever goes further needs a text a reader can use: the required sections written, images
	// described, links that work.
	const goesFurther = step === 'submit' || step === 'publish' || step === 'resubmit';
	const blocked = goesFurther
		? { missing: missingFields(written), problems: problemsOf(written) }
		: null;
	const isBlocked = !!blocked && (blocked.missing.length > 0 || blocked.problems.length > 0);
	// Saving a text under review before refusing the step would take it out of review: refuse first.
	if (isBlocked && (underReview || step === 'resubmit'))
		return fail(400, { values, errors: NO_ERRORS, ...blocked, saved: false });
	if (step === 'publish' && !may.approve && underReview)
		return fail(403, { values, errors: NO_ERRORS, stepError: m.practice_publish_not_allowed() });

	// The version the writer saw: a step on it fails if anyone changed the text since (a second click
	// on "publish" finds it published and does nothing more).
	let version = data.version;
	const unchanged =
		current && current.kind === kind && WRITTEN.every((name) => current[name] === written[name]);
	const back = href(`/practices/${practice.slug}/edit/${locale}`);
	if (!current) {
		if (
			(await practices.addText(supabase, practice.id, locale, { ...written, kind })) === 'exists'
		) {
			return fail(409, { values, errors: NO_ERRORS, conflict: true });
		}
		version = 1;
	} else if (!unchanged || (step === 'withdraw' && underReview)) {
		if (underReview && (step === 'save' || step === 'submit')) {
			// No choice made: nothing is saved. If the text changed since the writer opened it only by
			// being submitted, the writer's text stays in the form to save with a choice; if its
			// content changed too, it is a conflict like any other.
			if (
				data.version !== current.version &&
				!(await sameContentSince(supabase, practice.id, locale, data.version, current))
			) {
				return fail(409, { values, errors: NO_ERRORS, conflict: true });
			}
			return fail(409, { values, errors: NO_ERRORS, underReview: true });
		}
		// An approver who saves and publishes a text under review says what happens to it: published.
		const choice =
			step === 'resubmit'
				? 'resubmit'
				: step === 'withdraw' || step === 'publish'
					? 'withdraw'
					: 'plain';
		const saved = await practices.saveText(
			supabase,
			practice.id,
			locale,
			data.version,
			{ ...written, kind },
			choice
		);
		if (saved.done === 'missing') error(404, { message: m.error_not_found() });
		if (saved.done === 'conflict') return fail(409, { values, errors: NO_ERRORS, conflict: true });
		if (saved.done === 'under_review')
			return fail(409, { values, errors: NO_ERRORS, underReview: true });
		if (saved.done === 'incomplete')
			return fail(400, {
				values,
				errors: NO_ERRORS,
				missing: saved.missing as RequiredField[],
				problems: [],
				saved: false
			});
		if (step === 'resubmit') redirect(303, `${back}?submitted=1`);
		version = saved.version;
	}
	if (step === 'save') redirect(303, `${back}?saved=1`);
	if (step === 'withdraw') redirect(303, `${back}?${underReview ? 'withdrawn' : 'saved'}=1`);

	if (step === 'publish' && !may.approve)
		return fail(403, { values, errors: NO_ERRORS, stepError: m.practice_publish_not_allowed() });
	// Saved as a draft, so nothing typed is lost; it goes no further until fixed.
	if (isBlocked) return fail(400, { values, errors: NO_ERRORS, ...blocked, saved: true });
	const done = await practices.review(
		supabase,
		step === 'publish' ? 'publish' : 'submit',
		practice.id,
		locale,
		version
	);
	if (done === 'missing') error(404, { message: m.error_not_found() });
	if (done === 'conflict') return fail(409, { values, errors: NO_ERRORS, conflict: true });
	// The database's rule and missingFields() are the same list; should they ever differ, the database wins.
	if (done === 'incomplete')
		return fail(400, {
			values,
			errors: NO_ERRORS,
			missing: missingFields(written),
			problems: [],
			saved: true
		});
	redirect(
		303,
		`${back}?${step === 'publish' ? 'published' : 'submitted'}=${done === 'done' ? 1 : 0}`
	);
}

/** Whether a text's content is what it was at an earlier version (only review steps in between). */
async function sameContentSince(
	supabase: Supabase,
	practiceId: string,
	locale: string,
	version: number,
	current: practices.WorkingText
) {
	const then = await practices.contentAt(supabase, practiceId, locale, version);
	return (
		!!then && then.kind === current.kind && WRITTEN.every((name) => then[name] === current[name])
	);
}

/** Steps on the saved text alone: returning it with comments, unpublishing, removing a translation. */
async function decide(
	event: RequestEvent<{ slug: string; locale: string }>,
	step: 'return' | 'unpublish' | 'remove'
) {
	const { practice, may } = await editablePractice(event);
	const locale = await languageOf(event);
	const form = parseForm(await readForm(event.request), {
		version: integer({ min: 1 }),
		comment: text({ max: 4000, multiline: true }),
		confirm: checkbox()
	});
	const back = href(`/practices/${practice.slug}/edit/${locale}`);
	const refused = (status: number, message: string, comment?: string) =>
		refuse(status, {
			action: step,
			message,
			values: comment === undefined ? undefined : { comment }
		});
	if (!form.ok) return refused(400, m.form_invalid());
	const supabase = event.locals.supabase;
	if (step === 'remove') {
		if (!form.data.confirm) return refused(400, m.practice_remove_text_confirm_missing());
		const removed = await practices.removeText(supabase, practice.id, locale);
		if (!removed) return refused(403, m.practice_remove_text_not_allowed());
		redirect(303, href(`/practices/${practice.slug}/edit`));
	}
	if (!may.approve) return refused(403, m.error_forbidden());
	if (step === 'return' && !form.data.comment) {
		return refused(400, m.practice_return_comment_required(), '');
	}
	const done = await practices.review(
		supabase,
		step,
		practice.id,
		locale,
		form.data.version,
		form.data.comment
	);
	if (done === 'missing') error(404, { message: m.error_not_found() });
	if (done === 'conflict') return refused(409, m.practice_step_conflict(), form.data.comment);
	redirect(
		303,
		`${back}?${step === 'return' ? 'returned' : 'unpublished'}=${done === 'done' ? 1 : 0}`
	);
}

export const actions: Actions = {
	save: (event) => write(event, 'save'),
	withdraw: (event) => write(event, 'withdraw'),
	resubmit: (event) => write(event, 'resubmit'),
	preview: (event) => write(event, 'preview'),
	submit: (event) => write(event, 'submit'),
	publish: (event) => write(event, 'publish'),
	return: (event) => decide(event, 'return'),
	unpublish: (event) => decide(event, 'unpublish'),
	remove: (event) => decide(event, 'remove')
};
