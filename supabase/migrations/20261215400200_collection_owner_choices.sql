-- Whom the requesting person may start a collection for, as the policy "Coordinators and
-- organisation admins start collections" on public.collections decides
-- (private.may_curate_collection_of), so that the new-collection form offers exactly the choices
-- the database would accept instead of working them out again from roles:
--   collection_owner_projects       the projects they coordinate (all of them for platform admins);
--   collection_owner_organisations  the organisations they administer (all of them for platform
--                                   admins).
-- The policy still decides every collection started.
create function public.collection_owner_projects()
returns setof public.projects
language sql
stable
security invoker
set search_path = ''
as $$
  select p.* from public.projects as p
  where (select private.is_platform_admin())
    or (p.id in (select private.my_projects()) and private.may_curate_collection_of(null, p.id));
$$;

revoke execute on function public.collection_owner_projects() from public;
grant execute on function public.collection_owner_projects() to authenticated;

create function public.collection_owner_organisations()
returns setof public.organisations
language sql
stable
security invoker
set search_path = ''
as $$
  select o.* from public.organisations as o
  where (select private.is_platform_admin())
    or (o.id in (select private.my_organisations()) and private.may_curate_collection_of(o.id, null));
$$;

revoke execute on function public.collection_owner_organisations() from public;
grant execute on function public.collection_owner_organisations() to authenticated;
