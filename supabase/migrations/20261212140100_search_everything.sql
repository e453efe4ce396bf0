-- One search across the portal: projects, events, practices, collections, organisations, press
-- items and document titles, as the reader may see them (security invoker: each table's row level
-- security decides, so drafts, partner-only events, collections and documents stay with those who
-- may read them). Filters by kind, country, programme and year; ranked; one page at a time.
--
-- The cost stays flat however many thousands of records a common word matches: each kind takes
-- at most 5 × (cap + 1) candidates from its text index, reads them as the reader with the
-- filters, and keeps and ranks the first cap + 1 that pass (the page then says "more than", as
-- the practice list does). A filter that leaves few of a very common word's records may so miss
-- some beyond the candidates read.
--
-- No `set search_path` on the SQL helpers below (every name is qualified), so that they are
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

-- The records of one kind whose words match the query, at most `bound` of them, read from the text
-- indexes alone: their ids. Nothing else of the record: the caller reads the records
-- themselves as the reader (row level security keeps what they may not see out), so this only
-- narrows what it reads. Definer, because a table's policies would otherwise stand between the
-- query and its text index (PostgreSQL applies a policy's conditions before a condition that is not
-- leakproof, such as a text match), and every search would read the whole table. The planner is
-- told to use the indexes: it cannot see how rare a word is, and a table read whole, row by row,
-- costs a search 50 to 100 ms at 10,000 projects.
create function private.search_candidates(query tsquery, kind text, bound integer)
returns setof uuid
language plpgsql
stable
security definer
set search_path = ''
set enable_seqscan = off
-- A handful, as far as the planner is told: it then reads what each candidate leads to by index.
rows 20
as $$
begin
  case search_candidates.kind
    when 'project' then
      return query select p.id from public.projects as p
        where p.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'event' then
      return query select e.id from public.events as e
        where e.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'practice' then
      return query select pub.practice_id from public.practice_publications as pub
        where pub.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'organisation' then
      return query select o.id from public.organisations as o
        where o.search_vector @@ search_candidates.query limit search_candidates.bound;
      return query select t.organisation_id from public.organisation_name_translations as t
        where t.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'collection' then
      return query select c.id from public.collections as c
        where c.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'press_item' then
      return query select i.id from public.press_items as i
        where i.search_vector @@ search_candidates.query limit search_candidates.bound;
    when 'document' then
      return query select d.id from public.documents as d
        where d.search_vector @@ search_candidates.query limit search_candidates.bound;
    else
      return;
  end case;
end;
$$;

revoke execute on function private.search_candidates(tsquery, text, integer) from public;
grant execute on function private.search_candidates(tsquery, text, integer) to anon, authenticated, service_role;

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
language plpgsql
stable
security invoker
set search_path = ''
-- Run as a statement planned with the values given ($1 the folded query, $2 the kind, $3 the
-- country, $4 the programme, $5 the year; $6 the matches kept per kind, $9 the cap, $10 the
-- candidates read per kind; $7 and $8 the page), so that the kinds and filters not asked for fold
-- away before planning. Each kind reads its candidates from its text index (at most $10), then the
-- records themselves as the reader, with the filters, keeping at most cap + 1 that pass.
as $body$
begin
  if private.practice_query(search_everything.query) is null then
    return;
  end if;
  return query execute $sql$
    with found as (
      -- Projects: by acronym, title and summary in every language.
      (select 'project' as kind, p.slug, null::text as owner_kind, p.title::jsonb as title, ts_rank_cd(p.search_vector, $1) as rank
        from private.search_candidates($1, 'project', $10) as m(id)
        join public.projects as p on p.id = m.id
        where coalesce($2, 'project') = 'project'
          -- The project's own columns first: the partners are read only for a country.
          and ($4 is null or p.programme = $4)
          and ($5 is null or (p.start_date <= make_date($5, 12, 31) and p.end_date >= make_date($5, 1, 1)))
          and ($3 is null or private.project_passes(p.id, $3, null, null))
        limit $6)
      union all
      -- Projects by a partner's name in any language ("Torun" finds the projects of Toruń's
      -- council), ranked below a project's own words.
      (select 'project', p.slug, null, p.title::jsonb, 0.5 * max(ts_rank_cd(o.search_vector, $1))
        from (
          select pp.project_id as id, pp.organisation_id
          from private.search_candidates($1, 'organisation', $10) as m(id)
          join public.project_partners as pp on pp.organisation_id = m.id
          where coalesce($2, 'project') = 'project'
            and ($3 is null and $4 is null and $5 is null or private.project_passes(pp.project_id, $3, $4, $5))
          limit $6
        ) as m
        join public.projects as p on p.id = m.id
        join public.organisations as o on o.id = m.organisation_id
        group by p.id)
      union all
      -- Events: by title, venue and description.
      (select 'event', e.slug, null, e.title::jsonb, ts_rank_cd(e.search_vector, $1)
        from private.search_candidates($1, 'event', $10) as m(id)
        join public.events as e on e.id = m.id
        where coalesce($2, 'event') = 'event'
          and ($3 is null and $4 is null and $5 is null or private.event_passes(e.id, $3, $4, $5))
        limit $6)
      union all
      -- Practices: by their published texts, each language on its own; titles in every language.
      (select 'practice', p.slug, null,
          (select jsonb_object_agg(pub.locale, jsonb_build_object('text', pub.title, 'status', pub.kind))
            from public.practice_publications as pub where pub.practice_id = p.id),
          (select max(ts_rank_cd(pub.search_vector, $1)) from public.practice_publications as pub
            where pub.practice_id = p.id and pub.search_vector @@ $1)
        from (
          -- The first matches that pass, before grouping them by practice, so that reading stops there.
          select p.id
          from private.search_candidates($1, 'practice', $10) as m(id)
          join public.practices as p on p.id = m.id
          where coalesce($2, 'practice') = 'practice'
            -- A published language the reader may read.
            and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)
            and ($3 is null and $4 is null and $5 is null or private.practice_passes(p.id, $3, $4, $5))
          limit $6
        ) as m
        join public.practices as p on p.id = m.id
        group by p.id)
      union all
      -- Organisations: by name in any language, city and description. Programme and year: a
      -- partner in a project of that programme, running that year.
      (select 'organisation', o.slug, null,
          jsonb_build_object(o.name_lang, jsonb_build_object('text', o.name, 'status', 'original'))
            || coalesce((select jsonb_object_agg(t.locale, jsonb_build_object('text', t.name, 'status', 'reviewed'))
              from public.organisation_name_translations as t where t.organisation_id = o.id and t.locale <> o.name_lang), '{}'::jsonb),
          greatest(ts_rank_cd(o.search_vector, $1), (select max(ts_rank_cd(t.search_vector, $1))
            from public.organisation_name_translations as t where t.organisation_id = o.id and t.search_vector @@ $1))
        from (
          select o.id
          from private.search_candidates($1, 'organisation', $10) as m(id)
          join public.organisations as o on o.id = m.id
          where coalesce($2, 'organisation') = 'organisation'
            and ($3 is null or o.country = $3)
            and ($4 is null and $5 is null or exists (
              select 1 from public.project_partners as pp
              where pp.organisation_id = o.id and private.project_passes(pp.project_id, null, $4, $5)))
          limit $6
        ) as m
        join public.organisations as o on o.id = m.id
        group by o.id)
      union all
      -- Collections: by title and introduction. Country and programme through their project, or
      -- their organisation's country; the year they were made.
      (select 'collection', c.slug, null, c.title::jsonb, ts_rank_cd(c.search_vector, $1)
        from private.search_candidates($1, 'collection', $10) as m(id)
        join public.collections as c on c.id = m.id
        where coalesce($2, 'collection') = 'collection'
          and ($5 is null or extract(year from c.created_at) = $5)
          and ($3 is null and $4 is null
            or private.project_passes(c.project_id, $3, $4, null)
            or ($4 is null and exists (select 1 from public.organisations as o where o.id = c.organisation_id and o.country = $3)))
        limit $6)
      union all
      -- Press items: by title and text, on their project's page; the year they appeared.
      (select 'press_item', p.slug, 'project', i.title::jsonb, ts_rank_cd(i.search_vector, $1)
        from private.search_candidates($1, 'press_item', $10) as m(id)
        join public.press_items as i on i.id = m.id
        join public.projects as p on p.id = i.project_id
        where coalesce($2, 'press_item') = 'press_item'
          and ($5 is null or extract(year from i.published_on) = $5)
          and ($3 is null and $4 is null or private.project_passes(i.project_id, $3, $4, null))
        limit $6)
      union all
      -- Documents: by title, on the page of what they belong to; the year they were added.
      (select 'document', coalesce(p.slug, e.slug, pr.slug),
          case when p.id is not null then 'project' when e.id is not null then 'event' else 'practice' end,
          d.title::jsonb, ts_rank_cd(d.search_vector, $1)
        from private.search_candidates($1, 'document', $10) as m(id)
        join public.documents as d on d.id = m.id
        left join public.projects as p on p.id = d.project_id
        left join public.events as e on e.id = d.event_id
        left join public.practices as pr on pr.id = d.practice_id
        where coalesce($2, 'document') = 'document'
          and coalesce(p.id, e.id, pr.id) is not null
          and ($5 is null or extract(year from d.created_at) = $5)
          and ($3 is null and $4 is null
            or private.project_passes(d.project_id, $3, $4, null)
            or private.event_passes(d.event_id, $3, $4, null)
            or private.practice_passes(d.practice_id, $3, $4, null))
        limit $6)
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
      bool_or(c.of_its_kind > $9) over ()
    from counted as c
    order by c.rank desc,
      array_position(array['project', 'event', 'practice', 'collection', 'organisation', 'press_item', 'document'], c.kind),
      c.slug
    offset $7
    limit $8;
  $sql$
  using private.practice_query(search_everything.query), search_everything.of_kind, search_everything.country,
    search_everything.programme, search_everything.in_year, greatest(search_everything.cap, 0) + 1,
    greatest(search_everything.skip, 0), least(greatest(search_everything.take, 0), 100), greatest(search_everything.cap, 0),
    -- Candidates per kind: enough that the reader's filters and rights still leave a full cap.
    5 * (greatest(search_everything.cap, 0) + 1);
end;
$body$;

revoke execute on function public.search_everything(text, text, text, text, integer, integer, integer, integer) from public;
grant execute on function public.search_everything(text, text, text, text, integer, integer, integer, integer) to anon, authenticated;
