-- The practice list's organisation filter names each organisation as pages do: its own name, the
-- language of it, and its translations (the reader's one is shown).

create or replace function public.practice_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with published as (
    select p.* from public.practices as p
    where exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)
  )
  select jsonb_build_object(
    'themes', (select coalesce(jsonb_agg(distinct t), '[]'::jsonb) from published, unnest(published.themes) as t),
    'countries', (select coalesce(jsonb_agg(distinct published.country), '[]'::jsonb) from published),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'slug', o.slug, 'name', o.name, 'name_lang', o.name_lang,
        'names', (select coalesce(jsonb_agg(jsonb_build_object('locale', t.locale, 'name', t.name)), '[]'::jsonb)
                  from public.organisation_name_translations as t where t.organisation_id = o.id)
      ) order by o.name), '[]'::jsonb)
      from public.organisations as o
      where exists (select 1 from published where published.organisation_id = o.id)
        or exists (select 1 from public.practice_organisations as po join published on published.id = po.practice_id
          where po.organisation_id = o.id)),
    'projects', (
      select coalesce(jsonb_agg(jsonb_build_object('slug', pr.slug, 'acronym', pr.acronym, 'title', pr.title) order by pr.slug), '[]'::jsonb)
      from public.projects as pr where exists (select 1 from published where published.project_id = pr.id)),
    'languages', (
      select coalesce(jsonb_agg(distinct pub.locale), '[]'::jsonb) from public.practice_publications as pub)
  );
$$;
