// Certificates of attendance: one portrait A4 page per person, printed in the language chosen for
// that person, saying who took part in which event, when and where, on which days and for how
// many hours of programme, signed by the person the host names.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { formatDate } from '#lib/dates.ts';
import { listFormat } from '#lib/intl.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';
import type { SessionKind } from '#lib/server/data/events.ts';
import { fitText, newDocument } from './document.ts';
import type { EventHeading } from './event-heading.ts';

const A4_PORTRAIT: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** Parts of an agenda that are not programme: not counted as hours attended. */
export const NOT_PROGRAMME: ReadonlySet<SessionKind> = new Set(['break', 'meal', 'travel']);

/**
 * Hours of programme attended: the time covered by the sessions of the days on whose door list the
 * person was ticked, and by the sessions on whose own door list they were (parallel sessions
 * counted once; breaks, meals and travel not at all), to the nearest half hour.
 */
export function hoursAttended(
	sessions: Array<{ id?: string; starts_local: string; ends_local: string; kind: SessionKind }>,
	wholeDays: string[],
	sessionIds: string[] = []
): number {
	const days = new Set(wholeDays);
	const ticked = new Set(sessionIds);
	const spans = sessions
		.filter(
			(s) =>
				(days.has(s.starts_local.slice(0, 10)) || (s.id !== undefined && ticked.has(s.id))) &&
				!NOT_PROGRAMME.has(s.kind)
		)
		.map((s) => [
			Date.parse(`${s.starts_local.slice(0, 19)}Z`),
			Date.parse(`${s.ends_local.slice(0, 19)}Z`)
		])
		.sort((a, b) => a[0] - b[0]);
	let covered = 0;
	let reached = -Infinity;
	for (const [start, end] of spans) {
		if (end <= reached) continue;
		covered += end - Math.max(start, reached);
		reached = end;
	}
	return Math.round(covered / 1_800_000) / 2;
}

export type Attendee = {
	name: string;
	/** Organisation and country, as printed under the name; empty for none. */
	organisation: string;
	/** `YYYY-MM-DD`, in order. */
	days: string[];
	hours: number;
	locale: Locale;
};

/** Who signs the certificates, and the day they are issued (`YYYY-MM-DD`, at the event's venue). */
export type Signer = { name: string; role: string; issued: string };

/** One page per attendee, each in its own language; the document's metadata in `locale`. */
export async function certificatesPdf(
	attendees: Attendee[],
	headingIn: (locale: Locale) => EventHeading,
	signer: Signer,
	locale: Locale
): Promise<Uint8Array> {
	const { pdf, regular, bold } = await newDocument(m.certificate_title({}, { locale }), locale);
	const [width, height] = A4_PORTRAIT;
	const room = width - 2 * MARGIN;

	for (const attendee of attendees) {
		const o = { locale: attendee.locale };
		const heading = headingIn(attendee.locale);
		const page = pdf.addPage(A4_PORTRAIT);
		let y = height - MARGIN - 40;
		const centred = (text: string, font: PDFFont, size: number, gap = 10) => {
			if (!text) return;
			const fitted = fitText(text, font, size, room);
			page.drawText(fitted.text, {
				x: (width - font.widthOfTextAtSize(fitted.text, fitted.size)) / 2,
				y: y - fitted.size,
				size: fitted.size,
				font
			});
			y -= fitted.size + gap;
		};
		centred(heading.host, regular, 12, 36);
		centred(m.certificate_title({}, o), bold, 26, 36);
		centred(m.certificate_certifies({}, o), regular, 13, 18);
		centred(attendee.name, bold, 24, 10);
		centred(attendee.organisation, regular, 13, 24);
		centred(m.certificate_took_part({}, o), regular, 13, 18);
		centred(heading.event, bold, 18, 10);
		if (heading.project) centred(heading.project, regular, 12, 10);
		y -= 24;
		const line = (label: string, value: string) =>
			labelled(page, regular, bold, label, value, room, y, (size) => (y -= size + 10));
		line(m.field_dates({}, o), heading.dates);
		if (heading.venue) line(m.event_venue({}, o), heading.venue);
		line(
			m.certificate_days({}, o),
			listFormat(attendee.locale).format(
				attendee.days.map((day) => formatDate(day, attendee.locale))
			)
		);
		if (attendee.hours > 0)
			line(m.certificate_hours_label({}, o), m.certificate_hours({ count: attendee.hours }, o));
		issuedOn(
			page,
			regular,
			bold,
			`${m.certificate_issued_on({}, o)}: `,
			formatDate(signer.issued, attendee.locale)
		);
		signature(page, regular, bold, [signer.name, signer.role, heading.host]);
	}
	return pdf.save();
}

/** "Label: value" at the left margin, the label bold. */
function labelled(
	page: PDFPage,
	regular: PDFFont,
	bold: PDFFont,
	label: string,
	value: string,
	room: number,
	y: number,
	advance: (size: number) => void
) {
	const size = 12;
	const head = `${label}: `;
	const headWidth = bold.widthOfTextAtSize(head, size);
	const fitted = fitText(value, regular, size, room - headWidth);
	page.drawText(head, { x: MARGIN, y: y - size, size, font: bold });
	page.drawText(fitted.text, {
		x: MARGIN + headWidth,
		y: y - size,
		size: fitted.size,
		font: regular
	});
	advance(size);
}

/** The date of issue at the left margin, level with the line to sign on. */
function issuedOn(page: PDFPage, regular: PDFFont, bold: PDFFont, label: string, date: string) {
	const size = 11;
	const y = MARGIN + 110;
	page.drawText(label, { x: MARGIN, y, size, font: bold });
	page.drawText(date, { x: MARGIN + bold.widthOfTextAtSize(label, size), y, size, font: regular });
}

/** The line to sign on, and under it who signs, their role and organisation. */
function signature(
	page: PDFPage,
	regular: PDFFont,
	bold: PDFFont,
	[name, role, organisation]: string[]
) {
	const x = page.getWidth() - MARGIN - 220;
	let y = MARGIN + 110;
	page.drawLine({ start: { x, y }, end: { x: x + 220, y }, thickness: 0.6 });
	for (const [text, font] of [
		[name, bold],
		[role, regular],
		[organisation, regular]
	] as const) {
		if (!text) continue;
		const fitted = fitText(text, font, 11, 220);
		y -= fitted.size + 6;
		page.drawText(fitted.text, { x, y, size: fitted.size, font });
	}
}
