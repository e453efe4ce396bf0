import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import * as documents from '#lib/server/data/documents.ts';
import * as events from '#lib/server/data/events.ts';
import * as photos from '#lib/server/data/photos.ts';
import { cardShare, shareDescription } from '#lib/sharing.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// Row level security answers: a partners-only event is found only by the partnership.
	const event = await events.getPage(locals.supabase, params.slug);
	if (!event) error(404, { message: m.error_not_found() });
	const user = locals.user;
	const [attendance, onlineLink, canEdit, delegations, eventDocuments, gallery] = await Promise.all([
		events.attendance(locals.supabase, event.id),
		user ? events.onlineLink(locals.supabase, event.id) : Promise.resolve(null),
		user ? events.canEdit(locals.supabase, event, user) : Promise.resolve(false),
		user ? events.delegations(locals.supabase, event.id) : Promise.resolve([]),
		documents.listOf(locals.supabase, { event: event.id }),
		photos.ofEvent(locals.supabase, event.id)
	]);
	const locale = getLocale();
	const title = pickTranslation(event.title, locale)?.text ?? event.slug;
	const description = shareDescription((event.description && pickTranslation(event.description, locale)?.text) || m.events_intro());
	// Shared, and listed by search engines, only when everyone may read it.
	const share = events.isPublic(event) ? cardShare(title, description, `/events/${event.slug}/card.png`) : undefined;
	return { event, title, description, share, attendance, onlineLink, canEdit, isPartner: canEdit || delegations.length > 0 || onlineLink !== null, documents: eventDocuments, photos: gallery };
};
