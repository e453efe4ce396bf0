-- The practice list through indexes, with a limit. search_practices sorted every published
-- practice, looking up each one's publications twice (for its rank and for its newest date), before
-- the page's range could apply; count_practices did the same before counting. Now:
--   private.matching_practices  the filters alone, without an order: counting stops at the cap;
--   public.list_practices       newest first (practices.published_at), read from its index up to
--                               the page asked for: the list when nothing is searched;
--   public.search_practices     the best match first, then the newest: only the matches are ranked.
-- None sets a search_path (every name is qualified), so each is inlined into the API's query and
-- the page's range reaches the index.

create function private.matching_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null
)
returns setof public.practices
language sql
stable
security invoker
as $$
  select p.* from public.practices as p
  -- Each filter is a `case`: the planner reckons one passes half the rows, where `x is null or …`
  -- read as passing almost none, so the first page was sorted out of every practice instead of
  -- read from the index in order.
  where p.published_at is not null
    -- Nothing searchable typed ("!!!") searches for nothing in particular. The words are looked up
    -- in the publications' index, once: the same publication in the language asked for, if one is.
    and case when matching_practices.query is null or (select private.practice_query(matching_practices.query)) is null then true
      else p.id in (
        select pub.practice_id from public.practice_publications as pub
        where pub.search_vector @@ (select private.practice_query(matching_practices.query))
          and (matching_practices.language is null or pub.locale = matching_practices.language))
      end
    and case when matching_practices.language is null then true
      else p.id in (select pub.practice_id from public.practice_publications as pub where pub.locale = matching_practices.language)
      end
    and case when matching_practices.theme is null then true else p.themes @> array[matching_practices.theme] end
    and case when matching_practices.country is null then true else p.country = matching_practices.country end
    -- Its own practices and those it did together with their owner: one set, read once.
    and case when matching_practices.organisation is null then true else p.id in (
      select x.id from public.practices as x
      join public.organisations as o on o.id = x.organisation_id
      where o.slug = matching_practices.organisation
      union all
      select po.practice_id from public.practice_organisations as po
      join public.organisations as o on o.id = po.organisation_id
      where o.slug = matching_practices.organisation) end
    and case when matching_practices.project is null then true else p.project_id in (
      select pr.id from public.projects as pr where pr.slug = matching_practices.project) end;
$$;

revoke execute on function private.matching_practices(text, public.practice_theme, text, text, text, text) from public;
grant execute on function private.matching_practices(text, public.practice_theme, text, text, text, text) to anon, authenticated, service_role;

create function public.list_practices(
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null
)
returns setof public.practices
language sql
stable
security invoker
as $$
  select p.* from private.matching_practices(null, theme, country, organisation, project, language) as p
  order by p.published_at desc, p.slug;
$$;

revoke execute on function public.list_practices(public.practice_theme, text, text, text, text) from public;
grant execute on function public.list_practices(public.practice_theme, text, text, text, text) to anon, authenticated;

create or replace function public.search_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null
)
returns setof public.practices
language sql
stable
security invoker
as $$
  select p.* from private.matching_practices(query, theme, country, organisation, project, language) as p
  order by
    (select max(ts_rank_cd(pub.search_vector, (select private.practice_query(search_practices.query))))
      from public.practice_publications as pub
      where pub.practice_id = p.id and search_practices.query is not null) desc nulls last,
    p.published_at desc,
    p.slug;
$$;

create or replace function public.count_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null,
  cap integer default 1000
)
returns integer
language sql
stable
security invoker
as $$
  select count(*)::integer from (
    select 1 from private.matching_practices(query, theme, country, organisation, project, language)
    limit greatest(cap, 0) + 1
  ) as found;
$$;
