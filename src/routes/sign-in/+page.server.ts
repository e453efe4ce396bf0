import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { audit } from '#lib/server/audit.ts';
import { spendVerificationTime, verifyPassword } from '#lib/server/auth/passwords.ts';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	setSessionCookie
} from '#lib/server/auth/sessions.ts';
import { claimAttempt, forgiveFailures } from '#lib/server/auth/sign-in-limits.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import {
	email,
	isForeignNext,
	parseForm,
	password,
	readForm,
	refuse,
	safeNextPath
} from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = url.searchParams.get('next');
	if (locals.user) redirect(303, safeNextPath(next, href('/account')));
	// A link that would lead elsewhere after signing in: said so, and the form posts without it.
	return { nextRefused: isForeignNext(next) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(await readForm(event.request), { email: email(), password: password() });
		const values = { email: form.values.email };
		// Before the password is checked or a session made: a sign-in that would end on another site.
		const next = event.url.searchParams.get('next');
		if (isForeignNext(next)) return refuse(400, { values, message: m.sign_in_next_foreign() });
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const { email: address, password: typed } = form.data;
		const client = event.getClientAddress();

		const claim = await claimAttempt(address, client);
		if ('retryAfter' in claim) {
			event.setHeaders({ 'retry-after': String(claim.retryAfter) });
			return refuse(429, {
				values,
				message: m.sign_in_too_many({ minutes: Math.ceil(claim.retryAfter / 60) })
			});
		}

		// Unknown address and wrong password take the same time and get the same answer.
		const account = await accounts.findCredentialsByEmail(address);
		const valid = account
			? await verifyPassword(account.password_hash, typed)
			: (await spendVerificationTime(typed), false);
		// The claimed attempt stays counted as a failure.
		if (!account || !valid) return refuse(400, { values, message: m.sign_in_failed() });

		await forgiveFailures(address);
		if (event.locals.session) await invalidateSession(event.locals.session.id);
		const token = generateSessionToken();
		const session = await createSession(token, account.id);
		setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
		await audit('session.signed_in', account.id);
		redirect(303, safeNextPath(next, href('/account')));
	}
};
