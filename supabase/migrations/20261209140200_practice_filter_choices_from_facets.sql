-- The practice list's small filter choices from the values published practices have
-- (public.list_facets), not from every practice. Organisations and projects are no longer offered
-- as long lists: the list finds them by name (public.practice_organisation_choices and
-- public.practice_project_choices).

create or replace function public.practice_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'themes', (select coalesce(jsonb_agg(f.value order by f.value), '[]'::jsonb) from public.list_facets as f where f.facet = 'practice_theme'),
    'countries', (select coalesce(jsonb_agg(f.value order by f.value), '[]'::jsonb) from public.list_facets as f where f.facet = 'practice_country'),
    'languages', (select coalesce(jsonb_agg(f.value order by f.value), '[]'::jsonb) from public.list_facets as f where f.facet = 'practice_language')
  );
$$;
