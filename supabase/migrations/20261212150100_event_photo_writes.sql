-- Adding and changing gallery photos, each in one transaction (20261212150000_event_photos.sql).

-- Adds photos to an event: [{caption, credit, consent, file_name, content_type, content, renditions}]
-- (content and renditions' bytes as bytea's hex text, renditions as public.save_document_file takes
-- them). Each becomes a document of the event, after its last photo, with its file and renditions and
-- its gallery row: all of them or, on any refusal (rights, type, size, quota), none. A photo comes
-- with renditions or not at all: the gallery shows them. Runs with the caller's rights. Returns the
-- photos' ids (their documents'), in the order given.
create function public.add_event_photos(event uuid, author uuid, photos jsonb)
returns setof uuid
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  photo jsonb;
  added uuid;
  next_position integer := coalesce((select max(d.position) from public.documents as d
    where d.event_id = add_event_photos.event and d.kind = 'photo'), 0);
begin
  for photo in select value from jsonb_array_elements(photos) loop
    if jsonb_array_length(coalesce(photo -> 'renditions', '[]')) = 0 then
      raise exception 'a gallery photo needs its renditions' using errcode = '22023';
    end if;
    next_position := next_position + 1;
    insert into public.documents (event_id, title, kind, visibility, position, created_by)
    values (add_event_photos.event, (photo -> 'caption')::public.translated_text, 'photo',
      case when photo ->> 'consent' = 'unconfirmed' then 'partners' else 'public' end::public.document_visibility,
      next_position, add_event_photos.author)
    returning id into added;
    perform public.save_document_file(added, null, photo ->> 'file_name', photo ->> 'content_type',
      (photo ->> 'content')::bytea, add_event_photos.author, photo -> 'renditions');
    insert into public.event_photos (document_id, event_id, credit, consent)
    values (added, add_event_photos.event, coalesce(photo ->> 'credit', ''), (photo ->> 'consent')::public.photo_consent);
    return next added;
  end loop;
end;
$$;

revoke execute on function public.add_event_photos(uuid, uuid, jsonb) from public;
grant execute on function public.add_event_photos(uuid, uuid, jsonb) to authenticated;

-- Changes a photo's caption, credit and consent together; false when the caller may not (or it is gone).
create function public.update_event_photo(photo uuid, caption public.translated_text, credit text, consent public.photo_consent)
returns boolean
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  -- The consent first: a photo confirmed now may become public with it.
  update public.event_photos as p
  set credit = update_event_photo.credit, consent = update_event_photo.consent, updated_at = now()
  where p.document_id = update_event_photo.photo;
  if not found then
    return false;
  end if;
  update public.documents as d
  set title = update_event_photo.caption, version = d.version + 1, updated_at = now()
  where d.id = update_event_photo.photo;
  return found;
end;
$$;

revoke execute on function public.update_event_photo(uuid, public.translated_text, text, public.photo_consent) from public;
grant execute on function public.update_event_photo(uuid, public.translated_text, text, public.photo_consent) to authenticated;
