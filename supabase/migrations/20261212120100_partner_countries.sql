-- The partners' countries for a map: per country, how many partners and projects, and the towns
-- the partners name. With an organisation: the partners it works with across its projects and its
-- units' (20261122170100_organisation_units.sql), itself and its units left out, over what the
-- reader may read, as its network overview counts them (20261122170500_network_overview.sql): it
-- runs with the caller's rights, so row level security decides, and it reads from the projects of
-- the organisation outwards, so its cost follows the organisation's projects, not the portal's.
-- Without one: the partners of every published project of the portal, for everyone alike
-- (private.published_partner_countries, 20261212120000), without their towns: a whole network's
-- run to thousands, and the map marks its countries.
--
-- Each named organisation counts once per country however many projects it shares; each partner
-- known only by its country counts on its own (nothing says two are the same).
create function public.partner_countries(organisation uuid default null)
returns table (country text, partners bigint, projects bigint, towns text[])
language sql
stable
security invoker
set search_path = ''
as $$
  with family as (
    select o.id
    from public.organisations as o
    where o.id = partner_countries.organisation or o.parent_id = partner_countries.organisation
  ),
  shown as (
    select distinct pp.project_id as id
    from public.project_partners as pp
    where pp.organisation_id in (select f.id from family as f)
  ),
  partners as (
    select o.country, o.id as partner, pp.project_id, o.city
    from shown as s
    join public.project_partners as pp on pp.project_id = s.id
    join public.organisations as o on o.id = pp.organisation_id
    where pp.organisation_id not in (select f.id from family as f)
    union all
    select u.country, u.id, u.project_id, u.city
    from shown as s
    join public.unnamed_partners as u on u.project_id = s.id
  )
  select p.country, count(distinct p.partner), count(distinct p.project_id),
    coalesce(array_agg(distinct btrim(p.city) order by btrim(p.city)) filter (where btrim(p.city) <> ''), '{}')
  from partners as p
  where partner_countries.organisation is not null
  group by p.country
  union all
  select c.country, c.partners, c.projects, null
  from private.published_partner_countries() as c
  where partner_countries.organisation is null
  order by 1;
$$;

revoke execute on function public.partner_countries(uuid) from public;
grant execute on function public.partner_countries(uuid) to anon, authenticated;
