import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { eventOf } from '#lib/server/auth/guards.ts';
import * as documents from '#lib/server/data/documents.ts';
import * as events from '#lib/server/data/events.ts';
import * as photos from '#lib/server/data/photos.ts';
import { cardShare, shareDescription } from '#lib/sharing.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (request) => {
	const { locals } = request;
	// Row level security answers: a partners-only event is found only by the partnership.
	const event = await eventOf(request);
	const [attendance, onlineLink, eventDocuments, gallery] = await Promise.all([
		events.attendance(locals.supabase, event.id),
		locals.user ? events.onlineLink(locals.supabase, event.id) : Promise.resolve(null),
		documents.listOf(locals.supabase, { event: event.id }),
		photos.ofEvent(locals.supabase, event.id)
	]);
	const locale = getLocale();
	const title = pickTranslation(event.title, locale)?.text ?? event.slug;
	const description = shareDescription(
		(event.description && pickTranslation(event.description, locale)?.text) || m.events_intro()
	);
	// Shared, and listed by search engines, only when everyone may read it.
	const share = events.isPublic(event)
		? cardShare(title, description, `/events/${event.slug}/card.png`)
		: undefined;
	const { edit: canEdit, delegations } = event.permissions;
	return {
		event,
		title,
		description,
		share,
		attendance,
		onlineLink,
		canEdit,
		isPartner: delegations || onlineLink !== null,
		documents: eventDocuments,
		photos: gallery
	};
};
