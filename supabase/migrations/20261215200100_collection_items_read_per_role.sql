-- Reading collection items, one policy per role, each named for whom it serves: the one
-- it replaces (20261122150000_practices) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Items of readable collections are readable" on public.collection_items;

create policy "Visitors read the items of collections they can read"
  on public.collection_items for select to anon
  using (exists (select 1 from public.collections as c where c.id = collection_id));

create policy "Signed-in people read the items of collections they can read"
  on public.collection_items for select to authenticated
  using (exists (select 1 from public.collections as c where c.id = collection_id));
