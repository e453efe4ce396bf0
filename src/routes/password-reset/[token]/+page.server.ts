import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { audit } from '#lib/server/audit.ts';
import { hashPassword, passwordProblem } from '#lib/server/auth/passwords.ts';
import { passwordProblemMessage } from '#lib/server/auth/password-messages.ts';
import {
	createSession,
	generateSessionToken,
	invalidateUserSessions,
	setSessionCookie
} from '#lib/server/auth/sessions.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import * as passwordResets from '#lib/server/data/password-resets.ts';
import { parseForm, password, readForm, refuse } from '#lib/server/forms.ts';
import { looksLikeToken } from '#lib/server/tokens.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	usable: looksLikeToken(params.token) && (await passwordResets.find(params.token)) !== null
});

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(await readForm(event.request), { password: password() });
		if (!form.ok) return refuse(400, { errors: form.errors });
		const problem = passwordProblem(form.data.password);
		if (problem) return refuse(400, { errors: { password: passwordProblemMessage(problem) } });
		const userId = looksLikeToken(event.params.token)
			? await passwordResets.use(event.params.token)
			: null;
		if (!userId) return refuse(410, { message: m.password_reset_link_unusable() });

		await accounts.setPasswordHash(userId, await hashPassword(form.data.password));
		await passwordResets.invalidateAll(userId);
		// Whoever knew the old password is signed out everywhere; this device starts afresh.
		await invalidateUserSessions(userId);
		const token = generateSessionToken();
		const session = await createSession(token, userId);
		setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
		await audit('password.reset', userId);
		redirect(303, href('/account'));
	}
};
