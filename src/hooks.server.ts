import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { m } from '#lib/paraglide/messages.js';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import {
	extractLocaleFromRequest,
	getTextDirection,
	isLocale,
	shouldRedirect,
	type Locale
} from '#lib/paraglide/runtime.js';
import { serverConfig } from '#lib/server/config.ts';
import { schedulePurge } from '#lib/server/purge.ts';
import { scheduleDelivery } from '#lib/server/notifications/worker.ts';
import { checkKeysWithProject, createRequestClient } from '#lib/server/supabase.ts';
import {
	deleteSessionCookie,
	sessionCookieName,
	setSessionCookie,
	validateSessionToken
} from '#lib/server/auth/sessions.ts';
import { looksLikeToken } from '#lib/server/tokens.ts';
import { logError } from '#lib/server/log.ts';
import { markPrivate, PageCache } from '#lib/server/page-cache.ts';
import { withFormResult } from '#lib/form-result.ts';

export const init: ServerInit = async () => {
	// Missing configuration, or keys the project refuses, stop the server now, naming the
	// variable, not at the first request.
	serverConfig();
	await checkKeysWithProject();
	schedulePurge();
	scheduleDelivery();
};

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'];
// Mail programs post one-click unsubscribes (RFC 8058) from their own servers; the signed link
// is the authority there, and the post changes nothing else.
const CROSS_SITE_ROUTES = ['/unsubscribe/[token]'];

/**
 * Form posts from other sites are refused, as SvelteKit's own check would (a form type, or none,
 * with an Origin other than ours), except on the routes above.
 */
const handleCsrf: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase();
	if (
		MUTATING.includes(request.method) &&
		(!type || FORM_TYPES.includes(type)) &&
		request.headers.get('origin') !== url.origin &&
		!CROSS_SITE_ROUTES.includes(event.route.id ?? '')
	) {
		return new Response(`Cross-site ${request.method} form submissions are forbidden`, {
			status: 403
		});
	}
	return resolve(event);
};

/**
 * A path whose first part looks like a language code (`/xx`, `/pt-BR/...`) but names none of the
 * portal's languages: no page, rather than a redirect to `/en/xx`.
 */
function unknownLocaleIn(pathname: string): boolean {
	const first = pathname.split('/')[1] ?? '';
	return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(first) && !isLocale(first);
}

/** Pages live under /en/..., /lv/...; a path without a locale goes to the visitor's preferred one. */
const handleLocale: Handle = async ({ event, resolve }) => {
	const { method } = event.request;
	const render = (locale: Locale) => {
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
		});
	};
	if (unknownLocaleIn(event.url.pathname)) {
		// Answered in the visitor's preferred language, as if the path were under it: the router
		// finds no page there, and the 404 page speaks that language.
		const locale = extractLocaleFromRequest(event.request);
		const effectiveRequestUrl = new URL(
			`/${locale}${event.url.pathname}${event.url.search}`,
			event.url
		);
		return paraglideMiddleware(event.request, () => render(locale), { effectiveRequestUrl });
	}
	if (method === 'GET' || method === 'HEAD') {
		const decision = await shouldRedirect({ request: event.request });
		if (decision.shouldRedirect && decision.redirectUrl) {
			const { pathname, search } = decision.redirectUrl;
			// `/` becomes `/lv`, not `/lv/` (which SvelteKit would redirect once more).
			const location = (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname) + search;
			return new Response(null, {
				status: 307,
				headers: { location, vary: 'Accept-Language' }
			});
		}
	}
	return paraglideMiddleware(event.request, ({ locale }) => render(locale));
};

/** Who is signed in: the session cookie, checked against the sessions table on every request. */
const handleSession: Handle = async ({ event, resolve }) => {
	const secure = event.url.protocol === 'https:';
	const token = event.cookies.get(sessionCookieName(secure));
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = looksLikeToken(token)
			? await validateSessionToken(token)
			: { session: null, user: null };
		if (session) {
			event.locals.user = user;
			event.locals.session = session;
			if (session.renewed) setSessionCookie(event.cookies, token, session.expiresAt, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

/** This request's PostgREST client, as the signed-in person or as anon. */
const handleSupabase: Handle = ({ event, resolve }) => {
	event.locals.supabase = createRequestClient(event.locals.user?.id ?? null);
	return resolve(event);
};

/** One short-lived copy of each public page for every reader without a session (page-cache.ts). */
const pageCache = new PageCache();
const READS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Readers without a session share the public pages' renderings. Everything else is rendered for
 * its own request, and no shared or browser cache keeps it: pages for a signed-in person, pages
 * reached by a secret link or that set a session, error pages, forms' answers. The few anonymous
 * answers that say themselves how to cache them (public files, health checks) keep their word.
 * A write through this instance makes the next reader of every page see it.
 */
const handleCaching: Handle = async ({ event, resolve }) => {
	const shared = { request: event.request, url: event.url, routeId: event.route.id };
	if (PageCache.shares(shared)) return pageCache.respond(shared, () => resolve(event));
	const response = await resolve(event);
	if (!READS.includes(event.request.method) && response.status < 400) pageCache.clear();
	if (
		event.locals.user ||
		response.headers.has('set-cookie') ||
		!response.headers.has('cache-control')
	)
		markPrivate(response);
	return response;
};

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('cross-origin-opener-policy', 'same-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (event.url.protocol === 'https:') {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};

/** A page answering a form starts its title with the result (form-result.ts), with or without JavaScript. */
const handleFormResultTitle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => withFormResult(html, event.locals.locale) });

export const handle: Handle = sequence(
	handleSecurityHeaders,
	handleCsrf,
	handleCaching,
	handleLocale,
	handleSession,
	handleSupabase,
	handleFormResultTitle
);

/**
 * What the visitor is told about an error: their language, never a stack. Errors we did not expect
 * get an id to quote; the log gets the details under the same id.
 */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	// Errors thrown with error(status, { message }) already speak to the visitor.
	if (kind === 'app') return;
	if (kind === 'framework') {
		return { message: error.status === 404 ? m.error_not_found() : m.error_bad_request() };
	}
	if (kind === 'validation') return { message: m.error_bad_request() };
	const errorId = randomUUID();
	// The route, not the address: an address can hold a token (an invitation, a password reset).
	logError(`[${errorId}] ${event.request.method} ${event.route.id ?? '(no route)'}`, error);
	return { message: m.error_unexpected(), errorId };
};
