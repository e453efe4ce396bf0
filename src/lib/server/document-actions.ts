// The form actions of a record's documents page (a project's, an event's, a practice's): add a
// document (a project's to the project itself, or to one of its results or press items), upload a
// file per language (an image with its renditions, see files.ts), remove either. Each action
// guards, parses, changes, then fails with a message or redirects back with what was done.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { checkFile, cleanFileName, MAX_FILE_BYTES } from '#lib/file-types.ts';
import type { SessionUser } from './auth/sessions.ts';
import * as contentLocales from './data/content-locales.ts';
import * as documents from './data/documents.ts';
import * as files from './files.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from './forms.ts';
import { once } from './idempotency.ts';
import type { Supabase } from './supabase.ts';

/** Who is asking, whose documents, and where the page is: decided by the route (403/404 there). */
export type DocumentsContext = { user: SessionUser; owner: documents.Owner; page: string };

/** What a refused file is told, per reason (files.ts, file-types.ts); the gallery's too (events/[slug]/photos). */
export const FILE_MESSAGES = {
	empty: () => m.documents_file_empty(),
	'too-large': () => m.documents_file_too_large(),
	unknown: () => m.documents_file_unknown(),
	mismatch: () => m.documents_file_mismatch(),
	quota: () => m.documents_file_quota(),
	'image-unreadable': () => m.documents_image_unreadable()
};

/** A refused file: too much (413) or not acceptable as it is (400). */
export const FILE_STATUS = (reason: string) =>
	reason === 'too-large' || reason === 'quota' ? 413 : 400;

/**
 * The form's value for what a project's document belongs to: the project itself, or one of its
 * results or press items ("result:<id>", "press:<id>"). Records other than projects have no parts.
 */
const PROJECT_ITSELF = 'project';
async function partValues(supabase: Supabase, owner: documents.Owner): Promise<string[]> {
	if (!('project' in owner)) return [];
	const choices = await documents.partChoices(supabase, owner.project);
	return [
		PROJECT_ITSELF,
		...choices.results.map((r) => `result:${r.id}`),
		...choices.press.map((p) => `press:${p.id}`)
	];
}

function partOf(value: string | null): documents.Part | null {
	if (value?.startsWith('result:')) return { result: value.slice('result:'.length) };
	if (value?.startsWith('press:')) return { pressItem: value.slice('press:'.length) };
	return null;
}

/** Back to the page, whose message says what was done; the focus starts on it (form-result.ts). */
function done(page: string, what: string): never {
	redirect(303, `${page}?done=${what}`);
}

/** What the actions read of a request; the route's context function gets the same event. */
type DocumentsEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

export function documentActions<E extends DocumentsEvent>(
	context: (event: E) => Promise<DocumentsContext>
) {
	return {
		create: async (event: E) => {
			const { user, owner, page } = await context(event);
			const [locales, parts] = await Promise.all([
				contentLocales.list(event.locals.supabase),
				partValues(event.locals.supabase, owner)
			]);
			const form = parseForm(await readForm(event.request), {
				language: choice(locales.map((l) => l.code)),
				title: text({ required: true, max: 300 }),
				kind: choice(documents.KINDS),
				visibility: choice(documents.VISIBILITIES),
				// Only this project's results and press items, as the reader may see them.
				part: choice(parts, { required: false })
			});
			if (!form.ok)
				return refuse(400, {
					action: 'create',
					values: form.values,
					errors: form.errors
				});
			const { language, title, kind, visibility, part } = form.data;
			const id = await documents.create(once(event), user.id, owner, {
				title: { [language]: { text: title, status: 'original' } },
				kind: kind,
				visibility: visibility,
				part: partOf(part)
			});
			if (!id)
				return refuse(400, {
					action: 'create',
					values: form.values,
					errors: { part: m.form_choose() }
				});
			done(page, 'created');
		},

		upload: async (event: E) => {
			const { user, owner, page } = await context(event);
			// The whole body is read before the size is known; adapter-node's BODY_SIZE_LIMIT bounds it.
			const body = await readForm(event.request);
			const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
			const form = parseForm(body, {
				document: uuid(),
				locale: choice(locales, { required: false })
			});
			const document = form.ok
				? await documents.get(event.locals.supabase, owner, form.data.document)
				: null;
			if (!form.ok || !document)
				return refuse(400, { action: 'upload', message: m.form_invalid() });
			const upload = body.get('file');
			const refuseFile = (status: number, message: string) =>
				refuse(status, { action: 'upload', id: document.id, message });
			if (!(upload instanceof File) || (upload.size === 0 && upload.name === ''))
				return refuseFile(400, m.documents_file_required());
			if (upload.size > MAX_FILE_BYTES) return refuseFile(413, FILE_MESSAGES['too-large']());
			const bytes = new Uint8Array(await upload.arrayBuffer());
			const fileName = cleanFileName(upload.name);
			const checked = checkFile(bytes, upload.type, fileName);
			if (!checked.ok)
				return refuseFile(FILE_STATUS(checked.reason), FILE_MESSAGES[checked.reason]());
			const saved = await files.save(event.locals.supabase, user.id, {
				documentId: document.id,
				locale: form.data.locale,
				fileName,
				contentType: checked.contentType,
				bytes
			});
			if (!saved.ok) return refuseFile(FILE_STATUS(saved.reason), FILE_MESSAGES[saved.reason]());
			done(page, 'uploaded');
		},

		remove: async (event: E) => {
			const { owner, page } = await context(event);
			const form = parseForm(await readForm(event.request), { id: uuid() });
			if (!form.ok || !(await documents.remove(event.locals.supabase, owner, form.data.id))) {
				return refuse(404, { action: 'remove', message: m.error_not_found() });
			}
			done(page, 'removed');
		},

		removeFile: async (event: E) => {
			const { owner, page } = await context(event);
			const form = parseForm(await readForm(event.request), { id: uuid(), document: uuid() });
			const document = form.ok
				? await documents.get(event.locals.supabase, owner, form.data.document)
				: null;
			const belongs = form.ok && document?.files.some((f) => f.id === form.data.id);
			if (!form.ok || !belongs || !(await files.remove(event.locals.supabase, form.data.id))) {
				return refuse(404, { action: 'removeFile', message: m.error_not_found() });
			}
			done(page, 'file-removed');
		}
	};
}
