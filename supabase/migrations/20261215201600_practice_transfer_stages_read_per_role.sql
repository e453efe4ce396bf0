-- Reading practice transfer stages, one policy per role, each named for whom it serves: the one
-- it replaces (20261122150000_practices) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Stages of readable transfers are readable" on public.practice_transfer_stages;

create policy "Visitors read the stages of transfers they can read"
  on public.practice_transfer_stages for select to anon
  using (exists (select 1 from public.practice_transfers as t where t.id = transfer_id));

create policy "Signed-in people read the stages of transfers they can read"
  on public.practice_transfer_stages for select to authenticated
  using (exists (select 1 from public.practice_transfers as t where t.id = transfer_id));
