-- Reminders, queued by the server's scheduler (public.queue_scheduled_notifications).
--
-- Before an event, each registrar gets a reminder with the agenda link and the calendar entry of
-- the people they registered: once, from a week before it starts (however often the scheduler
-- runs and on however many servers: the dedupe key makes the second a no-op).
create function private.queue_event_reminders(moment timestamptz default now())
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  queued integer := 0;
  r record;
  snapshot jsonb;
begin
  for r in
    select e.id as event, x.registered_by as registrar,
      jsonb_agg(jsonb_build_object('name', x.full_name, 'email', x.email) order by x.created_at, x.id) as attendees
    from public.events as e
    join public.event_registrations as x on x.event_id = e.id and x.status = 'registered' and x.registered_by is not null
    where e.status in ('planned', 'confirmed') and e.time_precision <> 'month'
      -- (`moment` is now, but for tests.) The wall-clock bounds use the index on starts_local; the zone's offset is within a day.
      and e.starts_local between (moment at time zone 'UTC') - interval '1 day' and (moment at time zone 'UTC') + interval '8 days'
      and (e.starts_local at time zone e.time_zone) between moment and moment + interval '7 days'
    group by e.id, x.registered_by
  loop
    snapshot := private.event_snapshot(r.event);
    perform private.notify(r.registrar, 'event_reminder', jsonb_build_object(
      'event', snapshot, 'attendees', r.attendees, 'method', 'REQUEST',
      'sequence', private.next_calendar_sequence(r.event, (snapshot ->> 'version')::integer, r.registrar, null)),
      dedupe_key => 'event_reminder:' || r.event || ':' || r.registrar, to_actor => true);
    queued := queued + 1;
  end loop;
  return queued;
end;
$$;

-- The weekly "coming up" e-mail, for those who asked for it: on Monday at their digest hour (in
-- their time zone), the events of their projects in the next two weeks.
create function private.queue_coming_up(moment timestamptz default now())
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  queued integer := 0;
  r record;
begin
  for r in
    select u.id, to_char(moment at time zone coalesce(u.time_zone, 'UTC'), 'IYYY-IW') as week,
      (select jsonb_agg(private.event_snapshot(e.id) order by e.starts_local)
       from public.events as e
       where e.status in ('planned', 'confirmed')
         and e.starts_local between (moment at time zone 'UTC') - interval '1 day' and (moment at time zone 'UTC') + interval '15 days'
         and (e.starts_local at time zone e.time_zone) between moment and moment + interval '14 days'
         and exists (select 1 from public.project_events as pe
                     join public.project_members as m on m.project_id = pe.project_id
                     where pe.event_id = e.id and m.user_id = u.id)) as events
    from public.users as u
    join public.notification_preferences as p on p.user_id = u.id and p.kind = 'coming_up' and p.delivery <> 'off'
    where extract(isodow from moment at time zone coalesce(u.time_zone, 'UTC')) = 1
      and extract(hour from moment at time zone coalesce(u.time_zone, 'UTC')) >= u.digest_hour
  loop
    if r.events is not null then
      perform private.notify(r.id, 'coming_up', jsonb_build_object('events', r.events),
        dedupe_key => 'coming_up:' || r.id || ':' || r.week, to_actor => true);
      queued := queued + 1;
    end if;
  end loop;
  return queued;
end;
$$;

-- Three days before an event's registration deadline (on the venue's calendar), the registrars of
-- each partner whose places are not all taken are reminded, once each.
create function private.queue_deadline_reminders(moment timestamptz default now())
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  queued integer := 0;
  r record;
begin
  for r in
    select e.id as event, e.registration_deadline, d.organisation_id, d.places, o.name as organisation,
      (select count(*) from public.event_registrations as x
       where x.event_id = e.id and x.organisation_id = d.organisation_id and x.status = 'registered') as registered
    from public.events as e
    join public.event_delegations as d on d.event_id = e.id and d.places > 0
    join public.organisations as o on o.id = d.organisation_id
    where e.status in ('planned', 'confirmed')
      and e.registration_deadline between (moment at time zone 'UTC')::date - 1 and (moment at time zone 'UTC')::date + 4
      and (moment at time zone e.time_zone)::date between e.registration_deadline - 3 and e.registration_deadline
  loop
    if r.registered < r.places then
      perform private.notify(registrar, 'registration_deadline', jsonb_build_object(
        'event', private.event_snapshot(r.event), 'organisation', r.organisation, 'deadline', r.registration_deadline,
        'registered', r.registered, 'places', r.places),
        dedupe_key => 'registration_deadline:' || r.event || ':' || r.organisation_id || ':' || registrar,
        to_actor => true)
      from private.event_registrars(r.event, r.organisation_id) as registrar;
      queued := queued + 1;
    end if;
  end loop;
  return queued;
end;
$$;

revoke execute on function private.queue_event_reminders(timestamptz), private.queue_coming_up(timestamptz), private.queue_deadline_reminders(timestamptz) from public;
