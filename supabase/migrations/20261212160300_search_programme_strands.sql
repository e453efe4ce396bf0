-- Filtering the project list by a programme finds the projects recorded under any of its strands
-- too: "Interreg" lists the Interreg Europe and cross-border projects, a strand only its own.

create or replace function public.search_projects(
  query text default null,
  programme text default null,
  status public.project_status default null,
  year integer default null,
  country text default null,
  organisation text default null,
  skip integer default 0,
  take integer default null
)
returns setof public.projects
language sql
stable
security invoker
-- No `set search_path` (every name is qualified): a SQL function without one is inlined into the
-- API's query, so the page's range and count reach the index instead of every matching row.
as $$
  select p.* from public.projects as p
  -- The pattern is folded once (a subquery), not once per row: the API passes the arguments as
  -- values the planner cannot fold in advance.
  where (search_projects.query is null or p.search_text like (select '%' || private.fold(search_projects.query) || '%'))
    and (search_projects.programme is null or p.programme in (
      select c.code from public.programmes as c
      where c.code = search_projects.programme or c.parent = search_projects.programme))
    and (search_projects.status is null or p.status = search_projects.status)
    and (search_projects.year is null or (
      p.start_date <= make_date(search_projects.year, 12, 31) and p.end_date >= make_date(search_projects.year, 1, 1)))
    and (search_projects.country is null
      or exists (
        select 1 from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
        where pp.project_id = p.id and o.country = search_projects.country)
      or exists (select 1 from public.unnamed_partners as u where u.project_id = p.id and u.country = search_projects.country))
    and (search_projects.organisation is null or exists (
      select 1 from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
      where pp.project_id = p.id and o.slug = search_projects.organisation))
  order by p.start_date desc nulls last, p.slug
  -- A limit of null is none: the whole answer, as count_projects reads it.
  offset greatest(search_projects.skip, 0)
  limit search_projects.take;
$$;
