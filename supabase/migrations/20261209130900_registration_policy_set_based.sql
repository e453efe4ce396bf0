-- Who reads an event's registrations, as sets read once per statement instead of
-- private.can_edit_event and private.may_register_for for every registration. Unchanged: the
-- event's editors read them all, and those who register an organisation's people read its own.

-- The events the person edits (private.can_edit_event as a set, platform admins apart): those
-- listed in projects they coordinate and those hosted by organisations they administer.
create function private.my_edited_events()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select pe.event_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id
  where m.user_id = (select auth.uid()) and m.role = 'coordinator'
  union
  select e.id from public.events as e
  join public.organisation_members as m on m.organisation_id = e.host_organisation_id
  where m.user_id = (select auth.uid()) and m.role = 'admin';
$$;

create function private.my_administered_organisations()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select m.organisation_id from public.organisation_members as m
  where m.user_id = (select auth.uid()) and m.role = 'admin';
$$;

-- The delegations the person registers people for by acting for the organisation as coordinator
-- or partner editor in a project that lists the event.
create function private.my_registering_delegations()
returns table (event_id uuid, organisation_id uuid)
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select pe.event_id, m.organisation_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id
  where m.user_id = (select auth.uid()) and m.role in ('coordinator', 'partner_editor');
$$;

revoke execute on function private.my_edited_events(), private.my_administered_organisations(),
  private.my_registering_delegations() from public;
grant execute on function private.my_edited_events(), private.my_administered_organisations(),
  private.my_registering_delegations() to anon, authenticated, service_role;

drop policy "Editors and the own organisation's registrants read registrations" on public.event_registrations;
create policy "Editors and the own organisation's registrants read registrations"
  on public.event_registrations for select to authenticated
  using (
    event_id in (select private.my_edited_events())
    or organisation_id in (select private.my_administered_organisations())
    or (event_id, organisation_id) in (select r.event_id, r.organisation_id from private.my_registering_delegations() as r)
    or (select private.is_platform_admin())
  );
