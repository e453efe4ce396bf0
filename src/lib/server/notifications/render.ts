// What each kind of notification says, in the recipient's language, with a link to the thing.
// The payload is what the database recorded when the change happened (see the notify triggers).
import { listFormat, numberFormat } from '#lib/intl.ts';
import { m } from '#lib/paraglide/messages.js';
import { isLocale, type Locale } from '#lib/paraglide/runtime.js';
import { formatDate } from '#lib/dates.ts';
import { formatEventDays } from '#lib/event-times.ts';
import { languageName } from '#lib/i18n.ts';
import { roleName, type RoleKey } from '#lib/role-names.ts';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';

export type QueuedNotification = {
	id: string;
	kind: string;
	payload: Payload;
	attempts: number;
	created_at: string;
	recipient_id: string | null;
	email: string;
	locale: string;
	display_name: string | null;
	time_zone: string | null;
};

type Payload = Record<string, unknown>;

/** An event as the triggers record it. */
export type EventSnapshot = {
	id: string;
	slug: string;
	title: TranslatedText;
	starts_local: string;
	ends_local: string;
	time_zone: string;
	time_precision: 'minute' | 'day' | 'month';
	status: string;
	venue_name: string | null;
	venue_city: string | null;
	venue_country: string | null;
	version: number;
};

export type Rendered = {
	subject: string;
	paragraphs: string[];
	/** A path without the locale: the link opens in the recipient's language. */
	action: { label: string; path: string };
	/** One line for the daily digest. */
	summary: string;
};

/** The interface language of an e-mail: the recipient's, where the interface speaks it. */
export function mailLocale(locale: string): Locale {
	return isLocale(locale) ? locale : 'en';
}

const str = (payload: Payload, key: string): string => {
	const value = payload[key];
	return typeof value === 'string' ? value : value == null ? '' : String(value);
};

/** Who acted (or accepted): "someone" where the database does not know, or the account is gone. */
const nameOf = (payload: Payload, key: 'actor' | 'person', locale: Locale): string =>
	str(payload, key) || m.notify_someone({}, { locale });

export const titleOf = (value: unknown, locale: Locale): string =>
	pickTranslation(value as TranslatedText, locale)?.text ?? '';

export function eventWhen(event: EventSnapshot, locale: Locale): string {
	const days = formatEventDays(event, locale);
	if (event.time_precision !== 'minute') return days;
	const time = event.starts_local.slice(11, 16);
	return m.notify_event_when({ days, time, zone: event.time_zone }, { locale });
}

export function eventPlace(event: EventSnapshot): string {
	return [event.venue_name, event.venue_city, event.venue_country].filter(Boolean).join(', ');
}

type Renderer = (payload: Payload, locale: Locale) => Rendered;

// Code names in the recipient's language (the page helpers speak the request's language).
const EVENT_STATUSES: Record<string, (inputs: object, options: { locale: Locale }) => string> = {
	planned: m.event_status_planned,
	confirmed: m.event_status_confirmed,
	held: m.event_status_held,
	cancelled: m.event_status_cancelled
};
const TRANSFER_STAGES: Record<string, (inputs: object, options: { locale: Locale }) => string> = {
	exploring: m.transfer_stage_exploring,
	adapting: m.transfer_stage_adapting,
	piloting: m.transfer_stage_piloting,
	adopted: m.transfer_stage_adopted,
	dropped: m.transfer_stage_dropped
};
const eventStatusNameIn = (status: string, locale: Locale) =>
	EVENT_STATUSES[status]?.({}, { locale }) ?? status;
const transferStageNameIn = (stage: string, locale: Locale) =>
	TRANSFER_STAGES[stage]?.({}, { locale }) ?? stage;

const practice = (payload: Payload, locale: Locale) => ({
	title: str(payload, 'title'),
	language: languageName(str(payload, 'locale'), locale, { capitalise: false }),
	actor: nameOf(payload, 'actor', locale)
});

const eventOf = (payload: Payload) => payload.event as EventSnapshot;

const RENDERERS: Record<string, Renderer> = {
	practice_submitted(payload, locale) {
		const p = practice(payload, locale);
		const subject = m.notify_practice_submitted_subject({ title: p.title }, { locale });
		return {
			subject,
			paragraphs: [m.notify_practice_submitted_body(p, { locale })],
			action: {
				label: m.notify_practice_submitted_action({}, { locale }),
				path: `/practices/${str(payload, 'slug')}/edit/${str(payload, 'locale')}`
			},
			summary: subject
		};
	},
	practice_returned(payload, locale) {
		const p = practice(payload, locale);
		const subject = m.notify_practice_returned_subject({ title: p.title }, { locale });
		return {
			subject,
			paragraphs: [m.notify_practice_returned_body(p, { locale }), str(payload, 'comment')],
			action: {
				label: m.notify_practice_open_action({}, { locale }),
				path: `/practices/${str(payload, 'slug')}/edit/${str(payload, 'locale')}`
			},
			summary: subject
		};
	},
	practice_published(payload, locale) {
		const p = practice(payload, locale);
		const subject = m.notify_practice_published_subject({ title: p.title }, { locale });
		return {
			subject,
			paragraphs: [m.notify_practice_published_body(p, { locale })],
			action: {
				label: m.notify_practice_read_action({}, { locale }),
				path: `/practices/${str(payload, 'slug')}`
			},
			summary: subject
		};
	},
	proposal_submitted(payload, locale) {
		const params = {
			organisation: str(payload, 'organisation'),
			actor: nameOf(payload, 'actor', locale)
		};
		const subject = m.notify_proposal_submitted_subject(params, { locale });
		return {
			subject,
			paragraphs: [m.notify_proposal_submitted_body(params, { locale })],
			action: {
				label: m.notify_proposal_action({}, { locale }),
				path: `/organisations/${str(payload, 'slug')}/edit`
			},
			summary: subject
		};
	},
	proposal_decided(payload, locale) {
		const params = {
			organisation: str(payload, 'organisation'),
			actor: nameOf(payload, 'actor', locale)
		};
		const subject =
			payload.accepted === true
				? m.notify_proposal_accepted_subject(params, { locale })
				: m.notify_proposal_declined_subject(params, { locale });
		return {
			subject,
			paragraphs: [subject],
			action: {
				label: m.notify_organisation_action({}, { locale }),
				path: `/organisations/${str(payload, 'slug')}`
			},
			summary: subject
		};
	},
	registration_changed(payload, locale) {
		const event = eventOf(payload);
		const params = {
			event: titleOf(event.title, locale),
			person: nameOf(payload, 'person', locale),
			organisation: str(payload, 'organisation'),
			actor: nameOf(payload, 'actor', locale)
		};
		const status = str(payload, 'status');
		const subject =
			status === 'cancelled'
				? m.notify_registration_cancelled_subject(params, { locale })
				: status === 'waitlisted'
					? m.notify_registration_waitlisted_subject(params, { locale })
					: m.notify_registration_made_subject(params, { locale });
		return {
			subject,
			paragraphs: [
				subject,
				m.notify_event_line(
					{ when: eventWhen(event, locale), place: eventPlace(event) || '—' },
					{ locale }
				)
			],
			action: {
				label: m.notify_delegations_action({}, { locale }),
				path: `/events/${event.slug}/delegations`
			},
			summary: subject
		};
	},
	waitlist_place(payload, locale) {
		const event = eventOf(payload);
		const params = {
			event: titleOf(event.title, locale),
			person: nameOf(payload, 'person', locale),
			organisation: str(payload, 'organisation')
		};
		const subject = m.notify_waitlist_place_subject(params, { locale });
		return {
			subject,
			paragraphs: [
				m.notify_waitlist_place_body(params, { locale }),
				m.notify_event_line(
					{ when: eventWhen(event, locale), place: eventPlace(event) || '—' },
					{ locale }
				)
			],
			action: {
				label: m.notify_delegations_action({}, { locale }),
				path: `/events/${event.slug}/delegations`
			},
			summary: subject
		};
	},
	places_lowered(payload, locale) {
		const event = eventOf(payload);
		const moved = (payload.moved as string[] | undefined) ?? [];
		const params = {
			event: titleOf(event.title, locale),
			organisation: str(payload, 'organisation'),
			places: numberFormat(locale).format(Number(payload.places ?? 0)),
			actor: nameOf(payload, 'actor', locale),
			people: listFormat(locale).format(moved)
		};
		const subject = m.notify_places_lowered_subject(params, { locale });
		return {
			subject,
			paragraphs: [
				m.notify_places_lowered_body(params, { locale }),
				...(moved.length ? [m.notify_places_lowered_moved(params, { locale })] : [])
			],
			action: {
				label: m.notify_delegations_action({}, { locale }),
				path: `/events/${event.slug}/delegations`
			},
			summary: subject
		};
	},
	event_changed(payload, locale) {
		const event = eventOf(payload);
		const params = { event: titleOf(event.title, locale), actor: nameOf(payload, 'actor', locale) };
		const cancelled = event.status === 'cancelled';
		const subject = cancelled
			? m.notify_event_cancelled_subject(params, { locale })
			: m.notify_event_changed_subject(params, { locale });
		const changes = ((payload.changes as string[] | undefined) ?? []).filter((c) =>
			['time', 'venue', 'status'].includes(c)
		);
		const changed = listFormat(locale).format(
			changes.map((c) =>
				c === 'time'
					? m.notify_change_time({}, { locale })
					: c === 'venue'
						? m.notify_change_venue({}, { locale })
						: m.notify_change_status({}, { locale })
			)
		);
		return {
			subject,
			paragraphs: [
				cancelled
					? m.notify_event_cancelled_body(params, { locale })
					: m.notify_event_changed_body({ ...params, changed }, { locale }),
				m.notify_event_now(
					{
						when: eventWhen(event, locale),
						place: eventPlace(event) || '—',
						status: eventStatusNameIn(event.status, locale)
					},
					{ locale }
				)
			],
			action: { label: m.notify_event_action({}, { locale }), path: `/events/${event.slug}` },
			summary: subject
		};
	},
	event_created(payload, locale) {
		const event = eventOf(payload);
		const params = {
			event: titleOf(event.title, locale),
			project: str(payload, 'project'),
			actor: nameOf(payload, 'actor', locale)
		};
		const subject = m.notify_event_created_subject(params, { locale });
		return {
			subject,
			paragraphs: [
				m.notify_event_created_body(params, { locale }),
				m.notify_event_line(
					{ when: eventWhen(event, locale), place: eventPlace(event) || '—' },
					{ locale }
				)
			],
			action: { label: m.notify_event_action({}, { locale }), path: `/events/${event.slug}` },
			summary: subject
		};
	},
	calendar_invitation(payload, locale) {
		const event = eventOf(payload);
		const cancel = str(payload, 'method') === 'CANCEL';
		const params = { event: titleOf(event.title, locale) };
		const subject = cancel
			? m.notify_calendar_cancel_subject(params, { locale })
			: m.notify_calendar_subject(params, { locale });
		const attendees = ((payload.attendees as Array<{ name: string }> | undefined) ?? []).map(
			(a) => a.name
		);
		return {
			subject,
			paragraphs: [
				cancel
					? m.notify_calendar_cancel_body(params, { locale })
					: m.notify_calendar_body(params, { locale }),
				m.notify_event_line(
					{ when: eventWhen(event, locale), place: eventPlace(event) || '—' },
					{ locale }
				),
				...(attendees.length && !cancel
					? [m.notify_calendar_people({ people: listFormat(locale).format(attendees) }, { locale })]
					: [])
			],
			action: { label: m.notify_event_action({}, { locale }), path: `/events/${event.slug}` },
			summary: subject
		};
	},
	registration_deadline(payload, locale) {
		const event = eventOf(payload);
		const params = {
			event: titleOf(event.title, locale),
			organisation: str(payload, 'organisation'),
			deadline: formatDate(str(payload, 'deadline'), locale),
			registered: numberFormat(locale).format(Number(payload.registered ?? 0)),
			places: numberFormat(locale).format(Number(payload.places ?? 0))
		};
		const subject = m.notify_deadline_subject(params, { locale });
		return {
			subject,
			paragraphs: [m.notify_deadline_body(params, { locale })],
			action: {
				label: m.notify_delegations_action({}, { locale }),
				path: `/events/${event.slug}/delegations`
			},
			summary: subject
		};
	},
	event_reminder(payload, locale) {
		const event = eventOf(payload);
		const params = { event: titleOf(event.title, locale) };
		const subject = m.notify_reminder_subject(params, { locale });
		return {
			subject,
			paragraphs: [
				m.notify_reminder_body(
					{ ...params, when: eventWhen(event, locale), place: eventPlace(event) || '—' },
					{ locale }
				)
			],
			action: { label: m.notify_agenda_action({}, { locale }), path: `/events/${event.slug}` },
			summary: subject
		};
	},
	transfer_stage(payload, locale) {
		const params = {
			title: str(payload, 'title'),
			organisation: str(payload, 'organisation'),
			stage: transferStageNameIn(str(payload, 'stage'), locale)
		};
		const subject = m.notify_transfer_stage_subject(params, { locale });
		return {
			subject,
			paragraphs: [m.notify_transfer_stage_body(params, { locale })],
			action: {
				label: m.notify_transfer_action({}, { locale }),
				path: `/practices/${str(payload, 'slug')}/transfers/${str(payload, 'transfer')}`
			},
			summary: subject
		};
	},
	invitation_accepted(payload, locale) {
		const params = {
			person: nameOf(payload, 'person', locale),
			organisation: str(payload, 'organisation')
		};
		const subject = m.notify_invitation_accepted_subject(params, { locale });
		const project = str(payload, 'project_slug');
		return {
			subject,
			paragraphs: [subject],
			action: project
				? { label: m.notify_people_action({}, { locale }), path: `/projects/${project}/people` }
				: {
						label: m.notify_people_action({}, { locale }),
						path: `/organisations/${str(payload, 'slug')}/members`
					},
			summary: subject
		};
	},
	role_changed(payload, locale) {
		const role = str(payload, 'role');
		const params = {
			place: str(payload, 'place'),
			role: role ? roleName(role as RoleKey, locale) : '',
			actor: nameOf(payload, 'actor', locale)
		};
		const subject =
			payload.change === 'removed'
				? m.notify_role_removed_subject(params, { locale })
				: m.notify_role_granted_subject(params, { locale });
		return {
			subject,
			paragraphs: [subject],
			action: {
				label: m.notify_open_action({}, { locale }),
				path: str(payload, 'path') || '/account'
			},
			summary: subject
		};
	},
	coming_up(payload, locale) {
		const events = (payload.events as EventSnapshot[] | undefined) ?? [];
		const subject = m.notify_coming_up_subject({}, { locale });
		return {
			subject,
			paragraphs: [
				m.notify_coming_up_body({}, { locale }),
				...events.map(
					(event) =>
						`${titleOf(event.title, locale)}: ${eventWhen(event, locale)}${eventPlace(event) ? `, ${eventPlace(event)}` : ''}`
				)
			],
			action: { label: m.notify_events_action({}, { locale }), path: '/events' },
			summary: subject
		};
	}
};

export const NOTIFICATION_KINDS = Object.keys(RENDERERS);

export function renderNotification(kind: string, payload: Payload, locale: Locale): Rendered {
	const render = RENDERERS[kind];
	if (!render) throw new Error(`no text for notifications of kind "${kind}"`);
	return render(payload, locale);
}
