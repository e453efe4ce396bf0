-- Reading project indicators, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130300_project_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Indicators of readable projects are readable" on public.project_indicators;

create policy "Visitors read the indicators of projects they can read"
  on public.project_indicators for select to anon
  using (exists (select 1 from public.projects as p where p.id = project_indicators.project_id));

create policy "Signed-in people read the indicators of projects they can read"
  on public.project_indicators for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = project_indicators.project_id));
