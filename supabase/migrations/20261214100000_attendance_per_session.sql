-- Attendance per session, where the host wants it: a row of attendance may name one session of the
-- event, on that session's day, and then says who came to that session; a row without a session
-- says who came on the day, as before. Whoever has any row came to the event, so the figures that
-- count those who came (private.event_participants) are unchanged. The day's door list and each
-- session's are kept apart: a person may be ticked on both, and saving one leaves the other alone.

alter table public.event_day_attendance
  add column session_id uuid references public.event_sessions (id) on delete cascade;

create index event_day_attendance_session_idx on public.event_day_attendance (session_id);

-- One row per person per door list: the day's (no session) or a session's.
drop index public.event_day_attendance_registration_key;
create unique index event_day_attendance_registration_key on public.event_day_attendance (event_id, day, registration_id)
  where registration_id is not null and session_id is null;
create unique index event_day_attendance_session_registration_key on public.event_day_attendance (session_id, registration_id)
  where registration_id is not null and session_id is not null;

drop index public.event_day_attendance_walk_in_key;
create unique index event_day_attendance_walk_in_key
  on public.event_day_attendance (event_id, day, lower(btrim(walk_in_name)), lower(coalesce(btrim(walk_in_organisation), '')))
  where walk_in_name is not null and session_id is null;
create unique index event_day_attendance_session_walk_in_key
  on public.event_day_attendance (session_id, lower(btrim(walk_in_name)), lower(coalesce(btrim(walk_in_organisation), '')))
  where walk_in_name is not null and session_id is not null;

-- A session named is one of the event's, and the row's day is the session's day at the venue.
create function private.check_attendance_session()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.session_id is null then
    return new;
  end if;
  -- As in private.check_attendance: row level security answers anyone who may not edit the event.
  if coalesce(auth.role(), '') in ('anon', 'authenticated') and not private.can_edit_event(new.event_id) then
    return new;
  end if;
  if not exists (
    select 1 from public.event_sessions as s
    where s.id = new.session_id and s.event_id = new.event_id and s.starts_local::date = new.day
  ) then
    raise exception 'attendance is recorded only for a session of the event, on its day' using errcode = 'PT409', hint = 'session_outside_event';
  end if;
  return new;
end;
$$;

revoke execute on function private.check_attendance_session() from public;

create trigger event_day_attendance_session_checked
  before insert or update on public.event_day_attendance
  for each row execute function private.check_attendance_session();

grant insert (session_id) on public.event_day_attendance to authenticated;

-- Redefined from 20261211100000_event_day_attendance.sql: the day's door list now leaves the
-- sessions' lists alone (it replaces only rows without a session), and its conflict target is the
-- day's index, which names rows without a session.
create or replace function public.record_attendance(event uuid, day date, came uuid[])
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
  where a.event_id = event and a.day = record_attendance.day and a.session_id is null and a.registration_id is not null
    and a.registration_id <> all (coalesce(came, '{}'));
  insert into public.event_day_attendance (event_id, day, registration_id)
  select event, record_attendance.day, r from unnest(coalesce(came, '{}')) as r
  on conflict (event_id, day, registration_id) where registration_id is not null and session_id is null do nothing;
end;
$$;
