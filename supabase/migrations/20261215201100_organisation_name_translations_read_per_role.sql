-- Reading organisation name translations, one policy per role, each named for whom it serves: the one
-- it replaces (20261208100100_organisation_name_translations) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read organisations' names" on public.organisation_name_translations;

create policy "Visitors read organisations' names"
  on public.organisation_name_translations for select to anon
  using (true);

create policy "Signed-in people read organisations' names"
  on public.organisation_name_translations for select to authenticated
  using (true);
