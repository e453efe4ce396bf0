-- Reading programme indicators, one policy per role, each named for whom it serves: the one
-- it replaces (20261213100000_programme_indicators) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Programme indicators are readable by everyone" on public.programme_indicators;

create policy "Visitors read the programme indicators"
  on public.programme_indicators for select to anon
  using (true);

create policy "Signed-in people read the programme indicators"
  on public.programme_indicators for select to authenticated
  using (true);
