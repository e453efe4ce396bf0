-- Reading content locales, one policy per role, each named for whom it serves: the one
-- it replaces (20261122090200_content_locales) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read the content locales" on public.content_locales;

create policy "Visitors read the content locales"
  on public.content_locales for select to anon
  using (true);

create policy "Signed-in people read the content locales"
  on public.content_locales for select to authenticated
  using (true);
