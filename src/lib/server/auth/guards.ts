// Checks every load and action that needs a signed-in person makes, before it touches data
// (row level security checks again underneath).
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
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
