-- Reading press items, one policy per role, each named for whom it serves: the one
-- it replaces (20261209130300_project_policies_set_based) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Press items of readable projects are readable" on public.press_items;

create policy "Visitors read press items of projects they can read"
  on public.press_items for select to anon
  using (exists (select 1 from public.projects as p where p.id = press_items.project_id));

create policy "Signed-in people read press items of projects they can read"
  on public.press_items for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = press_items.project_id));
