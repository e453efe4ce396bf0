// One planned result: its planned figure, and an own indicator's name (one language at a time)
// and unit. A save names the version it started from; a refused one keeps what was typed.
import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { withTranslation, type TranslatedText } from '#lib/translations.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as outcomes from '#lib/server/data/outcomes.ts';
import {
	checkbox,
	integer,
	parseForm,
	quantity,
	readForm,
	refuse,
	text
} from '#lib/server/forms.ts';
import { requireProject } from '#lib/server/auth/guards.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function editableIndicator(event: RequestEvent) {
	const project = await requireProject(event, 'edit');
	const indicator = project.indicators.find((row) => row.id === event.params.id);
	if (!indicator) error(404, { message: m.error_not_found() });
	return { project, indicator };
}

/** An own indicator's name once `typed` is saved in `lang`, or why it cannot be: a name is never emptied. */
function nameAfter(
	saved: TranslatedText,
	lang: string,
	typed: string,
	machine: boolean
): { name: TranslatedText } | { error: string } {
	const next = withTranslation(saved, lang, typed, { machine });
	if (next === 'original_in_use') return { error: m.translation_original_in_use() };
	if (next === null) return { error: m.indicator_name_required() };
	return { name: next };
}

export const load: PageServerLoad = async (event) => {
	const { indicator } = await editableIndicator(event);
	const { locales, code } = await contentLocales.editingLanguage(
		event.locals.supabase,
		event.url.searchParams.get('lang')
	);
	return { indicator, contentLocales: locales, editing: code };
};

export const actions: Actions = {
	save: async (event) => {
		const { project, indicator } = await editableIndicator(event);
		const raw = await readForm(event.request);
		const { code: lang } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const form = parseForm(raw, {
			version: integer({ min: 1 }),
			indicator_name: text({ max: 200 }),
			unit: text({ max: 40 }),
			planned: quantity({ required: true }),
			approximate: checkbox(),
			machine: checkbox()
		});
		const failure = (status: number, errors: Record<string, string>, conflict = false) =>
			refuse(status, { values: { ...form.values, lang }, errors, conflict });
		// The name is checked whatever else is wrong, so that one answer says everything to fix.
		const typedName = form.ok
			? form.data.indicator_name
			: (form.values.indicator_name ?? '').trim();
		const named = indicator.name
			? nameAfter(indicator.name, lang, typedName, form.ok && form.data.machine)
			: null;
		const errors: Record<string, string> = {
			...(named && 'error' in named ? { indicator_name: named.error } : {}),
			...(form.ok ? {} : form.errors)
		};
		if (!form.ok || Object.keys(errors).length) return failure(400, errors);
		const data = form.data;
		const conflict = await outcomes.savePlanned(
			event.locals.supabase,
			project.id,
			indicator.id,
			data.version,
			{
				planned: data.planned,
				approximate: data.approximate,
				...(named && 'name' in named ? { name: named.name, unit: data.unit || null } : {})
			}
		);
		if (conflict) return failure(409, {}, true);
		redirect(
			303,
			`${href(`/projects/${project.slug}/edit/budget/indicators/${indicator.id}`)}?lang=${lang}&saved=1`
		);
	}
};
