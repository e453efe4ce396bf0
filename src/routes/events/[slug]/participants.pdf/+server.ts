import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale, isLocale } from '#lib/paraglide/runtime.js';
import { daysBetween } from '#lib/dates.ts';
import { organisationNameText } from '#lib/organisation-names.ts';
import { registeredName } from '#lib/registered-name.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import { eventHeading } from '#lib/server/pdf/event-heading.ts';
import { participantListPdf, presentOn } from '#lib/server/pdf/participants.ts';
import type { RequestHandler } from './$types';

/**
 * The list to sign for one day of the event, in the language asked for (`lang`, else the page's).
 * Whoever sees the event's registrations may have it, and sees in it the people row level
 * security shows them: the host everyone, a partner its own delegation.
 */
export const GET: RequestHandler = async (event) => {
	const found = await requireEvent(event, 'delegations');
	const lang = event.url.searchParams.get('lang') || getLocale();
	if (!isLocale(lang)) error(400, { message: m.participants_pdf_bad_language() });
	const days = daysBetween(found.starts_local.slice(0, 10), found.ends_local.slice(0, 10));
	const day = event.url.searchParams.get('day') || days[0];
	if (!days.includes(day)) error(400, { message: m.participants_pdf_bad_day() });

	const [delegations, registrations] = await Promise.all([
		events.delegations(event.locals.supabase, found.id),
		events.registrations(event.locals.supabase, found.id)
	]);
	const organisation = new Map(delegations.map((d) => [d.organisation_id, d.organisation]));
	const participants = presentOn(registrations, day).map((r) => {
		const of = organisation.get(r.organisation_id);
		return {
			name: registeredName(r),
			organisation: of ? organisationNameText(of, lang) : '',
			town: of?.city ?? '',
			country: of?.country ?? '',
			email: r.erased_at ? '' : (r.email ?? '')
		};
	});
	const pdf = await participantListPdf({ ...eventHeading(found, lang), day, participants }, lang);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${found.slug}-participants-${day}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
