-- The events' read policies as conditions on sets, not a function call per row: an event is read
-- through private.public_events (an index probe) or the reader's own events (one set per
-- statement); its sessions and listings through the events' own policy. Who sees what is unchanged.

drop policy "Readable events" on public.events;

create policy "Anyone reads public events of published projects"
  on public.events for select to anon
  using (exists (select 1 from private.public_events as pe where pe.event_id = events.id));

create policy "Public events of published projects, and the partnership's own"
  on public.events for select to authenticated
  using (
    exists (select 1 from private.public_events as pe where pe.event_id = events.id)
    or id in (select private.my_events())
    or (select private.is_platform_admin())
  );

drop policy "Listings of readable events in readable projects" on public.project_events;
create policy "Listings of readable events in readable projects"
  on public.project_events for select to anon, authenticated
  using (
    exists (select 1 from public.events as e where e.id = project_events.event_id)
    and exists (select 1 from public.projects as p where p.id = project_events.project_id)
  );

drop policy "Sessions of readable events" on public.event_sessions;
create policy "Sessions of readable events"
  on public.event_sessions for select to anon, authenticated
  using (exists (select 1 from public.events as e where e.id = event_sessions.event_id));

-- An event's editors are in its partnership too (coordinators of a project listing it, admins of
-- its host), or platform admins.
drop policy "The partnership reads the online link" on public.event_links;
create policy "The partnership reads the online link"
  on public.event_links for select to authenticated
  using (event_id in (select private.my_events()) or (select private.is_platform_admin()));

drop policy "The partnership reads delegations, members their own organisation's" on public.event_delegations;
create policy "The partnership reads delegations, members their own organisation's"
  on public.event_delegations for select to authenticated
  using (
    event_id in (select private.my_events())
    or organisation_id in (select private.my_organisations())
    or (select private.is_platform_admin())
  );
