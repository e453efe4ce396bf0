-- Reading practice organisations, one policy per role, each named for whom it serves: the one
-- it replaces (20261122150000_practices) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Organisations of readable practices are readable" on public.practice_organisations;

create policy "Visitors read who took part in practices they can read"
  on public.practice_organisations for select to anon
  using (exists (select 1 from public.practices as p where p.id = practice_id));

create policy "Signed-in people read who took part in practices they can read"
  on public.practice_organisations for select to authenticated
  using (exists (select 1 from public.practices as p where p.id = practice_id));
