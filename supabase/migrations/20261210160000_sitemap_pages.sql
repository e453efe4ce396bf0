-- The sitemap's pages: each kind of public record (projects, events, practices, collections,
-- organisations) read in slug order and cut into pages of `size`, each named by its first slug
-- and dated by its newest change. A page is then read on its own as a key range (slug >= first,
-- in slug order, `size` rows), which costs the same however far down the list it lies; only this
-- index of pages reads every slug, once, along the slug's unique index.
-- Security invoker: the reader's row level security decides what is listed, and the portal reads
-- it as anon, so what a partnership alone may see is never named.
create function public.sitemap_pages(size integer)
returns table (kind text, first_slug text, last_modified timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  with listed as (
    select 'projects' as kind, p.slug, p.updated_at from public.projects as p where p.is_published
    union all
    select 'events', e.slug, e.updated_at from public.events as e where e.visibility = 'public'
    union all
    select 'practices', p.slug, greatest(p.updated_at, p.published_at) from public.practices as p
    where exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)
    union all
    select 'collections', c.slug, c.updated_at from public.collections as c where c.visibility = 'public'
    union all
    select 'organisations', o.slug, o.updated_at from public.organisations as o
  ),
  paged as (
    select listed.kind, listed.slug, listed.updated_at,
      (row_number() over (partition by listed.kind order by listed.slug) - 1) / greatest(sitemap_pages.size, 1) as page
    from listed
  )
  select paged.kind, min(paged.slug), max(paged.updated_at)
  from paged
  group by paged.kind, paged.page
  order by paged.kind, paged.page;
$$;

revoke execute on function public.sitemap_pages(integer) from public;
grant execute on function public.sitemap_pages(integer) to anon, authenticated;
