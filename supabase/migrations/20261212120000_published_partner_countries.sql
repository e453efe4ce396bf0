-- Per country, the partners and projects of every published project: the portal's map
-- (public.partner_countries without an organisation, 20261212120100_partner_countries.sql).
--
-- It reads as its owner, past row level security, because the policies of project_partners and
-- unnamed_partners check their project row by row: at 10,000 projects that check, 45,000 times,
-- was most of the map's cost. What it reads is what anyone may read anyway, the published projects
-- only (the filter is here, explicit), and what it returns are counts per country: no draft, no
-- name, no town. Each named organisation counts once per country however many projects it shares;
-- each partner known only by its country counts on its own (nothing says two are the same).
create function private.published_partner_countries()
returns table (country text, partners bigint, projects bigint)
language sql
stable
security definer
set search_path = ''
as $$
  with partners as (
    select o.country, pp.organisation_id as partner, pp.project_id
    from public.project_partners as pp
    join public.projects as p on p.id = pp.project_id
    join public.organisations as o on o.id = pp.organisation_id
    where p.is_published
    union all
    select u.country, u.id, u.project_id
    from public.unnamed_partners as u
    join public.projects as p on p.id = u.project_id
    where p.is_published
  )
  select c.country, count(distinct c.partner), count(distinct c.project_id)
  from partners as c
  group by c.country;
$$;

revoke execute on function private.published_partner_countries() from public;
grant execute on function private.published_partner_countries() to anon, authenticated;
