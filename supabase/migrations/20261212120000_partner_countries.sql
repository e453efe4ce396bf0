-- The partners' countries for a map: per country, how many partners and projects, and the towns
-- the partners name. With an organisation: the partners it works with across its projects and its
-- units' (20261122170100_organisation_units.sql), itself and its units left out, over what the
-- reader may read, as its network overview counts them (20261122170500_network_overview.sql).
-- Without one: the partners of every published project of the portal, without their towns (a
-- whole network's run to thousands; the map marks its countries).
--
-- It runs with the caller's rights, so row level security decides what it reads, and the portal's
-- map filters on is_published besides: a partnership's own drafts never reach the public count.
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
    select p.id from public.projects as p
    where partner_countries.organisation is null and p.is_published
    union
    select pp.project_id from public.project_partners as pp
    join family as f on f.id = pp.organisation_id
    where partner_countries.organisation is not null
  ),
  partners as (
    select o.country, o.id::text as partner, pp.project_id, o.city
    from shown as s
    join public.project_partners as pp on pp.project_id = s.id
    join public.organisations as o on o.id = pp.organisation_id
    where o.id not in (select f.id from family as f)
    union all
    select u.country, 'unnamed:' || u.id::text, u.project_id, u.city
    from shown as s
    join public.unnamed_partners as u on u.project_id = s.id
  )
  select p.country, count(distinct p.partner), count(distinct p.project_id),
    case when partner_countries.organisation is not null then coalesce(
      array_agg(distinct btrim(p.city) order by btrim(p.city)) filter (where btrim(p.city) <> ''), '{}'
    ) end
  from partners as p
  group by p.country
  order by p.country;
$$;

revoke execute on function public.partner_countries(uuid) from public;
grant execute on function public.partner_countries(uuid) to anon, authenticated;
