-- Whether a text names a time zone, without reading the zone files on every call.
--
-- pg_timezone_names reads the whole time zone database each time it is queried: about 35 ms, and
-- an event or session written checks its zone two or three times. The names are kept in a small
-- table, filled from pg_timezone_names here; a name not in it (a zone added by a later PostgreSQL
-- upgrade, or a mistake) is still looked up the slow way, so no valid zone is ever refused.
create table private.time_zone_names (
  name text primary key
);

insert into private.time_zone_names (name) select name from pg_catalog.pg_timezone_names;

-- Public knowledge, read by the checks of whoever writes an event: everyone reads, nobody writes.
alter table private.time_zone_names enable row level security;
create policy "time zone names are public" on private.time_zone_names for select using (true);
grant select on private.time_zone_names to anon, authenticated, service_role;

create or replace function private.is_time_zone(name text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select 1 from private.time_zone_names as z where z.name = is_time_zone.name)
    or exists (select 1 from pg_catalog.pg_timezone_names as z where z.name = is_time_zone.name);
$$;
