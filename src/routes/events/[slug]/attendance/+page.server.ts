// The door list of an event, one day at a time or, where the host wants, one session at a time: its
// editors tick who came from the registrations and add walk-ins. The page asks who may; the database
// refuses anyone else, a day or session outside the event and a person not registered for it, and
// the answer says so in the reader's language.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { href } from '#lib/i18n.ts';
import { eventOf } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import { country, parseForm, readForm, refuse, text, uuid, uuidList } from '#lib/server/forms.ts';
import { NOT_PROGRAMME } from '#lib/server/pdf/certificates.ts';
import { addDays, dayOf, todayIn } from '#lib/time.ts';
import type { Actions, PageServerLoad } from './$types';

/** The event, for its editors only: anyone else is told that only the host records attendance. */
async function forHost(event: RequestEvent<{ slug: string }>) {
	const found = await eventOf(event, { signedIn: true });
	return { found, isHost: found.permissions.edit };
}

/** The event's days on the venue's calendar, first to last. */
function daysOf(found: { starts_local: string; ends_local: string }): string[] {
	const days = [dayOf(found.starts_local)];
	while (days.at(-1)! < dayOf(found.ends_local)) days.push(addDays(days.at(-1)!, 1));
	return days;
}

/** The sessions a door list can be kept for: the programme, not its breaks, meals or travel. */
function sessionsOf(found: events.EventPage): events.Session[] {
	return found.sessions.filter((s) => !NOT_PROGRAMME.has(s.kind));
}

/**
 * The door list a request names: `?session=` one of the event's programme sessions, else `?day=` one
 * of its days; `?list=` carries either (a day or a session's id), from the page's one chooser. Null
 * for anything else.
 */
function doorList(
	found: events.EventPage,
	days: string[],
	asked: URLSearchParams | FormData
): events.DoorList | null {
	const value = (name: string) => {
		const given = asked.get(name);
		return typeof given === 'string' && given !== '' ? given : null;
	};
	const list = value('list');
	const isDay = list !== null && /^\d{4}-\d{2}-\d{2}$/.test(list);
	const session = value('session') ?? (isDay ? null : list);
	if (session) {
		const chosen = sessionsOf(found).find((s) => s.id === session);
		return chosen ? { day: dayOf(chosen.starts_local), session: chosen.id } : null;
	}
	const day = value('day') ?? list;
	return day && days.includes(day) ? { day, session: null } : null;
}

/** The page's address for a door list. */
const listQuery = (list: events.DoorList) =>
	list.session ? `session=${list.session}` : `day=${list.day}`;

/** Why a door list named by a form is none of the event's: a session, or a day. */
const outside = (sent: FormData) =>
	sent.get('session') ? m.attendance_session_outside() : m.attendance_day_outside();

/** The message for a refusal; a session none of the event's is said in the door list's own words. */
const doorListMessage = (refusal: events.AttendanceRefusal) =>
	refusal === 'not_host'
		? m.attendance_not_host()
		: refusal === 'session_outside_event'
			? m.attendance_session_outside()
			: refusalMessage(refusal);

const STATUS: Record<events.AttendanceRefusal, number> = {
	not_registered: 409,
	day_outside_event: 409,
	session_outside_event: 409,
	not_host: 403
};

export const load: PageServerLoad = async (event) => {
	const { found, isHost } = await forHost(event);
	if (!isHost) error(403, { message: m.attendance_not_host() });
	const days = daysOf(found);
	const sessions = sessionsOf(found);
	const params = event.url.searchParams;
	const asked = params.has('day') || params.has('session') || params.has('list');
	// Today at the venue while the event is on, else its first day.
	const today = todayIn(found.time_zone);
	const list = asked
		? doorList(found, days, params)
		: { day: days.includes(today) ? today : days[0], session: null };
	const shown = { event: found, days, sessions, list };
	if (!list) return { ...shown, registrations: [], organisations: {}, came: [], walkIns: [] };
	const [registrations, delegations, onList] = await Promise.all([
		events.registrations(event.locals.supabase, found.id),
		events.delegations(event.locals.supabase, found.id),
		events.attendanceOn(event.locals.supabase, found.id, list)
	]);
	// Waiting-list people are not registered: only the registered can be ticked (the database agrees).
	const organisations = Object.fromEntries(
		delegations.map((d) => [d.organisation_id, d.organisation])
	);
	return {
		...shown,
		registrations: registrations.filter((r) => r.status === 'registered'),
		organisations,
		...onList
	};
};

const back = (slug: string, list: events.DoorList, done: string) =>
	redirect(303, `${href(`/events/${slug}/attendance`)}?${listQuery(list)}&done=${done}`);

export const actions: Actions = {
	record: async (event) => {
		const { found, isHost } = await forHost(event);
		const sent = await readForm(event.request);
		const list = doorList(found, daysOf(found), sent);
		// Every ticked box is a `came` field: the ids, as one list.
		const came = uuidList().parse(
			sent
				.getAll('came')
				.filter((value) => typeof value === 'string')
				.join(' ')
		);
		const ticked = 'value' in came ? came.value : [];
		const values = { came: ticked.join(' ') };
		if (!isHost) return refuse(403, { action: 'record', message: m.attendance_not_host(), values });
		if (!list) return refuse(409, { action: 'record', message: outside(sent), values });
		if ('error' in came)
			return refuse(400, { action: 'record', message: m.form_invalid(), values });
		const refused = await events.recordAttendance(event.locals.supabase, found.id, list, ticked);
		if (refused)
			return refuse(STATUS[refused], {
				action: 'record',
				message: doorListMessage(refused),
				values
			});
		back(found.slug, list, 'recorded');
	},

	walkIn: async (event) => {
		const { found, isHost } = await forHost(event);
		const sent = await readForm(event.request);
		const list = doorList(found, daysOf(found), sent);
		const form = parseForm(sent, {
			walk_in_name: text({ required: true, max: 200 }),
			walk_in_organisation: text({ max: 300 }),
			walk_in_country: country({ required: false })
		});
		if (!isHost)
			return refuse(403, {
				action: 'walkIn',
				message: m.attendance_not_host(),
				values: form.values,
				errors: {}
			});
		if (!list)
			return refuse(409, {
				action: 'walkIn',
				message: outside(sent),
				values: form.values,
				errors: {}
			});
		if (!form.ok)
			return refuse(400, {
				action: 'walkIn',
				message: m.form_fix_errors(),
				values: form.values,
				errors: form.errors
			});
		const { walk_in_name, walk_in_organisation, walk_in_country } = form.data;
		const refused = await events.addWalkIn(event.locals.supabase, found.id, list, {
			walk_in_name,
			walk_in_organisation: walk_in_organisation || null,
			walk_in_country
		});
		if (refused === 'duplicate') {
			const duplicate = list.session
				? m.attendance_walk_in_duplicate_session()
				: m.attendance_walk_in_duplicate();
			return refuse(409, {
				action: 'walkIn',
				message: m.form_fix_errors(),
				values: form.values,
				errors: { walk_in_name: duplicate }
			});
		}
		if (refused)
			return refuse(STATUS[refused], {
				action: 'walkIn',
				message: doorListMessage(refused),
				values: form.values,
				errors: {}
			});
		back(found.slug, list, 'walk-in-added');
	},

	removeWalkIn: async (event) => {
		const { found, isHost } = await forHost(event);
		const sent = await readForm(event.request);
		const list = doorList(found, daysOf(found), sent);
		const form = parseForm(sent, { id: uuid() });
		if (!isHost) return refuse(403, { action: 'removeWalkIn', message: m.attendance_not_host() });
		if (!form.ok || !list)
			return refuse(400, { action: 'removeWalkIn', message: m.form_invalid() });
		await events.removeWalkIn(event.locals.supabase, found.id, form.data.id);
		back(found.slug, list, 'walk-in-removed');
	}
};
