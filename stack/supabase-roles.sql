-- What a Supabase project already has before its first migration runs, reproduced for the
-- local stack only (after Supabase's own Postgres init scripts). Run once per new cluster by
-- the cluster superuser, `supabase_admin`, as on Supabase. Never part of supabase/migrations:
-- on a real project these objects exist already and belong to Supabase.
--
-- {{postgres_password}} and {{authenticator_password}} are filled in by stack/postgres.ts.

-- Migrations run as `postgres`, which on Supabase is not a superuser.
create role postgres login nosuperuser createrole createdb replication bypassrls
  password {{postgres_password}};

-- The roles PostgREST switches to, from the `role` claim of each request's JWT.
create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
create role authenticator login noinherit password {{authenticator_password}};
grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres;

alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';

alter database postgres owner to postgres;
alter role postgres set search_path = "$user", public, extensions;

-- Schema public: every new table, function and sequence is granted to the API roles, so a
-- table without row level security is open to the world, exactly as on Supabase.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on tables to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on functions to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on sequences to anon, authenticated, service_role;

create schema extensions authorization postgres;
grant usage on schema extensions to anon, authenticated, service_role;
create extension pgcrypto with schema extensions;
create extension "uuid-ossp" with schema extensions;

-- Supabase Auth's schema and the helpers its policies use. Tilts creates nothing in it.
create schema auth;
grant usage on schema auth to postgres, anon, authenticated, service_role;

create function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.jwt()
  to postgres, anon, authenticated, service_role;
