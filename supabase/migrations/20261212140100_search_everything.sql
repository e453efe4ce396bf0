-- One search across the portal: projects, events, practices, collections, organisations, press
-- items and document titles, as the reader may see them (security invoker: each table's row level
-- security decides, so drafts, partner-only events, collections and documents stay with those who
-- may read them). Filters by kind, country, programme and year; ranked; one page at a time.
--
-- Each kind reads at most `cap` + 1 matches from its text index, with the filters applied as they
-- are read, and ranks those: the cost stays the same however many thousands of records a common
-- word matches, and the page then says "more than" (as the practice list does).
--
-- No `set search_path` on the SQL functions below (every name is qualified), so that they are
-- inlined into the query that calls them.

-- Whether a project passes the filters given (null: any): one of its partners in the country, the
-- programme, running during the year. Read as the reader (a project they may not see passes none).
create function private.project_passes(project uuid, country text, programme text, year integer)
returns boolean
language sql
stable
security invoker
as $$
  select exists (
    select 1 from public.projects as p
    where p.id = project_passes.project
      and (project_passes.programme is null or p.programme = project_passes.programme)
      and (project_passes.year is null or (
        p.start_date <= make_date(project_passes.year, 12, 31) and p.end_date >= make_date(project_passes.year, 1, 1)))
      and (project_passes.country is null
        or exists (
          select 1 from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
          where pp.project_id = p.id and o.country = project_passes.country)
        or exists (select 1 from public.unnamed_partners as u where u.project_id = p.id and u.country = project_passes.country)));
$$;

grant execute on function private.project_passes(uuid, text, text, integer) to anon, authenticated, service_role;

-- Whether an event passes the filters: held in the country, in a project of the programme, in the year.
create function private.event_passes(event uuid, country text, programme text, year integer)
returns boolean
language sql
stable
security invoker
as $$
  select exists (
    select 1 from public.events as e
    where e.id = event_passes.event
      and (event_passes.country is null or e.venue_country = event_passes.country)
      and (event_passes.year is null or extract(year from e.starts_local) = event_passes.year)
      and (event_passes.programme is null or exists (
        select 1 from public.project_events as pe
        where pe.event_id = e.id and private.project_passes(pe.project_id, null, event_passes.programme, null))));
$$;

grant execute on function private.event_passes(uuid, text, text, integer) to anon, authenticated, service_role;

-- Whether a practice passes the filters: done in the country, from a project of the programme,
-- first published in the year.
create function private.practice_passes(practice uuid, country text, programme text, year integer)
returns boolean
language sql
stable
security invoker
as $$
  select exists (
    select 1 from public.practices as p
    where p.id = practice_passes.practice
      and (practice_passes.country is null or p.country = practice_passes.country)
      and (practice_passes.year is null or extract(year from p.published_at) = practice_passes.year)
      and (practice_passes.programme is null or private.project_passes(p.project_id, null, practice_passes.programme, null)));
$$;

grant execute on function private.practice_passes(uuid, text, text, integer) to anon, authenticated, service_role;

-- Organisations whose own name, city or description, or a translation of their name, match the
-- query: each with its best rank, at most `cap` + 1 read from each index.
create function private.organisations_matching(query text, cap integer)
returns table (id uuid, rank real)
language sql
stable
security invoker
as $$
  select named.id, max(named.rank) from (
    (select o.id, ts_rank_cd(o.search_vector, (select private.practice_query(organisations_matching.query))) as rank
      from public.organisations as o
      where o.search_vector @@ (select private.practice_query(organisations_matching.query))
      limit greatest(organisations_matching.cap, 0) + 1)
    union all
    (select t.organisation_id, ts_rank_cd(t.search_vector, (select private.practice_query(organisations_matching.query)))
      from public.organisation_name_translations as t
      where t.search_vector @@ (select private.practice_query(organisations_matching.query))
      limit greatest(organisations_matching.cap, 0) + 1)
  ) as named
  group by named.id;
$$;

grant execute on function private.organisations_matching(text, integer) to anon, authenticated, service_role;

create function public.search_everything(
  query text,
  of_kind text default null,
  country text default null,
  programme text default null,
  in_year integer default null,
  skip integer default 0,
  take integer default 20,
  cap integer default 200
)
returns table (kind text, slug text, owner_kind text, title jsonb, rank real, total integer, more boolean)
language sql
stable
security invoker
as $$
  with found as (
    -- Projects: by acronym, title and summary in every language.
    (select 'project' as kind, p.slug, null::text as owner_kind, p.title::jsonb as title,
        ts_rank_cd(p.search_vector, (select private.practice_query(search_everything.query))) as rank
      from public.projects as p
      where coalesce(search_everything.of_kind, 'project') = 'project'
        and p.search_vector @@ (select private.practice_query(search_everything.query))
        and (num_nulls(search_everything.country, search_everything.programme, search_everything.in_year) = 3
          or private.project_passes(p.id, search_everything.country, search_everything.programme, search_everything.in_year))
      limit greatest(search_everything.cap, 0) + 1)
    union all
    -- Projects by a partner's name in any language ("Torun" finds the projects of Toruń's council),
    -- ranked below a project's own words.
    (select 'project', p.slug, null, p.title::jsonb, 0.5 * max(named.rank)
      from private.organisations_matching(search_everything.query, search_everything.cap) as named
      join public.project_partners as pp on pp.organisation_id = named.id
      join public.projects as p on p.id = pp.project_id
      where coalesce(search_everything.of_kind, 'project') = 'project'
        and (num_nulls(search_everything.country, search_everything.programme, search_everything.in_year) = 3
          or private.project_passes(p.id, search_everything.country, search_everything.programme, search_everything.in_year))
      group by p.id
      limit greatest(search_everything.cap, 0) + 1)
    union all
    -- Events: by title, venue and description.
    (select 'event', e.slug, null, e.title::jsonb,
        ts_rank_cd(e.search_vector, (select private.practice_query(search_everything.query)))
      from public.events as e
      where coalesce(search_everything.of_kind, 'event') = 'event'
        and e.search_vector @@ (select private.practice_query(search_everything.query))
        and (num_nulls(search_everything.country, search_everything.programme, search_everything.in_year) = 3
          or private.event_passes(e.id, search_everything.country, search_everything.programme, search_everything.in_year))
      limit greatest(search_everything.cap, 0) + 1)
    union all
    -- Practices: by their published texts, each language on its own; titles in every language.
    (select 'practice', p.slug, null,
        (select jsonb_object_agg(pub.locale, jsonb_build_object('text', pub.title, 'status', pub.kind))
          from public.practice_publications as pub where pub.practice_id = p.id),
        max(matched.rank)
      from (
        select pub.practice_id, ts_rank_cd(pub.search_vector, (select private.practice_query(search_everything.query))) as rank
        from public.practice_publications as pub
        where coalesce(search_everything.of_kind, 'practice') = 'practice'
          and pub.search_vector @@ (select private.practice_query(search_everything.query))
          and (num_nulls(search_everything.country, search_everything.programme, search_everything.in_year) = 3
            or private.practice_passes(pub.practice_id, search_everything.country, search_everything.programme, search_everything.in_year))
        limit greatest(search_everything.cap, 0) + 1
      ) as matched
      join public.practices as p on p.id = matched.practice_id
      group by p.id)
    union all
    -- Organisations: by name in any language, city and description. Programme and year: a partner
    -- in a project of that programme, running that year.
    (select 'organisation', o.slug, null,
        jsonb_build_object(o.name_lang, jsonb_build_object('text', o.name, 'status', 'original'))
          || coalesce((select jsonb_object_agg(t.locale, jsonb_build_object('text', t.name, 'status', 'reviewed'))
            from public.organisation_name_translations as t where t.organisation_id = o.id and t.locale <> o.name_lang), '{}'::jsonb),
        named.rank
      from private.organisations_matching(search_everything.query, search_everything.cap) as named
      join public.organisations as o on o.id = named.id
      where coalesce(search_everything.of_kind, 'organisation') = 'organisation'
        and (search_everything.country is null or o.country = search_everything.country)
        and ((search_everything.programme is null and search_everything.in_year is null) or exists (
          select 1 from public.project_partners as pp
          where pp.organisation_id = o.id
            and private.project_passes(pp.project_id, null, search_everything.programme, search_everything.in_year))))
    union all
    -- Collections: by title and introduction. Country and programme through their project, or
    -- their organisation's country; the year they were made.
    (select 'collection', c.slug, null, c.title::jsonb,
        ts_rank_cd(c.search_vector, (select private.practice_query(search_everything.query)))
      from public.collections as c
      where coalesce(search_everything.of_kind, 'collection') = 'collection'
        and c.search_vector @@ (select private.practice_query(search_everything.query))
        and (search_everything.in_year is null or extract(year from c.created_at) = search_everything.in_year)
        and (num_nulls(search_everything.country, search_everything.programme) = 2
          or private.project_passes(c.project_id, search_everything.country, search_everything.programme, null)
          or (search_everything.programme is null and exists (
            select 1 from public.organisations as o where o.id = c.organisation_id and o.country = search_everything.country)))
      limit greatest(search_everything.cap, 0) + 1)
    union all
    -- Press items: by title and text, on their project's page; the year they appeared.
    (select 'press_item', p.slug, 'project', i.title::jsonb,
        ts_rank_cd(i.search_vector, (select private.practice_query(search_everything.query)))
      from public.press_items as i
      join public.projects as p on p.id = i.project_id
      where coalesce(search_everything.of_kind, 'press_item') = 'press_item'
        and i.search_vector @@ (select private.practice_query(search_everything.query))
        and (search_everything.in_year is null or extract(year from i.published_on) = search_everything.in_year)
        and (num_nulls(search_everything.country, search_everything.programme) = 2
          or private.project_passes(i.project_id, search_everything.country, search_everything.programme, null))
      limit greatest(search_everything.cap, 0) + 1)
    union all
    -- Documents: by title, on the page of what they belong to; the year they were added.
    (select 'document', coalesce(p.slug, e.slug, pr.slug),
        case when p.id is not null then 'project' when e.id is not null then 'event' else 'practice' end,
        d.title::jsonb, ts_rank_cd(d.search_vector, (select private.practice_query(search_everything.query)))
      from public.documents as d
      left join public.projects as p on p.id = d.project_id
      left join public.events as e on e.id = d.event_id
      left join public.practices as pr on pr.id = d.practice_id
      where coalesce(search_everything.of_kind, 'document') = 'document'
        and d.search_vector @@ (select private.practice_query(search_everything.query))
        and coalesce(p.id, e.id, pr.id) is not null
        and (search_everything.in_year is null or extract(year from d.created_at) = search_everything.in_year)
        and (num_nulls(search_everything.country, search_everything.programme) = 2
          or private.project_passes(d.project_id, search_everything.country, search_everything.programme, null)
          or private.event_passes(d.event_id, search_everything.country, search_everything.programme, null)
          or private.practice_passes(d.practice_id, search_everything.country, search_everything.programme, null))
      limit greatest(search_everything.cap, 0) + 1)
  ),
  -- A project found both by its own words and by a partner's name counts once, at its best rank.
  best as (
    select f.kind, f.slug, f.owner_kind, f.title, max(f.rank)::real as rank
    from found as f
    group by f.kind, f.slug, f.owner_kind, f.title
  ),
  counted as (
    select b.*, count(*) over (partition by b.kind) as of_its_kind, count(*) over () as total from best as b
  )
  select c.kind, c.slug, c.owner_kind, c.title, c.rank, c.total::integer,
    bool_or(c.of_its_kind > greatest(search_everything.cap, 0)) over ()
  from counted as c
  order by c.rank desc,
    array_position(array['project', 'event', 'practice', 'collection', 'organisation', 'press_item', 'document'], c.kind),
    c.slug
  offset greatest(search_everything.skip, 0)
  limit least(greatest(search_everything.take, 0), 100);
$$;

revoke execute on function public.search_everything(text, text, text, text, integer, integer, integer, integer) from public;
grant execute on function public.search_everything(text, text, text, text, integer, integer, integer, integer) to anon, authenticated;
