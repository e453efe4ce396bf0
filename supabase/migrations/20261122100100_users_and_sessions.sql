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
    check (email = lower(email) and length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
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

create policy "Platform admins can delete accounts"
  on public.users for delete to authenticated
  using ((select private.is_platform_admin()));

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
