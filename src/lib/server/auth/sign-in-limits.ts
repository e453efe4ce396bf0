// Slows down password guessing: after repeated failures for one account, or from one client
// address, sign-in answers 429 with Retry-After until the oldest failure leaves the window.
// The client address is the socket's (or a trusted proxy's), never a header a client sets.
import { unwrap } from '../data/unwrap.ts';
import { serviceClient } from '../supabase-admin.ts';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Seconds to wait before trying again, or null when a try is allowed now. */
export async function retryAfter(email: string, clientAddress: string, now = new Date()): Promise<number | null> {
	const since = new Date(now.getTime() - WINDOW_MS).toISOString();
	const [byAccount, byAddress] = await Promise.all([
		oldestBlocking('email', email, since, MAX_FAILURES_PER_ACCOUNT),
		oldestBlocking('client_address', clientAddress, since, MAX_FAILURES_PER_ADDRESS)
	]);
	const blockedUntil = [byAccount, byAddress]
		.filter((at): at is Date => at !== null)
		.map((at) => at.getTime() + WINDOW_MS);
	if (blockedUntil.length === 0) return null;
	return Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 1000));
}

export async function recordFailure(email: string, clientAddress: string): Promise<void> {
	unwrap(await serviceClient().from('sign_in_failures').insert({ email, client_address: clientAddress }));
}

/** A successful sign-in forgives the account's failures (the address's stay counted). */
export async function forgiveFailures(email: string): Promise<void> {
	unwrap(await serviceClient().from('sign_in_failures').delete().eq('email', email));
}

/**
 * When `limit` failures fall inside the window, the one that unblocks first: the oldest of the
 * newest `limit`. Null when there are fewer.
 */
async function oldestBlocking(column: 'email' | 'client_address', value: string, since: string, limit: number) {
	const rows = unwrap(
		await serviceClient()
			.from('sign_in_failures')
			.select('failed_at')
			.eq(column, value)
			.gte('failed_at', since)
			.order('failed_at', { ascending: false })
			.limit(limit)
	);
	return rows.length >= limit ? new Date(rows[rows.length - 1].failed_at) : null;
}
