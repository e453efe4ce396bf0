-- The one search's programme filter finds what is recorded under any of the programme's strands,
-- as the project list's does (20261212160300_search_programme_strands.sql): "Interreg" finds the
-- Interreg Europe and cross-border projects, their events, practices, partners, collections and
-- documents; a strand finds only its own.
--
-- Both places that compare a project's programme with the filter are redefined whole, as
-- `create or replace` needs (20261212140100_search_everything.sql): private.project_passes, which the
-- events, practices, organisations, collections and documents go through, and the projects' own
-- branch of public.search_everything. Nothing else in either changes; their grants stay.

create or replace function private.project_passes(project uuid, country text, programme text, year integer)
returns boolean
language sql
stable
security invoker
as $$
  select exists (
    select 1 from public.projects as p
    where p.id = project_passes.project
      and (project_passes.programme is null or p.programme in (
        select c.code from public.programmes as c
        where c.code = project_passes.programme or c.parent = project_passes.programme))
      and (project_passes.year is null or (
        p.start_date <= make_date(project_passes.year, 12, 31) and p.end_date >= make_date(project_passes.year, 1, 1)))
      and (project_passes.country is null
        or exists (
          select 1 from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
          where pp.project_id = p.id and o.country = project_passes.country)
        or exists (select 1 from public.unnamed_partners as u where u.project_id = p.id and u.country = project_passes.country)));
$$;

create or replace function public.search_everything(
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
          and ($4 is null or p.programme in (select c.code from public.programmes as c where c.code = $4 or c.parent = $4))
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

