-- Reading event sessions, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130200_event_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Sessions of readable events" on public.event_sessions;

create policy "Visitors read the sessions of events they can read"
  on public.event_sessions for select to anon
  using (exists (select 1 from public.events as e where e.id = event_sessions.event_id));

create policy "Signed-in people read the sessions of events they can read"
  on public.event_sessions for select to authenticated
  using (exists (select 1 from public.events as e where e.id = event_sessions.event_id));
