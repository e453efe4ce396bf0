-- Reading practice publications, one policy per role, each named for whom it serves: the one
-- it replaces (20261122150000_practices) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Anyone can read what was published" on public.practice_publications;

create policy "Visitors read what was published"
  on public.practice_publications for select to anon
  using (true);

create policy "Signed-in people read what was published"
  on public.practice_publications for select to authenticated
  using (true);
