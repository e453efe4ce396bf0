-- The events of an organisation: those it hosts and those of the projects it is a partner in, as
-- one query the API can filter, order and page (instead of a list of every event id sent back in
-- the address). Security invoker, and no `set search_path` (every name is qualified), so that it
-- is inlined into the API's query: row level security decides which events the reader sees, and
-- the page's order and limit reach the index on the start.
create function public.events_of_organisation(organisation text)
returns setof public.events
language sql
stable
security invoker
as $$
  with organisation as (select o.id from public.organisations as o where o.slug = events_of_organisation.organisation)
  select e.* from public.events as e
  where e.id in (
    select h.id from public.events as h where h.host_organisation_id = (select id from organisation)
    union
    select pe.event_id from public.project_events as pe
    join public.project_partners as pp on pp.project_id = pe.project_id
    where pp.organisation_id = (select id from organisation));
$$;

revoke execute on function public.events_of_organisation(text) from public;
grant execute on function public.events_of_organisation(text) to anon, authenticated;
