// Checking a signed-in person's password again (to change it, or to delete the account) is
// limited like signing in: otherwise a stolen session could guess the password and take over.
import { type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as accounts from '../data/accounts.ts';
import { verifyPassword } from './passwords.ts';
import type { SessionUser } from './sessions.ts';
import { claimAttempt, forgetAttempt } from './sign-in-limits.ts';
import { refuse } from '../forms.ts';

/** Null when the password is right; else the failure to return from the action. */
export async function checkCurrentPassword(
	event: RequestEvent,
	user: SessionUser,
	typed: string,
	action: string,
	field: string
) {
	const claim = await claimAttempt(user.email, event.getClientAddress());
	if ('retryAfter' in claim) {
		event.setHeaders({ 'retry-after': String(claim.retryAfter) });
		return refuse(429, {
			action,
			errors: { [field]: m.sign_in_too_many({ minutes: Math.ceil(claim.retryAfter / 60) }) }
		});
	}
	const current = await accounts.passwordHashOf(user.id);
	if (!current || !(await verifyPassword(current, typed))) {
		return refuse(400, { action, errors: { [field]: m.account_password_wrong() } });
	}
	await forgetAttempt(claim.attempt);
	return null;
}
