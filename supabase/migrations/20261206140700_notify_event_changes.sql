-- An event whose time, venue or status changes (or that is cancelled) tells the registrars of
-- everyone registered and the partnership; calendar invitations follow with a higher SEQUENCE
-- (or METHOD:CANCEL). A new event in a project tells the project's partners.
create function private.notify_event_changed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes text[] := '{}';
  payload jsonb;
  r record;
begin
  if (new.starts_local, new.ends_local, new.time_zone, new.time_precision)
     is distinct from (old.starts_local, old.ends_local, old.time_zone, old.time_precision) then
    changes := array_append(changes, 'time');
  end if;
  if (new.venue_name, new.venue_address, new.venue_city, new.venue_country)
     is distinct from (old.venue_name, old.venue_address, old.venue_city, old.venue_country) then
    changes := array_append(changes, 'venue');
  end if;
  if new.status is distinct from old.status then
    changes := array_append(changes, 'status');
  end if;
  -- Holding the event (recording that it took place) is no news to its participants.
  if cardinality(changes) = 0 or (changes = array['status'] and new.status = 'held') then
    return null;
  end if;
  payload := jsonb_build_object('event', private.event_snapshot(new.id), 'changes', to_jsonb(changes),
    'actor', private.actor_name());
  perform private.notify(person, 'event_changed', payload)
  from (
    select distinct x.registered_by as person from public.event_registrations as x
    where x.event_id = new.id and x.status <> 'cancelled' and x.registered_by is not null
    union
    select private.event_partnership(new.id)
  ) as people;
  if 'time' = any(changes) or 'venue' = any(changes) or new.status = 'cancelled' then
    for r in
      select distinct x.registered_by from public.event_registrations as x
      where x.event_id = new.id and x.status = 'registered' and x.registered_by is not null
    loop
      perform private.send_registrar_calendar(new.id, r.registered_by);
    end loop;
    for r in
      select x.email, x.full_name, x.registered_by from public.event_registrations as x
      where x.event_id = new.id and x.status = 'registered' and x.email is not null
    loop
      perform private.send_person_calendar(new.id, r.email, r.full_name, r.registered_by, 'REQUEST');
    end loop;
  end if;
  return null;
end;
$$;

create function private.notify_event_created()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.notify(m.user_id, 'event_created', jsonb_build_object(
    'event', private.event_snapshot(new.event_id), 'actor', private.actor_name(),
    'project', (select coalesce(p.acronym, p.slug) from public.projects as p where p.id = new.project_id)))
  from public.project_members as m
  where m.project_id = new.project_id;
  return null;
end;
$$;

revoke execute on function private.notify_event_changed(), private.notify_event_created() from public;

create trigger notify_event_changed
  after update on public.events
  for each row execute function private.notify_event_changed();

create trigger notify_event_created
  after insert on public.project_events
  for each row execute function private.notify_event_created();
