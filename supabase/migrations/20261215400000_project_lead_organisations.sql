-- Whom the requesting person may start a project for, as private.may_lead_projects_for decides it
-- in public.create_project (the only way a project is started), so that the new-project form offers
-- exactly the choices the database would accept instead of working them out again from roles: the
-- organisations they administer or already coordinate a project for (all of them for platform
-- admins). The function still decides every project started.
create function public.project_lead_organisations()
returns setof public.organisations
language sql
stable
security invoker
set search_path = ''
as $$
  select o.* from public.organisations as o
  where (select private.is_platform_admin())
    -- Asked only of the organisations the person belongs to or acts for, not of every one there is.
    or (o.id in (
          select m.organisation_id from public.organisation_members as m where m.user_id = (select auth.uid())
          union
          select m.organisation_id from public.project_members as m where m.user_id = (select auth.uid()))
        and private.may_lead_projects_for(o.id));
$$;

revoke execute on function public.project_lead_organisations() from public;
grant execute on function public.project_lead_organisations() to authenticated;
