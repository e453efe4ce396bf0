-- Reading unnamed partners, one policy per role, each named for whom it serves: the one
-- it replaces (20261122140000_project_search) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Unnamed partners of readable projects are readable" on public.unnamed_partners;

create policy "Visitors read unnamed partners of readable projects"
  on public.unnamed_partners for select to anon
  using (exists (select 1 from public.projects as p where p.id = project_id));

create policy "Signed-in people read unnamed partners of readable projects"
  on public.unnamed_partners for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = project_id));
