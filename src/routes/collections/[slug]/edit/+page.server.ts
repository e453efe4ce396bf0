import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { withTranslation } from '#lib/translations.ts';
import { requireCollection } from '#lib/server/auth/guards.ts';
import * as collections from '#lib/server/data/collections.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import {
	checkbox,
	choice,
	integer,
	parseForm,
	readForm,
	refuse,
	searchText,
	text,
	uuid
} from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

const TITLE_MAX = 200;
const INTRODUCTION_MAX = 10_000;

export const load: PageServerLoad = async (event) => {
	const collection = await requireCollection(event, 'edit');
	const query = searchText(event.url.searchParams.get('q'));
	const [{ locales, code }, choices] = await Promise.all([
		contentLocales.editingLanguage(event.locals.supabase, event.url.searchParams.get('lang')),
		collections.practiceChoices(event.locals.supabase, query)
	]);
	const inCollection = new Set(collection.items.map((item) => item.practice_id));
	return {
		collection,
		contentLocales: locales,
		editing: code,
		query,
		// What is in the collection already is not offered again.
		choices: choices.filter((choice) => !inCollection.has(choice.id))
	};
};

/** Back to the editor after a change, in the language being edited, saying what was done. */
function back(slug: string, lang: string, done: string): never {
	redirect(303, `${href(`/collections/${slug}/edit`)}?lang=${lang}&done=${done}`);
}

/** The language the editor was in, as the form sends it back (the address of an action loses it). */
function langOf(raw: FormData): string {
	const lang = raw.get('lang');
	return typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) ? lang : getLocale();
}

export const actions: Actions = {
	details: async (event) => {
		const collection = await requireCollection(event, 'edit');
		const raw = await readForm(event.request);
		const { locales, code: editing } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const form = parseForm(raw, {
			version: integer({ min: 1 }),
			lang: choice(locales.map((l) => l.code)),
			machine: checkbox(),
			title: text({ max: TITLE_MAX }),
			introduction: text({ max: INTRODUCTION_MAX, multiline: true }),
			visibility: choice(collections.VISIBILITIES)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'details',
				values: form.values,
				errors: form.errors
			});
		const data = form.data;
		const errors: Record<string, string> = {};
		const title = withTranslation(collection.title, editing, data.title, { machine: data.machine });
		const introduction = withTranslation(collection.introduction, editing, data.introduction, {
			machine: data.machine
		});
		if (title === 'original_in_use') errors.title = m.translation_original_in_use();
		else if (!title) errors.title = m.form_required();
		if (introduction === 'original_in_use') errors.introduction = m.translation_original_in_use();
		if (title === 'original_in_use' || !title || introduction === 'original_in_use')
			return refuse(400, { action: 'details', values: form.values, errors });
		const saved = await collections.update(event.locals.supabase, collection.id, data.version, {
			title,
			introduction,
			visibility: data.visibility
		});
		// Someone saved since this form was opened: the form shows theirs; ours comes back to copy from.
		if (!saved)
			return refuse(409, {
				action: 'details',
				values: form.values,
				errors: {},
				conflict: true
			});
		back(collection.slug, editing, 'saved');
	},

	add: async (event) => {
		const collection = await requireCollection(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { practice: uuid() });
		const refused = (message: string) =>
			refuse(400, {
				action: 'add',
				values: form.values,
				errors: { practice: message }
			});
		if (!form.ok)
			return refused(raw.get('practice') ? m.collection_unknown_practice() : m.form_choose());
		const practice = form.data.practice;
		if (collection.items.some((item) => item.practice_id === practice))
			return refused(m.collection_already());
		if (!(await collections.isPublished(event.locals.supabase, practice)))
			return refused(m.collection_unknown_practice());
		const refusal = await collections.addItem(once(event), collection.id, practice);
		if (refusal === 'taken') return refused(m.collection_already());
		if (refusal === 'unknown') return refused(m.collection_unknown_practice());
		back(collection.slug, langOf(raw), 'added');
	},

	move: async (event) => {
		const collection = await requireCollection(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { practice: uuid(), direction: choice(['up', 'down'] as const) });
		const refused = (message: string) =>
			refuse(400, {
				action: 'items',
				values: form.values,
				errors: { items: message }
			});
		if (!form.ok)
			return refused(form.errors.practice ? m.collection_not_in() : m.collection_cannot_move());
		if (!collection.items.some((item) => item.practice_id === form.data.practice))
			return refused(m.collection_not_in());
		const moved = await collections.moveItem(
			event.locals.supabase,
			collection.id,
			form.data.practice,
			form.data.direction === 'up' ? -1 : 1
		);
		if (!moved) return refused(m.collection_cannot_move());
		back(collection.slug, langOf(raw), 'moved');
	},

	remove: async (event) => {
		const collection = await requireCollection(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { practice: uuid() });
		const refused = () =>
			refuse(400, {
				action: 'items',
				values: form.values,
				errors: { items: m.collection_not_in() }
			});
		if (!form.ok) return refused();
		if (!(await collections.removeItem(event.locals.supabase, collection.id, form.data.practice)))
			return refused();
		back(collection.slug, langOf(raw), 'removed');
	},

	delete: async (event) => {
		const collection = await requireCollection(event, 'edit');
		const form = parseForm(await readForm(event.request), { confirm: checkbox() });
		if (!form.ok || !form.data.confirm) {
			return refuse(400, {
				action: 'delete',
				values: form.values,
				errors: { confirm: m.collection_delete_confirm_required() }
			});
		}
		await collections.remove(event.locals.supabase, collection.id);
		redirect(303, `${href('/collections')}?deleted=1`);
	}
};
