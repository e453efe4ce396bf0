// People's accounts. Profile reads and writes go through the person's own client (RLS: only
// their row); credentials are the server's alone (service role), as no API role may read them.
import type { Supabase } from '../supabase.ts';
import { serviceClient } from '../supabase-admin.ts';
import { lastAdminOf, unwrap } from './unwrap.ts';

export type Profile = {
	id: string;
	email: string;
	display_name: string;
	preferred_locale: string;
	time_zone: string | null;
	/** The hour (0–23, in their time zone) of their daily digest of notifications. */
	digest_hour: number;
	is_platform_admin: boolean;
	created_at: string;
};

const PROFILE =
	'id, email, display_name, preferred_locale, time_zone, digest_hour, is_platform_admin, created_at';

export async function get(supabase: Supabase, id: string): Promise<Profile | null> {
	return unwrap(await supabase.from('users').select(PROFILE).eq('id', id).maybeSingle());
}

export async function updateProfile(
	supabase: Supabase,
	id: string,
	changes: { display_name: string; preferred_locale: string; time_zone: string | null }
): Promise<void> {
	unwrap(
		await supabase
			.from('users')
			.update({ ...changes, updated_at: new Date().toISOString() })
			.eq('id', id)
	);
}

/**
 * Deletes an account (one's own, or as a platform admin); memberships and invitations go with
 * it, and the database erases what names the person elsewhere in the same step; what the person
 * made stays. False when RLS kept it (or there was none); `{ lastAdminOf }` when the person is the
 * only admin of that organisation (the role is handed over first).
 */
export async function remove(
	supabase: Supabase,
	id: string
): Promise<boolean | { lastAdminOf: string }> {
	const answer = await supabase.from('users').delete().eq('id', id).select('id');
	const organisation = lastAdminOf(answer.error);
	if (organisation !== null) return { lastAdminOf: organisation };
	return unwrap(answer).length > 0;
}

export async function findCredentialsByEmail(
	email: string
): Promise<{ id: string; password_hash: string } | null> {
	const row = unwrap(
		await serviceClient()
			.from('users')
			.select('id, credentials(password_hash)')
			.eq('email', email)
			.maybeSingle()
	);
	const credentials = row?.credentials as unknown as { password_hash: string } | null;
	return row && credentials ? { id: row.id, password_hash: credentials.password_hash } : null;
}

export async function passwordHashOf(userId: string): Promise<string | null> {
	const row = unwrap(
		await serviceClient()
			.from('credentials')
			.select('password_hash')
			.eq('user_id', userId)
			.maybeSingle()
	);
	return row?.password_hash ?? null;
}

export async function setPasswordHash(userId: string, passwordHash: string): Promise<void> {
	unwrap(
		await serviceClient().from('credentials').upsert({
			user_id: userId,
			password_hash: passwordHash,
			updated_at: new Date().toISOString()
		})
	);
}

export async function findIdByEmail(email: string): Promise<string | null> {
	const row = unwrap(
		await serviceClient().from('users').select('id').eq('email', email).maybeSingle()
	);
	return row?.id ?? null;
}
