-- Defaults every later migration relies on.

-- Helpers that policies call live in `private`: PostgREST exposes only `public`.
create schema private;
revoke all on schema private from public;

-- Functions are not callable through the API unless a migration grants it, one by one.
-- (Supabase grants EXECUTE on new functions in `public` to anon and authenticated by default.)
alter default privileges for role postgres revoke execute on functions from public;
alter default privileges for role postgres in schema public revoke execute on functions from anon, authenticated;
