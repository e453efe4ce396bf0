import { m } from '#lib/paraglide/messages.js';
import { organisationOf } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as partnerCountries from '#lib/server/data/partner-countries.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import { webcalUrl } from '#lib/server/feeds.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { shownName } from '#lib/organisation-names.ts';
import { cardShare, shareDescription } from '#lib/sharing.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { PageServerLoad } from './$types';

/** How many of each list the page shows; the rest are on the list pages, filtered to the organisation. */
const SHOWN = { projects: 10, events: 5, practices: 6 };

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const organisation = await organisationOf(event);
	// One more than shown of each: whether there are more to see on the list page.
	const [participations, family, upcoming, ownPractices, ownTransfers, network] = await Promise.all(
		[
			organisations.participations(locals.supabase, organisation.id, SHOWN.projects + 1),
			organisations.family(locals.supabase, organisation),
			events.list(locals.supabase, {
				organisation: organisation.slug,
				upcoming: true,
				limit: SHOWN.events
			}),
			practices.ofOrganisation(locals.supabase, organisation.slug, SHOWN.practices + 1),
			transfers.listOfOrganisation(locals.supabase, organisation.id),
			partnerCountries.list(locals.supabase, organisation.id)
		]
	);
	const description = shareDescription(
		(organisation.description && pickTranslation(organisation.description, getLocale())?.text) ||
			m.organisations_intro()
	);
	return {
		organisation,
		description,
		share: cardShare(
			shownName(organisation),
			description,
			`/organisations/${organisation.slug}/card.png`
		),
		participations: participations.slice(0, SHOWN.projects),
		moreProjects: participations.length > SHOWN.projects,
		...family,
		upcoming,
		practices: ownPractices.slice(0, SHOWN.practices),
		morePractices: ownPractices.length > SHOWN.practices,
		transfers: ownTransfers,
		network: partnerCountries.mapOf(network),
		feed: webcalUrl(`/organisations/${organisation.slug}/calendar.ics`),
		canSeeMembers: organisation.permissions.members,
		canEdit: organisation.permissions.edit,
		canPropose: organisation.permissions.propose
	};
};
