-- The language of each registered person who attended an event, where an account has their
-- registration's e-mail address: their certificate of attendance is printed in it. For the event's
-- editors only (they print the certificates); anyone else gets no rows.
create function private.attendee_locales(event uuid)
returns table (registration_id uuid, locale text)
language sql
stable
security definer
set search_path = ''
as $$
  select distinct r.id, u.preferred_locale
  from public.event_day_attendance as a
  join public.event_registrations as r on r.id = a.registration_id
  join public.users as u on u.email = lower(r.email)
  where a.event_id = event and r.erased_at is null and private.can_edit_event(event);
$$;

revoke execute on function private.attendee_locales(uuid) from public;
grant execute on function private.attendee_locales(uuid) to authenticated;

create function public.attendee_locales(event uuid)
returns table (registration_id uuid, locale text)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.attendee_locales(event);
$$;

revoke execute on function public.attendee_locales(uuid) from public, anon;
grant execute on function public.attendee_locales(uuid) to authenticated;
