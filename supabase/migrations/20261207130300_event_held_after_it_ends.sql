-- An event is held only once it is over at its venue (after its last minute in its own zone, or
-- its last day where only the day or month is known): outcomes and funder reports count held
-- events, so one still to come may not be counted as taken place.
create function private.check_event_held_after_end()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.status = 'held' and not private.event_is_over(new.ends_local, new.time_zone, new.time_precision) then
    raise exception 'an event is held only after it has ended at its venue'
      using errcode = '23514', hint = 'event_not_over';
  end if;
  return new;
end;
$$;

revoke execute on function private.check_event_held_after_end() from public;

create trigger event_held_after_it_ends
  before insert or update of status, starts_local, ends_local, time_zone, time_precision on public.events
  for each row execute function private.check_event_held_after_end();
