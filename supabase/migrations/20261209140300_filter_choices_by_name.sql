-- Organisations and projects to filter the lists by, found by name: thousands of them are neither
-- light nor usable as one list of choices. Someone types part of a name; the database matches it,
-- folded (no case, no accents) and anywhere in the name, through trigram indexes, and the list
-- offers what matches. Each function returns rows of its table, so the API embeds names and limits
-- the answer; each is inlined into the API's query (no `set search_path`; every name qualified).

create index organisations_folded_name_idx on public.organisations
  using gin (private.fold(name) extensions.gin_trgm_ops);
create index organisation_name_translations_folded_name_idx on public.organisation_name_translations
  using gin (private.fold(name) extensions.gin_trgm_ops);
-- A project's name: its acronym and its title in every language.
create index projects_folded_name_idx on public.projects
  using gin (private.fold(coalesce(acronym, '') || ' ' || private.all_translations(title)) extensions.gin_trgm_ops);

-- What someone typed as a LIKE pattern for a folded name: found anywhere in it; its own % and _
-- are plain characters. Null when nothing was typed.
create function private.name_pattern(typed text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select nullif('%' || replace(replace(replace(
    private.fold(regexp_replace(btrim(coalesce(typed, '')), '\s+', ' ', 'g')), '\', '\\'), '%', '\%'), '_', '\_') || '%', '%%');
$$;

grant execute on function private.name_pattern(text) to anon, authenticated, service_role;

-- Organisations whose own name or a translation of it matches, in the order a reader looks for
-- them: names that start with what was typed first, then the others, alphabetically.
create function private.organisations_named(typed text)
returns setof uuid
language sql
stable
security invoker
as $$
  select o.id from public.organisations as o
  where private.fold(o.name) like (select private.name_pattern(organisations_named.typed))
  union
  select t.organisation_id from public.organisation_name_translations as t
  where private.fold(t.name) like (select private.name_pattern(organisations_named.typed));
$$;

grant execute on function private.organisations_named(text) to anon, authenticated, service_role;

-- The project list: partners in a project the reader may see (the partners' policy says which).
create function public.project_partner_choices(typed text)
returns setof public.organisations
language sql
stable
security invoker
as $$
  select o.* from public.organisations as o
  where o.id in (select named.id from private.organisations_named(project_partner_choices.typed) as named(id))
    and exists (select 1 from public.project_partners as pp where pp.organisation_id = o.id)
  order by private.fold(o.name) like (select substr(private.name_pattern(project_partner_choices.typed), 2)) desc,
    private.fold(o.name), o.slug;
$$;

-- The practice list: organisations that wrote a published practice or did one together with its owner.
create function public.practice_organisation_choices(typed text)
returns setof public.organisations
language sql
stable
security invoker
as $$
  select o.* from public.organisations as o
  where o.id in (select named.id from private.organisations_named(practice_organisation_choices.typed) as named(id))
    and (exists (
        select 1 from public.practices as p
        where p.organisation_id = o.id and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id))
      or exists (
        select 1 from public.practice_organisations as po
        where po.organisation_id = o.id and exists (select 1 from public.practice_publications as pub where pub.practice_id = po.practice_id)))
  order by private.fold(o.name) like (select substr(private.name_pattern(practice_organisation_choices.typed), 2)) desc,
    private.fold(o.name), o.slug;
$$;

-- Projects whose acronym or title in any language matches: the ids of all of them, for a query that
-- row level security then narrows. (Asked as the reader, the policy's condition would have to come
-- before the name's, and the name could not be looked up in its index.)
create function private.projects_named(typed text)
returns setof uuid
language sql
stable
security definer
-- A name typed matches a few dozen at most: let the planner look each up by its key.
rows 50
set search_path = ''
as $$
  select pr.id from public.projects as pr
  where private.fold(coalesce(pr.acronym, '') || ' ' || private.all_translations(pr.title)) like private.name_pattern(typed);
$$;

revoke execute on function private.projects_named(text) from public;
grant execute on function private.projects_named(text) to anon, authenticated, service_role;

-- The practice list: projects the reader may see that a published practice came from, by acronym
-- or title in any language.
create function public.practice_project_choices(typed text)
returns setof public.projects
language sql
stable
security invoker
as $$
  select pr.* from public.projects as pr
  where pr.id in (select named.id from private.projects_named(practice_project_choices.typed) as named(id))
    and exists (
      select 1 from public.practices as p
      where p.project_id = pr.id and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id))
  order by private.fold(coalesce(pr.acronym, '') || ' ' || private.all_translations(pr.title))
      like (select substr(private.name_pattern(practice_project_choices.typed), 2)) desc,
    private.fold(coalesce(pr.acronym, pr.slug)), pr.slug;
$$;

revoke execute on function public.project_partner_choices(text), public.practice_organisation_choices(text),
  public.practice_project_choices(text) from public;
grant execute on function public.project_partner_choices(text), public.practice_organisation_choices(text),
  public.practice_project_choices(text) to anon, authenticated;
