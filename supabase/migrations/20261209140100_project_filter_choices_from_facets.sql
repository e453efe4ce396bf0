-- The project list's small filter choices without reading every project: the countries from the
-- values published projects have (public.list_facets), the years from two indexes, and whatever
-- drafts the reader may see (their partnership's; none for the public) added to both. Organisations
-- are no longer offered as one long list: the list finds them by name
-- (public.project_partner_choices).

create index projects_published_start_idx on public.projects (start_date) where is_published;
create index projects_published_end_idx on public.projects ((coalesce(end_date, start_date))) where is_published;
create index projects_drafts_idx on public.projects (id) where not is_published;

create or replace function public.project_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  -- The drafts the reader may see (their partnership's; all of them for a platform admin; none for
  -- the public): row level security decides.
  with drafts as (select p.id, p.start_date, p.end_date from public.projects as p where not p.is_published)
  select jsonb_build_object(
    'first_year', extract(year from least(
      (select min(p.start_date) from public.projects as p where p.is_published),
      (select min(d.start_date) from drafts as d)))::int,
    'last_year', extract(year from greatest(
      (select max(coalesce(p.end_date, p.start_date)) from public.projects as p where p.is_published),
      (select max(coalesce(d.end_date, d.start_date)) from drafts as d)))::int,
    'countries', (
      select coalesce(jsonb_agg(c.country order by c.country), '[]'::jsonb) from (
        select f.value as country from public.list_facets as f where f.facet = 'project_country'
        union
        select o.country from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
        where pp.project_id = any (array(select d.id from drafts as d))
        union
        select u.country from public.unnamed_partners as u where u.project_id = any (array(select d.id from drafts as d))
      ) as c)
  );
$$;
