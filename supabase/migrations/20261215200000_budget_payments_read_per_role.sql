-- Reading budget payments, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130300_project_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Payments of readable projects are readable" on public.budget_payments;

create policy "Visitors read the payments of projects they can read"
  on public.budget_payments for select to anon
  using (exists (select 1 from public.projects as p where p.id = budget_payments.project_id));

create policy "Signed-in people read the payments of projects they can read"
  on public.budget_payments for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = budget_payments.project_id));
