-- A network overview of one organisation and its units (20261122170100_organisation_units.sql):
-- the joint projects any of them takes part in, as lead or partner, each counted once, with the
-- organisation's own role (null where it takes part only through units) and the units it takes
-- part through ('through'), per programme and start year; their money per source, per programme
-- and per year; the partnerships' where their budgets are recorded (and how many of those budgets
-- are theirs, 'own_budgets'); the countries of the other partners.
--
-- It runs with the caller's rights, so row level security decides what it counts: the public
-- counts published projects only, the partnership its drafts too, and every budget and payment
-- it sums is one the project page shows the same reader. The numbers are computed here, once, for
-- the overview page and its CSV alike.
create function public.organisation_overview(organisation uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with family as (
    select o.id, o.slug, o.name
    from public.organisations as o
    where o.id = organisation_overview.organisation or o.parent_id = organisation_overview.organisation
  ),
  taking_part as (
    select p.id, p.slug, p.acronym, p.title, p.programme, p.start_date, p.end_date, p.dates_precision,
      p.status, p.is_published, own.role, coalesce(units.through, '[]'::jsonb) as through,
      extract(year from p.start_date)::int as start_year
    from public.projects as p
    left join public.project_partners as own
      on own.project_id = p.id and own.organisation_id = organisation_overview.organisation
    left join lateral (
      select jsonb_agg(jsonb_build_object('slug', f.slug, 'name', f.name, 'role', pp.role) order by f.name) as through
      from public.project_partners as pp
      join family as f on f.id = pp.organisation_id and f.id <> organisation_overview.organisation
      where pp.project_id = p.id
    ) as units on true
    where p.id in (select pp.project_id from public.project_partners as pp join family as f on f.id = pp.organisation_id)
  ),
  -- Each budget of the organisation or a unit, with the pre-financing that body advances there.
  own_money as (
    select t.id as project_id, t.programme, t.start_year,
      b.total_cents, b.eu_cofinancing_cents, b.own_cofinancing_cents,
      coalesce((
        select sum(x.amount_cents) from public.budget_payments as x
        where x.project_id = b.project_id and x.organisation_id = b.organisation_id and x.kind = 'pre_financing'
      ), 0) as pre_financing_cents
    from taking_part as t
    join public.project_budgets as b on b.project_id = t.id and b.organisation_id in (select f.id from family as f)
  ),
  -- Those budgets summed per programme (grouped_by 1), per start year (2) and in all (3: a row
  -- even when there is no budget at all); a project with two of them counts once.
  money as (
    select grouping(m.programme, m.start_year) as grouped_by, m.programme, m.start_year as year,
      count(distinct m.project_id) as projects,
      coalesce(sum(m.total_cents), 0) as total_cents,
      coalesce(sum(m.eu_cofinancing_cents), 0) as eu_cents,
      coalesce(sum(m.own_cofinancing_cents), 0) as own_cents,
      coalesce(sum(m.pre_financing_cents), 0) as pre_financing_cents
    from own_money as m
    group by grouping sets ((m.programme), (m.start_year), ())
  ),
  -- The other partners, named or known only by country: each named organisation once however
  -- many projects it shares, each unnamed partner on its own (nothing says two are the same).
  partners as (
    select o.country, o.id::text as partner, pp.project_id
    from taking_part as t
    join public.project_partners as pp on pp.project_id = t.id and pp.organisation_id not in (select f.id from family as f)
    join public.organisations as o on o.id = pp.organisation_id
    union all
    select u.country, 'unnamed:' || u.id::text, u.project_id
    from taking_part as t
    join public.unnamed_partners as u on u.project_id = t.id
  )
  select case when exists (select 1 from public.organisations as o where o.id = organisation_overview.organisation) then jsonb_build_object(
    'projects', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', t.id, 'slug', t.slug, 'acronym', t.acronym, 'title', t.title, 'programme', t.programme,
          'start_date', t.start_date, 'end_date', t.end_date, 'dates_precision', t.dates_precision,
          'status', t.status, 'is_published', t.is_published, 'role', t.role, 'through', t.through
        ) order by t.start_date desc nulls last, t.slug)
      from taking_part as t
    ), '[]'::jsonb),
    'per_programme_and_year', coalesce((
      select jsonb_agg(jsonb_build_object('programme', c.programme, 'year', c.start_year, 'projects', c.projects)
        order by c.programme nulls last, c.start_year nulls last)
      from (
        select t.programme, t.start_year, count(*) as projects from taking_part as t group by t.programme, t.start_year
      ) as c
    ), '[]'::jsonb),
    'money_per_programme', coalesce((
      select jsonb_agg(to_jsonb(g) - 'grouped_by' - 'year' order by g.programme nulls last) from money as g where g.grouped_by = 1
    ), '[]'::jsonb),
    'money_per_year', coalesce((
      select jsonb_agg(to_jsonb(g) - 'grouped_by' - 'programme' order by g.year nulls last) from money as g where g.grouped_by = 2
    ), '[]'::jsonb),
    'money_total', (select to_jsonb(g) - 'grouped_by' - 'programme' - 'year' from money as g where g.grouped_by = 3),
    -- Payments as they fall, per year (null: the records give no year) and kind.
    'payments_per_year', coalesce((
      select jsonb_agg(jsonb_build_object('year', g.year, 'kind', g.kind, 'amount_cents', g.amount_cents)
        order by g.year nulls last, g.kind)
      from (
        select x.year, x.kind, sum(x.amount_cents) as amount_cents
        from taking_part as t
        join public.budget_payments as x on x.project_id = t.id and x.organisation_id in (select f.id from family as f)
        group by x.year, x.kind
      ) as g
    ), '[]'::jsonb),
    -- Each whole partnership: every partner budget recorded, and how many partners have one.
    'partnerships', coalesce((
      select jsonb_agg(jsonb_build_object(
          'project_id', t.id,
          'partners', (select count(*) from public.project_partners as pp where pp.project_id = t.id)
            + (select count(*) from public.unnamed_partners as u where u.project_id = t.id),
          'budgets', b.budgets, 'own_budgets', b.own_budgets,
          'total_cents', b.total_cents, 'eu_cents', b.eu_cents, 'own_cents', b.own_cents
        ) order by t.start_date desc nulls last, t.slug)
      from taking_part as t
      join lateral (
        select count(*) as budgets,
          count(*) filter (where x.organisation_id in (select f.id from family as f)) as own_budgets,
          sum(x.total_cents) as total_cents, sum(x.eu_cofinancing_cents) as eu_cents,
          sum(x.own_cofinancing_cents) as own_cents
        from public.project_budgets as x where x.project_id = t.id
      ) as b on b.budgets > 0
    ), '[]'::jsonb),
    'countries', coalesce((
      select jsonb_agg(jsonb_build_object('country', c.country, 'organisations', c.organisations, 'projects', c.projects)
        order by c.country)
      from (
        select p.country, count(distinct p.partner) as organisations, count(distinct p.project_id) as projects
        from partners as p group by p.country
      ) as c
    ), '[]'::jsonb)
  ) end;
$$;

revoke execute on function public.organisation_overview(uuid) from public;
grant execute on function public.organisation_overview(uuid) to anon, authenticated;
