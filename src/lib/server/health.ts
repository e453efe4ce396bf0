// Whether the parts the portal needs answer: PostgREST (through the Supabase URL) and the database
// behind it. One round trip: a tiny SQL function called through the API.
import type { SupabaseClient } from '@supabase/supabase-js';
import { isUnavailable } from './data/unwrap.ts';

export type Health = {
	status: 'ok' | 'unavailable';
	postgrest: 'ok' | 'down';
	database: 'ok' | 'down' | 'unknown';
};

const HEALTH_TIMEOUT_MS = 3_000;

export async function checkHealth(supabase: SupabaseClient): Promise<Health> {
	const { error, status } = await supabase.rpc('health_check').abortSignal(AbortSignal.timeout(HEALTH_TIMEOUT_MS));
	return classifyHealth(error ? { status, code: error.code } : null);
}

/** PostgREST answers with a PGRST00x code when it cannot reach the database; no answer means it is down. */
export function classifyHealth(failure: { status: number; code?: string } | null): Health {
	if (!failure) return { status: 'ok', postgrest: 'ok', database: 'ok' };
	const apiAnswered = failure.status !== 0 && failure.status !== 502 && failure.status !== 504;
	if (apiAnswered && isUnavailable(failure.status, failure.code)) {
		return { status: 'unavailable', postgrest: 'ok', database: 'down' };
	}
	if (!apiAnswered) return { status: 'unavailable', postgrest: 'down', database: 'unknown' };
	// PostgREST answered, but not as expected (e.g. the health function is missing).
	return { status: 'unavailable', postgrest: 'ok', database: 'unknown' };
}
