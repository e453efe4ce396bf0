-- Partner organisations, as real accounts with many members.

create type public.organisation_kind as enum ('municipality', 'ngo', 'university', 'association', 'other');
create type public.organisation_role as enum ('admin', 'member');

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  name text not null check (length(btrim(name)) between 1 and 300),
  kind public.organisation_kind not null,
  city text check (city is null or length(btrim(city)) between 1 and 200),
  -- ISO 3166-1 alpha-2
  country text not null check (country ~ '^[A-Z]{2}$'),
  website text check (website is null or (website ~ '^https?://[^\s]+$' and length(website) <= 500)),
  description public.translated_text,
  -- Optimistic concurrency: a save names the version it started from.
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.organisations enable row level security;

create table public.organisation_members (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  role public.organisation_role not null default 'member',
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);

create index organisation_members_user_id_idx on public.organisation_members (user_id);
alter table public.organisation_members enable row level security;

-- Membership helpers for policies. SECURITY DEFINER so that a policy on a membership table can
-- ask about memberships without recursing into its own policy; they only ever answer for the
-- requesting user (auth.uid()).
create function private.organisation_role(organisation uuid)
returns public.organisation_role
language sql
stable
security definer
set search_path = ''
as $$
  select m.role from public.organisation_members as m
  where m.organisation_id = organisation and m.user_id = (select auth.uid());
$$;

create function private.is_organisation_member(organisation uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.organisation_role(organisation) is not null;
$$;

create function private.is_organisation_admin(organisation uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(private.organisation_role(organisation) = 'admin', false);
$$;

revoke execute on function private.organisation_role(uuid), private.is_organisation_member(uuid),
  private.is_organisation_admin(uuid) from public;
grant execute on function private.organisation_role(uuid), private.is_organisation_member(uuid),
  private.is_organisation_admin(uuid) to anon, authenticated, service_role;

create policy "Anyone can read organisations"
  on public.organisations for select to anon, authenticated
  using (true);

create policy "Platform admins can add organisations"
  on public.organisations for insert to authenticated
  with check ((select private.is_platform_admin()));

create policy "Organisation admins and platform admins can edit an organisation"
  on public.organisations for update to authenticated
  using ((select private.is_platform_admin()) or private.is_organisation_admin(id))
  with check ((select private.is_platform_admin()) or private.is_organisation_admin(id));

create policy "Platform admins can remove organisations"
  on public.organisations for delete to authenticated
  using ((select private.is_platform_admin()));

revoke all on public.organisations from anon, authenticated;
grant select on public.organisations to anon, authenticated;
grant insert (slug, name, kind, city, country, website, description) on public.organisations to authenticated;
grant update (slug, name, kind, city, country, website, description, version, updated_at)
  on public.organisations to authenticated;
grant delete on public.organisations to authenticated;

create policy "Members can see who belongs to their organisation"
  on public.organisation_members for select to authenticated
  using (private.is_organisation_member(organisation_id) or (select private.is_platform_admin()));

-- People join an organisation by accepting an invitation (done by the server), so that nobody is
-- added, and their address shown to others, without saying yes. Platform admins may add directly.
create policy "Platform admins can add members"
  on public.organisation_members for insert to authenticated
  with check ((select private.is_platform_admin()));

create policy "Organisation admins can change members' roles"
  on public.organisation_members for update to authenticated
  using (private.is_organisation_admin(organisation_id) or (select private.is_platform_admin()))
  with check (private.is_organisation_admin(organisation_id) or (select private.is_platform_admin()));

create policy "Organisation admins can remove members, and members can leave"
  on public.organisation_members for delete to authenticated
  using (
    user_id = (select auth.uid())
    or private.is_organisation_admin(organisation_id)
    or (select private.is_platform_admin())
  );

revoke all on public.organisation_members from anon, authenticated;
grant select, insert, delete on public.organisation_members to authenticated;
grant update (role) on public.organisation_members to authenticated;
