import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import type { FormFailure } from '#lib/form-answers.ts';
import {
	approversName,
	fieldName,
	missingFields,
	PRACTICE_SECTIONS,
	REQUIRED_FIELDS,
	sectionName,
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

/** What the author is told of a problem of the Markdown in a section. */
function problemText(problem: MarkdownProblem, section: PracticeSection): string {
	const where = sectionName(section);
	switch (problem.kind) {
		case 'image_without_alt':
			return m.markdown_problem_image_without_alt({ section: where, detail: problem.detail });
		case 'unsafe_link':
			return m.markdown_problem_unsafe_link({ section: where, detail: problem.detail });
		case 'raw_html':
			return m.markdown_problem_raw_html({ section: where, detail: problem.detail });
	}
}

/**
 * The problems of every section, by the section's field, for the author to fix: pictures without a
 * description, addresses that cannot be linked to, HTML.
 */
function problemsOf(text: Written): Partial<Record<PracticeSection, string>> {
	return Object.fromEntries(
		PRACTICE_SECTIONS.flatMap((section) => {
			const said = markdownProblems(text[section]).map((p) => problemText(p, section));
			return said.length ? [[section, said.join(' ')]] : [];
		})
	);
}

/**
 * What stops a text with required fields left empty from going further: each field named above the
 * form, and told beside the field.
 */
function missingOf(names: readonly RequiredField[]) {
	return {
		problems: Object.fromEntries(
			names.map((name) => [name, m.practice_review_missing_section({ section: fieldName(name) })])
		),
		errors: Object.fromEntries(names.map((name) => [name, m.practice_review_field_required()]))
	};
}

/** What stops a text from going further: required fields left empty, and problems of its sections. */
function blockersOf(text: Written) {
	const missing = missingOf(missingFields(text));
	return { errors: missing.errors, problems: { ...missing.problems, ...problemsOf(text) } };
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
		problems: current ? problemsOf(current) : {}
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
	if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
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
	// Every refusal keeps what was typed in the fields.
	const refused = (status: number, failure: Omit<FormFailure, 'values'>) =>
		refuse(status, { values, ...failure });
	const conflict = () => refused(409, { conflict: true, message: m.practice_text_conflict() });
	const waitingForReview = () =>
		refused(409, {
			message: m.practice_review_plain_save_refused({
				approvers: approversName(practice, getLocale())
			})
		});

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
	const blockers = goesFurther ? blockersOf(written) : null;
	const blocked = blockers && Object.keys(blockers.problems).length > 0 ? blockers : null;
	// Saving a text under review before refusing the step would take it out of review: refuse first.
	if (blocked && (underReview || step === 'resubmit'))
		return refused(400, { ...blocked, message: m.practice_review_blocked_unsaved() });
	if (step === 'publish' && !may.approve && underReview)
		return refused(403, { message: m.practice_publish_not_allowed() });

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
			return conflict();
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
				return conflict();
			}
			return waitingForReview();
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
		if (saved.done === 'conflict') return conflict();
		if (saved.done === 'under_review') return waitingForReview();
		if (saved.done === 'incomplete')
			return refused(400, {
				...missingOf(REQUIRED_FIELDS.filter((name) => saved.missing.includes(name))),
				message: m.practice_review_blocked_unsaved()
			});
		if (step === 'resubmit') redirect(303, `${back}?submitted=1`);
		version = saved.version;
	}
	if (step === 'save') redirect(303, `${back}?saved=1`);
	if (step === 'withdraw') redirect(303, `${back}?${underReview ? 'withdrawn' : 'saved'}=1`);

	if (step === 'publish' && !may.approve)
		return refused(403, { message: m.practice_publish_not_allowed() });
	// Saved as a draft, so nothing typed is lost; it goes no further until fixed.
	if (blocked) return refused(400, { ...blocked, message: m.practice_text_blocked() });
	const done = await practices.review(
		supabase,
		step === 'publish' ? 'publish' : 'submit',
		practice.id,
		locale,
		version
	);
	if (done === 'missing') error(404, { message: m.error_not_found() });
	if (done === 'conflict') return conflict();
	// The database's rule and missingFields() are the same list; should they ever differ, the database wins.
	if (done === 'incomplete')
		return refused(400, {
			...missingOf(missingFields(written)),
			message: m.practice_text_blocked()
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
