-- Who is told what about an event, in one place for the triggers that notify about events.

-- An event as its e-mails describe it, as it is at the moment of the change.
create function private.event_snapshot(event uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'id', e.id, 'slug', e.slug, 'title', e.title, 'starts_local', e.starts_local, 'ends_local', e.ends_local,
    'time_zone', e.time_zone, 'time_precision', e.time_precision, 'status', e.status,
    'venue_name', e.venue_name, 'venue_address', e.venue_address, 'venue_city', e.venue_city,
    'venue_country', e.venue_country, 'version', e.version,
    'host', (select o.name from public.organisations as o where o.id = e.host_organisation_id))
  from public.events as e where e.id = event;
$$;

-- The host: the host organisation's admins, else the coordinators of the projects that list it.
create function private.event_hosts(event uuid)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id from public.events as e
  join public.organisation_members as m on m.organisation_id = e.host_organisation_id and m.role = 'admin'
  where e.id = event
  union
  select m.user_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id and m.role = 'coordinator'
  where pe.event_id = event
    and not exists (select 1 from public.events as e where e.id = event and e.host_organisation_id is not null);
$$;

-- Those who register an organisation's people for an event (as private.may_register_for allows,
-- without the event's editors): the organisation's admins, and its coordinators and partner
-- editors in a project that lists the event.
create function private.event_registrars(event uuid, organisation uuid)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id from public.organisation_members as m
  where m.organisation_id = organisation and m.role = 'admin'
  union
  select m.user_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id
  where pe.event_id = event and m.organisation_id = organisation and m.role in ('coordinator', 'partner_editor');
$$;

-- The partnership: everyone with a role in a project that lists the event.
create function private.event_partnership(event uuid)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select distinct m.user_id from public.project_events as pe
  join public.project_members as m on m.project_id = pe.project_id
  where pe.event_id = event;
$$;

-- The SEQUENCE of the next calendar message about an event to one recipient: the event's version
-- (every save raises it), and always above what that recipient was sent before, so that a
-- calendar takes each message, an attendee's change or a cancellation too, as the newest.
create function private.next_calendar_sequence(event uuid, version integer, recipient uuid, address text)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select greatest(version, coalesce(max((n.payload ->> 'sequence')::integer) + 1, 0))
  from public.notifications as n
  where n.kind in ('calendar_invitation', 'event_reminder')
    and (n.recipient_id = recipient or n.email = lower(address))
    and n.payload -> 'event' ->> 'id' = event::text;
$$;

-- A registrar's calendar invitation: the event, and everyone they have registered for it (a
-- cancellation once nobody is left).
create function private.send_registrar_calendar(event uuid, registrar uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  attendees jsonb;
  snapshot jsonb := private.event_snapshot(event);
begin
  if registrar is null then
    return;
  end if;
  select coalesce(jsonb_agg(jsonb_build_object('name', r.full_name, 'email', r.email) order by r.created_at, r.id), '[]')
  into attendees
  from public.event_registrations as r
  where r.event_id = event and r.registered_by = registrar and r.status = 'registered';
  perform private.notify(registrar, 'calendar_invitation', jsonb_build_object(
    'event', snapshot, 'attendees', attendees,
    'sequence', private.next_calendar_sequence(event, (snapshot ->> 'version')::integer, registrar, null),
    'method', case when jsonb_array_length(attendees) = 0 or snapshot ->> 'status' = 'cancelled' then 'CANCEL' else 'REQUEST' end
  ), to_actor => true);
end;
$$;

-- The registered person's own copy, where their address was given, in their registrar's language.
create function private.send_person_calendar(event uuid, address text, full_name text, registrar uuid, method text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  snapshot jsonb := private.event_snapshot(event);
begin
  if address is null then
    return;
  end if;
  perform private.notify_address(address,
    (select u.preferred_locale from public.users as u where u.id = registrar),
    'calendar_invitation', jsonb_build_object(
      'event', snapshot,
      'sequence', private.next_calendar_sequence(event, (snapshot ->> 'version')::integer, null, address),
      'attendees', jsonb_build_array(jsonb_build_object('name', full_name, 'email', address)),
      'method', case when snapshot ->> 'status' = 'cancelled' then 'CANCEL' else method end));
end;
$$;

revoke execute on function private.next_calendar_sequence(uuid, integer, uuid, text), private.event_snapshot(uuid), private.event_hosts(uuid), private.event_registrars(uuid, uuid),
  private.event_partnership(uuid), private.send_registrar_calendar(uuid, uuid),
  private.send_person_calendar(uuid, text, text, uuid, text) from public;
