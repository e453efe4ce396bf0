-- The organisation directory: organisations found by name (folded: no case, no accents, anywhere in
-- the name or a translation of it, through the trigram indexes of 20261209140300), by country and by
-- kind, alphabetically, a page at a time, and how many match. Each runs as the reader: the
-- organisations' policy decides what is listed.

-- Alphabetical order as the reader sees it (folded), read from an index a page at a time.
create index organisations_directory_order_idx on public.organisations (private.fold(name), slug);

create function public.search_organisations(
  query text default null, country text default null, kind public.organisation_kind default null,
  skip integer default 0, take integer default 50
)
returns setof public.organisations
language sql
stable
security invoker
as $$
  select o.* from public.organisations as o
  where (search_organisations.query is null
      or o.id in (select named.id from private.organisations_named(search_organisations.query) as named(id)))
    and (search_organisations.country is null or o.country = search_organisations.country)
    and (search_organisations.kind is null or o.kind = search_organisations.kind)
  order by private.fold(o.name), o.slug
  offset greatest(search_organisations.skip, 0)
  limit least(greatest(search_organisations.take, 0), 100);
$$;

create function public.count_organisations(query text default null, country text default null, kind public.organisation_kind default null)
returns integer
language sql
stable
security invoker
as $$
  select count(*)::integer from public.organisations as o
  where (count_organisations.query is null
      or o.id in (select named.id from private.organisations_named(count_organisations.query) as named(id)))
    and (count_organisations.country is null or o.country = count_organisations.country)
    and (count_organisations.kind is null or o.kind = count_organisations.kind);
$$;

-- The countries the directory offers: those that organisations are in, so that no choice by itself
-- leads to an empty list.
create function public.organisation_countries()
returns text[]
language sql
stable
security invoker
as $$
  select coalesce(array_agg(distinct o.country order by o.country), '{}') from public.organisations as o;
$$;

revoke execute on function public.search_organisations(text, text, public.organisation_kind, integer, integer),
  public.count_organisations(text, text, public.organisation_kind), public.organisation_countries() from public;
grant execute on function public.search_organisations(text, text, public.organisation_kind, integer, integer),
  public.count_organisations(text, text, public.organisation_kind), public.organisation_countries() to anon, authenticated;
