import { type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { locales } from '#lib/paraglide/runtime.js';
import { requireOrganisation, requireUser } from '#lib/server/auth/guards.ts';
import * as invitations from '#lib/server/data/invitations.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { choice, email, parseForm, readForm, refuse, uuid } from '#lib/server/forms.ts';
import * as invitationActions from '#lib/server/invitation-actions.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

/** The organisation and its members, for those who may see them; `edit`: for its admins alone. */
async function context(event: RequestEvent<{ slug: string }>, right: 'members' | 'edit') {
	const organisation = await requireOrganisation(event, right);
	const members = await organisations.members(event.locals.supabase, organisation.id);
	return {
		user: requireUser(event),
		organisation,
		members,
		isAdmin: organisation.permissions.edit
	};
}

/** A change of a member the database refused: the organisation's last admin, or a member gone meanwhile. */
function memberRefused(answer: 'gone' | 'last_admin', organisation: string) {
	return answer === 'last_admin'
		? refuse(409, { action: 'members', message: m.member_last_admin({ organisation }) })
		: refuse(404, { action: 'members', message: m.member_not_found() });
}

export const load: PageServerLoad = async (event) => {
	const { organisation, members, isAdmin } = await context(event, 'members');
	const list = isAdmin
		? await invitations.listForOrganisation(event.locals.supabase, organisation.id)
		: [];
	return {
		organisation,
		members,
		isAdmin,
		// Project invitations are the coordinator's to send again; the organisation's admins may revoke them.
		invitations: list.map((invitation) => ({
			...invitation,
			state: invitations.stateOf(invitation),
			renewable: !invitation.project_id
		}))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { user, organisation, members } = await context(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			email: email(),
			organisation_role: choice(['member', 'admin'] as const),
			locale: choice(locales)
		});
		if (!form.ok)
			return refuse(400, { action: 'invite', values: form.values, errors: form.errors });
		const { email: address } = form.data;
		if (members.some((member) => member.user.email === address)) {
			return refuse(409, {
				action: 'invite',
				values: form.values,
				errors: { email: m.invitation_already_member() }
			});
		}
		const open = invitationActions.openInvitationFor(
			await invitations.listForOrganisation(event.locals.supabase, organisation.id),
			address
		);
		if (open)
			return refuse(409, {
				action: 'invite',
				values: form.values,
				errors: { email: m.invitation_already_open() }
			});

		const { id, token } = await invitations.create(event.locals.supabase, {
			email: address,
			locale: form.data.locale,
			organisation_id: organisation.id,
			organisation_role: form.data.organisation_role,
			project_id: null,
			project_role: null,
			invited_by: user.id
		});
		const invitation = (await invitations.get(event.locals.supabase, id))!;
		await invitationActions.send(invitation, token, user, { project: null });
		return { action: 'invite', success: m.invitation_sent({ email: address }) };
	},

	revoke: async (event) => {
		const { organisation } = await context(event, 'edit');
		return invitationActions.revoke(
			event,
			await invitations.listForOrganisation(event.locals.supabase, organisation.id)
		);
	},

	resend: async (event) => {
		const { user, organisation } = await context(event, 'edit');
		const list = (
			await invitations.listForOrganisation(event.locals.supabase, organisation.id)
		).filter((i) => !i.project_id);
		return invitationActions.resend(event, list, user, { project: null });
	},

	setRole: async (event) => {
		const { organisation, members } = await context(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			user_id: uuid(),
			role: choice(['member', 'admin'] as const)
		});
		if (!form.ok || !members.some((member) => member.user.id === form.data.user_id)) {
			return refuse(400, { action: 'members', message: m.member_not_found() });
		}
		const changed = await organisations.setMemberRole(
			event.locals.supabase,
			organisation.id,
			form.data.user_id,
			form.data.role
		);
		if (changed !== 'done') return memberRefused(changed, shownName(organisation));
		return { action: 'members', success: m.account_saved() };
	},

	remove: async (event) => {
		const { organisation, members } = await context(event, 'edit');
		const form = parseForm(await readForm(event.request), { user_id: uuid() });
		const member = form.ok
			? members.find((candidate) => candidate.user.id === form.data.user_id)
			: undefined;
		if (!member) return refuse(400, { action: 'members', message: m.member_not_found() });
		const removed = await organisations.removeMember(
			event.locals.supabase,
			organisation.id,
			member.user.id
		);
		if (removed !== 'done') return memberRefused(removed, shownName(organisation));
		return { action: 'members', success: m.member_removed({ name: member.user.display_name }) };
	}
};
