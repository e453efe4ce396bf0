-- Projects and what belongs to them, read as conditions on sets instead of a function per row:
-- drafts through the reader's own projects (one set per statement), a project's budgets,
-- payments, indicators, results and press items through the projects' own policy, as its
-- partners already are. Who sees what is unchanged.

drop policy "Published projects, and drafts to their partnership" on public.projects;
create policy "Published projects, and drafts to their partnership"
  on public.projects for select to authenticated
  using (is_published or id in (select private.my_projects()) or (select private.is_platform_admin()));

drop policy "The partnership can see who takes part" on public.project_members;
create policy "The partnership can see who takes part"
  on public.project_members for select to authenticated
  using (project_id in (select private.my_projects()) or (select private.is_platform_admin()));

drop policy "Members can see who belongs to their organisation" on public.organisation_members;
create policy "Members can see who belongs to their organisation"
  on public.organisation_members for select to authenticated
  using (organisation_id in (select private.my_organisations()) or (select private.is_platform_admin()));

drop policy "Budgets of readable projects are readable" on public.project_budgets;
create policy "Budgets of readable projects are readable"
  on public.project_budgets for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = project_budgets.project_id));

drop policy "Payments of readable projects are readable" on public.budget_payments;
create policy "Payments of readable projects are readable"
  on public.budget_payments for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = budget_payments.project_id));

drop policy "Indicators of readable projects are readable" on public.project_indicators;
create policy "Indicators of readable projects are readable"
  on public.project_indicators for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = project_indicators.project_id));

drop policy "Results of readable projects are readable" on public.project_results;
create policy "Results of readable projects are readable"
  on public.project_results for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = project_results.project_id));

drop policy "Press items of readable projects are readable" on public.press_items;
create policy "Press items of readable projects are readable"
  on public.press_items for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = press_items.project_id));
