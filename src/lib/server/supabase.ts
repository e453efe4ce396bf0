// The per-request PostgREST client. Every query of a request goes through it, so that row level
// security decides what the request may see: as `anon`, or as the signed-in user whose
// short-lived JWT it carries. Never shared between requests.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { TiltsDatabase } from './database.ts';
import { ConfigError, serverConfig, type ServerConfig } from './config.ts';
import { mintUserJwt, signEs256, userClaims } from './jwt.ts';

/** Our clients, typed by the database (database.ts): a query's result has the columns it asked for, with their types. */
export type Supabase = SupabaseClient<TiltsDatabase>;

/** A query that takes longer than this is a fault to report, not a page to wait for. */
const REQUEST_TIMEOUT_MS = 10_000;

/** `headers` and `fetch` for a client that writes one form's record (see idempotency.ts). */
export function createRequestClient(
	userId: string | null,
	options: { headers?: Record<string, string>; fetch?: typeof fetch } = {}
): Supabase {
	const { supabaseUrl, anonKey } = serverConfig();
	return createClient<TiltsDatabase>(supabaseUrl, anonKey, {
		// Minted per call: a token lives 60 s, and a revoked membership counts from the next request.
		accessToken: async () => (userId ? userToken(userId) : anonKey),
		global: {
			fetch: keyOnlyAsApiKey(anonKey, options.fetch ?? fetchWithTimeout),
			headers: options.headers
		}
	});
}

/** The token of a signed-in user, signed the way the project verifies it. */
export function userToken(userId: string, config: ServerConfig = serverConfig()): Promise<string> {
	const { userTokens } = config;
	return userTokens.kind === 'signing-key'
		? signEs256(userClaims(userId), userTokens.signingKey)
		: Promise.resolve(mintUserJwt(userId, userTokens.secret));
}

/** The headers of a request made by hand: the API key, and the person's token when signed in. */
export async function authHeaders(userId: string | null): Promise<Record<string, string>> {
	const { anonKey } = serverConfig();
	const bearer = userId ? await userToken(userId) : isApiKey(anonKey) ? null : anonKey;
	return bearer ? { apikey: anonKey, authorization: `Bearer ${bearer}` } : { apikey: anonKey };
}

/** Today's API keys (`sb_publishable_…`, `sb_secret_…`) are not JWTs. */
function isApiKey(key: string): boolean {
	return key.startsWith('sb_');
}

/**
 * supabase-js sends its key as the bearer token when there is no other; today's API keys belong
 * in the `apikey` header only (the gateway puts the role's own token in their place). A legacy
 * JWT key stays the bearer, as before.
 */
export function keyOnlyAsApiKey(key: string, inner: typeof fetch): typeof fetch {
	if (!isApiKey(key)) return inner;
	return (input, init = {}) => {
		const headers = new Headers(init.headers);
		if (headers.get('authorization') === `Bearer ${key}`) headers.delete('authorization');
		return inner(input, { ...init, headers });
	};
}

export function fetchWithTimeout(
	input: RequestInfo | URL,
	init: RequestInit = {}
): Promise<Response> {
	const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
	const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
	return fetch(input, { ...init, signal });
}

const CHECK_TIMEOUT_MS = 5_000;
/** A user that does not exist: its token reaches the database as `authenticated` and sees nothing. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Asks the project whether it takes our keys, before the server serves anyone: each API key, a
 * user token (signed as every request's will be) and, for a signing key, the project's JWKS.
 * A key it refuses stops the server with the variable's name, not each page later with a 401.
 */
export async function checkKeysWithProject(config: ServerConfig = serverConfig()): Promise<void> {
	const { supabaseUrl, anonKey, serviceRoleKey, keyVariables, userTokens } = config;
	const problems: string[] = [];
	const refused = async (apikey: string, bearer?: string) => {
		const answer = await fetch(`${supabaseUrl}/rest/v1/rpc/health_check`, {
			method: 'POST',
			headers: {
				apikey,
				'content-type': 'application/json',
				...(bearer ? { authorization: `Bearer ${bearer}` } : {})
			},
			body: '{}',
			signal: AbortSignal.timeout(CHECK_TIMEOUT_MS)
		});
		await answer.body?.cancel();
		return answer.status === 401 || answer.status === 403;
	};
	try {
		// A legacy key is its own bearer, as the clients send it; today's go in `apikey` alone.
		const asSent = (key: string) => refused(key, isApiKey(key) ? undefined : key);
		if (await asSent(anonKey))
			problems.push(
				`${keyVariables.anon} is not a key of the project at SUPABASE_URL (${supabaseUrl}): it refused it`
			);
		if (await asSent(serviceRoleKey))
			problems.push(
				`${keyVariables.serviceRole} is not a key of the project at SUPABASE_URL (${supabaseUrl}): it refused it`
			);
		if (userTokens.kind === 'signing-key') {
			const problem = await jwksProblem(supabaseUrl, userTokens.signingKey.publicJwk);
			if (problem) problems.push(problem);
		}
		if (!problems.length && (await refused(anonKey, await userToken(NOBODY, config)))) {
			problems.push(
				`${keyVariables.userTokens}: the project at SUPABASE_URL refuses the tokens signed with it`
			);
		}
	} catch (error) {
		problems.push(`SUPABASE_URL (${supabaseUrl}) does not answer: ${(error as Error).message}`);
	}
	if (problems.length) {
		throw new ConfigError(
			`The Supabase project does not take the portal's keys (see "Running against a Supabase project" in the README):\n- ${problems.join('\n- ')}`
		);
	}
}

/** Whether the project's JWKS can be read and holds our signing key (its public half, under its kid). */
async function jwksProblem(
	supabaseUrl: string,
	ours: { kid?: string; x?: string; y?: string }
): Promise<string | null> {
	const url = `${supabaseUrl}/auth/v1/.well-known/jwks.json`;
	const answer = await fetch(url, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
	const text = await answer.text();
	let keys: unknown;
	try {
		keys = answer.ok ? JSON.parse(text).keys : undefined;
	} catch {
		// Read below as unreadable.
	}
	if (!Array.isArray(keys))
		return `SUPABASE_URL: the project's JWKS (${url}) cannot be read (HTTP ${answer.status}, ${answer.ok ? 'not a key set' : 'no key set'})`;
	const found = keys.find((key) => key?.kid === ours.kid);
	if (!found)
		return `SUPABASE_JWT_SIGNING_KEY (kid ${ours.kid}) is not among the project's signing keys (${url}): import it into the project`;
	if (found.x !== ours.x || found.y !== ours.y)
		return `SUPABASE_JWT_SIGNING_KEY (kid ${ours.kid}) is not the key the project holds under that kid`;
	return null;
}
