-- Lowering an organisation's places moves its last registered people to the waiting list
-- (private.fill_places_after_change). The host confirms the people named in a warning; this
-- lowers the places only if everyone who would move now is among them, with the delegation row
-- locked as registering locks it, so that nobody registered between the warning and the
-- confirmation moves unseen. Otherwise nothing changes and it answers who would move (in the
-- trigger's order), for the warning to be given again. Runs with the caller's rights: row level
-- security decides who may change places and read the names.
create function public.lower_places(event uuid, organisation uuid, places integer, confirmed uuid[])
returns table (registration_id uuid, full_name text)
language plpgsql
security invoker
set search_path = ''
as $$
declare
  moving uuid[];
begin
  perform 1 from public.event_delegations as d
  where d.event_id = lower_places.event and d.organisation_id = lower_places.organisation
  for update;
  if not found then
    raise exception 'no such delegation' using errcode = 'PT404';
  end if;
  select coalesce(array_agg(x.id order by x.created_at, x.id), '{}') into moving
  from (
    select r.id, r.created_at from public.event_registrations as r
    where r.event_id = lower_places.event and r.organisation_id = lower_places.organisation and r.status = 'registered'
    order by r.created_at, r.id
    offset lower_places.places
  ) as x;
  if not (moving <@ coalesce(confirmed, '{}')) then
    return query
      select r.id, r.full_name from public.event_registrations as r
      where r.id = any(moving)
      order by r.created_at, r.id;
    return;
  end if;
  update public.event_delegations as d set places = lower_places.places
  where d.event_id = lower_places.event and d.organisation_id = lower_places.organisation;
end;
$$;

revoke execute on function public.lower_places(uuid, uuid, integer, uuid[]) from public;
grant execute on function public.lower_places(uuid, uuid, integer, uuid[]) to authenticated;
