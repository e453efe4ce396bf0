-- An event's details form sent twice (a reload of the answer, a resubmit after a lost one) is
-- saved once: the second sending names the version the first one replaced, so the database finds a
-- conflict and changes nothing. The key its form carries is recorded with the saved row as for a
-- created one (20261207110000_idempotency_keys.sql); asked whether that form was acted on, the
-- server answers as the first sending would have instead of "someone else saved it".
create trigger a_idempotency_key_on_update
  before update on public.events
  for each row execute function private.remember_idempotency_key();

create function private.form_acted_on(key text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from private.idempotency_keys as k
    where k.user_id = (select auth.uid()) and k.key = form_acted_on.key
  );
$$;

-- Each person asks about their own keys only.
create function public.form_acted_on(key text)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select private.form_acted_on(key);
$$;

revoke execute on function private.form_acted_on(text), public.form_acted_on(text) from public;
grant execute on function private.form_acted_on(text), public.form_acted_on(text) to authenticated;
