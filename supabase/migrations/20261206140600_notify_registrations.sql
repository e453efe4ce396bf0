-- Registrations tell the people concerned, in the transaction that makes them:
-- - made or cancelled → the host and the delegation's registrars;
-- - a waiting-list place opening → the registrar of the person who moved up;
-- - places lowered → the registrars of the people moved to the waiting list, one e-mail each;
-- - and each registrar's calendar invitation (and the person's own, where an address was given)
--   follows who is registered: REQUEST while they are, CANCEL when they no longer are.
-- Statement triggers see every row one change moved at once (lowering places moves several).
create function private.notify_registrations_made()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  r record;
  actor text := private.actor_name();
begin
  for r in
    select n.*, o.name as organisation from new_rows as n
    join public.organisations as o on o.id = n.organisation_id
  loop
    perform private.notify(person, 'registration_changed', jsonb_build_object(
      'event', private.event_snapshot(r.event_id), 'person', r.full_name, 'organisation', r.organisation,
      'status', r.status, 'actor', actor))
    from (select private.event_hosts(r.event_id) as person
          union select private.event_registrars(r.event_id, r.organisation_id)) as people;
    if r.status = 'registered' then
      perform private.send_person_calendar(r.event_id, r.email, r.full_name, r.registered_by, 'REQUEST');
    end if;
  end loop;
  for r in select distinct n.event_id, n.registered_by from new_rows as n where n.status = 'registered' loop
    perform private.send_registrar_calendar(r.event_id, r.registered_by);
  end loop;
  return null;
end;
$$;

create function private.notify_registrations_changed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  r record;
  actor text := private.actor_name();
begin
  -- Cancelled: the host and the delegation's registrars; the person's calendar entry goes.
  for r in
    select o.*, org.name as organisation from old_rows as o
    join new_rows as n on n.id = o.id
    join public.organisations as org on org.id = o.organisation_id
    where n.status = 'cancelled' and o.status <> 'cancelled'
  loop
    perform private.notify(person, 'registration_changed', jsonb_build_object(
      'event', private.event_snapshot(r.event_id), 'person', r.full_name, 'organisation', r.organisation,
      'status', 'cancelled', 'actor', actor))
    from (select private.event_hosts(r.event_id) as person
          union select private.event_registrars(r.event_id, r.organisation_id)) as people;
    if r.status = 'registered' then
      perform private.send_person_calendar(r.event_id, r.email, r.full_name, r.registered_by, 'CANCEL');
    end if;
  end loop;

  -- Moved up from the waiting list: their registrar is told, and their calendar entry comes.
  for r in
    select n.*, org.name as organisation from old_rows as o
    join new_rows as n on n.id = o.id
    join public.organisations as org on org.id = n.organisation_id
    where o.status = 'waitlisted' and n.status = 'registered'
  loop
    perform private.notify(person, 'waitlist_place', jsonb_build_object(
      'event', private.event_snapshot(r.event_id), 'person', r.full_name, 'organisation', r.organisation))
    from (select r.registered_by as person where r.registered_by is not null
          union select private.event_registrars(r.event_id, r.organisation_id) where r.registered_by is null) as people;
    perform private.send_person_calendar(r.event_id, r.email, r.full_name, r.registered_by, 'REQUEST');
  end loop;

  -- Moved down by fewer places: one e-mail per registrar, naming the people they registered.
  for r in
    select n.event_id, n.organisation_id, n.registered_by, org.name as organisation,
      jsonb_agg(n.full_name order by n.created_at, n.id) as moved,
      (select d.places from public.event_delegations as d
       where d.event_id = n.event_id and d.organisation_id = n.organisation_id) as places
    from old_rows as o
    join new_rows as n on n.id = o.id
    join public.organisations as org on org.id = n.organisation_id
    where o.status = 'registered' and n.status = 'waitlisted'
    group by n.event_id, n.organisation_id, n.registered_by, org.name
  loop
    perform private.notify(person, 'places_lowered', jsonb_build_object(
      'event', private.event_snapshot(r.event_id), 'organisation', r.organisation, 'places', r.places,
      'moved', r.moved, 'actor', actor))
    from (select r.registered_by as person where r.registered_by is not null
          union select private.event_registrars(r.event_id, r.organisation_id) where r.registered_by is null) as people;
  end loop;
  for r in
    select n.event_id, n.email, n.full_name, n.registered_by from old_rows as o
    join new_rows as n on n.id = o.id
    where o.status = 'registered' and n.status = 'waitlisted'
  loop
    perform private.send_person_calendar(r.event_id, r.email, r.full_name, r.registered_by, 'CANCEL');
  end loop;

  -- Each registrar whose registered people changed gets their calendar entry brought up to date.
  for r in
    select distinct n.event_id, n.registered_by from old_rows as o
    join new_rows as n on n.id = o.id
    where (o.status = 'registered') <> (n.status = 'registered') and n.registered_by is not null
  loop
    perform private.send_registrar_calendar(r.event_id, r.registered_by);
  end loop;
  return null;
end;
$$;

revoke execute on function private.notify_registrations_made(), private.notify_registrations_changed() from public;

create trigger notify_registrations_made
  after insert on public.event_registrations
  referencing new table as new_rows
  for each statement execute function private.notify_registrations_made();

create trigger notify_registrations_changed
  after update on public.event_registrations
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.notify_registrations_changed();
