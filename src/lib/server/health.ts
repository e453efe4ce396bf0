// Health checks, as load balancers and orchestrators expect them:
// - liveness (/health/live): the portal's process answers; nothing else is asked;
// - readiness (/health/ready, and /health): it can serve, because PostgREST and the database answer.
// Readiness tells those two apart with two probes at once, both through the Supabase URL:
// - the database: a tiny SQL function called through the API, with a short timeout (a database
//   that hangs makes the call hang, not fail);
// - PostgREST itself: its admin server's /live, which answers without the database. The local
//   gateway serves it at /rest-admin/v1, as Supabase's own local stack does.
import { json } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { serverConfig } from './config.ts';
import { isUnavailable } from './data/unwrap.ts';

export type Health = {
	status: 'ok' | 'unavailable';
	postgrest: 'ok' | 'down';
	database: 'ok' | 'down' | 'unknown';
};

const DATABASE_TIMEOUT_MS = 2_000;
const LIVE_TIMEOUT_MS = 1_000;

export async function checkHealth(
	supabase: SupabaseClient,
	api: { url: string; key: string }
): Promise<Health> {
	const [answer, live] = await Promise.all([
		supabase.rpc('health_check').abortSignal(AbortSignal.timeout(DATABASE_TIMEOUT_MS)),
		fetch(`${api.url}/rest-admin/v1/live`, {
			headers: { apikey: api.key },
			signal: AbortSignal.timeout(LIVE_TIMEOUT_MS)
		}).then(
			(response) => response.status,
			() => 0
		)
	]);
	return classifyHealth(
		answer.error ? { status: answer.status, code: answer.error.code || undefined } : null,
		live
	);
}

/**
 * `failure` is how the call through the API failed (status 0: no answer in time); `live` is the
 * status PostgREST's /live answered (0: none).
 */
export function classifyHealth(
	failure: { status: number; code?: string } | null,
	live: number
): Health {
	if (!failure) return { status: 'ok', postgrest: 'ok', database: 'ok' };
	// An error with a code comes from PostgREST: it answered, about the database.
	if (failure.code) {
		const database = isUnavailable(failure.status, failure.code) ? 'down' : 'unknown';
		return { status: 'unavailable', postgrest: 'ok', database };
	}
	// No answer from PostgREST (a timeout, or the gateway's 502/503/504): is PostgREST itself alive?
	if (live === 200) return { status: 'unavailable', postgrest: 'ok', database: 'down' };
	return { status: 'unavailable', postgrest: 'down', database: 'unknown' };
}

/** Readiness as a response: 200 when the portal can serve, else 503 with the part that cannot. */
export async function readinessResponse(supabase: SupabaseClient): Promise<Response> {
	const { supabaseUrl, anonKey } = serverConfig();
	const health = await checkHealth(supabase, { url: supabaseUrl, key: anonKey });
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
}
