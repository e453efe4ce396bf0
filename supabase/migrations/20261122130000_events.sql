-- Events of joint projects: partner meetings and conferences with their agendas, and the
-- delegations partners send. Times are kept as the venue's wall-clock time with its IANA zone
-- (what the agenda says, whatever the zone rules become); instants are derived from them.

create type public.event_kind as enum (
  'kick_off', 'partner_meeting', 'conference', 'workshop', 'study_visit', 'online_meeting', 'final_conference'
);
create type public.event_status as enum ('planned', 'confirmed', 'held', 'cancelled');
create type public.event_visibility as enum ('public', 'partners');
-- How exact an event's times are: to the minute, to the day, or only the month ("03.2018").
create type public.time_precision as enum ('minute', 'day', 'month');
create type public.session_kind as enum ('session', 'plenary', 'workshop', 'visit', 'break', 'meal', 'social', 'travel');

-- A wall-clock time that exists exactly once in the zone: not skipped by a daylight-saving change
-- (converting there and back gives it again), nor repeated by one (no instant half an hour or an
-- hour away shows the same wall-clock time).
create function private.is_unambiguous_local_time(local timestamp, zone text)
returns boolean
language sql
stable
set search_path = ''
as $$
  -- An unknown zone is not this check's to refuse (the zone's own check names it): null.
  select case when private.is_time_zone(zone) then
    (local at time zone zone) at time zone zone = local
    and not exists (
      select 1 from (values (interval '30 minutes'), (interval '1 hour')) as shift (by)
      where ((local at time zone zone) - shift.by) at time zone zone = local
         or ((local at time zone zone) + shift.by) at time zone zone = local
    )
  end;
$$;

grant execute on function private.is_unambiguous_local_time(timestamp, text) to anon, authenticated, service_role;

create table public.events (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  kind public.event_kind not null,
  title public.translated_text not null,
  description public.translated_text,
  host_organisation_id uuid references public.organisations (id) on delete set null,
  venue_name text check (venue_name is null or length(btrim(venue_name)) between 1 and 300),
  venue_address text check (venue_address is null or length(btrim(venue_address)) between 1 and 300),
  venue_city text check (venue_city is null or length(btrim(venue_city)) between 1 and 200),
  venue_country text check (venue_country is null or venue_country ~ '^[A-Z]{2}$'),
  time_zone text not null check (private.is_time_zone(time_zone)),
  starts_local timestamp not null,
  ends_local timestamp not null,
  time_precision public.time_precision not null default 'minute',
  visibility public.event_visibility not null default 'public',
  status public.event_status not null default 'planned',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_local >= starts_local),
  -- Meetings last days, not years: a bound that also keeps calendars and feeds small.
  constraint events_at_most_31_days check (ends_local - starts_local <= interval '31 days'),
  check (time_precision <> 'minute' or (
    private.is_unambiguous_local_time(starts_local, time_zone) and private.is_unambiguous_local_time(ends_local, time_zone)
  ))
);

create index events_starts_local_idx on public.events (starts_local);
create index events_host_organisation_id_idx on public.events (host_organisation_id);
alter table public.events enable row level security;

-- One event may be listed in several projects, without copies.
create table public.project_events (
  project_id uuid not null references public.projects (id) on delete cascade,
  event_id uuid not null references public.events (id) on delete cascade,
  primary key (project_id, event_id)
);

create index project_events_event_id_idx on public.project_events (event_id);
alter table public.project_events enable row level security;

-- The online link is for the partnership only: kept apart so that public reads never carry it.
create table public.event_links (
  event_id uuid primary key references public.events (id) on delete cascade,
  online_url text not null check (online_url ~ '^https://[^\s]+$' and length(online_url) <= 500)
);

alter table public.event_links enable row level security;

create table public.event_sessions (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references public.events (id) on delete cascade,
  starts_local timestamp not null,
  ends_local timestamp not null,
  title public.translated_text not null,
  description public.translated_text,
  place text check (place is null or length(btrim(place)) between 1 and 200),
  speakers text check (speakers is null or length(btrim(speakers)) between 1 and 500),
  kind public.session_kind not null default 'session',
  -- Order among sessions that start at the same time.
  position smallint not null default 0,
  version integer not null default 1,
  check (ends_local > starts_local)
);

create index event_sessions_event_idx on public.event_sessions (event_id, starts_local, position);
alter table public.event_sessions enable row level security;

-- A session lies within its event's days, at a time that exists once in the venue's zone.
create function private.check_session_in_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  e public.events;
begin
  -- Someone who may not edit the event is refused by row level security, which runs after this
  -- trigger: answering for them here would tell them the event's days and zone.
  if coalesce(auth.role(), '') in ('anon', 'authenticated') and not private.can_edit_event(new.event_id) then
    return new;
  end if;
  -- Locked against a change of the event's days meanwhile.
  select * into e from public.events as x where x.id = new.event_id for share;
  if new.starts_local < date_trunc('day', e.starts_local) or new.ends_local > date_trunc('day', e.ends_local) + interval '1 day' then
    raise exception 'a session must lie within its event''s days' using errcode = '23514', hint = 'session_outside_event';
  end if;
  if not (private.is_unambiguous_local_time(new.starts_local, e.time_zone)
          and private.is_unambiguous_local_time(new.ends_local, e.time_zone)) then
    raise exception 'this time does not exist, or exists twice, in the venue''s zone' using errcode = '23514', hint = 'ambiguous_time';
  end if;
  return new;
end;
$$;

create trigger event_session_within_event
  before insert or update on public.event_sessions
  for each row execute function private.check_session_in_event();

-- Moving an event's days, or its zone, may not leave sessions outside its days or at times that
-- do not exist (or exist twice) in its zone.
create function private.check_event_keeps_sessions()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.event_sessions as s
    where s.event_id = new.id
      and (s.starts_local < date_trunc('day', new.starts_local) or s.ends_local > date_trunc('day', new.ends_local) + interval '1 day')
  ) then
    raise exception 'sessions would lie outside the event''s days' using errcode = '23514', hint = 'sessions_outside_event';
  end if;
  if new.time_zone is distinct from old.time_zone and exists (
    select 1 from public.event_sessions as s
    where s.event_id = new.id
      and not (private.is_unambiguous_local_time(s.starts_local, new.time_zone)
               and private.is_unambiguous_local_time(s.ends_local, new.time_zone))
  ) then
    raise exception 'a session''s time does not exist, or exists twice, in the new zone' using errcode = '23514', hint = 'sessions_ambiguous_in_zone';
  end if;
  return new;
end;
$$;

create trigger event_keeps_its_sessions
  before update of starts_local, ends_local, time_zone on public.events
  for each row execute function private.check_event_keeps_sessions();

-- An event's host is one of the partners of a project that lists it: the host's admins become
-- the event's editors, so no one may name just any organisation.
create function private.is_partner_of_event_project(event uuid, organisation uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.project_events as pe
    join public.project_partners as pp on pp.project_id = pe.project_id
    where pe.event_id = event and pp.organisation_id = organisation
  );
$$;

-- Delegations: the places the host gives each partner organisation, and (for past events known
-- from records) how many people it sent.
create table public.event_delegations (
  event_id uuid not null references public.events (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  places integer not null default 0 check (places between 0 and 1000),
  reported_participants integer check (reported_participants is null or reported_participants between 0 and 10000),
  primary key (event_id, organisation_id)
);

create index event_delegations_organisation_id_idx on public.event_delegations (organisation_id);
alter table public.event_delegations enable row level security;

create type public.registration_status as enum ('registered', 'waitlisted', 'cancelled');

create table public.event_registrations (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null,
  organisation_id uuid not null,
  full_name text not null check (length(btrim(full_name)) between 1 and 200),
  job_title text check (job_title is null or length(btrim(job_title)) between 1 and 200),
  email text check (email is null or email ~ '^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s<>(),;:"\[\]\\]+$'),
  arrival date,
  departure date,
  dietary_needs text check (dietary_needs is null or length(dietary_needs) <= 500),
  access_needs text check (access_needs is null or length(access_needs) <= 500),
  status public.registration_status not null,
  registered_by uuid references public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  foreign key (event_id, organisation_id) references public.event_delegations (event_id, organisation_id) on delete cascade,
  check (departure is null or arrival is null or departure >= arrival)
);

-- The same person is not registered twice for one event.
-- (Per organisation: an answer "already registered" tells nothing about other organisations.)
create unique index event_registrations_email_key on public.event_registrations (event_id, organisation_id, lower(email))
  where email is not null and status <> 'cancelled';
create unique index event_registrations_name_key on public.event_registrations (event_id, organisation_id, lower(btrim(full_name)))
  where status <> 'cancelled';
create index event_registrations_delegation_idx on public.event_registrations (event_id, organisation_id, status, created_at);
create index event_registrations_registered_by_idx on public.event_registrations (registered_by);
alter table public.event_registrations enable row level security;

-- Who may do what with an event ------------------------------------------------------------

-- Its editors: coordinators of a project that lists it, admins of its host organisation, and
-- platform admins.
create function private.can_edit_event(event uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_platform_admin()
    or exists (select 1 from public.project_events as pe where pe.event_id = event and private.is_project_coordinator(pe.project_id))
    or exists (select 1 from public.events as e where e.id = event and private.is_organisation_admin(e.host_organisation_id));
$$;

-- The partnership: members of a project that lists it, and of its host organisation.
create function private.is_event_partner(event uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.project_events as pe where pe.event_id = event and private.is_project_member(pe.project_id))
    or exists (select 1 from public.events as e where e.id = event and private.is_organisation_member(e.host_organisation_id));
$$;

-- Public events of a published project are public; the rest only for the partnership.
create function private.can_read_event(event uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.events as e
      join public.project_events as pe on pe.event_id = e.id
      join public.projects as p on p.id = pe.project_id
      where e.id = event and e.visibility = 'public' and p.is_published
    )
    or private.is_event_partner(event)
    or private.is_platform_admin();
$$;

-- Registering people for an organisation: its admins, those who act for it as coordinator or
-- partner editor in a project that lists the event, and the event's editors.
create function private.may_register_for(event uuid, organisation uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.can_edit_event(event)
    or private.is_organisation_admin(organisation)
    or exists (
      select 1 from public.project_events as pe
      join public.project_members as m on m.project_id = pe.project_id
      where pe.event_id = event and m.user_id = (select auth.uid())
        and m.organisation_id = organisation and m.role in ('coordinator', 'partner_editor')
    );
$$;

revoke execute on function private.can_edit_event(uuid), private.is_event_partner(uuid), private.can_read_event(uuid),
  private.may_register_for(uuid, uuid), private.check_session_in_event(), private.check_event_keeps_sessions(),
  private.is_partner_of_event_project(uuid, uuid) from public;
grant execute on function private.can_edit_event(uuid), private.is_event_partner(uuid), private.can_read_event(uuid),
  private.may_register_for(uuid, uuid), private.is_partner_of_event_project(uuid, uuid) to anon, authenticated, service_role;

-- Policies ----------------------------------------------------------------------------------

create policy "Readable events"
  on public.events for select to anon, authenticated
  using (private.can_read_event(id));

create policy "Editors change events"
  on public.events for update to authenticated
  using (private.can_edit_event(id))
  with check (
    private.can_edit_event(id)
    and (host_organisation_id is null or private.is_partner_of_event_project(id, host_organisation_id)
         or (select private.is_platform_admin()))
  );

create policy "Editors remove events"
  on public.events for delete to authenticated
  using (private.can_edit_event(id));

revoke all on public.events from anon, authenticated;
grant select on public.events to anon, authenticated;
grant update (kind, title, description, host_organisation_id, venue_name, venue_address, venue_city, venue_country,
  time_zone, starts_local, ends_local, time_precision, visibility, status, version, updated_at)
  on public.events to authenticated;
grant delete on public.events to authenticated;

create policy "Listings of readable events in readable projects"
  on public.project_events for select to anon, authenticated
  using (private.can_read_event(event_id) and private.can_read_project(project_id));

create policy "Coordinators list events they can edit in their projects"
  on public.project_events for insert to authenticated
  with check (
    (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
    and private.can_edit_event(event_id)
  );

create policy "Coordinators unlist events from their projects"
  on public.project_events for delete to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

revoke all on public.project_events from anon, authenticated;
grant select on public.project_events to anon, authenticated;
grant insert, delete on public.project_events to authenticated;

create policy "The partnership reads the online link"
  on public.event_links for select to authenticated
  using (private.is_event_partner(event_id) or private.can_edit_event(event_id));

create policy "Editors set the online link"
  on public.event_links for all to authenticated
  using (private.can_edit_event(event_id))
  with check (private.can_edit_event(event_id));

revoke all on public.event_links from anon, authenticated;
grant select, insert, update, delete on public.event_links to authenticated;

create policy "Sessions of readable events"
  on public.event_sessions for select to anon, authenticated
  using (private.can_read_event(event_id));

create policy "Editors manage sessions"
  on public.event_sessions for all to authenticated
  using (private.can_edit_event(event_id))
  with check (private.can_edit_event(event_id));

revoke all on public.event_sessions from anon, authenticated;
grant select on public.event_sessions to anon, authenticated;
grant insert (event_id, starts_local, ends_local, title, description, place, speakers, kind, position)
  on public.event_sessions to authenticated;
grant update (starts_local, ends_local, title, description, place, speakers, kind, position, version)
  on public.event_sessions to authenticated;
grant delete on public.event_sessions to authenticated;

-- Places per organisation are for the partnership; the public sees counts per country through
-- public.event_attendance.
create policy "The partnership reads delegations, members their own organisation's"
  on public.event_delegations for select to authenticated
  using (private.is_event_partner(event_id) or private.can_edit_event(event_id) or private.is_organisation_member(organisation_id));

create policy "Editors set places"
  on public.event_delegations for all to authenticated
  using (private.can_edit_event(event_id))
  with check (private.can_edit_event(event_id));

revoke all on public.event_delegations from anon, authenticated;
grant select, delete on public.event_delegations to authenticated;
grant insert (event_id, organisation_id, places, reported_participants) on public.event_delegations to authenticated;
grant update (places, reported_participants) on public.event_delegations to authenticated;

-- Names (and needs, close to health data) are seen by the event's editors (the host and the
-- coordinators) and, in the person's own organisation, by those who register its people: its
-- admins and those acting for it in a project that lists the event. No one else.
create policy "Editors and the own organisation's registrants read registrations"
  on public.event_registrations for select to authenticated
  using (private.can_edit_event(event_id) or private.may_register_for(event_id, organisation_id));

revoke all on public.event_registrations from anon, authenticated;
grant select on public.event_registrations to authenticated;

-- Registering and cancelling ------------------------------------------------------------------

-- The registered fill the places in the order they came; the rest wait. Run with the delegation
-- row locked, so that two people registering at once cannot both take the last place.
create function private.fill_places(event uuid, organisation uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  free integer;
begin
  select d.places - (select count(*) from public.event_registrations as r
                     where r.event_id = d.event_id and r.organisation_id = d.organisation_id and r.status = 'registered')
  into free
  from public.event_delegations as d
  where d.event_id = event and d.organisation_id = organisation;
  if free > 0 then
    update public.event_registrations as r set status = 'registered'
    where r.id in (
      select w.id from public.event_registrations as w
      where w.event_id = event and w.organisation_id = organisation and w.status = 'waitlisted'
      order by w.created_at, w.id
      limit free
    );
  end if;
end;
$$;

create function private.register_participant(
  event uuid, organisation uuid, full_name text, job_title text, email text,
  arrival date, departure date, dietary_needs text, access_needs text
)
returns public.registration_status
language plpgsql
security definer
set search_path = ''
as $$
declare
  places integer;
  taken integer;
  result public.registration_status;
begin
  if (select auth.uid()) is null or not private.may_register_for(event, organisation) then
    raise exception 'not allowed to register people for this organisation' using errcode = '42501';
  end if;
  if exists (select 1 from public.events as e where e.id = event and e.status in ('held', 'cancelled')) then
    raise exception 'registration is closed: the event is over or cancelled' using errcode = 'PT409', hint = 'registration_closed';
  end if;
  select d.places into places from public.event_delegations as d
  where d.event_id = event and d.organisation_id = organisation
  for update;
  if not found then
    raise exception 'this organisation has no places at this event' using errcode = 'PT409', hint = 'no_delegation';
  end if;
  select count(*) into taken from public.event_registrations as r
  where r.event_id = event and r.organisation_id = organisation and r.status = 'registered';
  result := case when taken < places then 'registered' else 'waitlisted' end;
  insert into public.event_registrations
    (event_id, organisation_id, full_name, job_title, email, arrival, departure, dietary_needs, access_needs, status, registered_by)
  values
    (event, organisation, full_name, job_title, lower(email), arrival, departure, dietary_needs, access_needs, result, (select auth.uid()));
  return result;
end;
$$;

create function public.register_participant(
  event uuid, organisation uuid, full_name text, job_title text default null, email text default null,
  arrival date default null, departure date default null, dietary_needs text default null, access_needs text default null
)
returns public.registration_status
language sql
security invoker
set search_path = ''
as $$
  select private.register_participant(event, organisation, full_name, job_title, email, arrival, departure, dietary_needs, access_needs);
$$;

-- Cancelling frees the place for the first on the waiting list.
create function private.cancel_registration(registration uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.event_registrations;
begin
  select * into r from public.event_registrations as x where x.id = registration;
  if r.id is null or not private.may_register_for(r.event_id, r.organisation_id) then
    raise exception 'not allowed to cancel this registration' using errcode = '42501';
  end if;
  perform 1 from public.event_delegations as d
  where d.event_id = r.event_id and d.organisation_id = r.organisation_id
  for update;
  -- A cancelled registration keeps only that a place was taken and freed: no name, address or needs.
  update public.event_registrations as x
  set status = 'cancelled', full_name = 'cancelled', job_title = null, email = null, arrival = null, departure = null,
    dietary_needs = null, access_needs = null
  where x.id = registration and x.status <> 'cancelled';
  perform private.fill_places(r.event_id, r.organisation_id);
end;
$$;

create function public.cancel_registration(registration uuid)
returns void
language sql
security invoker
set search_path = ''
as $$
  select private.cancel_registration(registration);
$$;

-- More places for an organisation let those waiting in; fewer put the last registered back on
-- the waiting list, first in line.
create function private.fill_places_after_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.places > old.places then
    perform private.fill_places(new.event_id, new.organisation_id);
  else
    update public.event_registrations as r set status = 'waitlisted'
    where r.id in (
      select x.id from public.event_registrations as x
      where x.event_id = new.event_id and x.organisation_id = new.organisation_id and x.status = 'registered'
      order by x.created_at, x.id
      offset new.places
    );
  end if;
  return null;
end;
$$;

create trigger event_delegation_places_changed
  after update of places on public.event_delegations
  for each row when (new.places <> old.places)
  execute function private.fill_places_after_change();

-- What the public sees of who comes: people per country, never names. Registrations count where
-- there are any; otherwise the number the records report.
create function private.event_attendance(event uuid)
returns table (country text, participants bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select o.country, sum(coalesce(nullif(r.registered, 0), d.reported_participants, 0))::bigint
  from public.event_delegations as d
  join public.organisations as o on o.id = d.organisation_id
  left join lateral (
    select count(*) as registered from public.event_registrations as x
    where x.event_id = d.event_id and x.organisation_id = d.organisation_id and x.status = 'registered'
  ) as r on true
  where d.event_id = event and private.can_read_event(event)
  group by o.country
  having sum(coalesce(nullif(r.registered, 0), d.reported_participants, 0)) > 0
  order by o.country;
$$;

create function public.event_attendance(event uuid)
returns table (country text, participants bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.event_attendance(event);
$$;

-- Starting an event for a project: the event and its listing in one step.
create function private.create_event(
  project uuid, slug text, kind public.event_kind, title public.translated_text, host_organisation uuid,
  time_zone text, starts_local timestamp, ends_local timestamp
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  event uuid;
begin
  if not (private.is_project_coordinator(project) or private.is_platform_admin()) then
    raise exception 'only the project''s coordinators can add events' using errcode = '42501';
  end if;
  if host_organisation is not null and not exists (
    select 1 from public.project_partners as pp where pp.project_id = project and pp.organisation_id = host_organisation
  ) then
    raise exception 'the host must be a partner of the project' using errcode = '23514', hint = 'host_not_partner';
  end if;
  insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
  values (create_event.slug, create_event.kind, create_event.title, host_organisation, create_event.time_zone,
    create_event.starts_local, create_event.ends_local)
  returning id into event;
  insert into public.project_events (project_id, event_id) values (project, event);
  return event;
end;
$$;

create function public.create_event(
  project uuid, slug text, kind public.event_kind, title public.translated_text, host_organisation uuid,
  time_zone text, starts_local timestamp, ends_local timestamp
)
returns uuid
language sql
security invoker
set search_path = ''
as $$
  select private.create_event(project, slug, kind, title, host_organisation, time_zone, starts_local, ends_local);
$$;

revoke execute on function
  private.fill_places(uuid, uuid), private.fill_places_after_change(),
  private.register_participant(uuid, uuid, text, text, text, date, date, text, text),
  public.register_participant(uuid, uuid, text, text, text, date, date, text, text),
  private.cancel_registration(uuid), public.cancel_registration(uuid),
  private.event_attendance(uuid), public.event_attendance(uuid),
  private.create_event(uuid, text, public.event_kind, public.translated_text, uuid, text, timestamp, timestamp),
  public.create_event(uuid, text, public.event_kind, public.translated_text, uuid, text, timestamp, timestamp)
  from public;
grant execute on function
  private.register_participant(uuid, uuid, text, text, text, date, date, text, text),
  public.register_participant(uuid, uuid, text, text, text, date, date, text, text),
  private.cancel_registration(uuid), public.cancel_registration(uuid),
  private.create_event(uuid, text, public.event_kind, public.translated_text, uuid, text, timestamp, timestamp),
  public.create_event(uuid, text, public.event_kind, public.translated_text, uuid, text, timestamp, timestamp)
  to authenticated;
grant execute on function private.event_attendance(uuid), public.event_attendance(uuid) to anon, authenticated;

-- Audit: events created, published states and registrations are someone's doing.
create function private.audit_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('event.created', 'event', new.id::text);
  elsif tg_op = 'DELETE' then
    perform private.audit('event.deleted', 'event', old.id::text);
  else
    if new.status is distinct from old.status then
      perform private.audit('event.status_changed', 'event', new.id::text, jsonb_build_object('from', old.status, 'to', new.status));
    end if;
    if new.visibility is distinct from old.visibility then
      perform private.audit('event.visibility_changed', 'event', new.id::text, jsonb_build_object('from', old.visibility, 'to', new.visibility));
    end if;
  end if;
  return null;
end;
$$;

create trigger audit_events
  after insert or delete or update of status, visibility on public.events
  for each row execute function private.audit_event();

-- Listing an event in a project widens who edits it and who reads its delegations: recorded.
create function private.audit_project_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('event.listed', 'event', new.event_id::text, jsonb_build_object('project_id', new.project_id));
  else
    perform private.audit('event.unlisted', 'event', old.event_id::text, jsonb_build_object('project_id', old.project_id));
  end if;
  return null;
end;
$$;

create trigger audit_project_events
  after insert or delete on public.project_events
  for each row execute function private.audit_project_event();

-- Downloading the delegation list (names and needs) is recorded, by the person who does it.
create function private.record_delegation_export(event uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.can_edit_event(event) then
    raise exception 'only the event''s editors export its delegation list' using errcode = '42501';
  end if;
  perform private.audit('event.delegations_exported', 'event', event::text);
end;
$$;

create function public.record_delegation_export(event uuid)
returns void
language sql
security invoker
set search_path = ''
as $$
  select private.record_delegation_export(event);
$$;

revoke execute on function private.audit_project_event(), private.record_delegation_export(uuid),
  public.record_delegation_export(uuid) from public;
grant execute on function private.record_delegation_export(uuid), public.record_delegation_export(uuid) to authenticated;

create function private.audit_registration()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('registration.made', 'event', new.event_id::text,
      jsonb_build_object('registration_id', new.id, 'organisation_id', new.organisation_id, 'status', new.status));
  elsif new.status is distinct from old.status then
    perform private.audit('registration.' || new.status::text, 'event', new.event_id::text,
      jsonb_build_object('registration_id', new.id, 'organisation_id', new.organisation_id));
  end if;
  return null;
end;
$$;

create trigger audit_event_registrations
  after insert or update of status on public.event_registrations
  for each row execute function private.audit_registration();

revoke execute on function private.audit_event(), private.audit_registration() from public;

-- Swapping two sessions of an agenda: the later one takes the earlier one's start, each keeps its
-- length, and the pause between them stays. Both moves in one transaction, with the caller's
-- rights; the agenda checks (within the event, times that exist) hold for each.
create function public.swap_sessions(first uuid, second uuid)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  a public.event_sessions;
  b public.event_sessions;
  pause interval;
begin
  select * into a from public.event_sessions as s where s.id = first;
  select * into b from public.event_sessions as s where s.id = second;
  if a.id is null or b.id is null or a.event_id <> b.event_id then
    raise exception 'no such sessions' using errcode = 'PT404';
  end if;
  if (a.starts_local, a.position) > (b.starts_local, b.position) then
    select * into a from public.event_sessions as s where s.id = second;
    select * into b from public.event_sessions as s where s.id = first;
  end if;
  pause := greatest(b.starts_local - a.ends_local, interval '0');

  update public.event_sessions as s
  set starts_local = a.starts_local, ends_local = a.starts_local + (b.ends_local - b.starts_local),
    position = a.position, version = s.version + 1
  where s.id = b.id;
  if not found then
    raise exception 'not allowed to change this agenda' using errcode = '42501';
  end if;
  update public.event_sessions as s
  set starts_local = a.starts_local + (b.ends_local - b.starts_local) + pause,
    ends_local = a.starts_local + (b.ends_local - b.starts_local) + pause + (a.ends_local - a.starts_local),
    position = b.position, version = s.version + 1
  where s.id = a.id;
end;
$$;

revoke execute on function public.swap_sessions(uuid, uuid) from public;
grant execute on function public.swap_sessions(uuid, uuid) to authenticated;

-- Saving an event's details and its online link together, with the caller's rights: both or
-- neither. False when someone saved the event since the editor opened it.
create function public.save_event(event uuid, seen_version integer, details jsonb, online_url text)
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

revoke execute on function public.save_event(uuid, integer, jsonb, text) from public;
grant execute on function public.save_event(uuid, integer, jsonb, text) to authenticated;
