-- A form that creates a record acts once, however often it is sent. The server puts a random key
-- in each form it renders and sends it with the request that creates the record, as the
-- `Idempotency-Key` header, which PostgREST hands to SQL in `request.headers`. The key is recorded
-- here in the same transaction as the row it created: when the answer to that request was lost
-- (a timeout, a 503) and the form is sent again, the second insert finds the key and fails with
-- SQLSTATE IDEMP, naming the row made the first time, so the server answers as the first time
-- would have, and nothing is created twice.
create table private.idempotency_keys (
  user_id uuid not null references public.users (id) on delete cascade,
  key text not null check (length(key) between 16 and 100),
  created_table text not null,
  -- Null for rows whose key is made of other columns (a partner of a project, an item of a collection).
  created_id text,
  transaction_id xid8 not null default pg_current_xact_id(),
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);

create index idempotency_keys_created_at_idx on private.idempotency_keys (created_at);

-- Only the trigger below (as its owner) and the purge job touch it; nobody reads it through the API.
alter table private.idempotency_keys enable row level security;
revoke all on private.idempotency_keys from public, anon, authenticated;
grant select, delete on private.idempotency_keys to service_role;

create function private.remember_idempotency_key()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  request_key text := nullif(current_setting('request.headers', true), '')::jsonb ->> 'idempotency-key';
  person uuid := auth.uid();
  earlier private.idempotency_keys;
begin
  if request_key is null or person is null then
    return new;
  end if;
  insert into private.idempotency_keys (user_id, key, created_table, created_id)
  values (person, request_key, tg_table_name, to_jsonb(new) ->> 'id')
  on conflict do nothing;
  if found then
    return new;
  end if;
  select * into earlier from private.idempotency_keys as k where k.user_id = person and k.key = request_key;
  -- The same request adding more rows (a project with its lead partner): the first one is the answer.
  if earlier.transaction_id = pg_current_xact_id() then
    return new;
  end if;
  raise exception 'this form was sent before and has been acted on'
    using errcode = 'IDEMP',
          detail = jsonb_build_object('table', earlier.created_table, 'id', earlier.created_id)::text;
end;
$$;

revoke execute on function private.remember_idempotency_key() from public;

-- Named to fire before the other row triggers of each table, so that a form sent again is
-- recognised before any check that the first sending changed the answer to (a slug now taken).
do $$
declare
  created text;
begin
  foreach created in array array[
    'organisations', 'organisation_proposals',
    'projects', 'project_partners', 'unnamed_partners', 'budget_payments', 'project_indicators',
    'project_results', 'press_items', 'documents',
    'events', 'event_sessions', 'event_registrations',
    'practices', 'practice_organisations', 'practice_transfers', 'collections', 'collection_items'
  ] loop
    execute format(
      'create trigger a_idempotency_key before insert on public.%I for each row execute function private.remember_idempotency_key()',
      created
    );
  end loop;
end;
$$;
