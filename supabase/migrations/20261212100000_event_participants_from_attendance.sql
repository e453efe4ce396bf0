-- Who an event's figures count, in one place: before the host records attendance, the people
-- registered per partner organisation (or, where nobody is registered, the number the organisation
-- reported); once any attendance is recorded for the event, the people who came on any of its days,
-- each once: registered people under their organisation, walk-ins under the country they gave
-- (a walk-in belongs to no partner organisation, and one without a country counts in totals only).
-- `attended` says which of the two the rows count, so that every figure can say so.
create function private.event_participants(event uuid)
returns table (organisation_id uuid, country text, participants bigint, attended boolean)
language sql
stable
security definer
set search_path = ''
as $$
  with recorded as (
    select exists (select 1 from public.event_day_attendance as a where a.event_id = event) as yes
  )
  select d.organisation_id, o.country, coalesce(nullif(r.registered, 0), d.reported_participants, 0)::bigint, false
  from public.event_delegations as d
  join public.organisations as o on o.id = d.organisation_id
  left join lateral (
    select count(*) as registered from public.event_registrations as x
    where x.event_id = d.event_id and x.organisation_id = d.organisation_id and x.status = 'registered'
  ) as r on true
  where d.event_id = event and not (select yes from recorded)
  union all
  select x.organisation_id, o.country, count(distinct a.registration_id), true
  from public.event_day_attendance as a
  join public.event_registrations as x on x.id = a.registration_id
  join public.organisations as o on o.id = x.organisation_id
  where a.event_id = event
  group by x.organisation_id, o.country
  union all
  -- The same person on two days is one walk-in: the key the table's unique index uses.
  select null, a.walk_in_country,
    count(distinct lower(btrim(a.walk_in_name)) || chr(31) || lower(coalesce(btrim(a.walk_in_organisation), ''))), true
  from public.event_day_attendance as a
  where a.event_id = event and a.walk_in_name is not null
  group by a.walk_in_country;
$$;

revoke execute on function private.event_participants(uuid) from public;

-- What the public sees of who comes: people per country, never names, and whether they are the
-- people registered or those who came. Its columns change, so it is made again.
drop function public.event_attendance(uuid);
drop function private.event_attendance(uuid);

create function private.event_attendance(event uuid)
returns table (country text, participants bigint, attended boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select p.country, sum(p.participants)::bigint, bool_or(p.attended)
  from private.event_participants(event) as p
  where private.can_read_event(event) and p.country is not null
  group by p.country
  having sum(p.participants) > 0
  order by p.country;
$$;

create function public.event_attendance(event uuid)
returns table (country text, participants bigint, attended boolean)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.event_attendance(event);
$$;

revoke execute on function private.event_attendance(uuid), public.event_attendance(uuid) from public;
grant execute on function private.event_attendance(uuid), public.event_attendance(uuid) to anon, authenticated;
