-- Editing joint projects: starting one for an organisation, bringing in partner organisations the
-- portal does not know yet, and partners proposing changes to their own organisation's details.
-- Each is one statement or one function, so that nothing is ever saved half-way.

-- Who may start a project with an organisation as its lead: the organisation's admins, those who
-- already coordinate a project for it, and platform admins.
create function private.may_lead_projects_for(organisation uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_organisation_admin(organisation)
    or exists (
      select 1 from public.project_members as m
      where m.user_id = (select auth.uid()) and m.organisation_id = organisation and m.role = 'coordinator'
    )
    or private.is_platform_admin();
$$;

revoke execute on function private.may_lead_projects_for(uuid) from public;
grant execute on function private.may_lead_projects_for(uuid) to authenticated, service_role;

-- A new project starts as a draft, with the organisation as lead partner and the person who
-- started it as its coordinator (acting for that organisation, when they belong to it).
-- (Functions that run with their owner's rights live in `private`, out of the API's reach; the API
-- calls them through a `public` function that runs with the caller's.)
create function private.create_project(organisation uuid, slug text, title public.translated_text, acronym text)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  project uuid;
begin
  if (select auth.uid()) is null or not private.may_lead_projects_for(organisation) then
    raise exception 'not allowed to start a project for this organisation' using errcode = '42501';
  end if;

  insert into public.projects (slug, title, acronym)
  values (create_project.slug, create_project.title, create_project.acronym)
  returning id into project;

  insert into public.project_partners (project_id, organisation_id, role)
  values (project, organisation, 'lead_partner');

  if private.is_organisation_member(organisation) then
    insert into public.project_members (project_id, user_id, organisation_id, role)
    values (project, (select auth.uid()), organisation, 'coordinator');
  end if;
  return project;
end;
$$;

create function public.create_project(organisation uuid, slug text, title public.translated_text, acronym text default null)
returns uuid
language sql
security invoker
set search_path = ''
as $$
  select private.create_project(organisation, slug, title, acronym);
$$;

revoke execute on function private.create_project(uuid, text, public.translated_text, text),
  public.create_project(uuid, text, public.translated_text, text) from public;
grant execute on function private.create_project(uuid, text, public.translated_text, text),
  public.create_project(uuid, text, public.translated_text, text) to authenticated;

-- A coordinator brings in a partner the portal does not know yet: the organisation is created and
-- joins the project in one step. Its address (slug) gets a number when the name's is taken.
create function private.add_new_partner_organisation(
  project uuid,
  slug text,
  name text,
  kind public.organisation_kind,
  city text,
  country text,
  website text,
  role public.partner_role
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  organisation uuid;
  candidate text := add_new_partner_organisation.slug;
  attempt integer := 1;
begin
  if not (private.is_project_coordinator(project) or private.is_platform_admin()) then
    raise exception 'only the project''s coordinators can add partners' using errcode = '42501';
  end if;

  while exists (select 1 from public.organisations as o where o.slug = candidate) loop
    attempt := attempt + 1;
    candidate := rtrim(left(add_new_partner_organisation.slug, 75), '-') || '-' || attempt;
  end loop;

  insert into public.organisations (slug, name, kind, city, country, website)
  values (candidate, add_new_partner_organisation.name, add_new_partner_organisation.kind,
    add_new_partner_organisation.city, add_new_partner_organisation.country, add_new_partner_organisation.website)
  returning id into organisation;

  insert into public.project_partners (project_id, organisation_id, role)
  values (project, organisation, add_new_partner_organisation.role);
  return organisation;
end;
$$;

create function public.add_new_partner_organisation(
  project uuid,
  slug text,
  name text,
  kind public.organisation_kind,
  city text,
  country text,
  website text,
  role public.partner_role default 'partner'
)
returns uuid
language sql
security invoker
set search_path = ''
as $$
  select private.add_new_partner_organisation(project, slug, name, kind, city, country, website, role);
$$;

revoke execute on function
  private.add_new_partner_organisation(uuid, text, text, public.organisation_kind, text, text, text, public.partner_role),
  public.add_new_partner_organisation(uuid, text, text, public.organisation_kind, text, text, text, public.partner_role)
  from public;
grant execute on function
  private.add_new_partner_organisation(uuid, text, text, public.organisation_kind, text, text, text, public.partner_role),
  public.add_new_partner_organisation(uuid, text, text, public.organisation_kind, text, text, text, public.partner_role)
  to authenticated;

-- Changes a member proposes to their organisation's public details, for its admins to accept or
-- decline. The proposal holds the whole record as proposed, and the version it was made against.
create type public.proposal_status as enum ('pending', 'accepted', 'declined');

create table public.organisation_proposals (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  proposed_by uuid default auth.uid() references public.users (id) on delete set null,
  base_version integer not null,
  name text not null check (length(btrim(name)) between 1 and 300),
  kind public.organisation_kind not null,
  city text check (city is null or length(btrim(city)) between 1 and 200),
  country text not null check (country ~ '^[A-Z]{2}$'),
  website text check (website is null or (website ~ '^https?://[^\s]+$' and length(website) <= 500)),
  description public.translated_text,
  -- Why, in the proposer's words.
  message text check (message is null or length(message) <= 2000),
  status public.proposal_status not null default 'pending',
  decided_by uuid references public.users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now()
);

create index organisation_proposals_organisation_id_idx on public.organisation_proposals (organisation_id, status);
create index organisation_proposals_proposed_by_idx on public.organisation_proposals (proposed_by);
create index organisation_proposals_decided_by_idx on public.organisation_proposals (decided_by);
alter table public.organisation_proposals enable row level security;

create policy "Proposers, the organisation's admins and platform admins see proposals"
  on public.organisation_proposals for select to authenticated
  using (
    proposed_by = (select auth.uid())
    or private.is_organisation_admin(organisation_id)
    or (select private.is_platform_admin())
  );

create policy "Members propose changes to their own organisation"
  on public.organisation_proposals for insert to authenticated
  with check (
    private.is_organisation_member(organisation_id)
    and proposed_by = (select auth.uid())
    and status = 'pending'
  );

create policy "The organisation's admins decide on proposals"
  on public.organisation_proposals for update to authenticated
  using (private.is_organisation_admin(organisation_id) or (select private.is_platform_admin()))
  with check (private.is_organisation_admin(organisation_id) or (select private.is_platform_admin()));

revoke all on public.organisation_proposals from anon, authenticated;
grant select on public.organisation_proposals to authenticated;
grant insert (organisation_id, base_version, name, kind, city, country, website, description, message)
  on public.organisation_proposals to authenticated;
grant update (status) on public.organisation_proposals to authenticated;

-- A proposal is decided once; who decided and when is recorded by the database, not the client.
-- It is accepted only by accept_organisation_proposal, which applies it in the same transaction
-- (and says so in a setting local to that transaction, which no API request can set).
create function private.stamp_proposal_decision()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.status <> 'pending' or new.status = 'pending' then
    raise exception 'a proposal is decided once' using errcode = '23514';
  end if;
  if new.status = 'accepted' and current_setting('tilts.accepting_proposal', true) is distinct from new.id::text then
    raise exception 'a proposal is accepted by applying it' using errcode = '42501';
  end if;
  new.decided_by := (select auth.uid());
  new.decided_at := now();
  return new;
end;
$$;

create trigger organisation_proposal_decided
  before update on public.organisation_proposals
  for each row execute function private.stamp_proposal_decision();

-- Accepting applies the proposal and marks it accepted in one transaction, with the rights of the
-- person accepting (row level security decides). False when the organisation changed since the
-- accepter looked at it: they see the newer details and decide again.
create function public.accept_organisation_proposal(proposal uuid, seen_version integer)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  p public.organisation_proposals;
begin
  select * into p from public.organisation_proposals as o where o.id = proposal and o.status = 'pending';
  if p.id is null then
    -- Decided meanwhile (or never there): 409, for the accepter to look again.
    raise exception 'no pending proposal' using errcode = 'PT409';
  end if;
  if not (private.is_organisation_admin(p.organisation_id) or private.is_platform_admin()) then
    raise exception 'not allowed to decide on this proposal' using errcode = '42501';
  end if;

  update public.organisations as o
  set name = p.name, kind = p.kind, city = p.city, country = p.country, website = p.website,
    description = p.description, version = o.version + 1, updated_at = now()
  where o.id = p.organisation_id and o.version = seen_version;
  if not found then
    if exists (select 1 from public.organisations as o where o.id = p.organisation_id and o.version <> seen_version) then
      return false;
    end if;
    raise exception 'not allowed to edit this organisation' using errcode = '42501';
  end if;

  perform set_config('tilts.accepting_proposal', proposal::text, true);
  update public.organisation_proposals as o set status = 'accepted' where o.id = proposal;
  if not found then
    raise exception 'not allowed to decide on this proposal' using errcode = '42501';
  end if;
  return true;
end;
$$;

revoke execute on function public.accept_organisation_proposal(uuid, integer) from public;
grant execute on function public.accept_organisation_proposal(uuid, integer) to authenticated;

create function private.audit_organisation_proposal()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('organisation_proposal.made', 'organisation', new.organisation_id::text,
      jsonb_build_object('proposal_id', new.id));
  else
    perform private.audit('organisation_proposal.' || new.status::text, 'organisation', new.organisation_id::text,
      jsonb_build_object('proposal_id', new.id, 'proposed_by', new.proposed_by));
  end if;
  return null;
end;
$$;

create trigger audit_organisation_proposals
  after insert or update of status on public.organisation_proposals
  for each row execute function private.audit_organisation_proposal();

revoke execute on function private.stamp_proposal_decision(), private.audit_organisation_proposal() from public;
