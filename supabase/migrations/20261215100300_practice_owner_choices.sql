-- Whom the requesting person may start a practice for, as the policy "Members start practices for
-- their organisation" on public.practices decides, so that the new-practice form offers exactly the
-- choices the database would accept instead of working them out again from roles:
--   practice_owner_organisations  the organisations they belong to (all of them for platform
--                                 admins);
--   practice_owner_projects       the projects they coordinate or edit for (all of them for
--                                 platform admins), which the practice may be part of.
-- The policy still decides every practice started.
create function public.practice_owner_organisations()
returns setof public.organisations
language sql
stable
security invoker
set search_path = ''
as $$
  select o.* from public.organisations as o
  where o.id in (select private.my_organisations()) or (select private.is_platform_admin());
$$;

revoke execute on function public.practice_owner_organisations() from public;
grant execute on function public.practice_owner_organisations() to authenticated;

create function public.practice_owner_projects()
returns setof public.projects
language sql
stable
security invoker
set search_path = ''
as $$
  select p.* from public.projects as p
  where p.id in (select private.my_writing_projects()) or (select private.is_platform_admin());
$$;

revoke execute on function public.practice_owner_projects() from public;
grant execute on function public.practice_owner_projects() to authenticated;
