-- The filter choices of the public lists that come from a few values each (the countries of
-- projects; the themes, countries and languages of practices), kept by the database as records are
-- published, changed or removed, so that a list view reads a few dozen rows instead of every
-- project and practice.
--
-- Only values that published records have: the same for every reader, so readable by anyone. The
-- triggers below recompute the values a statement touched, each under a lock of its own, so that
-- two writers (one removing the last record with a value, one adding another) never leave it wrong.

create table public.list_facets (
  facet text not null check (facet in ('project_country', 'practice_theme', 'practice_country', 'practice_language')),
  value text not null,
  primary key (facet, value)
);

alter table public.list_facets enable row level security;

create policy "Anyone can read what published records have"
  on public.list_facets for select to anon, authenticated
  using (true);

-- "all" includes PostgreSQL 17's MAINTAIN: take everything back, then give what the policy needs.
revoke all on public.list_facets from anon, authenticated;
grant select on public.list_facets to anon, authenticated;

-- Does a published record have this value? Asked of everything, whoever wrote the change.
create function private.list_facet_holds(facet text, value text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case list_facet_holds.facet
    when 'project_country' then
      exists (
        select 1 from public.organisations as o
        join public.project_partners as pp on pp.organisation_id = o.id
        join public.projects as p on p.id = pp.project_id
        where o.country = list_facet_holds.value and p.is_published)
      or exists (
        select 1 from public.unnamed_partners as u join public.projects as p on p.id = u.project_id
        where u.country = list_facet_holds.value and p.is_published)
    when 'practice_theme' then exists (
      select 1 from public.practices as p
      where p.themes @> array[list_facet_holds.value::public.practice_theme]
        and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id))
    when 'practice_country' then exists (
      select 1 from public.practices as p
      where p.country = list_facet_holds.value
        and exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id))
    when 'practice_language' then exists (
      select 1 from public.practice_publications as pub where pub.locale = list_facet_holds.value)
  end;
$$;

create function private.refresh_list_facets(facet text, touched text[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  touched_value text;
begin
  -- In a fixed order, so that two statements never wait for each other's locks.
  for touched_value in select distinct t from unnest(touched) as t where t is not null order by 1 loop
    perform pg_advisory_xact_lock(hashtextextended('list_facets:' || facet || ':' || touched_value, 0));
    -- Asked after the lock, with what the writer before committed.
    if private.list_facet_holds(facet, touched_value) then
      insert into public.list_facets (facet, value) values (refresh_list_facets.facet, touched_value) on conflict do nothing;
    else
      delete from public.list_facets as f where f.facet = refresh_list_facets.facet and f.value = touched_value;
    end if;
  end loop;
end;
$$;

revoke execute on function private.list_facet_holds(text, text), private.refresh_list_facets(text, text[]) from public;

-- One function per table, fired once per statement with the rows it changed (a transition table
-- exists for one kind of event only: each trigger names what it has, and each branch reads only that).

create function private.project_partners_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_list_facets('project_country',
      array(select o.country from new_rows as n join public.organisations as o on o.id = n.organisation_id));
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_list_facets('project_country',
      array(select o.country from old_rows as n join public.organisations as o on o.id = n.organisation_id));
  end if;
  return null;
end;
$$;

create trigger project_partners_list_facets_insert after insert on public.project_partners
  referencing new table as new_rows for each statement execute function private.project_partners_list_facets();
create trigger project_partners_list_facets_update after update on public.project_partners
  referencing old table as old_rows new table as new_rows for each statement execute function private.project_partners_list_facets();
create trigger project_partners_list_facets_delete after delete on public.project_partners
  referencing old table as old_rows for each statement execute function private.project_partners_list_facets();

create function private.unnamed_partners_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_list_facets('project_country', array(select n.country from new_rows as n));
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_list_facets('project_country', array(select o.country from old_rows as o));
  end if;
  return null;
end;
$$;

create trigger unnamed_partners_list_facets_insert after insert on public.unnamed_partners
  referencing new table as new_rows for each statement execute function private.unnamed_partners_list_facets();
create trigger unnamed_partners_list_facets_update after update on public.unnamed_partners
  referencing old table as old_rows new table as new_rows for each statement execute function private.unnamed_partners_list_facets();
create trigger unnamed_partners_list_facets_delete after delete on public.unnamed_partners
  referencing old table as old_rows for each statement execute function private.unnamed_partners_list_facets();

-- A project published or taken back: the countries of its partners. (A new project has no partners
-- yet; a removed one's partners go with it, and their own trigger sees to it.)
create function private.projects_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refresh_list_facets('project_country', array(
    with changed as (
      select n.id from new_rows as n join old_rows as o on o.id = n.id where n.is_published is distinct from o.is_published)
    select org.country from changed
    join public.project_partners as pp on pp.project_id = changed.id
    join public.organisations as org on org.id = pp.organisation_id
    union
    select u.country from changed join public.unnamed_partners as u on u.project_id = changed.id));
  return null;
end;
$$;

create trigger projects_list_facets_update after update on public.projects
  referencing old table as old_rows new table as new_rows for each statement execute function private.projects_list_facets();

-- An organisation moving country moves its projects' country with it.
create function private.organisations_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refresh_list_facets('project_country', array(
    select unnest(array[o.country, n.country]) from new_rows as n join old_rows as o on o.id = n.id
    where n.country is distinct from o.country));
  return null;
end;
$$;

create trigger organisations_list_facets_update after update on public.organisations
  referencing old table as old_rows new table as new_rows for each statement execute function private.organisations_list_facets();

-- A practice's themes or country changed, or the practice removed. (A new one has nothing published.)
create function private.practices_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    perform private.refresh_list_facets('practice_theme', array(
      select unnest(n.themes || o.themes)::text from new_rows as n join old_rows as o on o.id = n.id where n.themes is distinct from o.themes));
    perform private.refresh_list_facets('practice_country', array(
      select unnest(array[o.country, n.country]) from new_rows as n join old_rows as o on o.id = n.id where n.country is distinct from o.country));
  else
    perform private.refresh_list_facets('practice_theme', array(select unnest(o.themes)::text from old_rows as o));
    perform private.refresh_list_facets('practice_country', array(select o.country from old_rows as o));
  end if;
  return null;
end;
$$;

create trigger practices_list_facets_update after update on public.practices
  referencing old table as old_rows new table as new_rows for each statement execute function private.practices_list_facets();
create trigger practices_list_facets_delete after delete on public.practices
  referencing old table as old_rows for each statement execute function private.practices_list_facets();

-- A language published or taken back: that language, and the themes and country of its practice
-- (whose first publication makes it public, and whose last one takes it back).
create function private.practice_publications_list_facets()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_list_facets('practice_language', array(select n.locale from new_rows as n));
    perform private.refresh_list_facets('practice_theme', array(
      select unnest(p.themes)::text from public.practices as p where p.id in (select n.practice_id from new_rows as n)));
    perform private.refresh_list_facets('practice_country', array(
      select p.country from public.practices as p where p.id in (select n.practice_id from new_rows as n)));
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_list_facets('practice_language', array(select o.locale from old_rows as o));
    perform private.refresh_list_facets('practice_theme', array(
      select unnest(p.themes)::text from public.practices as p where p.id in (select o.practice_id from old_rows as o)));
    perform private.refresh_list_facets('practice_country', array(
      select p.country from public.practices as p where p.id in (select o.practice_id from old_rows as o)));
  end if;
  return null;
end;
$$;

create trigger practice_publications_list_facets_insert after insert on public.practice_publications
  referencing new table as new_rows for each statement execute function private.practice_publications_list_facets();
create trigger practice_publications_list_facets_update after update on public.practice_publications
  referencing old table as old_rows new table as new_rows for each statement execute function private.practice_publications_list_facets();
create trigger practice_publications_list_facets_delete after delete on public.practice_publications
  referencing old table as old_rows for each statement execute function private.practice_publications_list_facets();

revoke execute on function private.project_partners_list_facets(), private.unnamed_partners_list_facets(),
  private.projects_list_facets(), private.organisations_list_facets(), private.practices_list_facets(),
  private.practice_publications_list_facets() from public;

-- Indexes the recomputing reads by.
create index unnamed_partners_country_idx on public.unnamed_partners (country);
create index practices_country_idx on public.practices (country);

-- What is published today.
select private.refresh_list_facets('project_country',
  array(select o.country from public.organisations as o union select u.country from public.unnamed_partners as u));
select private.refresh_list_facets('practice_theme', enum_range(null::public.practice_theme)::text[]);
select private.refresh_list_facets('practice_country', array(select p.country from public.practices as p));
select private.refresh_list_facets('practice_language', array(select c.code from public.content_locales as c));
