-- Which events everyone may read: public ones listed in at least one published project. Kept as a
-- set of ids beside the events, so that a policy finds out with one index probe per row (and the
-- events page with an index scan) instead of joining an event's listings and projects for every
-- row it looks at (private.can_read_event).

create table private.public_events (
  event_id uuid primary key references public.events (id) on delete cascade
);

-- Read by the events' policies, which run as the reader. Not reachable through the API (private
-- is not an exposed schema), and it only names events that everyone may read anyway.
revoke all on private.public_events from public;
grant select on private.public_events to anon, authenticated;

-- Recomputes the events given from their visibility and listings. Each event row is locked first
-- (its next statements then see what was committed meanwhile), so that two projects listing the
-- same event, unpublished at the same time, cannot each leave it public because of the other.
create function private.refresh_public_events(events uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.events as e where e.id = any(events) order by e.id for no key update;
  delete from private.public_events as pe where pe.event_id = any(events);
  insert into private.public_events (event_id)
  select e.id from public.events as e
  where e.id = any(events) and e.visibility = 'public'
    and exists (
      select 1 from public.project_events as pe join public.projects as p on p.id = pe.project_id
      where pe.event_id = e.id and p.is_published
    );
end;
$$;

create function private.refresh_public_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'projects' then
    perform private.refresh_public_events(array(select pe.event_id from public.project_events as pe where pe.project_id = new.id));
  elsif tg_table_name = 'project_events' then
    perform private.refresh_public_events(array[coalesce(new.event_id, old.event_id)]);
  else
    perform private.refresh_public_events(array[new.id]);
  end if;
  return null;
end;
$$;

revoke execute on function private.refresh_public_events(uuid[]), private.refresh_public_event() from public;

create trigger refresh_public_event
  after insert or update of visibility on public.events
  for each row execute function private.refresh_public_event();

create trigger refresh_public_event
  after insert or delete on public.project_events
  for each row execute function private.refresh_public_event();

create trigger refresh_public_events
  after update of is_published on public.projects
  for each row when (old.is_published is distinct from new.is_published)
  execute function private.refresh_public_event();

insert into private.public_events (event_id)
select e.id from public.events as e
where e.visibility = 'public'
  and exists (
    select 1 from public.project_events as pe join public.projects as p on p.id = pe.project_id
    where pe.event_id = e.id and p.is_published
  );
