import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as documents from '#lib/server/data/documents.ts';
import { documentActions } from '#lib/server/document-actions.ts';
import { editablePractice } from '../edit/editable.ts';
import type { Actions, PageServerLoad } from './$types';

/** A practice's documents are kept by those who may write it (see ../edit/editable.ts). */
async function context(event: RequestEvent<{ slug: string }>) {
	const { practice, may } = await editablePractice(event);
	if (!may.write) error(403, { message: m.error_forbidden() });
	const user = requireUser(event);
	return {
		user,
		practice,
		owner: { practice: practice.id },
		page: href(`/practices/${practice.slug}/documents`)
	};
}

export const load: PageServerLoad = async (event) => {
	const { practice, owner } = await context(event);
	const reader = getLocale();
	const [list, locales] = await Promise.all([
		documents.listOf(event.locals.supabase, owner),
		contentLocales.list(event.locals.supabase)
	]);
	// Its title in the reader's language, else in the first language it has.
	const text =
		practice.texts.find((t) => t.locale === reader && t.title) ??
		practice.texts.find((t) => t.title);
	return {
		practice: { slug: practice.slug, name: text?.title ?? practice.slug },
		documents: list,
		contentLocales: locales,
		locale: reader,
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = documentActions(context);
