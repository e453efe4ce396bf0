-- Reading project events, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130200_event_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Listings of readable events in readable projects" on public.project_events;

create policy "Visitors read listings of readable events and projects"
  on public.project_events for select to anon
  using (
    exists (select 1 from public.events as e where e.id = project_events.event_id)
    and exists (select 1 from public.projects as p where p.id = project_events.project_id)
  );

create policy "Signed-in people read listings of readable events and projects"
  on public.project_events for select to authenticated
  using (
    exists (select 1 from public.events as e where e.id = project_events.event_id)
    and exists (select 1 from public.projects as p where p.id = project_events.project_id)
  );
