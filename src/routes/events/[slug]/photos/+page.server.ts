// An event's gallery, kept by its editors: add up to PHOTO_SLOTS photos in one submit (each with its
// caption in the language being edited, a credit and a consent mark), change a photo's texts, remove
// one. Every photo of a submit is checked before anything is written, and then all are added or none;
// a refused submit comes back with everything typed (only the files must be chosen again: no browser
// lets a page fill a file field).
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { checkFile, cleanFileName, MAX_FILE_BYTES } from '#lib/file-types.ts';
import { withTranslation } from '#lib/translations.ts';
import { CONSENTS, type Consent } from '#lib/document-names.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as documents from '#lib/server/data/documents.ts';
import * as photos from '#lib/server/data/photos.ts';
import * as files from '#lib/server/files.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import {
	FILE_MESSAGES as DOCUMENT_FILE_MESSAGES,
	FILE_STATUS
} from '#lib/server/document-actions.ts';
import { PHOTO_SLOTS } from './slots.ts';
import type { Actions, PageServerLoad } from './$types';

const CAPTION_MAX = 300;
const CREDIT_MAX = 200;

/** A file's refusal as for any document, but said of an image: the gallery takes nothing else. */
const FILE_MESSAGES = {
	...DOCUMENT_FILE_MESSAGES,
	unknown: () => m.photos_not_image(),
	'not-image': () => m.photos_not_image(),
	'image-too-large': () => m.photos_image_too_large()
};
const statusOf = FILE_STATUS;

const done = (slug: string, lang: string, what: string) =>
	redirect(303, `${href(`/events/${slug}/photos`)}?lang=${lang}&done=${what}`);

/** The language the captions were written in (sent with the form), as a content language. */
async function editingOf(event: RequestEvent, raw: FormData) {
	const lang = raw.get('lang');
	return (
		await contentLocales.editingLanguage(
			event.locals.supabase,
			typeof lang === 'string' ? lang : null
		)
	).code;
}

/** A photo's texts; the caption is required once there is an image to caption. */
const photoSchema = (captionRequired: boolean) => ({
	caption: text({ required: captionRequired, max: CAPTION_MAX }),
	credit: text({ max: CREDIT_MAX }),
	consent: choice(CONSENTS)
});
const PHOTO_FIELDS = ['caption', 'credit', 'consent'] as const;

/** One row of the add form (`caption-2`, `credit-2`…) read as a photo's texts, its values and errors under the row's names. */
function parseSlot(raw: FormData, slot: number, hasFile: boolean) {
	const row = new FormData();
	for (const field of PHOTO_FIELDS) {
		const value = raw.get(`${field}-${slot}`);
		if (value !== null) row.set(field, value);
	}
	const form = parseForm(row, photoSchema(hasFile));
	const named = (entries: Record<string, string | undefined>) =>
		Object.fromEntries(
			Object.entries(entries).map(([field, value]) => [`${field}-${slot}`, value ?? ''])
		);
	return { form, values: named(form.values), errors: form.ok ? {} : named(form.errors) };
}

export const load: PageServerLoad = async (event) => {
	const found = await requireEvent(event, 'edit');
	const [{ locales, code }, gallery] = await Promise.all([
		contentLocales.editingLanguage(event.locals.supabase, event.url.searchParams.get('lang')),
		photos.ofEvent(event.locals.supabase, found.id)
	]);
	return {
		event: { slug: found.slug, title: found.title },
		contentLocales: locales,
		editing: code,
		photos: gallery,
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = {
	add: async (event) => {
		const found = await requireEvent(event, 'edit');
		const user = event.locals.user!;
		// The whole body is read before the size is known; adapter-node's BODY_SIZE_LIMIT bounds it.
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const values: Record<string, string> = {};
		const errors: Record<string, string> = {};
		const chosen: Array<{
			slot: number;
			upload: File;
			caption: string;
			credit: string;
			consent: Consent;
		}> = [];
		for (let slot = 1; slot <= PHOTO_SLOTS; slot++) {
			const upload = raw.get(`file-${slot}`);
			const hasFile = upload instanceof File && !(upload.size === 0 && upload.name === '');
			const { form, values: typedValues, errors: typedErrors } = parseSlot(raw, slot, hasFile);
			Object.assign(values, typedValues);
			Object.assign(errors, typedErrors);
			// A caption or credit typed without an image would be lost without a word.
			const typed =
				(form.values.caption ?? '').trim() !== '' || (form.values.credit ?? '').trim() !== '';
			if (!hasFile && typed) errors[`file-${slot}`] = m.photos_file_required();
			if (hasFile && form.ok)
				chosen.push({ slot, upload, ...form.data, consent: form.data.consent });
		}
		const refused = (status: number, message: string) =>
			refuse(status, {
				action: 'add',
				values,
				errors,
				message: `${message} ${m.photos_choose_again()}`
			});
		if (Object.keys(errors).length) return refused(400, m.form_fix_errors());
		if (!chosen.length) return refused(400, m.photos_none_chosen());

		const uploads: files.PhotoUpload[] = [];
		for (const photo of chosen) {
			const failing = (reason: keyof typeof FILE_MESSAGES) => {
				errors[`file-${photo.slot}`] = FILE_MESSAGES[reason]();
				return refused(statusOf(reason), m.form_fix_errors());
			};
			if (photo.upload.size > MAX_FILE_BYTES) return failing('too-large');
			const bytes = new Uint8Array(await photo.upload.arrayBuffer());
			const fileName = cleanFileName(photo.upload.name);
			const checked = checkFile(bytes, photo.upload.type, fileName);
			if (!checked.ok) return failing(checked.reason);
			uploads.push({
				caption: { [lang]: { text: photo.caption, status: 'original' } },
				credit: photo.credit,
				consent: photo.consent,
				fileName,
				contentType: checked.contentType,
				bytes
			});
		}
		// Sent twice (a double click, a lost answer), the same form adds its photos once.
		const saved = await files.addEventPhotos(once(event), user.id, found.id, uploads);
		if (!saved.ok) {
			if (saved.index === null)
				return refused(statusOf(saved.reason), FILE_MESSAGES[saved.reason]());
			errors[`file-${chosen[saved.index].slot}`] = FILE_MESSAGES[saved.reason]();
			return refused(statusOf(saved.reason), m.form_fix_errors());
		}
		done(found.slug, lang, 'added');
	},

	save: async (event) => {
		const found = await requireEvent(event, 'edit');
		const raw = await readForm(event.request);
		const lang = await editingOf(event, raw);
		const id = String(raw.get('id') ?? '');
		const form = parseForm(raw, { id: uuid(), ...photoSchema(false) });
		const failure = (status: number, errors: Record<string, string>) =>
			refuse(status, {
				action: 'save',
				id,
				values: form.values,
				errors,
				message: m.form_fix_errors()
			});
		if (!form.ok) return failure(400, form.errors);
		const photo = (await photos.ofEvent(event.locals.supabase, found.id)).find(
			(p) => p.id === form.data.id
		);
		if (!photo)
			return refuse(404, {
				action: 'save',
				id,
				values: form.values,
				errors: {},
				message: m.error_not_found()
			});
		const caption = withTranslation(photo.caption, lang, form.data.caption);
		if (caption === 'original_in_use')
			return failure(400, { caption: m.translation_original_in_use() });
		if (!caption) return failure(400, { caption: m.form_required() });
		const changed = await photos.update(event.locals.supabase, photo.id, {
			caption,
			credit: form.data.credit,
			consent: form.data.consent
		});
		if (!changed)
			return refuse(404, {
				action: 'save',
				id,
				values: form.values,
				errors: {},
				message: m.error_not_found()
			});
		done(found.slug, lang, 'saved');
	},

	remove: async (event) => {
		const found = await requireEvent(event, 'edit');
		const raw = await readForm(event.request);
		const form = parseForm(raw, { id: uuid() });
		const gallery = form.ok ? await photos.ofEvent(event.locals.supabase, found.id) : [];
		// Only a photo of this gallery: the event's other documents are removed on their own page.
		if (
			!form.ok ||
			!gallery.some((p) => p.id === form.data.id) ||
			!(await documents.remove(event.locals.supabase, { event: found.id }, form.data.id))
		) {
			return refuse(404, { action: 'remove', message: m.error_not_found() });
		}
		done(found.slug, await editingOf(event, raw), 'removed');
	}
};
