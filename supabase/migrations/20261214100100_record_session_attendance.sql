-- One submit of a session's door list: the registered people who came to the session become
-- exactly those given, in one transaction (its walk-ins are kept). Refused whole, with the reason,
-- for someone who is not an editor of the event, a session that is not the event's, or a person
-- not registered for it (private.check_attendance and private.check_attendance_session).
create function public.record_session_attendance(event uuid, session uuid, came uuid[])
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  session_day date;
begin
  if (select auth.uid()) is null or not private.can_edit_event(event) then
    raise exception 'only the host of the event records attendance' using errcode = '42501';
  end if;
  select s.starts_local::date into session_day
  from public.event_sessions as s where s.id = session and s.event_id = event;
  if session_day is null then
    raise exception 'attendance is recorded only for a session of the event, on its day' using errcode = 'PT409', hint = 'session_outside_event';
  end if;
  delete from public.event_day_attendance as a
  where a.session_id = session and a.registration_id is not null
    and a.registration_id <> all (coalesce(came, '{}'));
  insert into public.event_day_attendance (event_id, day, session_id, registration_id)
  select event, session_day, session, r from unnest(coalesce(came, '{}')) as r
  on conflict (session_id, registration_id) where registration_id is not null and session_id is not null do nothing;
end;
$$;

revoke execute on function public.record_session_attendance(uuid, uuid, uuid[]) from public, anon;
grant execute on function public.record_session_attendance(uuid, uuid, uuid[]) to authenticated;
