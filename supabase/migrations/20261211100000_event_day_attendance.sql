-- Who came, per day of an event: a registered person of the event, or a walk-in named at the door
-- (name, and if given organisation and country). Recorded by the event's editors (the host and the
-- coordinators); read by them, and for a registration by whoever reads that registration (the
-- person's own organisation's registrants). Walk-ins are the editors' alone.

create table public.event_day_attendance (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references public.events (id) on delete cascade,
  -- A date of the venue: events keep their venue's wall-clock times.
  day date not null,
  registration_id uuid references public.event_registrations (id) on delete cascade,
  walk_in_name text check (walk_in_name is null or length(btrim(walk_in_name)) between 1 and 200),
  walk_in_organisation text check (walk_in_organisation is null or length(btrim(walk_in_organisation)) between 1 and 300),
  walk_in_country text check (walk_in_country is null or walk_in_country ~ '^[A-Z]{2}$'),
  recorded_by uuid default auth.uid() references public.users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  -- Either a registration or a walk-in, never both.
  constraint event_day_attendance_registration_or_walk_in check (
    (registration_id is not null and walk_in_name is null and walk_in_organisation is null and walk_in_country is null)
    or (registration_id is null and walk_in_name is not null)
  )
);

create unique index event_day_attendance_registration_key on public.event_day_attendance (event_id, day, registration_id)
  where registration_id is not null;
create unique index event_day_attendance_walk_in_key
  on public.event_day_attendance (event_id, day, lower(btrim(walk_in_name)), lower(coalesce(btrim(walk_in_organisation), '')))
  where walk_in_name is not null;
create index event_day_attendance_registration_idx on public.event_day_attendance (registration_id);
create index event_day_attendance_recorded_by_idx on public.event_day_attendance (recorded_by);
alter table public.event_day_attendance enable row level security;

-- A day of the event, in the venue's dates.
create function private.check_event_day(event uuid, day date)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.events as e
    where e.id = event and day between e.starts_local::date and e.ends_local::date
  ) then
    raise exception 'attendance is recorded only for a day of the event' using errcode = 'PT409', hint = 'day_outside_event';
  end if;
end;
$$;

revoke execute on function private.check_event_day(uuid, date) from public;
grant execute on function private.check_event_day(uuid, date) to authenticated, service_role;

-- The day lies within the event's days and the registration is a registered person of this event.
create function private.check_attendance()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Someone who may not edit the event is refused by row level security, which runs after this
  -- trigger: answering for them here would tell them the event's days and registrations.
  if coalesce(auth.role(), '') in ('anon', 'authenticated') and not private.can_edit_event(new.event_id) then
    return new;
  end if;
  perform private.check_event_day(new.event_id, new.day);
  if new.registration_id is not null and not exists (
    select 1 from public.event_registrations as r
    where r.id = new.registration_id and r.event_id = new.event_id and r.status = 'registered'
  ) then
    raise exception 'this person is not registered for the event: add them as a walk-in' using errcode = 'PT409', hint = 'not_registered';
  end if;
  return new;
end;
$$;

revoke execute on function private.check_attendance() from public;

create trigger event_day_attendance_checked
  before insert or update on public.event_day_attendance
  for each row execute function private.check_attendance();

create policy "Editors, and those who read the registration, read attendance"
  on public.event_day_attendance for select to authenticated
  using (
    event_id in (select private.my_edited_events())
    or (select private.is_platform_admin())
    or (registration_id is not null and exists (select 1 from public.event_registrations as r where r.id = event_day_attendance.registration_id))
  );

create policy "Editors record attendance"
  on public.event_day_attendance for insert to authenticated
  with check (event_id in (select private.my_edited_events()) or (select private.is_platform_admin()));

create policy "Editors correct walk-ins"
  on public.event_day_attendance for update to authenticated
  using (event_id in (select private.my_edited_events()) or (select private.is_platform_admin()))
  with check (event_id in (select private.my_edited_events()) or (select private.is_platform_admin()));

create policy "Editors remove attendance"
  on public.event_day_attendance for delete to authenticated
  using (event_id in (select private.my_edited_events()) or (select private.is_platform_admin()));

revoke all on public.event_day_attendance from anon, authenticated;
grant select, delete on public.event_day_attendance to authenticated;
grant insert (event_id, day, registration_id, walk_in_name, walk_in_organisation, walk_in_country)
  on public.event_day_attendance to authenticated;
grant update (walk_in_name, walk_in_organisation, walk_in_country) on public.event_day_attendance to authenticated;

-- One submit of the door list: the registered people who came on a day become exactly those given,
-- in one transaction (walk-ins of the day are kept). Refused whole, with the reason, for someone
-- who is not an editor of the event, a day outside it, or a person not registered for it.
create function public.record_attendance(event uuid, day date, came uuid[])
returns void
language plpgsql
security invoker
set search_path = ''
as $$
#variable_conflict use_column
begin
  if (select auth.uid()) is null or not private.can_edit_event(event) then
    raise exception 'only the host of the event records attendance' using errcode = '42501';
  end if;
  perform private.check_event_day(event, record_attendance.day);
  delete from public.event_day_attendance as a
  where a.event_id = event and a.day = record_attendance.day and a.registration_id is not null
    and a.registration_id <> all (coalesce(came, '{}'));
  insert into public.event_day_attendance (event_id, day, registration_id)
  select event, record_attendance.day, r from unnest(coalesce(came, '{}')) as r
  on conflict (event_id, day, registration_id) where registration_id is not null do nothing;
end;
$$;

revoke execute on function public.record_attendance(uuid, date, uuid[]) from public, anon;
grant execute on function public.record_attendance(uuid, date, uuid[]) to authenticated;
