-- One permissive update policy on invitations, as Supabase's linter asks: the two it replaces
-- (20261122100400_invitations.sql), joined by "or". Those who may invite revoke an open
-- invitation or send it again; an organisation's admins revoke any open invitation into it, and
-- private.only_revoke_unless_inviter() still keeps them to revoking.

drop policy "Open invitations can be revoked or sent again by those who may invite" on public.invitations;
drop policy "Organisation admins can revoke any open invitation into their organisation" on public.invitations;

create policy "Inviters resend or revoke open invitations; org admins revoke"
  on public.invitations for update to authenticated
  using (
    accepted_at is null and revoked_at is null
    and (private.can_manage_invitation(organisation_id, project_id, organisation_role) or private.is_organisation_admin(organisation_id))
  )
  with check (
    accepted_at is null
    and (private.can_manage_invitation(organisation_id, project_id, organisation_role) or private.is_organisation_admin(organisation_id))
  );
