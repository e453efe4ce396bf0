-- What /health calls through PostgREST: an answer proves the API and the database both work.
create function public.health_check()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object('database', 'ok', 'server_time', now());
$$;

grant execute on function public.health_check() to anon, authenticated, service_role;
