-- What the requesting person belongs to, as sets. A policy that reads
-- `organisation_id in (select private.my_organisations())` runs the function once per statement
-- and checks each row against the set (Supabase's advice for row level security at scale), where
-- `private.is_organisation_member(organisation_id)` ran a query for every row it looked at. A person
-- belongs to a handful of each: `rows 10` tells the planner so (the default guess is 1,000).

create function private.my_organisations()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select m.organisation_id from public.organisation_members as m where m.user_id = (select auth.uid());
$$;

create function private.my_projects()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select m.project_id from public.project_members as m where m.user_id = (select auth.uid());
$$;

-- The projects whose practices the person may write: as coordinator or partner editor.
create function private.my_writing_projects()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select m.project_id from public.project_members as m
  where m.user_id = (select auth.uid()) and m.role in ('coordinator', 'partner_editor');
$$;

-- The events whose partnership the person is in (private.is_event_partner, as a set): those listed
-- in their projects and those their organisations host.
create function private.my_events()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select pe.event_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id
  where m.user_id = (select auth.uid())
  union
  select e.id from public.events as e
  join public.organisation_members as m on m.organisation_id = e.host_organisation_id
  where m.user_id = (select auth.uid());
$$;

revoke execute on function private.my_organisations(), private.my_projects(), private.my_writing_projects(),
  private.my_events() from public;
grant execute on function private.my_organisations(), private.my_projects(), private.my_writing_projects(),
  private.my_events() to anon, authenticated, service_role;
