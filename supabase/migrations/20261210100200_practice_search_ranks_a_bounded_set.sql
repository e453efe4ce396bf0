-- A search that nearly every practice matches ("volunteers") ranked every match, then counted them
-- all before its cap: the cost grew with the network (98 ms at 20,000 practices). Now both read at
-- most `cap` + 1 matching publications from the text index, with the other filters applied as they
-- are read: when fewer match, every match is ranked and counted exactly, as before; when more, the
-- page says "more than `cap`" and ranks the practices of the first `cap` + 1 found, best first.
-- Nothing is inlined across a search_path (every name is qualified), so the API's page and embeds
-- reach the limit instead of every matching row.

-- The matching publications, one row each with its rank, at most cap + 1 of them.
create function private.matching_publications(
  query text,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null,
  cap integer default 200
)
returns table (practice_id uuid, rank real)
language sql
stable
security invoker
as $$
  select pub.practice_id, ts_rank_cd(pub.search_vector, (select private.practice_query(matching_publications.query)))
  from public.practice_publications as pub
  where pub.search_vector @@ (select private.practice_query(matching_publications.query))
    and (matching_publications.language is null or pub.locale = matching_publications.language)
    -- Its practice is one the reader may see (row level security) and passes every other filter:
    -- asked per publication read (a subquery the planner keeps as one), so that the reading stops at
    -- the limit instead of first gathering every practice that passes the filters.
    and (select true from private.matching_practices(null, theme, country, organisation, project, language) as m
      where m.id = pub.practice_id)
  limit greatest(matching_publications.cap, 0) + 1;
$$;

revoke execute on function private.matching_publications(text, public.practice_theme, text, text, text, text, integer) from public;
grant execute on function private.matching_publications(text, public.practice_theme, text, text, text, text, integer) to anon, authenticated, service_role;

drop function public.search_practices(text, public.practice_theme, text, text, text, text);

create function public.search_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null,
  skip integer default 0,
  take integer default null,
  cap integer default 200
)
returns setof public.practices
language sql
stable
security invoker
as $$
  select (found.practice).* from (
    -- The best match first (a practice's best language), then the newest.
    select p as practice, ranked.rank, p.published_at, p.slug
    from (
      select m.practice_id, max(m.rank) as rank
      from private.matching_publications(query, theme, country, organisation, project, language, cap) as m
      group by m.practice_id
    ) as ranked
    join public.practices as p on p.id = ranked.practice_id
    -- Nothing searchable typed ("!!!") searches for nothing in particular: the list, newest first.
    union all
    select p, null, p.published_at, p.slug
    from private.matching_practices(null, theme, country, organisation, project, language) as p
    where (select private.practice_query(search_practices.query)) is null
  ) as found
  order by found.rank desc nulls last, found.published_at desc, found.slug
  offset greatest(search_practices.skip, 0)
  limit search_practices.take;
$$;

revoke execute on function public.search_practices(text, public.practice_theme, text, text, text, text, integer, integer, integer) from public;
grant execute on function public.search_practices(text, public.practice_theme, text, text, text, text, integer, integer, integer) to anon, authenticated;

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
  select case
    when (select private.practice_query(count_practices.query)) is null then (
      select count(*)::integer from (
        select 1 from private.matching_practices(null, theme, country, organisation, project, language)
        limit greatest(count_practices.cap, 0) + 1
      ) as found)
    -- More matching publications than the cap: more practices than it, as far as the reader is told.
    else (
      select case when count(*) > greatest(count_practices.cap, 0) then greatest(count_practices.cap, 0) + 1 else count(distinct m.practice_id)::integer end
      from private.matching_publications(query, theme, country, organisation, project, language, cap) as m)
  end;
$$;
