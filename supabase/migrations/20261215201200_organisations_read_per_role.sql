-- Reading organisations, one policy per role, each named for whom it serves: the one
-- it replaces (20261122100200_organisations) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read organisations" on public.organisations;

create policy "Visitors read organisations"
  on public.organisations for select to anon
  using (true);

create policy "Signed-in people read organisations"
  on public.organisations for select to authenticated
  using (true);
