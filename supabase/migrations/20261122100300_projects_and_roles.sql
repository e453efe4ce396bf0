-- The core of a joint project and who takes part in it: partner organisations with their role
-- in the project, and people acting for them with a project role. (The project's content, money
-- and results come with their own migrations.)

create type public.project_status as enum ('planned', 'running', 'closed', 'final_report_submitted', 'settled');
create type public.partner_role as enum ('applicant', 'lead_partner', 'coordinator', 'partner');
create type public.project_role as enum ('coordinator', 'partner_editor', 'viewer');

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  acronym text check (acronym is null or length(btrim(acronym)) between 1 and 40),
  title public.translated_text not null,
  status public.project_status not null default 'planned',
  is_published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.projects enable row level security;

create table public.project_partners (
  project_id uuid not null references public.projects (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete restrict,
  role public.partner_role not null default 'partner',
  primary key (project_id, organisation_id)
);

create index project_partners_organisation_id_idx on public.project_partners (organisation_id);
alter table public.project_partners enable row level security;

create table public.project_members (
  project_id uuid not null references public.projects (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  -- The partner organisation the person acts for in this project.
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.project_role not null,
  created_at timestamptz not null default now(),
  primary key (project_id, user_id),
  foreign key (project_id, organisation_id)
    references public.project_partners (project_id, organisation_id) on delete cascade
);

create index project_members_user_id_idx on public.project_members (user_id);
alter table public.project_members enable row level security;

-- A person acts in a project only for an organisation they belong to.
create function private.check_project_member_organisation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Someone who may not give project roles is refused by row level security, which runs after
  -- this trigger: answering for them here would tell them who belongs to which organisation.
  if coalesce(auth.role(), '') in ('anon', 'authenticated')
     and not (private.is_project_coordinator(new.project_id) or private.is_platform_admin()) then
    return new;
  end if;
  if not exists (
    select 1 from public.organisation_members as m
    where m.organisation_id = new.organisation_id and m.user_id = new.user_id
  ) then
    raise exception 'a project member must belong to the organisation they act for'
      using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger project_member_belongs_to_organisation
  before insert or update on public.project_members
  for each row execute function private.check_project_member_organisation();

-- Leaving an organisation ends the roles held for it in projects.
create function private.end_project_roles_with_membership()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.project_members as p
  where p.user_id = old.user_id and p.organisation_id = old.organisation_id;
  return old;
end;
$$;

create trigger organisation_member_removed
  after delete on public.organisation_members
  for each row execute function private.end_project_roles_with_membership();

create function private.project_role(project uuid)
returns public.project_role
language sql
stable
security definer
set search_path = ''
as $$
  select m.role from public.project_members as m
  where m.project_id = project and m.user_id = (select auth.uid());
$$;

create function private.is_project_member(project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.project_role(project) is not null;
$$;

create function private.is_project_coordinator(project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(private.project_role(project) = 'coordinator', false);
$$;

-- Published projects are public; drafts only for their partnership (and platform admins).
create function private.can_read_project(project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.projects as p where p.id = project and p.is_published)
    or private.is_project_member(project)
    or private.is_platform_admin();
$$;

-- Whether the requesting user shares an organisation or a project with another person.
create function private.shares_membership_with(person uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.organisation_members as mine
      join public.organisation_members as theirs using (organisation_id)
      where mine.user_id = (select auth.uid()) and theirs.user_id = person
    )
    or exists (
      select 1 from public.project_members as mine
      join public.project_members as theirs using (project_id)
      where mine.user_id = (select auth.uid()) and theirs.user_id = person
    );
$$;

revoke execute on function private.project_role(uuid), private.is_project_member(uuid),
  private.is_project_coordinator(uuid), private.can_read_project(uuid),
  private.shares_membership_with(uuid), private.check_project_member_organisation(),
  private.end_project_roles_with_membership() from public;
grant execute on function private.project_role(uuid), private.is_project_member(uuid),
  private.is_project_coordinator(uuid), private.can_read_project(uuid),
  private.shares_membership_with(uuid) to anon, authenticated, service_role;

create policy "Anyone can read published projects"
  on public.projects for select to anon
  using (is_published);

create policy "Published projects, and drafts to their partnership"
  on public.projects for select to authenticated
  using (is_published or private.is_project_member(id) or (select private.is_platform_admin()));

create policy "Platform admins can add projects"
  on public.projects for insert to authenticated
  with check ((select private.is_platform_admin()));

create policy "Coordinators and platform admins can edit a project"
  on public.projects for update to authenticated
  using (private.is_project_coordinator(id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(id) or (select private.is_platform_admin()));

create policy "Platform admins can remove projects"
  on public.projects for delete to authenticated
  using ((select private.is_platform_admin()));

revoke all on public.projects from anon, authenticated;
grant select on public.projects to anon, authenticated;
grant insert (slug, acronym, title, status, is_published) on public.projects to authenticated;
grant update (slug, acronym, title, status, is_published, version, updated_at) on public.projects to authenticated;
grant delete on public.projects to authenticated;

create policy "Partners of readable projects are readable"
  on public.project_partners for select to anon, authenticated
  using (private.can_read_project(project_id));

create policy "Coordinators can add partners"
  on public.project_partners for insert to authenticated
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Coordinators can change a partner's role"
  on public.project_partners for update to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Coordinators can remove partners"
  on public.project_partners for delete to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

revoke all on public.project_partners from anon, authenticated;
grant select on public.project_partners to anon, authenticated;
grant insert, delete on public.project_partners to authenticated;
grant update (role) on public.project_partners to authenticated;

create policy "The partnership can see who takes part"
  on public.project_members for select to authenticated
  using (private.is_project_member(project_id) or (select private.is_platform_admin()));

create policy "Coordinators can give project roles"
  on public.project_members for insert to authenticated
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Coordinators can change project roles"
  on public.project_members for update to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Coordinators can end project roles, and people can leave"
  on public.project_members for delete to authenticated
  using (
    user_id = (select auth.uid())
    or private.is_project_coordinator(project_id)
    or (select private.is_platform_admin())
  );

revoke all on public.project_members from anon, authenticated;
grant select, insert, delete on public.project_members to authenticated;
grant update (role) on public.project_members to authenticated;

-- Co-members see each other's names (and addresses): names stay within the partnership.
create policy "People can see those they share an organisation or project with"
  on public.users for select to authenticated
  using (private.shares_membership_with(id));
