// What every PDF of an event says about it, in the language it is printed in: the project, the
// event's title, its dates, its venue and its host.
import { formatEventDays } from '#lib/event-times.ts';
import { organisationNameText } from '#lib/organisation-names.ts';
import { countryName } from '#lib/places.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { EventPage } from '#lib/server/data/events.ts';

export type EventHeading = {
	project: string | null;
	event: string;
	dates: string;
	venue: string;
	host: string;
};

export function eventHeading(found: EventPage, locale: string): EventHeading {
	const project = found.projects[0]?.project;
	return {
		project: project
			? [project.acronym, pickTranslation(project.title, locale)?.text].filter(Boolean).join(' – ')
			: null,
		event: pickTranslation(found.title, locale)?.text ?? found.slug,
		dates: formatEventDays(found, locale),
		venue: [
			found.venue_name,
			found.venue_address,
			found.venue_city,
			found.venue_country ? countryName(found.venue_country, locale) : null
		]
			.filter(Boolean)
			.join(', '),
		host: found.host ? organisationNameText(found.host, locale) : ''
	};
}
