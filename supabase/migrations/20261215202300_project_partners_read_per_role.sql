-- Reading project partners, one policy per role, each named for whom it serves: the one
-- it replaces (20261122140000_project_search) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Partners of readable projects are readable" on public.project_partners;

create policy "Visitors read the partners of projects they can read"
  on public.project_partners for select to anon
  using (exists (select 1 from public.projects as p where p.id = project_id));

create policy "Signed-in people read the partners of projects they can read"
  on public.project_partners for select to authenticated
  using (exists (select 1 from public.projects as p where p.id = project_id));
