-- Per country, the partners and projects of every published project, kept by the database as
-- projects are published or taken back, partners added, changed or removed and organisations move
-- country, so that the portal's map reads a few dozen rows instead of every partnership
-- (private.published_partner_countries, 20261212120000). The counts are those it made: each named
-- organisation once per country however many projects it shares, each partner known only by its
-- country on its own.
--
-- Counts of published projects only: the same for every reader, so readable by anyone, and written
-- by the triggers below alone. As for public.list_facets (20261209140000), a statement recounts from
-- the tables each country it touched, each under a lock of its own taken before the count, so the
-- count sees what every earlier writer of that country committed. Which countries a partnership
-- touches depends on its organisation's country and its project's publication, which another
-- transaction may be changing at the same moment: the triggers therefore also lock the projects and
-- organisations they read, before reading them (projects, then organisations, then countries, each
-- in a fixed order, so that two statements never wait for each other's locks).

create table public.partner_country_counts (
  country text primary key check (country ~ '^[A-Z]{2}$'),
  partners integer not null check (partners > 0),
  projects integer not null check (projects > 0)
);

alter table public.partner_country_counts enable row level security;

create policy "Anyone can read the counts of published projects"
  on public.partner_country_counts for select to anon, authenticated
  using (true);

-- "all" includes PostgreSQL 17's MAINTAIN: take everything back, then give what the policy needs.
revoke all on public.partner_country_counts from anon, authenticated;
grant select on public.partner_country_counts to anon, authenticated;

-- Takes the transaction's locks for `ids` of one kind (project, organisation, country), in order.
-- Each id's lock is one of 128 per kind, so that a statement over thousands of rows holds at most
-- 128 of a kind (PostgreSQL's lock table is small); two ids that share one merely wait for each other.
create function private.lock_partner_country_counts(kind text, ids text[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  bucket bigint;
begin
  for bucket in select distinct hashtextextended(i, 0) & 127 from unnest(ids) as i where i is not null order by 1 loop
    perform pg_advisory_xact_lock(hashtextextended('partner_country_counts:' || kind || ':' || bucket, 0));
  end loop;
end;
$$;

-- Recounts each touched country from the tables, after its lock, with what the writers before committed.
create function private.refresh_partner_country_counts(touched text[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  touched_country text;
begin
  perform private.lock_partner_country_counts('country', touched);
  for touched_country in select distinct t from unnest(touched) as t where t is not null loop
    insert into public.partner_country_counts (country, partners, projects)
    select touched_country, count(distinct c.partner), count(distinct c.project_id)
    from (
      select pp.organisation_id as partner, pp.project_id
      from public.organisations as o
      join public.project_partners as pp on pp.organisation_id = o.id
      join public.projects as p on p.id = pp.project_id
      where o.country = touched_country and p.is_published
      union all
      select u.id, u.project_id
      from public.unnamed_partners as u
      join public.projects as p on p.id = u.project_id
      where u.country = touched_country and p.is_published
    ) as c
    having count(*) > 0
    on conflict (country) do update set partners = excluded.partners, projects = excluded.projects;
    if not found then
      delete from public.partner_country_counts as n where n.country = touched_country;
    end if;
  end loop;
end;
$$;

-- The countries of the named partners of the projects `project_ids` (or, given `organisation_ids`,
-- of those organisations), read after locking those projects and organisations.
create function private.named_partner_countries(project_ids uuid[], organisation_ids uuid[])
returns text[]
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.lock_partner_country_counts('project', project_ids::text[]);
  if organisation_ids is null then
    organisation_ids := array(select distinct pp.organisation_id from public.project_partners as pp where pp.project_id = any (project_ids));
  end if;
  perform private.lock_partner_country_counts('organisation', organisation_ids::text[]);
  return array(select distinct o.country from public.organisations as o where o.id = any (organisation_ids));
end;
$$;

revoke execute on function private.lock_partner_country_counts(text, text[]),
  private.refresh_partner_country_counts(text[]), private.named_partner_countries(uuid[], uuid[]) from public;

-- One function per table, fired once per statement with the rows it changed (a transition table
-- exists for one kind of event only: each trigger names what it has, and each branch reads only that).

create function private.project_partners_partner_country_counts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed record;
begin
  if tg_op = 'INSERT' then
    select array_agg(n.project_id) as projects, array_agg(n.organisation_id) as organisations into changed from new_rows as n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.project_id) as projects, array_agg(o.organisation_id) as organisations into changed from old_rows as o;
  else
    select array_agg(r.project_id) as projects, array_agg(r.organisation_id) as organisations into changed
    from (select n.project_id, n.organisation_id from new_rows as n union all select o.project_id, o.organisation_id from old_rows as o) as r;
  end if;
  perform private.refresh_partner_country_counts(private.named_partner_countries(changed.projects, changed.organisations));
  return null;
end;
$$;

create trigger project_partners_partner_country_counts_insert after insert on public.project_partners
  referencing new table as new_rows for each statement execute function private.project_partners_partner_country_counts();
create trigger project_partners_partner_country_counts_update after update on public.project_partners
  referencing old table as old_rows new table as new_rows for each statement execute function private.project_partners_partner_country_counts();
create trigger project_partners_partner_country_counts_delete after delete on public.project_partners
  referencing old table as old_rows for each statement execute function private.project_partners_partner_country_counts();

create function private.unnamed_partners_partner_country_counts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed record;
begin
  if tg_op = 'INSERT' then
    select array_agg(n.project_id) as projects, array_agg(n.country) as countries into changed from new_rows as n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.project_id) as projects, array_agg(o.country) as countries into changed from old_rows as o;
  else
    select array_agg(r.project_id) as projects, array_agg(r.country) as countries into changed
    from (select n.project_id, n.country from new_rows as n union all select o.project_id, o.country from old_rows as o) as r;
  end if;
  perform private.lock_partner_country_counts('project', changed.projects::text[]);
  perform private.refresh_partner_country_counts(changed.countries);
  return null;
end;
$$;

create trigger unnamed_partners_partner_country_counts_insert after insert on public.unnamed_partners
  referencing new table as new_rows for each statement execute function private.unnamed_partners_partner_country_counts();
create trigger unnamed_partners_partner_country_counts_update after update on public.unnamed_partners
  referencing old table as old_rows new table as new_rows for each statement execute function private.unnamed_partners_partner_country_counts();
create trigger unnamed_partners_partner_country_counts_delete after delete on public.unnamed_partners
  referencing old table as old_rows for each statement execute function private.unnamed_partners_partner_country_counts();

-- A project published or taken back: the countries of its partners. (A new project has no partners
-- yet; a removed one's partners go with it, and their own trigger sees to it.)
create function private.projects_partner_country_counts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed uuid[] := array(
    select n.id from new_rows as n join old_rows as o on o.id = n.id where n.is_published is distinct from o.is_published);
begin
  if cardinality(changed) > 0 then
    -- Locked first, so that the unnamed partners below are read after any writer of them committed.
    perform private.lock_partner_country_counts('project', changed::text[]);
    perform private.refresh_partner_country_counts(
      private.named_partner_countries(changed, null)
      || array(select u.country from public.unnamed_partners as u where u.project_id = any (changed)));
  end if;
  return null;
end;
$$;

create trigger projects_partner_country_counts_update after update on public.projects
  referencing old table as old_rows new table as new_rows for each statement execute function private.projects_partner_country_counts();

-- An organisation moving country moves its partnerships with it. (A new one has none; one that has
-- any cannot be removed.)
create function private.organisations_partner_country_counts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  moved record;
begin
  select array_agg(n.id) as organisations, array_agg(o.country) || array_agg(n.country) as countries into moved
  from new_rows as n join old_rows as o on o.id = n.id
  where n.country is distinct from o.country;
  if moved.organisations is not null then
    perform private.lock_partner_country_counts('organisation', moved.organisations::text[]);
    perform private.refresh_partner_country_counts(moved.countries);
  end if;
  return null;
end;
$$;

create trigger organisations_partner_country_counts_update after update on public.organisations
  referencing old table as old_rows new table as new_rows for each statement execute function private.organisations_partner_country_counts();

revoke execute on function private.project_partners_partner_country_counts(), private.unnamed_partners_partner_country_counts(),
  private.projects_partner_country_counts(), private.organisations_partner_country_counts() from public;

-- What is published today.
select private.refresh_partner_country_counts(
  array(select o.country from public.organisations as o union select u.country from public.unnamed_partners as u));
