-- The projects an event can be listed in by the requesting person, as the policy "Coordinators list
-- events they can edit in their projects" on public.project_events decides, so that the event's
-- form offers exactly the choices the database would accept instead of working them out again from
-- roles: for those who may edit the event, the projects they coordinate (all of them for platform
-- admins) that do not list it yet (a second listing is refused by the table's key). The policy still
-- decides every listing.
create function public.event_listing_projects(event uuid)
returns setof public.projects
language sql
stable
security invoker
set search_path = ''
as $$
  select p.* from public.projects as p
  where (
      (select private.is_platform_admin())
      or (p.id in (select private.my_projects()) and private.is_project_coordinator(p.id))
    )
    and (select private.can_edit_event(event))
    and not exists (
      select 1 from public.project_events as pe where pe.event_id = event and pe.project_id = p.id
    );
$$;

revoke execute on function public.event_listing_projects(uuid) from public;
grant execute on function public.event_listing_projects(uuid) to authenticated;
