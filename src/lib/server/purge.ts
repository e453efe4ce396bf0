// Removes what has expired (sessions, reset links, old failures, stale invitations) every hour,
// from every server process; the SQL function is idempotent, so several processes do no harm.
import { logError } from './log.ts';
import { serviceClient } from './supabase-admin.ts';

const EVERY_MS = 60 * 60 * 1000;

export async function purgeExpired(): Promise<Record<string, number>> {
	const { data, error } = await serviceClient().rpc('purge_expired');
	if (error) throw new Error(`purge_expired failed: ${error.message}`);
	return data;
}

export function schedulePurge(): void {
	const run = () => purgeExpired().catch((error) => logError('[purge]', error));
	setTimeout(run, 10_000).unref();
	setInterval(run, EVERY_MS).unref();
}
