-- A deep page of the practice list (`?page=50`) skipped its first 980 practices only after the API
-- had read each one's organisation and publications: PostgREST applies a range after its embeds.
-- The page's offset and size now apply inside the function, to the practices alone, read along
-- their index, so the embeds are read for the 20 shown whatever the page.

drop function public.list_practices(public.practice_theme, text, text, text, text);

create function public.list_practices(
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null,
  skip integer default 0,
  take integer default null
)
returns setof public.practices
language sql
stable
security invoker
as $$
  select p.* from private.matching_practices(null, theme, country, organisation, project, language) as p
  order by p.published_at desc, p.slug
  -- A limit of null is none.
  offset greatest(list_practices.skip, 0)
  limit list_practices.take;
$$;

revoke execute on function public.list_practices(public.practice_theme, text, text, text, text, integer, integer) from public;
grant execute on function public.list_practices(public.practice_theme, text, text, text, text, integer, integer) to anon, authenticated;
