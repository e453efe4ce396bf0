// The outbox as platform admins see it (row level security lets them read every notification):
// what was queued, what was sent, what failed and why, and sending a failed one again.
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

export const STATUSES = ['pending', 'sending', 'failed', 'sent'] as const;
export type Status = (typeof STATUSES)[number];
export const PAGE_SIZE = 50;

export type Notification = {
	id: string;
	created_at: string;
	kind: string;
	status: Status;
	attempts: number;
	next_attempt_at: string;
	last_error: string | null;
	sent_at: string | null;
	/** The account it went to, or null for a bare address (a registered participant). */
	recipient: { display_name: string; email: string } | null;
	email: string | null;
};

const COLUMNS =
	'id, created_at, kind, status, attempts, next_attempt_at, last_error, sent_at, email, recipient:users!notifications_recipient_id_fkey(display_name, email)';

/** One page of notifications, newest first, of one status or all. */
export async function list(
	supabase: Supabase,
	options: { status: Status | null; page: number }
): Promise<Notification[]> {
	let query = supabase.from('notifications').select(COLUMNS);
	if (options.status) query = query.eq('status', options.status);
	const from = (options.page - 1) * PAGE_SIZE;
	const rows = unwrap(
		await query
			.order('created_at', { ascending: false })
			.order('id')
			.range(from, from + PAGE_SIZE - 1)
	);
	return rows as unknown as Notification[];
}

/** How many notifications are in each status (one query: public.notification_counts). */
export async function counts(supabase: Supabase): Promise<Record<Status, number>> {
	const rows = unwrap(await supabase.rpc('notification_counts')) as {
		status: Status;
		count: number;
	}[];
	const counted = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
		Status,
		number
	>;
	for (const row of rows) counted[row.status] = Number(row.count);
	return counted;
}

/** Sends a failed notification again; false when it had not failed (any more). Platform admins only. */
export async function retry(supabase: Supabase, id: string): Promise<boolean> {
	return unwrap(await supabase.rpc('retry_notification', { notification: id })) === true;
}
