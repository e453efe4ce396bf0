import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale, isLocale, type Locale } from '#lib/paraglide/runtime.js';
import { parseForm, text } from '#lib/server/forms.ts';
import { certificatesPdf, hoursAttended } from '#lib/server/pdf/certificates.ts';
import { eventHeading } from '#lib/server/pdf/event-heading.ts';
import { todayIn } from '#lib/time.ts';
import { attendeesOf } from '../certificates/attendees.ts';
import { organisationLine } from '../certificates/organisation-line.ts';
import type { RequestHandler } from './$types';

/**
 * Certificates of attendance, for the event's editors: everyone's in one PDF, or one person's
 * (`person`), each in the language chosen for them on the form (`lang.<person>`), signed by the
 * name and role given (`signer_name`, `signer_role`) for the host organisation.
 */
export const GET: RequestHandler = async (event) => {
	const locale = getLocale();
	const { event: found, attendees } = await attendeesOf(event, locale);
	const query = new FormData();
	for (const [name, value] of event.url.searchParams) query.append(name, value);
	const signer = parseForm(query, {
		signer_name: text({ required: true, max: 200 }),
		signer_role: text({ required: true, max: 200 })
	});
	if (!signer.ok) error(400, { message: m.certificates_bad_signer() });

	// Nobody to certify: said so, rather than a document without pages.
	if (attendees.length === 0) error(404, { message: m.certificates_people({ count: 0 }) });
	const person = event.url.searchParams.get('person') || null;
	const chosen = person ? attendees.filter((a) => a.key === person) : attendees;
	if (person && chosen.length === 0) error(404, { message: m.certificates_bad_person() });
	const languages = chosen.map((a) => event.url.searchParams.get(`lang.${a.key}`) || a.locale);
	if (!languages.every(isLocale)) error(400, { message: m.participants_pdf_bad_language() });

	const pdf = await certificatesPdf(
		chosen.map((a, i) => {
			const language = languages[i] as Locale;
			return {
				name: a.name,
				organisation: organisationLine(a.organisation, language),
				days: a.days,
				hours: hoursAttended(found.sessions, a.wholeDays, a.sessions),
				locale: language
			};
		}),
		(language) => eventHeading(found, language),
		{
			name: signer.data.signer_name,
			role: signer.data.signer_role,
			issued: todayIn(found.time_zone)
		},
		locale
	);
	const name = person
		? `${found.slug}-${m.certificate_title({}, { locale: languages[0] as Locale })}-${chosen[0].name}.pdf`
		: `${found.slug}-${m.certificates_heading()}.pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${found.slug}-certificates.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'private, no-store'
		}
	});
};
