-- A form's key is needed while someone may still send that form again: a week. The server's
-- hourly purge calls this beside public.purge_expired(), with the service role.
create function public.purge_idempotency_keys()
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  removed integer;
begin
  delete from private.idempotency_keys where created_at <= now() - interval '7 days';
  get diagnostics removed = row_count;
  return removed;
end;
$$;

revoke execute on function public.purge_idempotency_keys() from public, anon, authenticated;
grant execute on function public.purge_idempotency_keys() to service_role;
