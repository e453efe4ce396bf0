-- Reading partner country counts, one policy per role, each named for whom it serves: the one
-- it replaces (20261213110000_partner_country_counts) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read the counts of published projects" on public.partner_country_counts;

create policy "Visitors read the counts of published projects"
  on public.partner_country_counts for select to anon
  using (true);

create policy "Signed-in people read the counts of published projects"
  on public.partner_country_counts for select to authenticated
  using (true);
