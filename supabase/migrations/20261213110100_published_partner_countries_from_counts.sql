-- The portal's map reads the counts the database keeps per country (public.partner_country_counts,
-- 20261213110000) instead of counting every partnership of every published project at each call:
-- its cost follows the number of countries, not the size of the network. Same columns, same counts;
-- it now runs with the caller's rights, since the table is anyone's to read.
create or replace function private.published_partner_countries()
returns table (country text, partners bigint, projects bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.country, c.partners, c.projects
  from public.partner_country_counts as c;
$$;
