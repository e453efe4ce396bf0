-- Reading document files, one policy per role, each named for whom it serves: the one
-- it replaces (20261122160000_documents) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Files of readable documents" on public.document_files;

create policy "Visitors read the files of documents they can read"
  on public.document_files for select to anon
  using (exists (select 1 from public.documents as d where d.id = document_id));

create policy "Signed-in people read the files of documents they can read"
  on public.document_files for select to authenticated
  using (exists (select 1 from public.documents as d where d.id = document_id));
