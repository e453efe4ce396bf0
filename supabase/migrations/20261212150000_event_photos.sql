-- An event's gallery: photos kept as evidence for funders, each with a caption (translatable; it is
-- the photo's alternative text too), the photographer's credit, and a consent mark.
--
-- A photo is a document of its event (kind 'photo', its caption the document's title) with one file
-- and that file's renditions: the bytes, their size limits, the quota, who reads and who writes them
-- are the documents' (20261122160000_documents.sql, 20261122170200_result_documents_and_renditions.sql).
-- This table adds what only a gallery photo has, and is exactly as readable as its document.
--
-- Consent: 'given' (the people who can be recognised agreed), 'nobody_recognisable', or
-- 'unconfirmed'. A photo whose consent is not confirmed is for the partnership only: its document
-- follows the mark (partners-only while unconfirmed, public once confirmed), and the database refuses
-- making such a document public by any other way. Funder reports show confirmed photos only.

create type public.photo_consent as enum ('given', 'nobody_recognisable', 'unconfirmed');

-- The target of the photos' foreign key: a photo's document is one of its own event's.
alter table public.documents add constraint documents_id_event_key unique (id, event_id);

create table public.event_photos (
  document_id uuid primary key,
  event_id uuid not null references public.events (id) on delete cascade,
  -- Who took it, as it is to be printed beside it ("Photo: …"); may be empty.
  credit text not null default '' check (length(credit) <= 200 and credit !~ '[\x00-\x1f\x7f]'),
  consent public.photo_consent not null default 'unconfirmed',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint event_photos_document_fkey foreign key (document_id, event_id)
    references public.documents (id, event_id) on delete cascade
);

create index event_photos_event_id_idx on public.event_photos (event_id);
alter table public.event_photos enable row level security;

-- Readable with its document (the subquery runs under the documents' policies: the event readable,
-- and the photo public or the reader in the partnership).
create policy "Photos of readable documents"
  on public.event_photos for select to anon, authenticated
  using (exists (select 1 from public.documents as d where d.id = document_id));

create policy "Event editors add photos"
  on public.event_photos for insert to authenticated
  with check (private.may_write_document_of(null, event_id, null));

create policy "Event editors change photos"
  on public.event_photos for update to authenticated
  using (private.may_write_document_of(null, event_id, null))
  with check (private.may_write_document_of(null, event_id, null));

create policy "Event editors remove photos"
  on public.event_photos for delete to authenticated
  using (private.may_write_document_of(null, event_id, null));

revoke all on public.event_photos from anon, authenticated;
grant select on public.event_photos to anon, authenticated;
grant insert (document_id, event_id, credit, consent) on public.event_photos to authenticated;
-- Never the document or the event: a photo stays where it was added.
grant update (credit, consent, updated_at) on public.event_photos to authenticated;
grant delete on public.event_photos to authenticated;

-- The document follows the consent mark. With the writer's rights: whoever may change the photo may
-- change its document (both are the event's editors').
create function private.photo_visibility_follows_consent()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  update public.documents as d
  set visibility = case when new.consent = 'unconfirmed' then 'partners' else 'public' end::public.document_visibility
  where d.id = new.document_id
    and d.visibility is distinct from case when new.consent = 'unconfirmed' then 'partners' else 'public' end::public.document_visibility;
  return null;
end;
$$;

revoke execute on function private.photo_visibility_follows_consent() from public;

create trigger event_photo_visibility
  after insert or update of consent on public.event_photos
  for each row execute function private.photo_visibility_follows_consent();

-- Whatever the way (a document's own update), a photo without confirmed consent never becomes public.
-- As the owner, so that the check sees the photo whoever writes.
create function private.refuse_public_unconfirmed_photo()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.visibility = 'public'
    and exists (select 1 from public.event_photos as p where p.document_id = new.id and p.consent = 'unconfirmed') then
    raise exception 'a photo whose consent is not confirmed is for the partnership only'
      using errcode = '23514', constraint = 'event_photos_unconfirmed_not_public';
  end if;
  return new;
end;
$$;

revoke execute on function private.refuse_public_unconfirmed_photo() from public;

create trigger document_unconfirmed_photo_not_public
  before update of visibility on public.documents
  for each row execute function private.refuse_public_unconfirmed_photo();
