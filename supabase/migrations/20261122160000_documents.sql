-- Documents: files attached to a project, an event or a good practice ("final result: LV / EN"),
-- public or for the partnership only.
--
-- A document is the record (title, kind, who may read it); its files are one per language (or one
-- for "any language"). The bytes themselves live here, in document_files.bytes, read and written
-- through PostgREST: the same row level security that protects the document protects its bytes,
-- backups hold everything, and the local stack tests the path production uses. (The server reads
-- and writes bytes in one module, src/lib/server/files.ts, so that large files can move to object
-- storage later without touching anything else.)
--
-- Owners: exactly one of project_id, event_id, practice_id. Project results (another migration) can
-- own documents later by adding a result_id column and replacing the documents_one_owner check and
-- the helpers below; nothing here refers to them yet.

create type public.document_kind as enum ('result', 'report', 'agenda', 'presentation', 'photo', 'other');
create type public.document_visibility as enum ('public', 'partners');

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  project_id uuid references public.projects (id) on delete cascade,
  event_id uuid references public.events (id) on delete cascade,
  practice_id uuid references public.practices (id) on delete cascade,
  title public.translated_text not null,
  kind public.document_kind not null default 'other',
  visibility public.document_visibility not null default 'partners',
  position integer not null default 0,
  created_by uuid references public.users (id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint documents_one_owner check (num_nonnulls(project_id, event_id, practice_id) = 1)
);

create index documents_project_id_idx on public.documents (project_id) where project_id is not null;
create index documents_event_id_idx on public.documents (event_id) where event_id is not null;
create index documents_practice_id_idx on public.documents (practice_id) where practice_id is not null;
create index documents_created_by_idx on public.documents (created_by);
alter table public.documents enable row level security;

-- The file types the portal accepts; the server checks the bytes say the same (src/lib/file-types.ts).
create function private.is_document_content_type(value text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select value in (
    'application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation', 'text/plain', 'text/csv'
  );
$$;

grant execute on function private.is_document_content_type(text) to anon, authenticated, service_role;

create table public.document_files (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  -- The language of this variant; null for a file that serves every language.
  locale text references public.content_locales (code),
  file_name text not null check (
    length(btrim(file_name)) between 1 and 255
    and file_name !~ '[\x00-\x1f\x7f/\\]'
  ),
  content_type text not null check (private.is_document_content_type(content_type)),
  bytes bytea not null,
  -- Computed from the bytes, so that they can never disagree with them. 20 MiB per file.
  byte_size integer generated always as (octet_length(bytes)) stored
    constraint document_files_size_limit check (byte_size between 1 and 20971520),
  sha256 bytea generated always as (sha256(bytes)) stored,
  -- Whose storage quota the file counts against: the uploader's organisation (set by a trigger).
  organisation_id uuid references public.organisations (id) on delete set null,
  created_by uuid references public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint document_files_one_per_language unique nulls not distinct (document_id, locale)
);

create index document_files_organisation_id_idx on public.document_files (organisation_id);
create index document_files_created_by_idx on public.document_files (created_by);
alter table public.document_files enable row level security;

-- Who may do what -----------------------------------------------------------------------------

-- The partnership of an owner: a project's members; an event's partners; a practice's writers.
-- Takes the row's columns, so that a policy can judge a row being inserted.
create function private.is_document_partner_of(project uuid, event uuid, practice uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_platform_admin()
    or (project is not null and private.is_project_member(project))
    or (event is not null and private.is_event_partner(event))
    or (practice is not null and private.can_write_practice(practice));
$$;

-- Who adds, changes and removes documents: a project's coordinators and partner editors; an
-- event's editors; a practice's writers (and platform admins).
create function private.may_write_document_of(project uuid, event uuid, practice uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_platform_admin()
    or (project is not null and coalesce(private.project_role(project) in ('coordinator', 'partner_editor'), false))
    or (event is not null and private.can_edit_event(event))
    or (practice is not null and private.can_write_practice(practice));
$$;

create function private.can_write_document(document uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select private.may_write_document_of(d.project_id, d.event_id, d.practice_id)
    from public.documents as d where d.id = document), false);
$$;

revoke execute on function private.is_document_partner_of(uuid, uuid, uuid), private.may_write_document_of(uuid, uuid, uuid),
  private.can_write_document(uuid) from public;
grant execute on function private.is_document_partner_of(uuid, uuid, uuid), private.may_write_document_of(uuid, uuid, uuid),
  private.can_write_document(uuid) to anon, authenticated, service_role;

-- Policies ------------------------------------------------------------------------------------

-- Readable when its owner is readable to the reader (the owner's own policies decide: the
-- subqueries run under row level security) and it is public or the reader is in the partnership.
create policy "Documents of readable records: public ones, and partner-only ones to the partnership"
  on public.documents for select to anon, authenticated
  using (
    (
      (project_id is not null and exists (select 1 from public.projects as p where p.id = project_id))
      or (event_id is not null and exists (select 1 from public.events as e where e.id = event_id))
      or (practice_id is not null and exists (select 1 from public.practices as pr where pr.id = practice_id))
    )
    and (visibility = 'public' or private.is_document_partner_of(project_id, event_id, practice_id))
  );

create policy "Writers add documents in their own name"
  on public.documents for insert to authenticated
  with check (created_by = (select auth.uid()) and private.may_write_document_of(project_id, event_id, practice_id));

create policy "Writers change documents"
  on public.documents for update to authenticated
  using (private.may_write_document_of(project_id, event_id, practice_id))
  with check (private.may_write_document_of(project_id, event_id, practice_id));

create policy "Writers remove documents"
  on public.documents for delete to authenticated
  using (private.may_write_document_of(project_id, event_id, practice_id));

revoke all on public.documents from anon, authenticated;
grant select on public.documents to anon, authenticated;
grant insert (id, project_id, event_id, practice_id, title, kind, visibility, position, created_by) on public.documents to authenticated;
-- Never the owner: a document stays with its record.
grant update (title, kind, visibility, position, version, updated_at) on public.documents to authenticated;
grant delete on public.documents to authenticated;

-- A file is exactly as readable as its document (the subquery runs under the documents' policies).
create policy "Files of readable documents"
  on public.document_files for select to anon, authenticated
  using (exists (select 1 from public.documents as d where d.id = document_id));

create policy "Writers add files in their own name"
  on public.document_files for insert to authenticated
  with check (created_by = (select auth.uid()) and private.can_write_document(document_id));

create policy "Writers replace files"
  on public.document_files for update to authenticated
  using (private.can_write_document(document_id))
  with check (private.can_write_document(document_id));

create policy "Writers remove files"
  on public.document_files for delete to authenticated
  using (private.can_write_document(document_id));

revoke all on public.document_files from anon, authenticated;
grant select on public.document_files to anon, authenticated;
-- Never organisation_id (a trigger sets it), nor the sizes and digest (computed from the bytes).
grant insert (id, document_id, locale, file_name, content_type, bytes, created_by) on public.document_files to authenticated;
-- Replacing a file keeps its document and language.
grant update (file_name, content_type, bytes, updated_at) on public.document_files to authenticated;
grant delete on public.document_files to authenticated;

-- Storage quota per organisation ---------------------------------------------------------------

-- The organisation a new file counts against: the one the uploader acts for with the owner (their
-- partner organisation in the project, in a project that lists the event, the practice's own
-- organisation), else any organisation they belong to; null for someone who belongs to none (a
-- platform admin).
create function private.set_document_file_organisation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  uploader uuid := coalesce(new.created_by, (select auth.uid()));
  document public.documents;
begin
  if tg_op = 'UPDATE' then
    new.organisation_id := old.organisation_id;
    return new;
  end if;
  select * into document from public.documents as d where d.id = new.document_id;
  new.organisation_id := coalesce(
    (select m.organisation_id from public.project_members as m
      where m.project_id = document.project_id and m.user_id = uploader),
    (select m.organisation_id from public.project_events as pe
      join public.project_members as m on m.project_id = pe.project_id
      where pe.event_id = document.event_id and m.user_id = uploader
      order by m.created_at limit 1),
    (select p.organisation_id from public.practices as p
      join public.organisation_members as om on om.organisation_id = p.organisation_id
      where p.id = document.practice_id and om.user_id = uploader),
    (select m.organisation_id from public.practices as p
      join public.project_members as m on m.project_id = p.project_id
      where p.id = document.practice_id and m.user_id = uploader),
    (select om.organisation_id from public.organisation_members as om
      where om.user_id = uploader order by om.created_at, om.organisation_id limit 1)
  );
  return new;
end;
$$;

-- What an organisation may store in all: 200 MiB.
create function private.document_quota_bytes()
returns bigint
language sql
immutable
set search_path = ''
as $$
  select 209715200::bigint;
$$;

-- Refuses a file that would take its organisation over the quota, with PT413 (PostgREST answers
-- HTTP 413). Files of one organisation are checked one at a time, so two uploads at once cannot
-- both squeeze under the limit.
create function private.check_document_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  used bigint;
begin
  if new.organisation_id is null then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('document_quota:' || new.organisation_id::text, 0));
  select coalesce(sum(f.byte_size), 0) into used
  from public.document_files as f
  where f.organisation_id = new.organisation_id and f.id <> new.id;
  if used + octet_length(new.bytes) > private.document_quota_bytes() then
    raise exception 'the organisation''s storage quota is used up'
      using errcode = 'PT413',
        detail = format('used %s of %s bytes', used, private.document_quota_bytes()),
        hint = 'remove files the organisation no longer needs';
  end if;
  return new;
end;
$$;

revoke execute on function private.set_document_file_organisation(), private.document_quota_bytes(),
  private.check_document_quota() from public;

-- Triggers fire in name order: the organisation is known before the quota is checked.
create trigger document_file_1_organisation
  before insert or update on public.document_files
  for each row execute function private.set_document_file_organisation();

create trigger document_file_2_quota
  before insert or update of bytes on public.document_files
  for each row execute function private.check_document_quota();

-- Raw bytes for downloads --------------------------------------------------------------------

-- PostgREST 12 returns raw bytes (no JSON, no hex) from a function whose result is a domain named
-- after the media type ("media type handlers"). Runs with the caller's rights: a file the caller
-- may not read is simply not found.
create domain public."application/octet-stream" as bytea;

create function public.document_file_bytes(file uuid)
returns public."application/octet-stream"
language sql
stable
security invoker
set search_path = ''
as $$
  select f.bytes from public.document_files as f where f.id = file;
$$;

revoke execute on function public.document_file_bytes(uuid) from public;
grant execute on function public.document_file_bytes(uuid) to anon, authenticated;
