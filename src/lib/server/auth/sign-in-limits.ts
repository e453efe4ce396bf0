// Slows down password guessing: after repeated failures for one account, or from one client
// address, a password check answers 429 with Retry-After until the oldest failure leaves the
// window. Each attempt is claimed (and counted as a failure) before the password is checked, in
// one locked step in the database, so parallel guesses cannot slip past the count.
// The client address is the socket's, or what a trusted proxy reports (ADDRESS_HEADER); never a
// header the client sets.
import { RETENTION, SIGN_IN_WINDOW_SECONDS } from '#lib/retention.ts';
import { unwrap } from '../data/unwrap.ts';
import { serviceClient } from '../supabase-admin.ts';

export const WINDOW_SECONDS = SIGN_IN_WINDOW_SECONDS;
export const MAX_FAILURES_PER_ACCOUNT = RETENTION.signInMaxPerAccount;
export const MAX_FAILURES_PER_ADDRESS = RETENTION.signInMaxPerAddress;

export type Claim = { retryAfter: number } | { attempt: number };

export async function claimAttempt(email: string, clientAddress: string): Promise<Claim> {
	const result = unwrap(
		await serviceClient().rpc('claim_sign_in_attempt', {
			email,
			client_address: addressKey(clientAddress),
			max_per_account: MAX_FAILURES_PER_ACCOUNT,
			max_per_address: MAX_FAILURES_PER_ADDRESS,
			window_seconds: WINDOW_SECONDS
		})
	) as { retry_after?: number; attempt?: number };
	return result.retry_after ? { retryAfter: result.retry_after } : { attempt: result.attempt! };
}

/** The password was right: this attempt was no failure. */
export async function forgetAttempt(attempt: number): Promise<void> {
	unwrap(await serviceClient().from('sign_in_failures').delete().eq('id', attempt));
}

/** A successful sign-in forgives the account's earlier failures too. */
export async function forgiveFailures(email: string): Promise<void> {
	unwrap(await serviceClient().from('sign_in_failures').delete().eq('email', email));
}

/**
 * One counter per client: an IPv4 address (also when written IPv4-mapped, ::ffff:a.b.c.d), or an
 * IPv6 /64, since one household or server holds a whole /64.
 */
export function addressKey(address: string): string {
	const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
	if (mapped) return mapped[1];
	if (!address.includes(':')) return address;
	const [head, tail = ''] = address.toLowerCase().split('::');
	const headGroups = head ? head.split(':') : [];
	const tailGroups = tail ? tail.split(':') : [];
	const groups = address.includes('::')
		? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
		: headGroups;
	return (
		groups
			.slice(0, 4)
			.map((g) => g.replace(/^0+(?=.)/, ''))
			.join(':') + '::/64'
	);
}
