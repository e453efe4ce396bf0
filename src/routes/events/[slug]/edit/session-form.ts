// The fields of an agenda session, as the add and edit forms send them, checked against the event:
// times that exist in the venue's zone, on the event's days, the end after the start.
import { m } from '#lib/paraglide/messages.js';
import { localOf } from '#lib/event-times.ts';
import { withTranslation, type TranslatedText } from '#lib/translations.ts';
import * as events from '#lib/server/data/events.ts';
import { localDateTime, timeProblem } from '#lib/server/event-form.ts';
import { checkbox, choice, parseForm, text } from '#lib/server/forms.ts';

export async function readSession(
	raw: FormData,
	found: events.EventPage,
	editing: string,
	saved: { title: TranslatedText | null; description: TranslatedText | null }
) {
	const form = parseForm(raw, {
		session_starts: localDateTime(),
		session_ends: localDateTime(),
		session_title: text({ max: 300 }),
		session_description: text({ max: 4000, multiline: true }),
		place: text({ max: 200 }),
		speakers: text({ max: 500 }),
		session_kind: choice(events.SESSION_KINDS),
		machine: checkbox()
	});
	if (!form.ok)
		return {
			ok: false as const,
			values: form.values,
			errors: form.errors
		};
	const data = form.data;
	const errors: Record<string, string> = {};
	const [start, end] = [data.session_starts, data.session_ends];
	const startProblem = timeProblem(start, found.time_zone);
	const endProblem = timeProblem(end, found.time_zone);
	if (startProblem) errors.session_starts = startProblem;
	if (endProblem) errors.session_ends = endProblem;
	if (!startProblem && !endProblem && end <= start)
		errors.session_ends = m.session_end_after_start();
	const firstDay = localOf(found.starts_local).slice(0, 10);
	const lastDay = localOf(found.ends_local).slice(0, 10);
	if (!errors.session_starts && (start.slice(0, 10) < firstDay || start.slice(0, 10) > lastDay))
		errors.session_starts = m.session_outside_event();
	const title = withTranslation(saved.title, editing, data.session_title, {
		machine: data.machine
	});
	const description = withTranslation(saved.description, editing, data.session_description, {
		machine: data.machine
	});
	if (title === 'original_in_use') errors.session_title = m.translation_original_in_use();
	else if (!title) errors.session_title = m.form_required();
	if (description === 'original_in_use')
		errors.session_description = m.translation_original_in_use();
	if (Object.keys(errors).length) return { ok: false as const, values: form.values, errors };
	return {
		ok: true as const,
		values: form.values,
		session: {
			starts_local: start,
			ends_local: end,
			title: title as TranslatedText,
			description: description as TranslatedText | null,
			place: data.place || null,
			speakers: data.speakers || null,
			kind: data.session_kind
		}
	};
}
