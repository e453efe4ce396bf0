-- The event editor saves the registration deadline with the other details (null: none).
create or replace function public.save_event(event uuid, seen_version integer, details jsonb, online_url text)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
begin
  update public.events as e set
    kind = (details ->> 'kind')::public.event_kind,
    status = (details ->> 'status')::public.event_status,
    visibility = (details ->> 'visibility')::public.event_visibility,
    time_precision = (details ->> 'time_precision')::public.time_precision,
    title = (details -> 'title')::public.translated_text,
    description = nullif(details -> 'description', 'null'::jsonb)::public.translated_text,
    host_organisation_id = (details ->> 'host_organisation_id')::uuid,
    venue_name = details ->> 'venue_name',
    venue_address = details ->> 'venue_address',
    venue_city = details ->> 'venue_city',
    venue_country = details ->> 'venue_country',
    time_zone = details ->> 'time_zone',
    starts_local = (details ->> 'starts_local')::timestamp,
    ends_local = (details ->> 'ends_local')::timestamp,
    registration_deadline = (details ->> 'registration_deadline')::date,
    version = e.version + 1,
    updated_at = now()
  where e.id = event and e.version = seen_version;
  if not found then
    return false;
  end if;
  if online_url is null then
    delete from public.event_links as l where l.event_id = event;
  else
    insert into public.event_links (event_id, online_url) values (event, online_url)
    on conflict (event_id) do update set online_url = excluded.online_url;
  end if;
  return true;
end;
$$;
