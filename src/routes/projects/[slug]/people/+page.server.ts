import type { RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { locales } from '#lib/paraglide/runtime.js';
import { requireProjectSummary, requireUser } from '#lib/server/auth/guards.ts';
import * as invitations from '#lib/server/data/invitations.ts';
import * as projects from '#lib/server/data/projects.ts';
import { choice, email, parseForm, readForm, refuse, uuid } from '#lib/server/forms.ts';
import * as invitationActions from '#lib/server/invitation-actions.ts';
import type { Actions, PageServerLoad } from './$types';

/** The partnership's own page: members of the project (and platform admins) only. */
async function context(event: RequestEvent<{ slug: string }>, right: 'people' | 'invite') {
	const project = await requireProjectSummary(event, right);
	return { user: requireUser(event), project, canInvite: project.permissions.invite };
}

export const load: PageServerLoad = async (event) => {
	const { project, canInvite } = await context(event, 'people');
	const supabase = event.locals.supabase;
	const [partners, members, list] = await Promise.all([
		projects.partners(supabase, project.id),
		projects.members(supabase, project.id),
		canInvite ? invitations.listForProject(supabase, project.id) : Promise.resolve([])
	]);
	return {
		project,
		canInvite,
		partners,
		members,
		invitations: list.map((invitation) => ({
			...invitation,
			state: invitations.stateOf(invitation)
		}))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { user, project } = await context(event, 'invite');
		const supabase = event.locals.supabase;
		const partners = await projects.partners(supabase, project.id);
		const form = parseForm(await readForm(event.request), {
			email: email(),
			organisation_id: uuid(),
			project_role: choice(projects.PROJECT_ROLES),
			locale: choice(locales)
		});
		if (!form.ok)
			return refuse(400, { action: 'invite', values: form.values, errors: form.errors });
		if (!partners.some((partner) => partner.organisation.id === form.data.organisation_id)) {
			return refuse(400, {
				action: 'invite',
				values: form.values,
				errors: { organisation_id: m.form_choose() }
			});
		}
		const members = await projects.members(supabase, project.id);
		if (members.some((member) => member.user.email === form.data.email)) {
			return refuse(409, {
				action: 'invite',
				values: form.values,
				errors: { email: m.invitation_already_member() }
			});
		}
		const open = invitationActions.openInvitationFor(
			await invitations.listForProject(supabase, project.id),
			form.data.email
		);
		if (open)
			return refuse(409, {
				action: 'invite',
				values: form.values,
				errors: { email: m.invitation_already_open() }
			});

		const { id, token } = await invitations.create(supabase, {
			email: form.data.email,
			locale: form.data.locale,
			organisation_id: form.data.organisation_id,
			organisation_role: 'member',
			project_id: project.id,
			project_role: form.data.project_role,
			invited_by: user.id
		});
		const invitation = (await invitations.get(supabase, id))!;
		await invitationActions.send(invitation, token, user, { project });
		return { action: 'invite', success: m.invitation_sent({ email: form.data.email }) };
	},

	revoke: async (event) => {
		const { project } = await context(event, 'invite');
		return invitationActions.revoke(
			event,
			await invitations.listForProject(event.locals.supabase, project.id)
		);
	},

	resend: async (event) => {
		const { user, project } = await context(event, 'invite');
		const list = await invitations.listForProject(event.locals.supabase, project.id);
		return invitationActions.resend(event, list, user, { project });
	}
};
