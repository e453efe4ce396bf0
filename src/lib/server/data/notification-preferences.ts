// A person's choice, per kind of notification, of how it reaches them, and the hour of their daily
// digest. Read and written through their own client: row level security keeps every row theirs.
// Only choices that differ from a kind's default are stored, so a changed default reaches everyone
// who never chose otherwise.
import type { Delivery } from '#lib/notification-kinds.ts';
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

export type KindChoice = {
	kind: string;
	default_delivery: Delivery;
	digestible: boolean;
	/** The person's choice, or the default where they made none. */
	delivery: Delivery;
};

/** Every kind in its order, with the person's choice (one request: RLS embeds only their rows). */
export async function list(supabase: Supabase, userId: string): Promise<KindChoice[]> {
	const rows = unwrap(
		await supabase
			.from('notification_kinds')
			.select('kind, default_delivery, digestible, notification_preferences(delivery)')
			.eq('notification_preferences.user_id', userId)
			.order('position')
	);
	return rows.map(({ notification_preferences: chosen, ...kind }) => ({
		...kind,
		delivery: chosen[0]?.delivery ?? kind.default_delivery
	}));
}

/**
 * Saves every choice (`kinds` with their new `delivery`) and the digest hour: one upsert for the
 * choices that differ from the default, one delete for those back at it, one update of the hour.
 */
export async function save(
	supabase: Supabase,
	userId: string,
	kinds: KindChoice[],
	digestHour: number
): Promise<void> {
	const now = new Date().toISOString();
	const chosen = kinds.filter((k) => k.delivery !== k.default_delivery);
	const defaults = kinds.filter((k) => k.delivery === k.default_delivery).map((k) => k.kind);
	await Promise.all([
		chosen.length &&
			supabase
				.from('notification_preferences')
				.upsert(
					chosen.map((k) => ({
						user_id: userId,
						kind: k.kind,
						delivery: k.delivery,
						updated_at: now
					}))
				)
				.then(unwrap),
		defaults.length &&
			supabase
				.from('notification_preferences')
				.delete()
				.eq('user_id', userId)
				.in('kind', defaults)
				.then(unwrap),
		supabase
			.from('users')
			.update({ digest_hour: digestHour, updated_at: now })
			.eq('id', userId)
			.then(unwrap)
	]);
}
