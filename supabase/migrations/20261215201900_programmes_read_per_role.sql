-- Reading programmes, one policy per role, each named for whom it serves: the one
-- it replaces (20261212160000_programmes) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Programmes are readable by everyone" on public.programmes;

create policy "Visitors read the programmes"
  on public.programmes for select to anon
  using (true);

create policy "Signed-in people read the programmes"
  on public.programmes for select to authenticated
  using (true);
