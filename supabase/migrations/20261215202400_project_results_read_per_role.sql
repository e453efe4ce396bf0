-- Reading project results, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130300_project_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Results of readable projects are readable" on public.project_results;

create policy "Visitors read the results of projects they can read"
  on public.project_results for select to anon
  using (exists (select 1 from public.projects as p where p.id = project_results.project_id));

create policy "Signed-in people read the results of projects they can read"
  on public.project_results for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = project_results.project_id));
