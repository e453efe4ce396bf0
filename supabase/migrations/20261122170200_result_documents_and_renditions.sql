-- Documents of a project's result statements and press items, and web-sized renditions of images.
--
-- A result statement or a press item is part of its project, so its documents are the project's
-- documents, narrowed to that part: such a document keeps project_id (its owner) and names the part
-- in result_id or press_item_id. Every rule of a project's documents therefore holds for it as it
-- stands -- who reads public and partner-only ones, who adds, changes and removes them, whose quota
-- its files count against -- because the helpers, policies and triggers of 20261122160000_documents.sql
-- judge a document by its project_id; none of them needs to change. Each part's foreign key includes
-- project_id, so the database refuses a document of one project for another project's result.

-- The parts a document can name, with their project (the target of the foreign keys below).
alter table public.project_results add constraint project_results_id_project_key unique (id, project_id);
alter table public.press_items add constraint press_items_id_project_key unique (id, project_id);

alter table public.documents
  add column result_id uuid,
  add column press_item_id uuid,
  -- Removing a result or press item keeps its documents: they fall back to the project (only the
  -- part's column is cleared, never project_id), so that nobody's upload goes with one click.
  add constraint documents_result_fkey foreign key (result_id, project_id)
    references public.project_results (id, project_id) on delete set null (result_id),
  add constraint documents_press_item_fkey foreign key (press_item_id, project_id)
    references public.press_items (id, project_id) on delete set null (press_item_id),
  -- One owner, as before; at most one part of it, and only a project has parts. (A foreign key of
  -- two columns is not checked while one of them is null: project_id must be there.)
  drop constraint documents_one_owner,
  add constraint documents_one_owner check (
    num_nonnulls(project_id, event_id, practice_id) = 1
    and num_nonnulls(result_id, press_item_id) <= 1
    and (project_id is not null or num_nonnulls(result_id, press_item_id) = 0)
  );

create index documents_result_id_idx on public.documents (result_id) where result_id is not null;
create index documents_press_item_id_idx on public.documents (press_item_id) where press_item_id is not null;

-- Chosen when the document is added, by whoever may add the project's documents; never changed
-- after (the update grant names no owner or part column).
grant insert (result_id, press_item_id) on public.documents to authenticated;

-- Renditions ----------------------------------------------------------------------------------
--
-- An uploaded image (PNG, JPEG, GIF, WebP) gets web-sized copies, made on the server when it is
-- saved (src/lib/server/files.ts): 'web' fits in 1600 x 1600 pixels, 'thumb' in 400 x 400, both
-- WebP, turned upright and without any metadata (no EXIF, so no camera position). They are kept
-- beside the file, exactly as readable as it, written by whoever may write it, removed with it and
-- whenever its bytes are replaced. They count toward the organisation's storage quota like the file.

create table public.document_file_renditions (
  file_id uuid not null references public.document_files (id) on delete cascade,
  name text not null check (name in ('web', 'thumb')),
  content_type text not null check (content_type = 'image/webp'),
  bytes bytea not null,
  byte_size integer generated always as (octet_length(bytes)) stored
    constraint document_file_renditions_size_limit check (byte_size between 1 and 4194304),
  width integer not null,
  height integer not null,
  created_at timestamptz not null default now(),
  primary key (file_id, name),
  constraint document_file_renditions_fit check (
    width >= 1 and height >= 1 and greatest(width, height) <= case name when 'web' then 1600 else 400 end
  )
);

alter table public.document_file_renditions enable row level security;

-- Who may write a file: whoever may write its document.
create function private.can_write_document_file(file uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select private.can_write_document(f.document_id) from public.document_files as f where f.id = file), false);
$$;

revoke execute on function private.can_write_document_file(uuid) from public;
grant execute on function private.can_write_document_file(uuid) to authenticated;

-- Exactly as readable as the file (the subquery runs under the files' and documents' policies).
create policy "Renditions of readable files"
  on public.document_file_renditions for select to anon, authenticated
  using (exists (select 1 from public.document_files as f where f.id = file_id));

create policy "Writers of the file add its renditions"
  on public.document_file_renditions for insert to authenticated
  with check (private.can_write_document_file(file_id));

create policy "Writers of the file remove its renditions"
  on public.document_file_renditions for delete to authenticated
  using (private.can_write_document_file(file_id));

-- Never changed in place: a new file brings new renditions.
revoke all on public.document_file_renditions from anon, authenticated;
grant select on public.document_file_renditions to anon, authenticated;
-- Never the size (computed from the bytes).
grant insert (file_id, name, content_type, bytes, width, height) on public.document_file_renditions to authenticated;
grant delete on public.document_file_renditions to authenticated;

-- A file whose bytes change loses the renditions of the old bytes, however it was changed. As the
-- owner: the file's writer may remove them anyway; this way none is ever left behind.
create function private.drop_stale_renditions()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.document_file_renditions as r where r.file_id = new.id;
  return null;
end;
$$;

revoke execute on function private.drop_stale_renditions() from public;

create trigger document_file_3_stale_renditions
  after update of bytes on public.document_files
  for each row execute function private.drop_stale_renditions();

-- The storage quota, renditions included --------------------------------------------------------

-- Refuses, with PT413, to add `adding` bytes for an organisation whose files and renditions would
-- then exceed its quota. `replacing` is a file being replaced: its old bytes and renditions are
-- about to go and do not count. One organisation's uploads are checked one at a time.
create function private.refuse_over_document_quota(organisation uuid, replacing uuid, adding bigint)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  used bigint;
begin
  if organisation is null then
    return;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('document_quota:' || organisation::text, 0));
  select coalesce(sum(f.byte_size), 0)
      + coalesce((select sum(r.byte_size) from public.document_file_renditions as r
          join public.document_files as rf on rf.id = r.file_id
          where rf.organisation_id = organisation and rf.id is distinct from replacing), 0)
    into used
  from public.document_files as f
  where f.organisation_id = organisation and f.id is distinct from replacing;
  if used + adding > private.document_quota_bytes() then
    raise exception 'the organisation''s storage quota is used up'
      using errcode = 'PT413',
        detail = format('used %s of %s bytes', used, private.document_quota_bytes()),
        hint = 'remove files the organisation no longer needs';
  end if;
end;
$$;

-- The files' quota trigger, now counting renditions too (same trigger, same answer).
create or replace function private.check_document_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refuse_over_document_quota(new.organisation_id, new.id, octet_length(new.bytes));
  return new;
end;
$$;

-- A rendition counts against the quota of its file's organisation.
create function private.check_document_rendition_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refuse_over_document_quota(
    (select f.organisation_id from public.document_files as f where f.id = new.file_id), null, octet_length(new.bytes)
  );
  return new;
end;
$$;

revoke execute on function private.refuse_over_document_quota(uuid, uuid, bigint), private.check_document_rendition_quota() from public;

create trigger document_file_rendition_quota
  before insert on public.document_file_renditions
  for each row execute function private.check_document_rendition_quota();

-- Saving a file with its renditions ---------------------------------------------------------------

-- Stores the file of a document in a language (null: any language), replacing the one there, with
-- its renditions ([{name, content_type, bytes, width, height}], bytes as bytea's hex text): all of
-- it or, on any refusal (rights, type, size, quota), nothing. Runs with the caller's rights: the
-- policies decide every row. Returns the file's id.
create function public.save_document_file(
  document uuid, language text, file_name text, content_type text, content bytea, author uuid, renditions jsonb default '[]'
)
returns uuid
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  saved uuid;
begin
  update public.document_files as f
  set file_name = save_document_file.file_name, content_type = save_document_file.content_type,
    bytes = save_document_file.content, updated_at = now()
  where f.document_id = save_document_file.document and f.locale is not distinct from save_document_file.language
  returning f.id into saved;
  if saved is null then
    insert into public.document_files (document_id, locale, file_name, content_type, bytes, created_by)
    values (save_document_file.document, save_document_file.language, save_document_file.file_name,
      save_document_file.content_type, save_document_file.content, save_document_file.author)
    returning id into saved;
  end if;
  insert into public.document_file_renditions (file_id, name, content_type, bytes, width, height)
  select saved, r.name, r.content_type, r.bytes, r.width, r.height
  from jsonb_to_recordset(coalesce(save_document_file.renditions, '[]')) as r(name text, content_type text, bytes bytea, width integer, height integer);
  return saved;
end;
$$;

revoke execute on function public.save_document_file(uuid, text, text, text, bytea, uuid, jsonb) from public;
grant execute on function public.save_document_file(uuid, text, text, text, bytea, uuid, jsonb) to authenticated;

-- A rendition's raw bytes ('web' or 'thumb'), like public.document_file_bytes: with the caller's
-- rights, so that one the caller may not read is simply not found.
create function public.document_file_rendition_bytes(file uuid, size text)
returns public."application/octet-stream"
language sql
stable
security invoker
set search_path = ''
as $$
  select r.bytes from public.document_file_renditions as r where r.file_id = file and r.name = size;
$$;

revoke execute on function public.document_file_rendition_bytes(uuid, text) from public;
grant execute on function public.document_file_rendition_bytes(uuid, text) to anon, authenticated;
