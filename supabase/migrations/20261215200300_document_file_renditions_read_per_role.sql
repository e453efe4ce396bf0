-- Reading document file renditions, one policy per role, each named for whom it serves: the one
-- it replaces (20261122170200_result_documents_and_renditions) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Renditions of readable files" on public.document_file_renditions;

create policy "Visitors read the renditions of files they can read"
  on public.document_file_renditions for select to anon
  using (exists (select 1 from public.document_files as f where f.id = file_id));

create policy "Signed-in people read the renditions of files they can read"
  on public.document_file_renditions for select to authenticated
  using (exists (select 1 from public.document_files as f where f.id = file_id));
