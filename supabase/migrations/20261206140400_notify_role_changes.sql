-- A person is told when someone else gives, changes or ends their role in an organisation or a
-- project. Roles taken by accepting an invitation are the person's own doing (no one else acts).
create function private.notify_role_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  person uuid := coalesce(new.user_id, old.user_id);
  place text;
  path text;
begin
  if (select auth.uid()) is null then
    return null;
  end if;
  if tg_op = 'UPDATE' and new.role is not distinct from old.role then
    return null;
  end if;
  if tg_table_name = 'project_members' then
    select coalesce(p.acronym, p.slug), '/projects/' || p.slug into place, path
    from public.projects as p where p.id = coalesce(new.project_id, old.project_id);
  else
    select o.name, '/organisations/' || o.slug into place, path
    from public.organisations as o where o.id = coalesce(new.organisation_id, old.organisation_id);
  end if;
  -- The project or organisation itself is being removed: no role to speak of.
  if place is null then
    return null;
  end if;
  perform private.notify(person, 'role_changed', jsonb_build_object(
    'change', case when tg_op = 'DELETE' then 'removed' else 'granted' end,
    'role', coalesce(new.role, old.role)::text, 'place', place, 'path', path, 'actor', private.actor_name()));
  return null;
end;
$$;

revoke execute on function private.notify_role_change() from public;

create trigger notify_project_role_change
  after insert or update of role or delete on public.project_members
  for each row execute function private.notify_role_change();

create trigger notify_organisation_role_change
  after insert or update of role or delete on public.organisation_members
  for each row execute function private.notify_role_change();
