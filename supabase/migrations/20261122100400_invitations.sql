-- Invitations by e-mail: into an organisation, and optionally a project role acting for it.
-- The link carries a random token; only its SHA-256 is stored. Accepting one creates the
-- account (or joins an existing one) and is done by the server, since the invitee has no
-- account yet.

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  email text not null
    check (email = lower(email) and length(email) <= 254 and email ~ '^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s<>(),;:"\[\]\\]+$'),
  -- The language the invitation e-mail is written in.
  locale text not null default 'en' references public.content_locales (code),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  organisation_role public.organisation_role not null default 'member',
  project_id uuid references public.projects (id) on delete cascade,
  project_role public.project_role,
  invited_by uuid references public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_sent_at timestamptz not null default now(),
  sent_count integer not null default 1 check (sent_count between 1 and 20),
  accepted_at timestamptz,
  -- Deleting the account that accepted also deletes the invitation: it names the person.
  accepted_by uuid references public.users (id) on delete cascade,
  revoked_at timestamptz,
  check ((project_id is null) = (project_role is null)),
  check (accepted_at is null or revoked_at is null),
  -- Into a project, only for one of its partner organisations.
  foreign key (project_id, organisation_id)
    references public.project_partners (project_id, organisation_id) on delete cascade
);

create index invitations_organisation_id_idx on public.invitations (organisation_id);
create index invitations_project_id_idx on public.invitations (project_id);
create index invitations_email_idx on public.invitations (email);
alter table public.invitations enable row level security;

-- Who may invite: organisation admins into their organisation; coordinators into a project
-- role for one of its partners (as a plain member of that organisation); platform admins.
create function private.can_manage_invitation(organisation uuid, project uuid, organisation_role public.organisation_role)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_platform_admin()
    or (project is null and private.is_organisation_admin(organisation))
    or (project is not null and private.is_project_coordinator(project) and organisation_role = 'member');
$$;

revoke execute on function private.can_manage_invitation(uuid, uuid, public.organisation_role) from public;
grant execute on function private.can_manage_invitation(uuid, uuid, public.organisation_role)
  to anon, authenticated, service_role;

create policy "Inviters see the invitations they may manage"
  on public.invitations for select to authenticated
  using (
    invited_by = (select auth.uid())
    or private.can_manage_invitation(organisation_id, project_id, organisation_role)
    -- An organisation's admins see every invitation into it, also those a project coordinator
    -- made, and may revoke them (below).
    or private.is_organisation_admin(organisation_id)
  );

create policy "Organisation admins and coordinators can invite"
  on public.invitations for insert to authenticated
  with check (
    invited_by = (select auth.uid())
    and accepted_at is null and revoked_at is null
    and private.can_manage_invitation(organisation_id, project_id, organisation_role)
  );

-- Accepted and revoked invitations are history: they do not change (a revoked one is not reopened).
create policy "Open invitations can be revoked or sent again by those who may invite"
  on public.invitations for update to authenticated
  using (accepted_at is null and revoked_at is null and private.can_manage_invitation(organisation_id, project_id, organisation_role))
  with check (accepted_at is null and private.can_manage_invitation(organisation_id, project_id, organisation_role));

create policy "Organisation admins can revoke any open invitation into their organisation"
  on public.invitations for update to authenticated
  using (accepted_at is null and revoked_at is null and private.is_organisation_admin(organisation_id))
  with check (accepted_at is null and private.is_organisation_admin(organisation_id));

-- That policy lets an organisation admin revoke, nothing more: a new token or expiry on an
-- invitation they could not have made would let them use it themselves.
create function private.only_revoke_unless_inviter()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if coalesce(auth.role(), '') in ('anon', 'authenticated')
     and not private.can_manage_invitation(old.organisation_id, old.project_id, old.organisation_role)
     and (new.token_hash, new.expires_at, new.last_sent_at, new.sent_count)
         is distinct from (old.token_hash, old.expires_at, old.last_sent_at, old.sent_count) then
    raise exception 'only the invitation''s inviters may renew it' using errcode = '42501';
  end if;
  return new;
end;
$$;

revoke execute on function private.only_revoke_unless_inviter() from public;

create trigger invitations_only_revoked_by_organisation_admins
  before update on public.invitations
  for each row execute function private.only_revoke_unless_inviter();

revoke all on public.invitations from anon, authenticated;
-- Everything but the token hash.
grant select (id, email, locale, organisation_id, organisation_role, project_id, project_role, invited_by,
  created_at, expires_at, last_sent_at, sent_count, accepted_at, accepted_by, revoked_at)
  on public.invitations to authenticated;
grant insert (token_hash, email, locale, organisation_id, organisation_role, project_id, project_role,
  invited_by, expires_at) on public.invitations to authenticated;
grant update (token_hash, expires_at, last_sent_at, sent_count, revoked_at) on public.invitations to authenticated;

-- Whether a given person (not the requesting one) may still make an invitation: the same rule as
-- private.can_manage_invitation, checked again when the invitation is accepted, so that an admin
-- or coordinator who lost the role cannot come back through an invitation made before.
create function private.may_invite(inviter uuid, organisation uuid, project uuid, organisation_role public.organisation_role)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select inviter is not null and (
    exists (select 1 from public.users as u where u.id = inviter and u.is_platform_admin)
    or (project is null and exists (
      select 1 from public.organisation_members as m
      where m.organisation_id = organisation and m.user_id = inviter and m.role = 'admin'))
    or (project is not null and organisation_role = 'member' and exists (
      select 1 from public.project_members as p
      where p.project_id = project and p.user_id = inviter and p.role = 'coordinator'))
  );
$$;

revoke execute on function private.may_invite(uuid, uuid, uuid, public.organisation_role) from public;
grant execute on function private.may_invite(uuid, uuid, uuid, public.organisation_role) to service_role;

-- Accepting an invitation, in one transaction: the invitation is used once (the row is claimed
-- with its conditions in the same statement) and the memberships it promises are granted, never
-- lowering a role the person already has. Called by the server's service role only: the person
-- accepting may not have an account yet.
create function public.accept_invitation(token_hash text, user_id uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
#variable_conflict use_column
declare
  invitation public.invitations;
  account_email text;
begin
  select u.email into account_email from public.users as u where u.id = accept_invitation.user_id;
  if account_email is null then
    raise exception 'no such account' using errcode = 'P0002';
  end if;

  -- What follows, the invitation's acceptance included, is recorded in the audit log as done by
  -- the person accepting. (Local to this transaction; undone with it if anything fails.)
  perform set_config('request.jwt.claims',
    jsonb_build_object('role', 'service_role', 'sub', accept_invitation.user_id)::text, true);

  update public.invitations as i
  set accepted_at = now(), accepted_by = accept_invitation.user_id
  where i.token_hash = accept_invitation.token_hash
    and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
    and i.email = account_email
  returning * into invitation;
  if invitation.id is null
     or not private.may_invite(invitation.invited_by, invitation.organisation_id, invitation.project_id,
       invitation.organisation_role) then
    raise exception 'invitation not usable' using errcode = 'P0001', hint = 'invitation_not_usable';
  end if;

  insert into public.organisation_members (organisation_id, user_id, role)
  values (invitation.organisation_id, accept_invitation.user_id, invitation.organisation_role)
  on conflict (organisation_id, user_id) do update
    -- Never a demotion: the enum sorts admin before member, so least() keeps the higher role.
    set role = least(excluded.role, public.organisation_members.role);

  if invitation.project_id is not null then
    insert into public.project_members (project_id, user_id, organisation_id, role)
    values (invitation.project_id, accept_invitation.user_id, invitation.organisation_id, invitation.project_role)
    -- Never a demotion (coordinator sorts before partner_editor before viewer), and the person
    -- keeps acting for the organisation they already act for.
    on conflict (project_id, user_id) do update
      set role = least(excluded.role, public.project_members.role);
  end if;

  return jsonb_build_object(
    'organisation_id', invitation.organisation_id,
    'project_id', invitation.project_id
  );
end;
$$;

create function public.create_account_from_invitation(
  token_hash text,
  display_name text,
  password_hash text,
  preferred_locale text,
  time_zone text
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
#variable_conflict use_column
declare
  invitation_email text;
  new_user_id uuid;
begin
  select i.email into invitation_email from public.invitations as i
  where i.token_hash = create_account_from_invitation.token_hash
    and i.accepted_at is null and i.revoked_at is null and i.expires_at > now();
  if invitation_email is null then
    raise exception 'invitation not usable' using errcode = 'P0001', hint = 'invitation_not_usable';
  end if;

  insert into public.users (email, display_name, preferred_locale, time_zone)
  values (invitation_email, create_account_from_invitation.display_name,
    create_account_from_invitation.preferred_locale, create_account_from_invitation.time_zone)
  returning id into new_user_id;
  insert into public.credentials (user_id, password_hash)
  values (new_user_id, create_account_from_invitation.password_hash);

  return public.accept_invitation(create_account_from_invitation.token_hash, new_user_id)
    || jsonb_build_object('user_id', new_user_id);
end;
$$;

revoke execute on function public.accept_invitation(text, uuid),
  public.create_account_from_invitation(text, text, text, text, text) from public, anon, authenticated;
grant execute on function public.accept_invitation(text, uuid),
  public.create_account_from_invitation(text, text, text, text, text) to service_role;

-- A deleted account takes its invitations with it: their rows hold the person's e-mail address.
create function private.erase_invitations_of_deleted_account()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- (Those it accepted under another address go by the accepted_by foreign key.)
  delete from public.invitations as i where i.email = old.email;
  return null;
end;
$$;

revoke execute on function private.erase_invitations_of_deleted_account() from public;

create trigger users_deleted_erase_invitations
  after delete on public.users
  for each row execute function private.erase_invitations_of_deleted_account();
