-- Invitations by e-mail: into an organisation, and optionally a project role acting for it.
-- The link carries a random token; only its SHA-256 is stored. Accepting one creates the
-- account (or joins an existing one) and is done by the server, since the invitee has no
-- account yet.

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  email text not null
    check (email = lower(email) and length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
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
  accepted_by uuid references public.users (id) on delete set null,
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
    or (project_id is null and private.is_organisation_admin(organisation_id))
  );

create policy "Organisation admins and coordinators can invite"
  on public.invitations for insert to authenticated
  with check (
    invited_by = (select auth.uid())
    and accepted_at is null and revoked_at is null
    and private.can_manage_invitation(organisation_id, project_id, organisation_role)
  );

create policy "Open invitations can be revoked or sent again by those who may invite"
  on public.invitations for update to authenticated
  using (accepted_at is null and private.can_manage_invitation(organisation_id, project_id, organisation_role))
  with check (accepted_at is null and private.can_manage_invitation(organisation_id, project_id, organisation_role));

revoke all on public.invitations from anon, authenticated;
-- Everything but the token hash.
grant select (id, email, locale, organisation_id, organisation_role, project_id, project_role, invited_by,
  created_at, expires_at, last_sent_at, sent_count, accepted_at, accepted_by, revoked_at)
  on public.invitations to authenticated;
grant insert (token_hash, email, locale, organisation_id, organisation_role, project_id, project_role,
  invited_by, expires_at) on public.invitations to authenticated;
grant update (token_hash, expires_at, last_sent_at, sent_count, revoked_at) on public.invitations to authenticated;
