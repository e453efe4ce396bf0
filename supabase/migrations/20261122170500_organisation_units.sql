-- An organisation can be a unit of another: a department or institution of a city council that
-- the records name on its own (Daugavpils Education Board, of Daugavpils City Council). One level
-- only: a unit has no units of its own, and no organisation is its own unit.
--
-- Being named a unit puts a body's projects and money on the other's network overview, so it
-- needs both sides' consent. Until the portal asks both, only a platform admin names or removes a
-- parent (the organisations' own admins edit their other details as before, and proposals never
-- carry a parent).

alter table public.organisations
  add column parent_id uuid references public.organisations (id) on delete set null,
  add constraint organisations_not_own_parent check (parent_id <> id);

create index organisations_parent_id_idx on public.organisations (parent_id);

grant update (parent_id) on public.organisations to authenticated;

create function private.check_organisation_parent()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  grandparent uuid;
begin
  if tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id then
    return new;
  end if;
  -- Through the API (the roles PostgREST switches to) only platform admins; the database's owner
  -- (migrations, the demo data) may too.
  if current_user in ('anon', 'authenticated') and not private.is_platform_admin() then
    raise exception 'only a platform admin makes an organisation a unit of another' using errcode = '42501';
  end if;
  if new.parent_id is null then
    return new;
  end if;
  -- The parent's row is locked (for share) while this one changes: someone making the parent a
  -- unit at the same moment waits for this, and is then refused by the check on their side.
  select o.parent_id into grandparent from public.organisations as o where o.id = new.parent_id for share;
  if grandparent is not null then
    raise exception 'a unit cannot have units of its own' using errcode = '23514';
  end if;
  if exists (select 1 from public.organisations as o where o.parent_id = new.id) then
    raise exception 'an organisation with units cannot become a unit' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger organisation_parent_checked
  before insert or update of parent_id on public.organisations
  for each row execute function private.check_organisation_parent();

create function private.audit_organisation_parent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.parent_id is distinct from old.parent_id then
    perform private.audit('organisation.parent_changed', 'organisation', new.id::text,
      jsonb_build_object('from', old.parent_id, 'to', new.parent_id));
  end if;
  return null;
end;
$$;

create trigger audit_organisation_parent
  after update of parent_id on public.organisations
  for each row execute function private.audit_organisation_parent();

revoke execute on function private.check_organisation_parent(), private.audit_organisation_parent() from public;

-- The network overview now covers the organisation's units: a project counts once if the
-- organisation or any of its units takes part, and says through which units ('through'); 'role' is
-- the organisation's own role, null where it takes part only through units. The money is the
-- organisation's and its units' budgets together; the partner countries leave out all of them.
-- Each partnership also says how many of its budgets are theirs ('own_budgets'). Unchanged
-- otherwise (see 20261122170100_network_overview.sql).
create or replace function public.organisation_overview(organisation uuid)
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
