// Checks every load and action that needs a signed-in person makes, before it touches data
// (row level security checks again underneath). What a person may do with a record is the
// database's answer (its permissions function), read with the record: the guards only ask it.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import * as events from '../data/events.ts';
import type { EventPage, EventPermissions } from '../data/events.ts';
import type { SessionUser } from './sessions.ts';

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `${href('/sign-in')}?next=${encodeURIComponent(next)}`);
	}
	return event.locals.user;
}

export function requirePlatformAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = requireUser(event);
	if (!user.is_platform_admin) error(403, { message: m.error_forbidden() });
	return user;
}

type EventRequest = Pick<RequestEvent<{ slug: string }>, 'locals' | 'url' | 'params'>;

/**
 * The event at the route's slug, with what the person may do with it (events.getPage reads both in
 * one request, as the database decides them): 404 when it is not theirs to read. `signedIn`: the
 * page is for people who sign in, and the signed-out are sent to do so first.
 */
export async function eventOf(event: EventRequest, options: { signedIn?: boolean } = {}): Promise<EventPage> {
	if (options.signedIn) requireUser(event);
	const found = await events.getPage(event.locals.supabase, event.params.slug);
	if (!found) error(404, { message: m.error_not_found() });
	return found;
}

/** What a route does with an event: edit it (or what only its editors do), or work with its delegations. */
export type EventRight = keyof Pick<EventPermissions, 'edit' | 'delegations'>;

/** The event, for a signed-in person who may do `right` with it; anyone else is refused (403, with `refusal`). */
export async function requireEvent(event: EventRequest, right: EventRight, refusal: () => string = m.error_forbidden): Promise<EventPage> {
	const found = await eventOf(event, { signedIn: true });
	if (!found.permissions[right]) error(403, { message: refusal() });
	return found;
}
