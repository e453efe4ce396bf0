import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { withTranslation } from '#lib/translations.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as outcomes from '#lib/server/data/outcomes.ts';
import {
	choice,
	count,
	date,
	integer,
	parseForm,
	readForm,
	refuse,
	text,
	uuid
} from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { requireProject } from '#lib/server/auth/guards.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const HTTPS = /^https:\/\/\S+$/;
const DIRECTIONS = ['up', 'down'] as const;
const done = (slug: string, lang: string, what: string) =>
	redirect(303, `${href(`/projects/${slug}/edit/outcomes`)}?lang=${lang}&done=${what}`);

async function outcomesOf(event: RequestEvent, projectId: string) {
	const found = await outcomes.ofProject(event.locals.supabase, projectId);
	if (!found) error(404, { message: m.error_not_found() });
	return found;
}

export const load: PageServerLoad = async (event) => {
	const project = await requireProject(event, 'edit');
	const [{ locales, code }, found] = await Promise.all([
		contentLocales.editingLanguage(event.locals.supabase, event.url.searchParams.get('lang')),
		outcomesOf(event, project.id)
	]);
	return { contentLocales: locales, editing: code, outcomes: found };
};

/** The language a form was written in (sent with it), as a content language. */
async function editingOf(event: RequestEvent, raw: FormData) {
	return (
		await contentLocales.editingLanguage(event.locals.supabase, raw.get('lang') as string | null)
	).code;
}

/** Moves a result or a press item one place up or down, in the order the page lists them. */
async function moveOne(event: RequestEvent, action: 'moveResult' | 'movePress') {
	const project = await requireProject(event, 'edit');
	const raw = await readForm(event.request);
	const form = parseForm(raw, { id: uuid(), direction: choice(DIRECTIONS) });
	const listed = action === 'moveResult' ? project.results : project.press;
	if (!form.ok || !listed.some((row) => row.id === form.data.id))
		return refuse(400, { action, message: m.outcomes_cannot_move() });
	const move = action === 'moveResult' ? outcomes.moveResult : outcomes.movePressItem;
	if (!(await move(event.locals.supabase, form.data.id, form.data.direction === 'up' ? -1 : 1)))
		return refuse(409, { action, message: m.outcomes_cannot_move() });
	done(project.slug, await editingOf(event, raw), 'moved');
}

/** A press item's fields as its forms send them; a new item's title is required, an edited one's decided per language. */
const pressFields = (options: { titleRequired: boolean }) => ({
	kind: choice(outcomes.PRESS_KINDS),
	title: text({ required: options.titleRequired, max: 300 }),
	published_on: date(),
	url: text({ max: 500 }),
	body: text({ max: 5000, multiline: true })
});

export const actions: Actions = {
	achieved: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const id = String(raw.get('id') ?? '');
		const form = parseForm(raw, {
			id: uuid(),
			version: integer({ min: 1 }),
			source: choice(['computed', 'entered'] as const),
			achieved: count(),
			evidence: text({ max: 1000, multiline: true }),
			evidence_url: text({ max: 500 })
		});
		const failure = (status: number, errors: Record<string, string>, conflict = false) =>
			refuse(status, { action: 'achieved', id, values: form.values, errors, conflict });
		if (!form.ok) return failure(400, form.errors);
		const data = form.data;
		const indicator = (await outcomesOf(event, project.id)).indicators.find(
			(i) => i.id === data.id
		);
		if (!indicator) return failure(400, { source: m.form_choose() });
		const errors: Record<string, string> = {};
		if (
			data.source === 'computed' &&
			!(outcomes.COMPUTABLE_CODES as readonly string[]).includes(indicator.code ?? '')
		)
			errors.source = m.indicator_not_computable();
		if (data.evidence_url && !HTTPS.test(data.evidence_url)) errors.evidence_url = m.form_url();
		const evidence = withTranslation(indicator.evidence, lang, data.evidence ?? '');
		if (evidence === 'original_in_use') errors.evidence = m.translation_original_in_use();
		const entered = data.source === 'entered' ? data.achieved : null;
		if (entered !== null && !evidence && !data.evidence_url)
			errors.evidence = m.indicator_evidence_required();
		if (Object.keys(errors).length) return failure(400, errors);

		const conflict = await outcomes.saveAchieved(
			event.locals.supabase,
			project.id,
			data.id,
			data.version,
			{
				source: data.source,
				achieved: entered,
				evidence: evidence === 'original_in_use' ? null : evidence,
				evidence_url: data.evidence_url || null
			}
		);
		if (conflict) return failure(409, {}, true);
		done(project.slug, lang, 'achieved');
	},

	addResult: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const form = parseForm(raw, {
			statement: text({ required: true, max: 1000, multiline: true })
		});
		if (!form.ok)
			return refuse(400, {
				action: 'addResult',
				values: form.values,
				errors: form.errors
			});
		const position = Math.max(0, ...project.results.map((r) => r.position)) + 1;
		await outcomes.addResult(
			once(event),
			project.id,
			{ [lang]: { text: form.data.statement, status: 'original' } },
			position
		);
		done(project.slug, lang, 'result_added');
	},

	saveResult: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const id = String(raw.get('id') ?? '');
		const form = parseForm(raw, {
			id: uuid(),
			version: integer({ min: 1 }),
			statement: text({ max: 1000, multiline: true })
		});
		const failure = (status: number, errors: Record<string, string>, conflict = false) =>
			refuse(status, { action: 'saveResult', id, values: form.values, errors, conflict });
		if (!form.ok) return failure(400, form.errors);
		const result = project.results.find((r) => r.id === form.data.id);
		if (!result) return failure(400, { statement: m.form_invalid() });
		const next = withTranslation(result.statement, lang, form.data.statement);
		if (next === 'original_in_use')
			return failure(400, { statement: m.translation_original_in_use() });
		if (!next) return failure(400, { statement: m.form_required() });
		const conflict = await outcomes.saveResult(
			event.locals.supabase,
			project.id,
			result.id,
			form.data.version,
			next
		);
		if (conflict) return failure(409, {}, true);
		done(project.slug, lang, 'result_saved');
	},

	moveResult: (event) => moveOne(event, 'moveResult'),

	removeResult: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'removeResult',
				values: form.values,
				errors: form.errors
			});
		await outcomes.removeResult(event.locals.supabase, project.id, form.data.id);
		done(project.slug, await editingOf(event, raw), 'removed');
	},

	addPress: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const form = parseForm(raw, pressFields({ titleRequired: true }));
		const failure = (errors: Record<string, string>) =>
			refuse(400, { action: 'addPress', values: form.values, errors });
		if (!form.ok) return failure(form.errors);
		const data = form.data;
		if (data.url && !HTTPS.test(data.url)) return failure({ url: m.form_url() });
		const position = Math.max(0, ...project.press.map((p) => p.position)) + 1;
		await outcomes.addPressItem(once(event), project.id, {
			kind: data.kind,
			title: { [lang]: { text: data.title, status: 'original' } },
			published_on: data.published_on,
			body: data.body ? { [lang]: { text: data.body, status: 'original' } } : null,
			url: data.url || null,
			position
		});
		done(project.slug, lang, 'press_added');
	},

	savePress: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const id = String(raw.get('id') ?? '');
		const form = parseForm(raw, {
			id: uuid(),
			version: integer({ min: 1 }),
			...pressFields({ titleRequired: false })
		});
		const failure = (status: number, errors: Record<string, string>, conflict = false) =>
			refuse(status, { action: 'savePress', id, values: form.values, errors, conflict });
		if (!form.ok) return failure(400, form.errors);
		const data = form.data;
		const item = project.press.find((p) => p.id === data.id);
		// Removed by someone else while this one was editing it: nothing left to save into.
		if (!item) return failure(409, {}, true);
		// Title and text in the language being edited; the other languages stay as they are.
		const title = withTranslation(item.title, lang, data.title);
		const body = withTranslation(item.body, lang, data.body);
		const errors: Record<string, string> = {};
		if (title === 'original_in_use') errors.title = m.translation_original_in_use();
		else if (!title) errors.title = m.form_required();
		if (body === 'original_in_use') errors.body = m.translation_original_in_use();
		if (data.url && !HTTPS.test(data.url)) errors.url = m.form_url();
		if (
			title === 'original_in_use' ||
			!title ||
			body === 'original_in_use' ||
			Object.keys(errors).length
		)
			return failure(400, errors);

		const conflict = await outcomes.savePressItem(
			event.locals.supabase,
			project.id,
			item.id,
			data.version,
			{
				kind: data.kind,
				title,
				published_on: data.published_on,
				body,
				url: data.url || null
			}
		);
		if (conflict) return failure(409, {}, true);
		done(project.slug, lang, 'press_saved');
	},

	movePress: (event) => moveOne(event, 'movePress'),

	removePress: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'removePress',
				values: form.values,
				errors: form.errors
			});
		await outcomes.removePressItem(event.locals.supabase, project.id, form.data.id);
		done(project.slug, await editingOf(event, raw), 'removed');
	}
};
