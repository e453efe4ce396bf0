// The door list of an event, one day at a time: its editors tick who came from the registrations
// and add walk-ins. The page asks who may; the database refuses anyone else, a day outside the
// event and a person not registered for it, and the answer says so in the reader's language.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { eventOf } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import { country, date, parseForm, readForm, text, uuid, uuidList } from '#lib/server/forms.ts';
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

const REFUSED: Record<events.AttendanceRefusal, () => string> = {
	not_registered: () => m.attendance_not_registered(),
	day_outside_event: () => m.attendance_day_outside(),
	not_host: () => m.attendance_not_host()
};
const STATUS: Record<events.AttendanceRefusal, number> = { not_registered: 409, day_outside_event: 409, not_host: 403 };

export const load: PageServerLoad = async (event) => {
	const { found, isHost } = await forHost(event);
	if (!isHost) error(403, { message: m.attendance_not_host() });
	const days = daysOf(found);
	const asked = event.url.searchParams.get('day');
	// Today at the venue while the event is on, else its first day.
	const today = todayIn(found.time_zone);
	const day = asked ?? (days.includes(today) ? today : days[0]);
	if (!days.includes(day)) return { event: found, days, day: null, registrations: [], organisations: {}, came: [], walkIns: [] };
	const [registrations, delegations, onDay] = await Promise.all([
		events.registrations(event.locals.supabase, found.id),
		events.delegations(event.locals.supabase, found.id),
		events.attendanceOn(event.locals.supabase, found.id, day)
	]);
	// Waiting-list people are not registered: only the registered can be ticked (the database agrees).
	const organisations = Object.fromEntries(delegations.map((d) => [d.organisation_id, d.organisation]));
	return { event: found, days, day, registrations: registrations.filter((r) => r.status === 'registered'), organisations, ...onDay };
};

const back = (slug: string, day: string, done: string) => redirect(303, `${href(`/events/${slug}/attendance`)}?day=${day}&done=${done}`);

export const actions: Actions = {
	record: async (event) => {
		const { found, isHost } = await forHost(event);
		const sent = await readForm(event.request);
		const form = parseForm(sent, { day: date({ required: true }) });
		// Every ticked box is a `came` field: the ids, as one list.
		const came = uuidList().parse(sent.getAll('came').filter((value) => typeof value === 'string').join(' '));
		const ticked = 'value' in came ? came.value : [];
		if (!isHost) return fail(403, { action: 'record', message: m.attendance_not_host(), came: ticked });
		if (!form.ok || !form.data.day || 'error' in came) return fail(400, { action: 'record', message: m.attendance_day_outside(), came: ticked });
		const refused = await events.recordAttendance(event.locals.supabase, found.id, form.data.day, ticked);
		if (refused) return fail(STATUS[refused], { action: 'record', message: REFUSED[refused](), came: ticked });
		back(found.slug, form.data.day, 'recorded');
	},

	walkIn: async (event) => {
		const { found, isHost } = await forHost(event);
		const form = parseForm(await readForm(event.request), {
			day: date({ required: true }),
			walk_in_name: text({ required: true, max: 200 }),
			walk_in_organisation: text({ max: 300 }),
			walk_in_country: country()
		});
		if (!isHost) return fail(403, { action: 'walkIn', message: m.attendance_not_host(), values: form.values, errors: {} as Record<string, string> });
		if (!form.ok) return fail(400, { action: 'walkIn', message: m.form_fix_errors(), values: form.values, errors: form.errors as Record<string, string> });
		const { day, walk_in_name, walk_in_organisation, walk_in_country } = form.data;
		const refused = await events.addWalkIn(event.locals.supabase, found.id, day!, { walk_in_name, walk_in_organisation: walk_in_organisation || null, walk_in_country });
		if (refused === 'duplicate') {
			return fail(409, { action: 'walkIn', message: m.form_fix_errors(), values: form.values, errors: { walk_in_name: m.attendance_walk_in_duplicate() } });
		}
		if (refused) return fail(STATUS[refused], { action: 'walkIn', message: REFUSED[refused](), values: form.values, errors: {} as Record<string, string> });
		back(found.slug, day!, 'walk-in-added');
	},

	removeWalkIn: async (event) => {
		const { found, isHost } = await forHost(event);
		const form = parseForm(await readForm(event.request), { id: uuid(), day: date({ required: true }) });
		if (!isHost) return fail(403, { action: 'removeWalkIn', message: m.attendance_not_host() });
		if (!form.ok) return fail(400, { action: 'removeWalkIn', message: m.form_invalid() });
		await events.removeWalkIn(event.locals.supabase, found.id, form.data.id);
		back(found.slug, form.data.day!, 'walk-in-removed');
	}
};
