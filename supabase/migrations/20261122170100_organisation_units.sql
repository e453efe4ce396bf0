-- An organisation can be a unit of another: a department or institution of a city council that
-- the records name on its own (Daugavpils Education Board, of Daugavpils City Council). One level
-- only: a unit has no units of its own, and no organisation is its own unit.
--
-- Being named a unit puts a body's projects and money on the other's network overview, so it
-- needs both sides' consent. Until the portal asks both, only a platform admin names or removes a
-- parent (the organisations' own admins edit their other details as before, and proposals never
-- carry a parent).

alter table public.organisations
  add column parent_id uuid references public.organisations (id) on delete set null,
  add constraint organisations_not_own_parent check (parent_id <> id);

create index organisations_parent_id_idx on public.organisations (parent_id);

grant update (parent_id) on public.organisations to authenticated;

create function private.check_organisation_parent()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  grandparent uuid;
begin
  if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then
    return new;
  end if;
  -- Through the API (the roles PostgREST switches to) only platform admins; the database's owner
  -- (migrations, the demo data) may too.
  if current_user in ('anon', 'authenticated') and not private.is_platform_admin() then
    raise exception 'only a platform admin makes an organisation a unit of another' using errcode = '42501';
  end if;
  if new.parent_id is null then
    return new;
  end if;
  -- The parent's row is locked (for share) while this one changes: someone making the parent a
  -- unit at the same moment waits for this, and is then refused by the check on their side.
  select o.parent_id into grandparent from public.organisations as o where o.id = new.parent_id for share;
  if grandparent is not null then
    raise exception 'a unit cannot have units of its own' using errcode = '23514';
  end if;
  if exists (select 1 from public.organisations as o where o.parent_id = new.id) then
    raise exception 'an organisation with units cannot become a unit' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger organisation_parent_checked
  before insert or update of parent_id on public.organisations
  for each row execute function private.check_organisation_parent();

create function private.audit_organisation_parent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.parent_id is distinct from old.parent_id then
    perform private.audit('organisation.parent_changed', 'organisation', new.id::text,
      jsonb_build_object('from', old.parent_id, 'to', new.parent_id));
  end if;
  return null;
end;
$$;

create trigger audit_organisation_parent
  after update of parent_id on public.organisations
  for each row execute function private.audit_organisation_parent();

revoke execute on function private.check_organisation_parent(), private.audit_organisation_parent() from public;
