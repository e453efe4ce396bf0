-- Reading organisation logos, one policy per role, each named for whom it serves: the one
-- it replaces (20261212170200_organisation_logos) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Logos of readable organisations" on public.organisation_logos;

create policy "Visitors read the logos of organisations they can read"
  on public.organisation_logos for select to anon
  using (exists (select 1 from public.organisations as o where o.id = organisation_id));

create policy "Signed-in people read the logos of organisations they can read"
  on public.organisation_logos for select to authenticated
  using (exists (select 1 from public.organisations as o where o.id = organisation_id));
