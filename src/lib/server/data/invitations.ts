// Invitations: made, listed, revoked and sent again through the inviter's own client (RLS decides
// who may); looked up by token and accepted through the service role, because the invitee may
// have no account yet. The token travels only in the e-mail; the database keeps its hash.
import type { Supabase } from '../supabase.ts';
import { serviceClient } from '../supabase-admin.ts';
import { hashToken, newToken } from '../tokens.ts';
import { everyRow } from './every-row.ts';
import { UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';
import { INVITATION_VALID_MS } from '#lib/retention.ts';
import { refusalOf } from './refusals.ts';

export const VALID_FOR_MS = INVITATION_VALID_MS;

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export type Invitation = {
	id: string;
	email: string;
	locale: string;
	organisation_id: string;
	organisation_role: 'admin' | 'member';
	project_id: string | null;
	project_role: 'coordinator' | 'partner_editor' | 'viewer' | null;
	created_at: string;
	expires_at: string;
	last_sent_at: string;
	sent_count: number;
	accepted_at: string | null;
	revoked_at: string | null;
	organisation: NamedOrganisation & { slug: string };
	inviter: { display_name: string } | null;
};

const COLUMNS =
	'id, email, locale, organisation_id, organisation_role, project_id, project_role, created_at, expires_at, last_sent_at, sent_count, accepted_at, revoked_at, organisation:organisations!invitations_organisation_id_fkey(name, name_lang, names:organisation_name_translations(locale, name), slug), inviter:users!invitations_invited_by_fkey(display_name)';

export function stateOf(
	invitation: Pick<Invitation, 'accepted_at' | 'revoked_at' | 'expires_at'>,
	now = new Date()
): InvitationState {
	if (invitation.accepted_at) return 'accepted';
	if (invitation.revoked_at) return 'revoked';
	if (new Date(invitation.expires_at) <= now) return 'expired';
	return 'pending';
}

export type NewInvitation = {
	email: string;
	locale: string;
	organisation_id: string;
	organisation_role: 'admin' | 'member';
	project_id: string | null;
	project_role: 'coordinator' | 'partner_editor' | 'viewer' | null;
	invited_by: string;
};

/** Makes the invitation (if RLS lets this person) and returns the token for the e-mail. */
export async function create(
	supabase: Supabase,
	invitation: NewInvitation
): Promise<{ id: string; token: string }> {
	const token = newToken();
	const row = unwrap(
		await supabase
			.from('invitations')
			.insert({
				...invitation,
				token_hash: hashToken(token),
				expires_at: new Date(Date.now() + VALID_FOR_MS).toISOString()
			})
			.select('id')
			.single()
	);
	return { id: row.id, token };
}

/** Every invitation into the organisation, those a project coordinator made included. */
export async function listForOrganisation(
	supabase: Supabase,
	organisationId: string
): Promise<Invitation[]> {
	return everyRow<Invitation>((from, to) =>
		supabase
			.from('invitations')
			.select(COLUMNS)
			.eq('organisation_id', organisationId)
			.order('created_at', { ascending: false })
			.order('id')
			.range(from, to)
	);
}

export async function listForProject(supabase: Supabase, projectId: string): Promise<Invitation[]> {
	return everyRow<Invitation>((from, to) =>
		supabase
			.from('invitations')
			.select(COLUMNS)
			.eq('project_id', projectId)
			.order('created_at', { ascending: false })
			.order('id')
			.range(from, to)
	);
}

export async function get(supabase: Supabase, id: string): Promise<Invitation | null> {
	return unwrap(await supabase.from('invitations').select(COLUMNS).eq('id', id).maybeSingle());
}

/** Revokes an open invitation; false when it was not open (or not this person's to revoke). */
export async function revoke(supabase: Supabase, id: string): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('invitations')
			.update({ revoked_at: new Date().toISOString() })
			.eq('id', id)
			.is('accepted_at', null)
			.is('revoked_at', null)
			.select('id')
	);
	return rows.length > 0;
}

/** A new link (the old one stops working) and a new expiry; returns the new token. */
export async function renew(supabase: Supabase, invitation: Invitation): Promise<string | null> {
	const token = newToken();
	const now = new Date();
	const rows = unwrap(
		await supabase
			.from('invitations')
			.update({
				token_hash: hashToken(token),
				expires_at: new Date(now.getTime() + VALID_FOR_MS).toISOString(),
				last_sent_at: now.toISOString(),
				sent_count: invitation.sent_count + 1
			})
			.eq('id', invitation.id)
			.eq('sent_count', invitation.sent_count)
			.is('accepted_at', null)
			.is('revoked_at', null)
			.select('id')
	);
	return rows.length > 0 ? token : null;
}

export type InvitationByToken = Invitation & {
	project: { slug: string; acronym: string | null; title: TranslatedText } | null;
};

/** The invitation behind a link, whatever its state (the page explains an unusable one). */
export async function findByToken(token: string): Promise<InvitationByToken | null> {
	return unwrap(
		await serviceClient()
			.from('invitations')
			.select(`${COLUMNS}, project:projects(slug, acronym, title)`)
			.eq('token_hash', hashToken(token))
			.maybeSingle()
	);
}

/** The database refused the invitation (its `invitation_not_usable`): used, revoked or expired meanwhile. */
export class InvitationNotUsable extends Error {}
export class AccountExists extends Error {}

export async function accept(token: string, userId: string): Promise<void> {
	const { error, status } = await serviceClient().rpc('accept_invitation', {
		token_hash: hashToken(token),
		user_id: userId
	});
	if (refusalOf(error) === 'invitation_not_usable') throw new InvitationNotUsable();
	unwrap({ data: null, error, status });
}

export async function acceptWithNewAccount(
	token: string,
	account: {
		display_name: string;
		password_hash: string;
		preferred_locale: string;
		time_zone: string | null;
	}
): Promise<string> {
	const { data, error, status } = await serviceClient().rpc('create_account_from_invitation', {
		token_hash: hashToken(token),
		...account
	});
	if (refusalOf(error) === 'invitation_not_usable') throw new InvitationNotUsable();
	if (error?.code === UNIQUE_VIOLATION) throw new AccountExists();
	return (unwrap({ data, error, status }) as { user_id: string }).user_id;
}
