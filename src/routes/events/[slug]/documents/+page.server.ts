import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { requireEvent, requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as documents from '#lib/server/data/documents.ts';
import { documentActions } from '#lib/server/document-actions.ts';
import type { Actions, PageServerLoad } from './$types';

/** An event's documents are kept by its editors (guards.ts: requireEvent); 404 or 403 there. */
async function context(event: RequestEvent<{ slug: string }>) {
	const found = await requireEvent(event, 'edit');
	const user = requireUser(event);
	return {
		user,
		event: found,
		owner: { event: found.id },
		page: href(`/events/${found.slug}/documents`)
	};
}

export const load: PageServerLoad = async (event) => {
	const { event: found, owner } = await context(event);
	const [list, locales] = await Promise.all([
		documents.listOf(event.locals.supabase, owner),
		contentLocales.list(event.locals.supabase)
	]);
	return {
		event: { slug: found.slug, title: found.title },
		documents: list,
		contentLocales: locales,
		locale: getLocale(),
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = documentActions(context);
