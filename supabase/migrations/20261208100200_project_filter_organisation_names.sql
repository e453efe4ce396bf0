-- The project list's organisation filter names each organisation as pages do: its own name, the
-- language of it, and its translations (the reader's one is shown).

create or replace function public.project_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'first_year', (select min(extract(year from p.start_date))::int from public.projects as p),
    'last_year', (select max(extract(year from coalesce(p.end_date, p.start_date)))::int from public.projects as p),
    'countries', (
      select coalesce(jsonb_agg(distinct c.country), '[]'::jsonb) from (
        select o.country from public.project_partners as pp join public.organisations as o on o.id = pp.organisation_id
        union select u.country from public.unnamed_partners as u
      ) as c),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'slug', o.slug, 'name', o.name, 'name_lang', o.name_lang,
        'names', (select coalesce(jsonb_agg(jsonb_build_object('locale', t.locale, 'name', t.name)), '[]'::jsonb)
                  from public.organisation_name_translations as t where t.organisation_id = o.id)
      ) order by o.name), '[]'::jsonb)
      from public.organisations as o
      where exists (select 1 from public.project_partners as pp where pp.organisation_id = o.id))
  );
$$;
