// The per-request PostgREST client. Every query of a request goes through it, so that row level
// security decides what the request may see: as `anon`, or as the signed-in user whose
// short-lived JWT it carries. Never shared between requests.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { serverConfig } from './config.ts';
import { mintUserJwt } from './jwt.ts';

/**
 * Our clients, without generated database types: supabase-js still reads each select string,
 * so a query's result has exactly the columns it asked for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Supabase = SupabaseClient<any, 'public', 'public', any, any>;

/** A query that takes longer than this is a fault to report, not a page to wait for. */
const REQUEST_TIMEOUT_MS = 10_000;

/** `headers` and `fetch` for a client that writes one form's record (see idempotency.ts). */
export function createRequestClient(userId: string | null, options: { headers?: Record<string, string>; fetch?: typeof fetch } = {}): Supabase {
	const { supabaseUrl, anonKey } = serverConfig();
	return createClient<any, 'public'>(supabaseUrl, anonKey, {
		// Minted per call: a token lives 60 s, and a revoked membership counts from the next request.
		accessToken: async () => bearerFor(userId),
		global: { fetch: options.fetch ?? fetchWithTimeout, headers: options.headers }
	});
}

/** The bearer token a request carries: the person's, freshly minted, or the anon key. */
export function bearerFor(userId: string | null): string {
	const { anonKey, jwtSecret } = serverConfig();
	return userId ? mintUserJwt(userId, jwtSecret) : anonKey;
}

export function fetchWithTimeout(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
	const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
	const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
	return fetch(input, { ...init, signal });
}
