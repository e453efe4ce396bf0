import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { withTranslation, type TranslatedText } from '#lib/translations.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import * as projectChanges from '#lib/server/data/project-changes.ts';
import { PROJECT_STATUSES } from '#lib/server/data/projects.ts';
import {
	checkbox,
	choice,
	date,
	email,
	integer,
	parseForm,
	readForm,
	refuse,
	text
} from '#lib/server/forms.ts';
import { requireProject } from '#lib/server/auth/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The translatable texts of a project, edited one language at a time. */
const TEXTS = {
	title: 300,
	summary: 2000,
	strand: 300,
	objectives: 6000,
	target_groups: 3000,
	activities: 6000,
	contact_role: 200
} as const;
type TextName = keyof typeof TEXTS;
const TEXT_NAMES = Object.keys(TEXTS) as TextName[];

export const load: PageServerLoad = async (event) => {
	const { locales, code } = await contentLocales.editingLanguage(
		event.locals.supabase,
		event.url.searchParams.get('lang')
	);
	return { contentLocales: locales, editing: code };
};

export const actions: Actions = {
	details: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const { locales, code: editing } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const programmeCodes = (await programmes.named(event.locals.supabase, getLocale())).map(
			(p) => p.code
		);
		const texts = Object.fromEntries(
			TEXT_NAMES.map((name) => [
				name,
				text({
					max: TEXTS[name],
					multiline: name !== 'title' && name !== 'strand' && name !== 'contact_role'
				})
			])
		) as Record<TextName, ReturnType<typeof text>>;
		const form = parseForm(raw, {
			version: integer({ min: 1 }),
			lang: choice(locales.map((l) => l.code)),
			machine: checkbox(),
			...texts,
			acronym: text({ max: 40 }),
			programme: choice(programmeCodes, { required: false }),
			call_reference: text({ max: 100 }),
			grant_reference: text({ max: 100 }),
			council_decision: text({ max: 200 }),
			start_date: date(),
			end_date: date(),
			dates_precision: choice(['day', 'month', 'year'] as const),
			status: choice(PROJECT_STATUSES),
			contact_email: text({ max: 254 }),
			website: text({ max: 500 })
		});
		if (!form.ok) {
			const errors = form.errors;
			return refuse(400, {
				values: form.values,
				errors: errors.programme ? { ...errors, programme: m.programme_unknown() } : errors
			});
		}
		const data = form.data;
		const errors: Record<string, string> = {};
		if (data.start_date && data.end_date && data.end_date < data.start_date)
			errors.end_date = m.form_dates_order();
		if (data.contact_email) {
			const parsed = email().parse(data.contact_email);
			if ('error' in parsed) errors.contact_email = parsed.error;
		}
		if (data.website && !/^https?:\/\/\S+$/.test(data.website)) errors.website = m.form_url();

		const translated: Partial<Record<TextName, TranslatedText | null>> = {};
		for (const name of TEXT_NAMES) {
			const next = withTranslation(project[name], editing, data[name], {
				machine: data.machine
			});
			if (next === 'original_in_use') errors[name] = m.translation_original_in_use();
			else translated[name] = next;
		}
		if (!translated.title && !errors.title) errors.title = m.form_required();
		if (Object.keys(errors).length) return refuse(400, { values: form.values, errors });

		const saved = await projectChanges.updateDetails(
			event.locals.supabase,
			project.id,
			data.version,
			{
				title: translated.title!,
				summary: translated.summary ?? null,
				strand: translated.strand ?? null,
				objectives: translated.objectives ?? null,
				target_groups: translated.target_groups ?? null,
				activities: translated.activities ?? null,
				contact_role: translated.contact_role ?? null,
				acronym: data.acronym || null,
				programme: data.programme,
				call_reference: data.call_reference || null,
				grant_reference: data.grant_reference || null,
				council_decision: data.council_decision || null,
				start_date: data.start_date,
				end_date: data.end_date,
				dates_precision: data.dates_precision,
				status: data.status,
				contact_email: data.contact_email ? data.contact_email.toLowerCase() : null,
				website: data.website || null
			}
		);
		if (!saved) {
			// Someone saved since this form was opened: the form shows theirs; ours comes back to copy from.
			return refuse(409, { values: form.values, conflict: true });
		}
		redirect(303, `${href(`/projects/${project.slug}/edit`)}?lang=${editing}&saved=1`);
	},

	publish: async (event) => {
		const project = await requireProject(event, 'edit');
		await projectChanges.setPublished(event.locals.supabase, project.id, true);
		redirect(303, href(`/projects/${project.slug}/edit`));
	},

	unpublish: async (event) => {
		const project = await requireProject(event, 'edit');
		await projectChanges.setPublished(event.locals.supabase, project.id, false);
		redirect(303, href(`/projects/${project.slug}/edit`));
	}
};
