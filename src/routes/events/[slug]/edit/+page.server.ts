import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { withTranslation, type TranslatedText } from '#lib/translations.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import { projectOptions } from '#lib/server/data/choices.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import {
	eventLengthProblem,
	hostChoices,
	localDateTime,
	timeProblem,
	timeZones
} from '#lib/server/event-form.ts';
import {
	checkbox,
	choice,
	country,
	date,
	integer,
	parseForm,
	readForm,
	refuse,
	text,
	uuid
} from '#lib/server/forms.ts';
import { actedOn, once } from '#lib/server/idempotency.ts';
import { readSession } from './session-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const found = await requireEvent(event, 'edit');
	// The host is one of the partners of the projects that list the event.
	const [{ locales, code }, onlineLink, partners, otherProjects] = await Promise.all([
		contentLocales.editingLanguage(event.locals.supabase, event.url.searchParams.get('lang')),
		events.onlineLink(event.locals.supabase, found.id),
		Promise.all(found.projects.map((p) => projects.partners(event.locals.supabase, p.project.id))),
		// Other projects where the same event can be listed too, as the database decides it.
		projectOptions(event.locals.supabase, 'event_listing_projects', { event: found.id })
	]);
	const hosts = hostChoices(
		found,
		partners.flat().map((p) => p.organisation)
	);
	return {
		event: found,
		onlineLink,
		hosts: hosts.map(({ id, name, name_lang, names, country }) => ({
			id,
			name,
			name_lang,
			names,
			country
		})),
		otherProjects,
		contentLocales: locales,
		editing: code,
		zones: timeZones(found.time_zone)
	};
};

const back = (slug: string, lang: string, done: string) =>
	redirect(303, `${href(`/events/${slug}/edit`)}?lang=${lang}&done=${done}`);

export const actions: Actions = {
	details: async (event) => {
		const found = await requireEvent(event, 'edit');
		const raw = await readForm(event.request);
		const { locales, code: editing } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const form = parseForm(raw, {
			version: integer({ min: 1 }),
			lang: choice(locales.map((l) => l.code)),
			machine: checkbox(),
			kind: choice(events.EVENT_KINDS),
			status: choice(events.EVENT_STATUSES),
			visibility: choice(['public', 'partners'] as const),
			time_precision: choice(['minute', 'day', 'month'] as const),
			title: text({ max: 300 }),
			description: text({ max: 6000, multiline: true }),
			host: { parse: (v) => (v === '' || v === null ? { value: null } : uuid().parse(v)) },
			venue_name: text({ max: 300 }),
			venue_address: text({ max: 300 }),
			venue_city: text({ max: 200 }),
			venue_country: country({ required: false }),
			time_zone: choice(timeZones(found.time_zone)),
			starts_local: localDateTime(),
			ends_local: localDateTime(),
			online_url: text({ max: 500 }),
			registration_deadline: date()
		});
		if (!form.ok)
			return refuse(400, {
				action: 'details',
				values: form.values,
				errors: form.errors
			});
		const data = form.data;
		const errors: Record<string, string> = {};
		// Times need to exist in the zone only when they are known to the minute.
		if (data.time_precision === 'minute') {
			const startProblem = timeProblem(data.starts_local, data.time_zone);
			const endProblem = timeProblem(data.ends_local, data.time_zone);
			if (startProblem) errors.starts_local = startProblem;
			if (endProblem) errors.ends_local = endProblem;
		}
		if (!errors.starts_local && !errors.ends_local) {
			const order = eventLengthProblem(data.starts_local, data.ends_local);
			if (order) errors.ends_local = order;
		}
		// The host is one of the partners of the projects that list the event (or stays as it is).
		const host = data.host as string | null;
		if (host && host !== found.host?.id) {
			const partners = await Promise.all(
				found.projects.map((p) => projects.partners(event.locals.supabase, p.project.id))
			);
			if (!partners.flat().some((p) => p.organisation.id === host)) errors.host = m.form_choose();
		}
		// The deadline is a day of the venue's calendar, on or before the event's last day.
		if (
			data.registration_deadline &&
			data.ends_local &&
			data.registration_deadline > data.ends_local.slice(0, 10)
		) {
			errors.registration_deadline = m.event_deadline_after_end();
		}
		if (data.online_url && !/^https:\/\/\S+$/.test(data.online_url))
			errors.online_url = m.form_https_url();
		const title = withTranslation(found.title, editing, data.title, { machine: data.machine });
		const description = withTranslation(found.description, editing, data.description, {
			machine: data.machine
		});
		if (title === 'original_in_use') errors.title = m.translation_original_in_use();
		else if (!title) errors.title = m.form_required();
		if (description === 'original_in_use') errors.description = m.translation_original_in_use();
		if (Object.keys(errors).length)
			return refuse(400, { action: 'details', values: form.values, errors });

		const answer = await events.update(
			once(event),
			found.id,
			data.version,
			{
				kind: data.kind,
				status: data.status,
				visibility: data.visibility,
				time_precision: data.time_precision,
				title: title as TranslatedText,
				description: description as TranslatedText | null,
				host_organisation_id: data.host,
				venue_name: data.venue_name || null,
				venue_address: data.venue_address || null,
				venue_city: data.venue_city || null,
				venue_country: data.venue_country,
				time_zone: data.time_zone,
				starts_local: data.starts_local,
				ends_local: data.ends_local,
				registration_deadline: data.registration_deadline
			},
			data.online_url || null
		);
		if (answer === 'conflict' && !(await actedOn(event)))
			return refuse(409, {
				action: 'details',
				values: form.values,
				errors: {},
				conflict: true
			});
		if (answer === 'deadline_after_end')
			return refuse(400, {
				action: 'details',
				values: form.values,
				errors: { registration_deadline: m.event_deadline_after_end() }
			});
		if (answer === 'event_not_over')
			return refuse(400, {
				action: 'details',
				values: form.values,
				errors: { status: refusalMessage(answer, { zone: data.time_zone }) }
			});
		if (answer === 'sessions_outside_event' || answer === 'sessions_ambiguous_in_zone')
			return refuse(400, {
				action: 'details',
				values: form.values,
				errors: { starts_local: refusalMessage(answer) }
			});
		back(found.slug, editing, 'details');
	},

	addSession: async (event) => {
		const found = await requireEvent(event, 'edit');
		const raw = await readForm(event.request);
		const { code: editing } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const read = await readSession(raw, found, editing, { title: null, description: null });
		if (!read.ok)
			return refuse(400, { action: 'addSession', values: read.values, errors: read.errors });
		const refusal = await events.addSession(once(event), found.id, {
			...read.session,
			position: found.sessions.length
		});
		if (refusal)
			return refuse(400, {
				action: 'addSession',
				values: read.values,
				errors: { session_starts: refusalMessage(refusal) }
			});
		back(found.slug, editing, 'session');
	},

	removeSession: async (event) => {
		const found = await requireEvent(event, 'edit');
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (form.ok) await events.removeSession(event.locals.supabase, found.id, form.data.id);
		back(found.slug, getLocale(), 'removed');
	},

	/** Lists the event in another project (row level security decides which). */
	list: async (event) => {
		const found = await requireEvent(event, 'edit');
		const form = parseForm(await readForm(event.request), { project: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'list',
				values: form.values,
				errors: form.errors
			});
		await events.listInProject(event.locals.supabase, form.data.project, found.id);
		back(found.slug, getLocale(), 'listed');
	},

	/** Swaps a session with the one before or after it on its day. */
	move: async (event) => {
		const found = await requireEvent(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			id: uuid(),
			direction: choice(['earlier', 'later'] as const)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'move',
				values: form.values,
				errors: form.errors
			});
		const index = found.sessions.findIndex((s) => s.id === form.data.id);
		const other = found.sessions[form.data.direction === 'earlier' ? index - 1 : index + 1];
		if (
			index < 0 ||
			!other ||
			other.starts_local.slice(0, 10) !== found.sessions[index].starts_local.slice(0, 10)
		) {
			return refuse(400, {
				action: 'move',
				values: form.values,
				errors: { id: m.session_cannot_move() }
			});
		}
		const refusal = await events.swapSessions(
			event.locals.supabase,
			found.sessions[index].id,
			other.id
		);
		if (refusal)
			return refuse(400, {
				action: 'move',
				values: form.values,
				errors: { id: m.session_cannot_move() }
			});
		back(found.slug, getLocale(), 'moved');
	}
};
