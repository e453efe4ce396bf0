// Sessions the Lucia way (lucia-auth.com/sessions): a random token in an HttpOnly cookie, its
// SHA-256 as the session id in the database, an idle expiry pushed forward while the session is
// used (in its last half only, to spare writes) and an absolute expiry it never passes.
import type { Cookies } from '@sveltejs/kit';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '#lib/retention.ts';
import { unwrap } from '../data/unwrap.ts';
import { serviceClient } from '../supabase-admin.ts';
import { hashToken, newToken } from '../tokens.ts';

/**
 * Over https the cookie is __Host- prefixed: the browser then takes it only from this host,
 * Secure and for the whole path, so no sibling subdomain can plant one. Plain http (local) cannot.
 */
export function sessionCookieName(secure: boolean): string {
	return secure ? '__Host-tilts_session' : 'tilts_session';
}
export const IDLE_TIMEOUT_MS = SESSION_IDLE_MS;
export const ABSOLUTE_TIMEOUT_MS = SESSION_ABSOLUTE_MS;

export type SessionUser = {
	id: string;
	email: string;
	display_name: string;
	preferred_locale: string;
	time_zone: string | null;
	is_platform_admin: boolean;
};

export type Session = {
	id: string;
	userId: string;
	expiresAt: Date;
	absoluteExpiresAt: Date;
};

export const generateSessionToken = newToken;

export async function createSession(
	token: string,
	userId: string,
	now = new Date()
): Promise<Session> {
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + IDLE_TIMEOUT_MS),
		absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS)
	};
	unwrap(
		await serviceClient().from('sessions').insert({
			id: session.id,
			user_id: userId,
			expires_at: session.expiresAt.toISOString(),
			absolute_expires_at: session.absoluteExpiresAt.toISOString()
		})
	);
	return session;
}

export type SessionValidation =
	{ session: Session & { renewed: boolean }; user: SessionUser } | { session: null; user: null };

export async function validateSessionToken(
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const id = hashToken(token);
	const row = unwrap(
		await serviceClient()
			.from('sessions')
			.select(
				'id, user_id, expires_at, absolute_expires_at, user:users!inner(id, email, display_name, preferred_locale, time_zone, is_platform_admin)'
			)
			.eq('id', id)
			.maybeSingle()
	);
	if (!row) return { session: null, user: null };

	const session = {
		id,
		userId: row.user_id as string,
		expiresAt: new Date(row.expires_at),
		absoluteExpiresAt: new Date(row.absolute_expires_at),
		renewed: false
	};
	if (now >= session.expiresAt || now >= session.absoluteExpiresAt) {
		await invalidateSession(id);
		return { session: null, user: null };
	}
	if (now.getTime() >= session.expiresAt.getTime() - IDLE_TIMEOUT_MS / 2) {
		session.expiresAt = new Date(
			Math.min(now.getTime() + IDLE_TIMEOUT_MS, session.absoluteExpiresAt.getTime())
		);
		session.renewed = true;
		unwrap(
			await serviceClient()
				.from('sessions')
				.update({ expires_at: session.expiresAt.toISOString() })
				.eq('id', id)
		);
	}
	return { session, user: row.user };
}

export async function invalidateSession(sessionId: string): Promise<void> {
	unwrap(await serviceClient().from('sessions').delete().eq('id', sessionId));
}

/** Ends every session of a person, but the one given (the device they are using, if any). */
export async function invalidateUserSessions(userId: string, except?: string): Promise<void> {
	let query = serviceClient().from('sessions').delete().eq('user_id', userId);
	if (except) query = query.neq('id', except);
	unwrap(await query);
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(sessionCookieName(secure), token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.set(sessionCookieName(secure), '', {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		maxAge: 0
	});
}
