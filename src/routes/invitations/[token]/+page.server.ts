import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { locales } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { audit } from '#lib/server/audit.ts';
import { hashPassword, passwordProblem } from '#lib/server/auth/passwords.ts';
import { passwordProblemMessage } from '#lib/server/auth/password-messages.ts';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	setSessionCookie
} from '#lib/server/auth/sessions.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import * as invitations from '#lib/server/data/invitations.ts';
import {
	choice,
	parseForm,
	password,
	readForm,
	refuse,
	text,
	timeZone
} from '#lib/server/forms.ts';
import { looksLikeToken } from '#lib/server/tokens.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

async function find(token: string) {
	return looksLikeToken(token) ? invitations.findByToken(token) : null;
}

/** Where the invitation leads once accepted. */
function destination(invitation: invitations.InvitationByToken): string {
	return invitation.project
		? href(`/projects/${invitation.project.slug}/people`)
		: href(`/organisations/${invitation.organisation.slug}`);
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await find(params.token);
	if (!invitation) return { state: 'invalid' as const };
	const state = invitations.stateOf(invitation);
	const summary = {
		email: invitation.email,
		organisation: shownName(invitation.organisation),
		organisationRole: invitation.organisation_role,
		project: invitation.project
			? { acronym: invitation.project.acronym, title: invitation.project.title }
			: null,
		projectRole: invitation.project_role,
		inviter: invitation.inviter?.display_name ?? null
	};
	if (state !== 'pending') return { state, summary };

	let mode: 'join' | 'wrong_account' | 'sign_in' | 'create';
	if (locals.user) mode = locals.user.email === invitation.email ? 'join' : 'wrong_account';
	else mode = (await accounts.findIdByEmail(invitation.email)) ? 'sign_in' : 'create';
	return {
		state,
		summary,
		mode,
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

async function usable(event: RequestEvent<{ token: string }>) {
	const invitation = await find(event.params.token);
	return invitation && invitations.stateOf(invitation) === 'pending' ? invitation : null;
}

export const actions: Actions = {
	join: async (event) => {
		if (!event.locals.user)
			redirect(303, `${href('/sign-in')}?next=${encodeURIComponent(event.url.pathname)}`);
		const invitation = await usable(event);
		if (!invitation) return refuse(410, { message: m.invitation_not_open() });
		try {
			await invitations.accept(event.params.token, event.locals.user.id);
		} catch (error) {
			if (error instanceof invitations.InvitationNotUsable)
				return refuse(410, { message: refusalMessage('invitation_not_usable') });
			throw error;
		}
		redirect(303, destination(invitation));
	},

	create: async (event) => {
		const invitation = await usable(event);
		if (!invitation) return refuse(410, { message: m.invitation_not_open() });
		const form = parseForm(await readForm(event.request), {
			display_name: text({ required: true, max: 200 }),
			password: password(),
			preferred_locale: choice(locales),
			time_zone: timeZone()
		});
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const problem = passwordProblem(form.data.password);
		if (problem)
			return refuse(400, {
				values: form.values,
				errors: { password: passwordProblemMessage(problem) }
			});

		let userId: string;
		try {
			userId = await invitations.acceptWithNewAccount(event.params.token, {
				display_name: form.data.display_name,
				password_hash: await hashPassword(form.data.password),
				preferred_locale: form.data.preferred_locale,
				time_zone: form.data.time_zone
			});
		} catch (error) {
			if (error instanceof invitations.InvitationNotUsable)
				return refuse(410, { message: refusalMessage('invitation_not_usable') });
			if (error instanceof invitations.AccountExists)
				return refuse(409, { values: form.values, message: m.invitation_account_exists() });
			throw error;
		}
		// Whoever was signed in on this browser before is signed out now, for good.
		if (event.locals.session) await invalidateSession(event.locals.session.id);
		const token = generateSessionToken();
		const session = await createSession(token, userId);
		setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
		await audit('session.signed_in', userId, { via: 'invitation' });
		redirect(303, destination(invitation));
	}
};
