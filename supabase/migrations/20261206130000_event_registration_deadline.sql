-- An event's registration deadline: the last day, on the venue's calendar, on which partners can
-- register their people (registration closes when that day ends at the venue). A day rather than
-- a time: invitations say "register by 10 March", and the venue's zone makes the day exact.
-- It lies on or before the event's last day; the event's editors may still register people after.
alter table public.events
  add column registration_deadline date,
  add constraint events_registration_deadline_before_end
    check (registration_deadline is null or registration_deadline <= ends_local::date);

grant update (registration_deadline) on public.events to authenticated;
