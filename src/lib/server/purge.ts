// Removes what has expired (sessions, reset links, old failures, stale invitations, form keys)
// every hour: every server process keeps the timer, one of them does each run (schedule.ts).
import { everyOnce } from './schedule.ts';
import { serviceClient } from './supabase-admin.ts';

const EVERY_MS = 60 * 60 * 1000;

export async function purgeExpired(): Promise<Record<string, number>> {
	const { data, error } = await serviceClient().rpc('purge_expired');
	if (error) throw new Error(`purge_expired failed: ${error.message}`);
	// The keys that make a form sent twice act once, past the week they are needed (idempotency.ts).
	const keys = await serviceClient().rpc('purge_idempotency_keys');
	if (keys.error) throw new Error(`purge_idempotency_keys failed: ${keys.error.message}`);
	// purge_expired answers a json object of counts per table.
	return { ...(data as Record<string, number>), idempotency_keys: keys.data };
}

export function schedulePurge(): void {
	everyOnce('purge', EVERY_MS, 10_000, '[purge]', purgeExpired);
}
