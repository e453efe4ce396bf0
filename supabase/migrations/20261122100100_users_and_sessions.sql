-- People who sign in. Tilts keeps its own accounts and sessions (the Lucia way) instead of
-- Supabase Auth: auth.uid() is the id of a row here, carried by the short-lived JWT the server
-- mints for each request.

create function private.is_time_zone(name text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select 1 from pg_catalog.pg_timezone_names as z where z.name = is_time_zone.name);
$$;

grant execute on function private.is_time_zone(text) to anon, authenticated, service_role;

create table public.users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique
    check (email = lower(email) and length(email) <= 254 and email ~ '^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s<>(),;:"\[\]\\]+$'),
  display_name text not null check (length(btrim(display_name)) between 1 and 200),
  -- The interface language for pages and e-mail.
  preferred_locale text not null default 'en' references public.content_locales (code),
  -- IANA name, e.g. Europe/Riga; NULL until the person or their browser says.
  time_zone text check (time_zone is null or private.is_time_zone(time_zone)),
  is_platform_admin boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.users enable row level security;

create function private.is_platform_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select u.is_platform_admin from public.users as u where u.id = (select auth.uid())), false);
$$;

revoke execute on function private.is_platform_admin() from public;
grant execute on function private.is_platform_admin() to anon, authenticated, service_role;

create policy "People can read their own account"
  on public.users for select to authenticated
  using (id = (select auth.uid()));

create policy "Platform admins can read every account"
  on public.users for select to authenticated
  using ((select private.is_platform_admin()));

create policy "People can update their own account"
  on public.users for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

create policy "People can delete their own account"
  on public.users for delete to authenticated
  using (id = (select auth.uid()));

-- Not each other's: one platform admin cannot remove the others.
create policy "Platform admins can delete accounts other than platform admins'"
  on public.users for delete to authenticated
  using ((select private.is_platform_admin()) and not is_platform_admin);

-- Accounts are created by the server (invitations, seed); nobody promotes themselves.
revoke all on public.users from anon, authenticated;
grant select, delete on public.users to authenticated;
grant update (display_name, preferred_locale, time_zone, updated_at) on public.users to authenticated;

-- Password hashes (argon2id): read and written by the server only, never through the API roles.
create table public.credentials (
  user_id uuid primary key references public.users (id) on delete cascade,
  password_hash text not null,
  updated_at timestamptz not null default now()
);

alter table public.credentials enable row level security;
revoke all on public.credentials from anon, authenticated;

-- Sessions: the id is the SHA-256 of the token in the cookie; the token itself is never stored.
create table public.sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  user_id uuid not null references public.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  -- Idle expiry, pushed forward while the session is used; never past the absolute expiry.
  expires_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  check (expires_at <= absolute_expires_at)
);

create index sessions_user_id_idx on public.sessions (user_id);
alter table public.sessions enable row level security;
revoke all on public.sessions from anon, authenticated;

-- For "download my data": when and until when each session of one's own ran (never the id).
create policy "People can see their own sessions"
  on public.sessions for select to authenticated
  using (user_id = (select auth.uid()));
grant select (user_id, created_at, expires_at, absolute_expires_at) on public.sessions to authenticated;

create table public.password_resets (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid not null references public.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index password_resets_user_id_idx on public.password_resets (user_id);
alter table public.password_resets enable row level security;
revoke all on public.password_resets from anon, authenticated;

-- Failed sign-ins, counted per account and per client address to slow down guessing.
create table public.sign_in_failures (
  id bigint generated always as identity primary key,
  email text not null,
  client_address text not null,
  failed_at timestamptz not null default now()
);

create index sign_in_failures_email_idx on public.sign_in_failures (email, failed_at);
create index sign_in_failures_address_idx on public.sign_in_failures (client_address, failed_at);
alter table public.sign_in_failures enable row level security;
revoke all on public.sign_in_failures from anon, authenticated;

-- Before a password is checked, claim the attempt: count the recent failures for the account
-- and for the client address and, unless either is at its limit, record this attempt as a
-- failure straight away. The server forgets it when the password was right. Locks make the
-- count and the claim one step, so parallel guesses cannot slip in between.
-- Returns {"retry_after": seconds} when blocked, else {"attempt": id}.
create function public.claim_sign_in_attempt(
  email text,
  client_address text,
  max_per_account integer,
  max_per_address integer,
  window_seconds integer
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
#variable_conflict use_column
declare
  since timestamptz := now() - make_interval(secs => window_seconds);
  blocked_until timestamptz;
  attempt bigint;
begin
  perform pg_advisory_xact_lock(hashtext('sign-in:' || claim_sign_in_attempt.email));
  perform pg_advisory_xact_lock(hashtext('sign-in-address:' || claim_sign_in_attempt.client_address));

  select greatest(
    (select f.failed_at from public.sign_in_failures as f
      where f.email = claim_sign_in_attempt.email and f.failed_at > since
      order by f.failed_at desc offset max_per_account - 1 limit 1),
    (select f.failed_at from public.sign_in_failures as f
      where f.client_address = claim_sign_in_attempt.client_address and f.failed_at > since
      order by f.failed_at desc offset max_per_address - 1 limit 1)
  ) into blocked_until;

  if blocked_until is not null then
    return jsonb_build_object('retry_after',
      greatest(1, ceil(extract(epoch from blocked_until + make_interval(secs => window_seconds) - now()))::integer));
  end if;

  insert into public.sign_in_failures (email, client_address)
  values (claim_sign_in_attempt.email, claim_sign_in_attempt.client_address)
  returning id into attempt;
  return jsonb_build_object('attempt', attempt);
end;
$$;

revoke execute on function public.claim_sign_in_attempt(text, text, integer, integer, integer) from public, anon, authenticated;
grant execute on function public.claim_sign_in_attempt(text, text, integer, integer, integer) to service_role;
