// What the organisation and project people pages share: sending an invitation that was made,
// and revoking or renewing one. Each page guards who may act; RLS checks again.
import { type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as invitations from './data/invitations.ts';
import { parseForm, readForm, refuse, uuid } from './forms.ts';
import { sendInvitation } from './invitation-mail.ts';
import type { SessionUser } from './auth/sessions.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { organisationNameText } from '#lib/organisation-names.ts';

const MAX_SENDINGS = 20;
const RESEND_AFTER_MS = 60 * 1000;

type Target = { project: { acronym: string | null; title: TranslatedText } | null };

export async function send(
	invitation: invitations.Invitation,
	token: string,
	inviter: SessionUser,
	target: Target
) {
	await sendInvitation({
		to: invitation.email,
		token,
		locale: invitation.locale,
		inviter: inviter.display_name,
		organisation: organisationNameText(invitation.organisation, invitation.locale),
		organisationRole: invitation.organisation_role,
		project: target.project,
		projectRole: invitation.project_role,
		expiresAt: new Date(invitation.expires_at)
	});
}

/** The open invitation for an address, if there is one: a second one would only confuse. */
export function openInvitationFor(list: invitations.Invitation[], email: string) {
	return list.find((i) => i.email === email && invitations.stateOf(i) === 'pending');
}

export async function revoke(event: RequestEvent, allowed: invitations.Invitation[]) {
	const form = parseForm(await readForm(event.request), { id: uuid() });
	const invitation = form.ok ? allowed.find((i) => i.id === form.data.id) : undefined;
	if (!invitation) return refuse(400, { action: 'invitations', message: m.invitation_not_found() });
	if (!(await invitations.revoke(event.locals.supabase, invitation.id))) {
		return refuse(409, { action: 'invitations', message: m.invitation_not_open() });
	}
	return { action: 'invitations', success: m.invitation_revoked({ email: invitation.email }) };
}

export async function resend(
	event: RequestEvent,
	allowed: invitations.Invitation[],
	inviter: SessionUser,
	target: Target
) {
	const form = parseForm(await readForm(event.request), { id: uuid() });
	const invitation = form.ok ? allowed.find((i) => i.id === form.data.id) : undefined;
	if (!invitation) return refuse(400, { action: 'invitations', message: m.invitation_not_found() });
	if (invitation.accepted_at || invitation.revoked_at)
		return refuse(409, { action: 'invitations', message: m.invitation_not_open() });
	// Nobody's inbox gets flooded: a minute between sendings, and twenty at most.
	if (invitation.sent_count >= MAX_SENDINGS)
		return refuse(409, { action: 'invitations', message: m.invitation_resend_limit() });
	if (Date.now() - new Date(invitation.last_sent_at).getTime() < RESEND_AFTER_MS) {
		return refuse(429, { action: 'invitations', message: m.invitation_resend_wait() });
	}
	const token = await invitations.renew(event.locals.supabase, invitation);
	if (!token) return refuse(409, { action: 'invitations', message: m.invitation_not_open() });
	const renewed = (await invitations.get(event.locals.supabase, invitation.id))!;
	await send(renewed, token, inviter, target);
	return { action: 'invitations', success: m.invitation_sent({ email: invitation.email }) };
}
