-- The organisation directory: organisations found by name (folded: no case, no accents, anywhere in
-- the name or a translation of it, through the trigram indexes of 20261209140300), by country and by
-- kind, alphabetically, a page at a time, and how many match. Each runs as the reader: the
-- organisations' policy decides what is listed.

-- Alphabetical order as the reader sees it (folded), read from an index a page at a time.
create index organisations_directory_order_idx on public.organisations (private.fold(name), slug);

-- The organisations that match every filter given (null: any). Inlined into the two below (no
-- `set search_path`; every name qualified), so that the planner sees one query each.
create function private.directory_matches(query text, country text, kind public.organisation_kind)
returns setof public.organisations
language sql
stable
security invoker
as $$
  select o.* from public.organisations as o
  where (directory_matches.query is null
      or o.id in (select named.id from private.organisations_named(directory_matches.query) as named(id)))
    and (directory_matches.country is null or o.country = directory_matches.country)
    and (directory_matches.kind is null or o.kind = directory_matches.kind);
$$;

revoke execute on function private.directory_matches(text, text, public.organisation_kind) from public;
grant execute on function private.directory_matches(text, text, public.organisation_kind) to anon, authenticated;

-- One page of them, alphabetically as readers see names (folded).
create function public.search_organisations(
  query text default null, country text default null, kind public.organisation_kind default null,
  skip integer default 0, take integer default 50
)
returns setof public.organisations
language sql
stable
security invoker
as $$
  select o.* from private.directory_matches(search_organisations.query, search_organisations.country, search_organisations.kind) as o
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
  select count(*)::integer from private.directory_matches(count_organisations.query, count_organisations.country, count_organisations.kind);
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
