-- Reading list facets, one policy per role, each named for whom it serves: the one
-- it replaces (20261209140000_list_facets) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read what published records have" on public.list_facets;

create policy "Visitors read what published records have"
  on public.list_facets for select to anon
  using (true);

create policy "Signed-in people read what published records have"
  on public.list_facets for select to authenticated
  using (true);
