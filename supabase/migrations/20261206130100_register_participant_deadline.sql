-- After an event's registration deadline (the end of that day at the venue), only the event's
-- editors still register people; partners are told registration has closed, with a hint of its
-- own so the portal can say why.
create or replace function private.register_participant(
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
  if not private.can_edit_event(event) and exists (
    select 1 from public.events as e
    where e.id = event and e.registration_deadline is not null
      and (now() at time zone e.time_zone)::date > e.registration_deadline
  ) then
    raise exception 'the registration deadline has passed' using errcode = 'PT409', hint = 'registration_deadline_passed';
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
