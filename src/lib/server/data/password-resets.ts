// Password reset links: single-use, valid one hour, at most three asked for per hour and account.
// Server-only (service role): the person asking is not signed in.
import { m } from '#lib/paraglide/messages.js';
import { isLocale } from '#lib/paraglide/runtime.js';
import { PASSWORD_RESET_VALID_MS } from '#lib/retention.ts';
import { audit } from '../audit.ts';
import { composeMail } from '../mail.ts';
import { absoluteLink, sendMail } from '../mailer.ts';
import { serviceClient } from '../supabase-admin.ts';
import { hashToken, newToken } from '../tokens.ts';
import { unwrap } from './unwrap.ts';

export const VALID_FOR_MS = PASSWORD_RESET_VALID_MS;
export const MAX_PER_HOUR = 3;

/** A new reset token for the account, or null when too many were asked for lately. */
export async function create(userId: string, now = new Date()): Promise<string | null> {
	const since = new Date(now.getTime() - 60 * 60 * 1000).toISOString();
	const recent = unwrap(
		await serviceClient()
			.from('password_resets')
			.select('token_hash')
			.eq('user_id', userId)
			.gte('created_at', since)
	);
	if (recent.length >= MAX_PER_HOUR) return null;
	const token = newToken();
	unwrap(
		await serviceClient()
			.from('password_resets')
			.insert({
				token_hash: hashToken(token),
				user_id: userId,
				expires_at: new Date(now.getTime() + VALID_FOR_MS).toISOString()
			})
	);
	return token;
}

/** Sends a reset link in the account's language, if the address has an account. */
export async function sendLinkIfAccountExists(email: string): Promise<void> {
	const account = unwrap(
		await serviceClient()
			.from('users')
			.select('id, preferred_locale')
			.eq('email', email)
			.maybeSingle()
	);
	if (!account) return;
	const token = await create(account.id);
	if (!token) return;
	const locale = isLocale(account.preferred_locale) ? account.preferred_locale : 'en';
	await sendMail(
		composeMail({
			to: email,
			lang: locale,
			subject: m.password_reset_mail_subject({}, { locale }),
			paragraphs: [
				m.password_reset_mail_text({}, { locale }),
				m.password_reset_mail_ignore({}, { locale })
			],
			action: {
				label: m.password_reset_mail_action({}, { locale }),
				url: absoluteLink(`/${locale}/password-reset/${token}`)
			}
		})
	);
	await audit('password.reset_requested', account.id);
}

/** The account a token resets, while it is unused and unexpired. */
export async function find(token: string): Promise<{ user_id: string } | null> {
	return unwrap(
		await serviceClient()
			.from('password_resets')
			.select('user_id')
			.eq('token_hash', hashToken(token))
			.is('used_at', null)
			.gt('expires_at', new Date().toISOString())
			.maybeSingle()
	);
}

/** The password changed: links asked for before stop working. */
export async function invalidateAll(userId: string): Promise<void> {
	unwrap(
		await serviceClient()
			.from('password_resets')
			.update({ used_at: new Date().toISOString() })
			.eq('user_id', userId)
			.is('used_at', null)
	);
}

/** Claims the token: true once, false for every later (or concurrent) use. */
export async function use(token: string): Promise<string | null> {
	const rows = unwrap(
		await serviceClient()
			.from('password_resets')
			.update({ used_at: new Date().toISOString() })
			.eq('token_hash', hashToken(token))
			.is('used_at', null)
			.gt('expires_at', new Date().toISOString())
			.select('user_id')
	);
	return rows[0]?.user_id ?? null;
}
