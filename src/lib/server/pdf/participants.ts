// The participant list to sign, as the programme asks for it: project, event, dates and venue on
// top; per person name, organisation, town, country, e-mail and room to sign; blank rows after the
// last one for people who come unannounced.
import { formatDate } from '#lib/dates.ts';
import { collator } from '#lib/intl.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';
import { countryName } from '#lib/places.ts';
import type { EventHeading } from './event-heading.ts';
import { tablePdf } from './table.ts';

export type Participant = {
	name: string;
	organisation: string;
	town: string;
	country: string;
	email: string;
};

export type ParticipantList = Omit<EventHeading, 'host'> & {
	/** `YYYY-MM-DD` */
	day: string;
	participants: Participant[];
};

const BLANK_ROWS = 5;

/** Who is there on `day`: registered (not waiting), arriving by then and leaving no earlier. */
export function presentOn<
	R extends { status: string; arrival: string | null; departure: string | null }
>(registrations: R[], day: string): R[] {
	return registrations.filter(
		(r) =>
			r.status === 'registered' &&
			(r.arrival === null || r.arrival <= day) &&
			(r.departure === null || r.departure >= day)
	);
}

export function participantListPdf(list: ParticipantList, locale: Locale): Promise<Uint8Array> {
	const o = { locale };
	const order = collator(locale);
	const rows = [...list.participants]
		.sort(
			(a, b) =>
				order.compare(a.country, b.country) ||
				order.compare(a.organisation, b.organisation) ||
				order.compare(a.name, b.name)
		)
		.map((p) => [
			p.name,
			p.organisation,
			p.town,
			p.country ? countryName(p.country, locale) : '',
			p.email,
			''
		]);
	const label = (name: string, value: string) => `${name}: ${value}`;
	return tablePdf({
		title: m.participants_pdf_title({}, o),
		lines: [
			...(list.project ? [label(m.field_project({}, o), list.project)] : []),
			label(m.report_event({}, o), list.event),
			label(m.field_dates({}, o), list.dates),
			...(list.venue ? [label(m.event_venue({}, o), list.venue)] : []),
			label(m.participants_pdf_day({}, o), formatDate(list.day, locale))
		],
		columns: [
			{ title: m.registration_name({}, o), weight: 16 },
			{ title: m.field_organisation_name({}, o), weight: 18 },
			{ title: m.field_city({}, o), weight: 10 },
			{ title: m.field_country({}, o), weight: 9 },
			{ title: m.field_email({}, o), weight: 17 },
			{ title: m.participants_pdf_signature({}, o), weight: 16 }
		],
		rows,
		rowHeight: 26,
		blankRows: BLANK_ROWS,
		pageLabel: (page, pages) => m.pagination_page({ page, pages }, o),
		language: locale
	});
}
