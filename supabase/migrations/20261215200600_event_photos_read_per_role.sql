-- Reading event photos, one policy per role, each named for whom it serves: the one
-- it replaces (20261212150000_event_photos) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Photos of readable documents" on public.event_photos;

create policy "Visitors read the photos of documents they can read"
  on public.event_photos for select to anon
  using (exists (select 1 from public.documents as d where d.id = document_id));

create policy "Signed-in people read the photos of documents they can read"
  on public.event_photos for select to authenticated
  using (exists (select 1 from public.documents as d where d.id = document_id));
