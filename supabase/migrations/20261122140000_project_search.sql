-- Finding projects in the database, so that the list costs the same for five projects or ten
-- thousand: filters and accent-free search run here, a page at a time.

create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;

-- Lowercase without accents: "Līga", "LIGA" and "liga" are the same to search. unaccent() is only
-- stable (its dictionary could change); naming the dictionary makes it safe to index.
create function private.fold(value text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select lower(extensions.unaccent('extensions.unaccent'::regdictionary, value));
$$;

grant execute on function private.fold(text) to anon, authenticated, service_role;

-- Every language of a translatable text, as one string.
create function private.all_translations(value jsonb)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select coalesce(string_agg(e.value ->> 'text', ' '), '') from jsonb_each(coalesce(value, '{}'::jsonb)) as e;
$$;

grant execute on function private.all_translations(jsonb) to anon, authenticated, service_role;

-- What a search matches: the acronym, the title and the summary in every language, folded.
alter table public.projects
  add column search_text text generated always as (
    private.fold(coalesce(acronym, '') || ' ' || private.all_translations(title) || ' ' || private.all_translations(summary))
  ) stored;

create index projects_search_text_idx on public.projects using gin (search_text extensions.gin_trgm_ops);
create index projects_start_date_idx on public.projects (start_date desc nulls last, slug);

-- The projects a reader may see (row level security decides, as the reader) that match every
-- filter given, newest first. Returns rows of projects, so the API embeds partners as usual and
-- counts and pages the answer.
create function public.search_projects(
  query text default null,
  programme text default null,
  status public.project_status default null,
  year integer default null,
  country text default null,
  organisation text default null
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
    and (search_projects.programme is null or p.programme = search_projects.programme)
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
  order by p.start_date desc nulls last, p.slug;
$$;

revoke execute on function public.search_projects(text, text, public.project_status, integer, text, text) from public;
grant execute on function public.search_projects(text, text, public.project_status, integer, text, text) to anon, authenticated;

-- The choices the filters offer: the years projects run through and the countries and
-- organisations taking part, over the projects the reader may see.
create function public.project_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'first_year', (select min(extract(year from p.start_date))::int from public.projects as p),
    'last_year', (select max(extract(year from coalesce(p.end_date, p.start_date)))::int from public.projects as p),
    'countries', (
      select coalesce(jsonb_agg(distinct c.country), '[]'::jsonb) from (
        select o.country from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
        union select u.country from public.unnamed_partners as u
      ) as c),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object('slug', o.slug, 'name', o.name) order by o.name), '[]'::jsonb)
      from public.organisations as o
      where exists (select 1 from public.project_partners as pp where pp.organisation_id = o.id))
  );
$$;

revoke execute on function public.project_filter_choices() from public;
grant execute on function public.project_filter_choices() to anon, authenticated;

-- Partners are readable with their project. Said as a join on projects (whose own policy then
-- applies) rather than a function per row, so the planner can read thousands of them at once.
drop policy "Partners of readable projects are readable" on public.project_partners;
create policy "Partners of readable projects are readable"
  on public.project_partners for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = project_id));

drop policy "Unnamed partners of readable projects are readable" on public.unnamed_partners;
create policy "Unnamed partners of readable projects are readable"
  on public.unnamed_partners for select to anon, authenticated
  using (exists (select 1 from public.projects as p where p.id = project_id));

create index organisations_country_idx on public.organisations (country);

-- How many projects match, counted up to `cap` only: a count that costs the same however many
-- thousands match ("more than 1,000" is as useful to a reader as the exact number).
create function public.count_projects(
  query text default null,
  programme text default null,
  status public.project_status default null,
  year integer default null,
  country text default null,
  organisation text default null,
  cap integer default 1000
)
returns integer
language sql
stable
security invoker
as $$
  select count(*)::integer from (
    select 1 from public.search_projects(query, programme, status, year, country, organisation) limit greatest(cap, 0) + 1
  ) as found;
$$;

revoke execute on function public.count_projects(text, text, public.project_status, integer, text, text, integer) from public;
grant execute on function public.count_projects(text, text, public.project_status, integer, text, text, integer) to anon, authenticated;
