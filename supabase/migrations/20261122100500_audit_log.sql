-- An append-only record of sign-ins, role changes, invitations and deletions, for platform
-- admins. Nobody updates or deletes an entry, not even the server's service role.

create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  -- No foreign key: entries outlive the accounts they mention.
  actor_id uuid,
  action text not null check (action ~ '^[a-z_]+\.[a-z_]+$'),
  subject_type text,
  subject_id text,
  details jsonb not null default '{}'
);

create index audit_log_at_idx on public.audit_log (at desc);
create index audit_log_actor_id_idx on public.audit_log (actor_id);
alter table public.audit_log enable row level security;

create policy "Platform admins can read the audit log"
  on public.audit_log for select to authenticated
  using ((select private.is_platform_admin()));

-- For "download my data": what one did oneself.
create policy "People can read what they did"
  on public.audit_log for select to authenticated
  using (actor_id = (select auth.uid()));

revoke all on public.audit_log from anon, authenticated, service_role;
grant select on public.audit_log to authenticated;
grant select, insert on public.audit_log to service_role;

create function private.refuse_audit_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'the audit log is append-only' using errcode = '42501';
end;
$$;

create trigger audit_log_is_append_only
  before update or delete on public.audit_log
  for each row execute function private.refuse_audit_change();

create trigger audit_log_is_never_truncated
  before truncate on public.audit_log
  for each statement execute function private.refuse_audit_change();

create function private.audit(action text, subject_type text, subject_id text, details jsonb default '{}')
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.audit_log (actor_id, action, subject_type, subject_id, details)
  values ((select auth.uid()), action, subject_type, subject_id, coalesce(details, '{}'));
$$;

revoke execute on function private.audit(text, text, text, jsonb) from public;

-- Role changes, invitations and deletions are recorded by the database itself, whoever makes them.
create function private.audit_organisation_member()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('organisation_role.granted', 'organisation', new.organisation_id::text,
      jsonb_build_object('user_id', new.user_id, 'role', new.role));
  elsif tg_op = 'UPDATE' and new.role is distinct from old.role then
    perform private.audit('organisation_role.changed', 'organisation', new.organisation_id::text,
      jsonb_build_object('user_id', new.user_id, 'from', old.role, 'to', new.role));
  elsif tg_op = 'DELETE' then
    perform private.audit('organisation_role.revoked', 'organisation', old.organisation_id::text,
      jsonb_build_object('user_id', old.user_id, 'role', old.role));
  end if;
  return null;
end;
$$;

create trigger audit_organisation_members
  after insert or update or delete on public.organisation_members
  for each row execute function private.audit_organisation_member();

create function private.audit_project_member()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('project_role.granted', 'project', new.project_id::text,
      jsonb_build_object('user_id', new.user_id, 'role', new.role, 'organisation_id', new.organisation_id));
  elsif tg_op = 'UPDATE' and new.role is distinct from old.role then
    perform private.audit('project_role.changed', 'project', new.project_id::text,
      jsonb_build_object('user_id', new.user_id, 'from', old.role, 'to', new.role));
  elsif tg_op = 'DELETE' then
    perform private.audit('project_role.revoked', 'project', old.project_id::text,
      jsonb_build_object('user_id', old.user_id, 'role', old.role));
  end if;
  return null;
end;
$$;

create trigger audit_project_members
  after insert or update or delete on public.project_members
  for each row execute function private.audit_project_member();

create function private.audit_invitation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('invitation.created', 'invitation', new.id::text,
      jsonb_build_object('organisation_id', new.organisation_id, 'project_id', new.project_id,
        'organisation_role', new.organisation_role, 'project_role', new.project_role));
  elsif new.revoked_at is not null and old.revoked_at is null then
    perform private.audit('invitation.revoked', 'invitation', new.id::text);
  elsif new.accepted_at is not null and old.accepted_at is null then
    perform private.audit('invitation.accepted', 'invitation', new.id::text,
      jsonb_build_object('user_id', new.accepted_by));
  elsif new.sent_count > old.sent_count then
    perform private.audit('invitation.resent', 'invitation', new.id::text);
  end if;
  return null;
end;
$$;

create trigger audit_invitations
  after insert or update on public.invitations
  for each row execute function private.audit_invitation();

create function private.audit_account_deletion()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The id only: the person's name and address go with the account.
  perform private.audit('account.deleted', 'user', old.id::text);
  return null;
end;
$$;

create trigger audit_users_deleted
  after delete on public.users
  for each row execute function private.audit_account_deletion();

-- Publishing, partnerships and new organisations.
create function private.audit_project()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('project.created', 'project', new.id::text);
  elsif new.is_published and not old.is_published then
    perform private.audit('project.published', 'project', new.id::text);
  elsif old.is_published and not new.is_published then
    perform private.audit('project.unpublished', 'project', new.id::text);
  end if;
  return null;
end;
$$;

create trigger audit_projects
  after insert or update of is_published on public.projects
  for each row execute function private.audit_project();

create function private.audit_project_partner()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('project_partner.added', 'project', new.project_id::text,
      jsonb_build_object('organisation_id', new.organisation_id, 'role', new.role));
  elsif tg_op = 'DELETE' then
    perform private.audit('project_partner.removed', 'project', old.project_id::text,
      jsonb_build_object('organisation_id', old.organisation_id));
  end if;
  return null;
end;
$$;

create trigger audit_project_partners
  after insert or delete on public.project_partners
  for each row execute function private.audit_project_partner();

create function private.audit_organisation_created()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.audit('organisation.created', 'organisation', new.id::text);
  return null;
end;
$$;

create trigger audit_organisations_created
  after insert on public.organisations
  for each row execute function private.audit_organisation_created();

revoke execute on function private.refuse_audit_change(), private.audit_organisation_member(),
  private.audit_project_member(), private.audit_invitation(), private.audit_account_deletion(),
  private.audit_project(), private.audit_project_partner(), private.audit_organisation_created() from public;
