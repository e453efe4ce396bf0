-- Reading documents, one policy per role, each named for whom it serves: the one
-- it replaces (20261122160000_documents) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "Documents of readable records: public ones, and partner-only on" on public.documents;

create policy "Visitors read public documents of records they can read"
  on public.documents for select to anon
  using (
    (
      (project_id is not null and exists (select 1 from public.projects as p where p.id = project_id))
      or (event_id is not null and exists (select 1 from public.events as e where e.id = event_id))
      or (practice_id is not null and exists (select 1 from public.practices as pr where pr.id = practice_id))
    )
    and (visibility = 'public' or private.is_document_partner_of(project_id, event_id, practice_id))
  );

create policy "Signed-in people read public and their partnership's documents"
  on public.documents for select to authenticated
  using (
    (
      (project_id is not null and exists (select 1 from public.projects as p where p.id = project_id))
      or (event_id is not null and exists (select 1 from public.events as e where e.id = event_id))
      or (practice_id is not null and exists (select 1 from public.practices as pr where pr.id = practice_id))
    )
    and (visibility = 'public' or private.is_document_partner_of(project_id, event_id, practice_id))
  );
