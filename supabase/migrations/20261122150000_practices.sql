-- Good practices: what worked for one partner, written up so that others can reuse it.
--
-- A practice belongs to the organisation that wrote it and, optionally, to the joint project it
-- came from. Its texts are written one language at a time (practice_texts, the working copies);
-- each language goes through its own review: draft → submitted → published, or returned with a
-- comment. Publishing copies the working copy into practice_publications, which is what readers
-- see: editing a published text again leaves the published one in place until the next publish.
-- Every saved state of a text is kept in practice_text_history.
--
-- Who approves: the project's coordinators for a practice from a project, the organisation's admins
-- for one written by the organisation alone (and platform admins for either).

-- Greek has two lowercase sigmas: "ΕΘΕΛΟΝΤΕΣ" lowercases to "εθελοντεσ", "Εθελοντές" ends in "ς".
-- Folding both to σ lets a word typed in capitals find the same word written in lowercase. (The
-- projects' stored search text is folded again.)
create or replace function private.fold(value text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select translate(lower(extensions.unaccent('extensions.unaccent'::regdictionary, value)), 'ς', 'σ');
$$;

update public.projects set title = title;

create type public.practice_theme as enum (
  'volunteering', 'youth_participation', 'neets', 'civic_participation', 'integration',
  'public_communication', 'culture', 'education', 'social_inclusion', 'employment', 'sport', 'environment'
);

create type public.practice_target_group as enum (
  'young_people', 'neets', 'volunteers', 'ngos', 'municipal_staff', 'migrants', 'older_people',
  'people_with_disabilities', 'schools', 'families', 'general_public'
);

create type public.practice_text_state as enum ('draft', 'submitted', 'returned', 'published');

create table public.practices (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  organisation_id uuid not null references public.organisations (id) on delete restrict,
  project_id uuid references public.projects (id) on delete set null,
  themes public.practice_theme[] not null default '{}',
  target_groups public.practice_target_group[] not null default '{}',
  -- Where it was done.
  city text check (city is null or length(btrim(city)) between 1 and 200),
  country text not null check (country ~ '^[A-Z]{2}$'),
  contact_name text check (contact_name is null or length(btrim(contact_name)) between 1 and 200),
  contact_email text check (contact_email is null or (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(contact_email) <= 320)),
  -- A picture for the page and for sharing: https only, and never without a description.
  image_url text check (image_url is null or (image_url ~ '^https://[^\s]+$' and length(image_url) <= 500)),
  image_alt text check (image_alt is null or length(btrim(image_alt)) between 1 and 300),
  created_by uuid references public.users (id) on delete set null,
  version integer not null default 1,
  -- The last version of each language that was removed, so that a language written again goes on
  -- counting from there: a version number never names two different texts (an approver publishes
  -- the version they read, never another one that happens to have the same number).
  removed_text_versions jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (image_url is null or image_alt is not null),
  -- A practice from a project is one its organisation took part in. Leaving the project keeps the
  -- practice, without the project.
  foreign key (project_id, organisation_id)
    references public.project_partners (project_id, organisation_id) on delete set null (project_id)
);

create index practices_organisation_id_idx on public.practices (organisation_id);
create index practices_project_id_idx on public.practices (project_id);
create index practices_themes_idx on public.practices using gin (themes);
alter table public.practices enable row level security;

-- Other organisations that did it together with the owner.
create table public.practice_organisations (
  practice_id uuid not null references public.practices (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  primary key (practice_id, organisation_id)
);

create index practice_organisations_organisation_id_idx on public.practice_organisations (organisation_id);
alter table public.practice_organisations enable row level security;

-- The template that guides the author: each section is Markdown (rendered and sanitised by the
-- server), and none but the title has to be filled in before the author is ready.
create table public.practice_texts (
  practice_id uuid not null references public.practices (id) on delete cascade,
  locale text not null references public.content_locales (code),
  -- The language it was written in, or a translation: checked by a person, or a machine's.
  kind text not null check (kind in ('original', 'machine', 'reviewed')),
  title text not null check (length(btrim(title)) between 1 and 200),
  summary text not null default '' check (length(summary) <= 1000),
  context text not null default '' check (length(context) <= 20000),
  actions text not null default '' check (length(actions) <= 20000),
  resources text not null default '' check (length(resources) <= 20000),
  results text not null default '' check (length(results) <= 20000),
  lessons text not null default '' check (length(lessons) <= 20000),
  transfer text not null default '' check (length(transfer) <= 20000),
  state public.practice_text_state not null default 'draft',
  -- What the approver asked for when returning it.
  review_comment text check (review_comment is null or length(btrim(review_comment)) between 1 and 4000),
  version integer not null default 1,
  updated_by uuid references public.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (practice_id, locale)
);

create unique index practice_texts_one_original_idx on public.practice_texts (practice_id) where kind = 'original';
create index practice_texts_state_idx on public.practice_texts (state) where state = 'submitted';
alter table public.practice_texts enable row level security;

-- What readers see: a copy of a text as it was when it was published.
create table public.practice_publications (
  practice_id uuid not null,
  locale text not null,
  kind text not null check (kind in ('original', 'machine', 'reviewed')),
  title text not null,
  summary text not null,
  context text not null,
  actions text not null,
  resources text not null,
  results text not null,
  lessons text not null,
  transfer text not null,
  -- The version of the working copy that was published.
  text_version integer not null,
  published_at timestamptz not null default now(),
  published_by uuid references public.users (id) on delete set null,
  -- Search ignores case and diacritics in every alphabet (private.fold); the title weighs most.
  search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(title)), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(summary)), 'B')
    || setweight(to_tsvector('simple'::regconfig,
      private.fold(context || ' ' || actions || ' ' || resources || ' ' || results || ' ' || lessons || ' ' || transfer)), 'C')
  ) stored,
  primary key (practice_id, locale),
  foreign key (practice_id, locale) references public.practice_texts (practice_id, locale) on delete cascade,
  -- Also to the practice itself, so that the API embeds a practice's publications.
  foreign key (practice_id) references public.practices (id) on delete cascade
);

create index practice_publications_search_idx on public.practice_publications using gin (search_vector);
create index practice_publications_published_at_idx on public.practice_publications (locale, published_at desc);
alter table public.practice_publications enable row level security;

-- Every state a text was saved in, with who and when.
create table public.practice_text_history (
  id bigint generated always as identity primary key,
  practice_id uuid not null,
  locale text not null,
  version integer not null,
  action text not null check (action in ('created', 'saved', 'submitted', 'returned', 'published', 'unpublished')),
  state public.practice_text_state not null,
  kind text not null,
  title text not null,
  summary text not null,
  context text not null,
  actions text not null,
  resources text not null,
  results text not null,
  lessons text not null,
  transfer text not null,
  comment text,
  changed_by uuid references public.users (id) on delete set null,
  changed_at timestamptz not null default now(),
  foreign key (practice_id, locale) references public.practice_texts (practice_id, locale) on delete cascade
);

create index practice_text_history_text_idx on public.practice_text_history (practice_id, locale, id desc);
alter table public.practice_text_history enable row level security;

-- Who may write a practice's texts and details: the owner organisation's members, and the
-- coordinators and partner editors of its project (a coordinator often translates).
-- Takes the row's columns, not its id, so that a policy can judge a row being inserted.
create function private.may_write_practice_of(organisation uuid, project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.is_organisation_member(organisation)
    or (project is not null and private.project_role(project) in ('coordinator', 'partner_editor'))
    or private.is_platform_admin();
$$;

create function private.may_approve_practice_of(organisation uuid, project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case when project is not null then private.is_project_coordinator(project)
    else private.is_organisation_admin(organisation) end
    or private.is_platform_admin();
$$;

create function private.can_write_practice(practice uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select private.may_write_practice_of(p.organisation_id, p.project_id)
    from public.practices as p where p.id = practice), false);
$$;

create function private.can_approve_practice(practice uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select private.may_approve_practice_of(p.organisation_id, p.project_id)
    from public.practices as p where p.id = practice), false);
$$;

create function private.is_published_practice(practice uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.practice_publications as pp where pp.practice_id = practice);
$$;

revoke execute on function private.may_write_practice_of(uuid, uuid), private.may_approve_practice_of(uuid, uuid),
  private.can_write_practice(uuid), private.can_approve_practice(uuid), private.is_published_practice(uuid) from public;
grant execute on function private.may_write_practice_of(uuid, uuid), private.may_approve_practice_of(uuid, uuid),
  private.can_write_practice(uuid), private.can_approve_practice(uuid), private.is_published_practice(uuid)
  to anon, authenticated, service_role;

-- Practices: public once a language is published; before that, to those who write them.
create policy "Anyone can read published practices"
  on public.practices for select to anon
  using (private.is_published_practice(id));

create policy "Published practices, and drafts to their writers"
  on public.practices for select to authenticated
  using (private.is_published_practice(id) or private.may_write_practice_of(organisation_id, project_id));

-- A member writes for their own organisation; from a project, as its coordinator or partner editor.
-- The author named is the person inserting (create_practice names them).
create policy "Members start practices for their organisation"
  on public.practices for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and (private.is_organisation_member(organisation_id) or (select private.is_platform_admin()))
    and (project_id is null or private.project_role(project_id) in ('coordinator', 'partner_editor')
      or (select private.is_platform_admin()))
  );

-- Once a language is public, what readers see beside it (contact, picture, themes) is the
-- approvers' to change, like the texts themselves.
create policy "Writers edit a practice's details until it is public, approvers after"
  on public.practices for update to authenticated
  using (private.may_write_practice_of(organisation_id, project_id))
  with check (
    private.may_write_practice_of(organisation_id, project_id)
    and (not private.is_published_practice(id) or private.may_approve_practice_of(organisation_id, project_id))
  );

create policy "Approvers remove a practice"
  on public.practices for delete to authenticated
  using (private.may_approve_practice_of(organisation_id, project_id));

revoke all on public.practices from anon, authenticated;
grant select on public.practices to anon, authenticated;
grant insert (id, slug, organisation_id, project_id, themes, target_groups, city, country, contact_name, contact_email,
  image_url, image_alt, created_by) on public.practices to authenticated;
-- Never the organisation or the project: they decide who approves.
grant update (themes, target_groups, city, country, contact_name, contact_email, image_url, image_alt, version, updated_at)
  on public.practices to authenticated;
grant delete on public.practices to authenticated;

create policy "Organisations of readable practices are readable"
  on public.practice_organisations for select to anon, authenticated
  using (exists (select 1 from public.practices as p where p.id = practice_id));

-- Naming an organisation puts the practice on its public page: the approvers' decision.
create policy "Approvers name the organisations that took part"
  on public.practice_organisations for insert to authenticated
  with check (private.can_approve_practice(practice_id));

create policy "Approvers remove an organisation that took part"
  on public.practice_organisations for delete to authenticated
  using (private.can_approve_practice(practice_id));

revoke all on public.practice_organisations from anon, authenticated;
grant select on public.practice_organisations to anon, authenticated;
grant insert, delete on public.practice_organisations to authenticated;

-- Working copies are for the writers; readers see publications.
create policy "Writers read the working copies"
  on public.practice_texts for select to authenticated
  using (private.can_write_practice(practice_id));

create policy "Writers add a language"
  on public.practice_texts for insert to authenticated
  with check (private.can_write_practice(practice_id) and state = 'draft');

create policy "Writers edit a language"
  on public.practice_texts for update to authenticated
  using (private.can_write_practice(practice_id))
  with check (private.can_write_practice(practice_id));

-- A translation can go (with its publication); the original goes with the practice.
create policy "Writers remove an unpublished translation, approvers any translation"
  on public.practice_texts for delete to authenticated
  using (
    kind <> 'original'
    and (private.can_approve_practice(practice_id)
      or (private.can_write_practice(practice_id)
        and not exists (select 1 from public.practice_publications as pp
          where pp.practice_id = practice_texts.practice_id and pp.locale = practice_texts.locale)))
  );

revoke all on public.practice_texts from anon, authenticated;
grant select, delete on public.practice_texts to authenticated;
grant insert (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer)
  on public.practice_texts to authenticated;
-- The state changes only through submit, return, publish and unpublish below.
-- Not the version either: the database counts it, so that no change can pass for the version
-- an approver saw.
grant update (kind, title, summary, context, actions, resources, results, lessons, transfer)
  on public.practice_texts to authenticated;

create policy "Anyone can read what was published"
  on public.practice_publications for select to anon, authenticated
  using (true);

revoke all on public.practice_publications from anon, authenticated;
grant select on public.practice_publications to anon, authenticated;

create policy "Writers read a text's history"
  on public.practice_text_history for select to authenticated
  using (private.can_write_practice(practice_id));

revoke all on public.practice_text_history from anon, authenticated;
grant select on public.practice_text_history to authenticated;

-- An original stays the original; a translation stays a translation. Every change of the text is a
-- new version. Editing a published text starts a new draft (the publication stays until the next
-- publish); editing a submitted one takes it back from review, so that approvers publish only
-- what they read. Who and when are the database's to say.
create function private.check_practice_text_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (old.kind = 'original') <> (new.kind = 'original') then
    raise exception 'the original stays the original' using errcode = '23514', hint = 'original_kind';
  end if;
  if (new.title, new.summary, new.context, new.actions, new.resources, new.results, new.lessons, new.transfer, new.kind)
     is distinct from
     (old.title, old.summary, old.context, old.actions, old.resources, old.results, old.lessons, old.transfer, old.kind) then
    new.version := old.version + 1;
    if old.state in ('published', 'submitted') and new.state = old.state then
      new.state := 'draft';
    end if;
  end if;
  new.updated_by := (select auth.uid());
  new.updated_at := now();
  return new;
end;
$$;

create trigger practice_text_changed
  before update on public.practice_texts
  for each row execute function private.check_practice_text_change();

create function private.stamp_practice_text()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.updated_by := (select auth.uid());
  new.updated_at := now();
  new.state := 'draft';
  new.version := coalesce((
    select (p.removed_text_versions ->> new.locale)::integer from public.practices as p where p.id = new.practice_id
  ), 0) + 1;
  return new;
end;
$$;

create trigger practice_text_added
  before insert on public.practice_texts
  for each row execute function private.stamp_practice_text();

create function private.record_practice_text()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  action text;
begin
  -- The review steps below say which they are; any other change is a save.
  action := coalesce(nullif(current_setting('tilts.practice_text_action', true), ''),
    case when tg_op = 'INSERT' then 'created' else 'saved' end);
  if action = 'saved' and new.version = old.version and new.state = old.state then
    -- Nothing a reader of the history would call a change.
    return null;
  else
  end if;
  insert into public.practice_text_history (practice_id, locale, version, action, state, kind, title, summary, context,
    actions, resources, results, lessons, transfer, comment, changed_by)
  values (new.practice_id, new.locale, new.version, action, new.state, new.kind, new.title, new.summary, new.context,
    new.actions, new.resources, new.results, new.lessons, new.transfer,
    case when action = 'returned' then new.review_comment end, (select auth.uid()));
  if action in ('submitted', 'returned', 'published', 'unpublished') then
    perform private.audit('practice_text.' || action, 'practice', new.practice_id::text,
      jsonb_build_object('locale', new.locale, 'version', new.version));
  end if;
  return null;
end;
$$;

create trigger practice_text_recorded
  after insert or update on public.practice_texts
  for each row execute function private.record_practice_text();

create function private.audit_practice_text_removed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.audit('practice_text.removed', 'practice', old.practice_id::text,
    jsonb_build_object('locale', old.locale, 'version', old.version, 'kind', old.kind));
  update public.practices as p
  set removed_text_versions = p.removed_text_versions || jsonb_build_object(old.locale, old.version)
  where p.id = old.practice_id;
  return null;
end;
$$;

create trigger practice_text_removed
  after delete on public.practice_texts
  for each row execute function private.audit_practice_text_removed();

create function private.audit_practice()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.audit('practice.created', 'practice', new.id::text,
      jsonb_build_object('organisation_id', new.organisation_id, 'project_id', new.project_id));
  else
    perform private.audit('practice.removed', 'practice', old.id::text,
      jsonb_build_object('organisation_id', old.organisation_id, 'project_id', old.project_id));
  end if;
  return null;
end;
$$;

create trigger audit_practices
  after insert or delete on public.practices
  for each row execute function private.audit_practice();

-- Starting a practice: the practice and its original text in one step. The address gets a number
-- when it is taken (perhaps by a draft the author cannot see).
create function public.create_practice(organisation uuid, project uuid, slug text, locale text, title text)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  practice uuid := gen_random_uuid();
  candidate text := create_practice.slug;
  attempt integer := 1;
  place text;
begin
  select o.country into place from public.organisations as o where o.id = organisation;
  loop
    begin
      -- No RETURNING: the new row's select policy could not see it yet.
      insert into public.practices (id, slug, organisation_id, project_id, country, created_by)
      values (practice, candidate, organisation, project, coalesce(place, 'LV'), (select auth.uid()));
      exit;
    exception when unique_violation then
      attempt := attempt + 1;
      if attempt > 50 then raise; end if;
      -- A cut that ends on a hyphen would give "--n", which the slug check refuses.
      candidate := rtrim(left(create_practice.slug, 80 - length(attempt::text) - 1), '-') || '-' || attempt;
    end;
  end loop;
  insert into public.practice_texts (practice_id, locale, kind, title)
  values (practice, create_practice.locale, 'original', create_practice.title);
  return practice;
end;
$$;

revoke execute on function public.create_practice(uuid, uuid, text, text, text) from public;
grant execute on function public.create_practice(uuid, uuid, text, text, text) to authenticated;

-- The review steps. Each names the version the person saw, so that nobody submits, returns or
-- publishes a text that changed under them; each locks the text, so that two clicks act once.
create function private.locked_practice_text(practice uuid, locale text)
returns public.practice_texts
language plpgsql
security definer
set search_path = ''
as $$
declare
  text_row public.practice_texts;
begin
  select * into text_row from public.practice_texts as t
  where t.practice_id = practice and t.locale = locked_practice_text.locale
  for update;
  if text_row.practice_id is null then
    -- A client error (HTTP 404), as for events' sessions: the text may have been removed meanwhile.
    raise exception 'no such text' using errcode = 'PT404';
  end if;
  return text_row;
end;
$$;

-- A review step's change of a text: its new state and comment, as a new version, with the step
-- named for the history (private.record_practice_text reads it).
create function private.step_practice_text(
  practice uuid, locale text, action text, new_state public.practice_text_state, new_comment text
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform set_config('tilts.practice_text_action', action, true);
  update public.practice_texts as t
  set state = new_state, review_comment = new_comment, version = t.version + 1
  where t.practice_id = practice and t.locale = step_practice_text.locale;
  perform set_config('tilts.practice_text_action', '', true);
end;
$$;

create function private.submit_practice_text(practice uuid, locale text, seen_version integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_write_practice(practice) then
    raise exception 'not allowed to submit this practice' using errcode = '42501';
  end if;
  current := private.locked_practice_text(practice, locale);
  if current.state = 'submitted' then
    return false;
  end if;
  if current.version <> seen_version then
    raise exception 'the text changed since it was opened' using errcode = 'PT409';
  end if;
  if current.state = 'published' then
    return false;
  end if;
  perform private.step_practice_text(practice, current.locale, 'submitted', 'submitted', null);
  return true;
end;
$$;

create function private.return_practice_text(practice uuid, locale text, seen_version integer, comment text)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_approve_practice(practice) then
    raise exception 'only its approvers can return a practice' using errcode = '42501';
  end if;
  if comment is null or length(btrim(comment)) = 0 then
    raise exception 'say what to change' using errcode = '23514', hint = 'comment_required';
  end if;
  current := private.locked_practice_text(practice, locale);
  if current.state = 'returned' then
    return false;
  end if;
  if current.version <> seen_version or current.state <> 'submitted' then
    raise exception 'the text changed since it was opened' using errcode = 'PT409';
  end if;
  perform private.step_practice_text(practice, current.locale, 'returned', 'returned', btrim(comment));
  return true;
end;
$$;

-- Publishing the text as the approver saw it. A second click finds it published already: false.
create function private.publish_practice_text(practice uuid, locale text, seen_version integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_approve_practice(practice) then
    raise exception 'only its approvers can publish a practice' using errcode = '42501';
  end if;
  current := private.locked_practice_text(practice, locale);
  if current.state = 'published' then
    return false;
  end if;
  if current.version <> seen_version then
    raise exception 'the text changed since it was opened' using errcode = 'PT409';
  end if;
  insert into public.practice_publications as pp (practice_id, locale, kind, title, summary, context, actions, resources,
    results, lessons, transfer, text_version, published_by)
  values (practice, current.locale, current.kind, current.title, current.summary, current.context, current.actions,
    current.resources, current.results, current.lessons, current.transfer, current.version + 1, (select auth.uid()))
  on conflict (practice_id, locale) do update set
    kind = excluded.kind, title = excluded.title, summary = excluded.summary, context = excluded.context,
    actions = excluded.actions, resources = excluded.resources, results = excluded.results, lessons = excluded.lessons,
    transfer = excluded.transfer, text_version = excluded.text_version, published_at = now(),
    published_by = excluded.published_by;
  perform private.step_practice_text(practice, current.locale, 'published', 'published', null);
  return true;
end;
$$;

create function private.unpublish_practice_text(practice uuid, locale text)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_approve_practice(practice) then
    raise exception 'only its approvers can unpublish a practice' using errcode = '42501';
  end if;
  current := private.locked_practice_text(practice, locale);
  delete from public.practice_publications as pp
  where pp.practice_id = practice and pp.locale = unpublish_practice_text.locale;
  if not found then
    return false;
  end if;
  -- A text submitted again since it was published stays submitted.
  perform private.step_practice_text(practice, current.locale, 'unpublished',
    case when current.state = 'published' then 'draft'::public.practice_text_state else current.state end,
    current.review_comment);
  return true;
end;
$$;

create function public.submit_practice_text(practice uuid, locale text, seen_version integer)
returns boolean language sql security invoker set search_path = ''
as $$ select private.submit_practice_text(practice, locale, seen_version); $$;

create function public.return_practice_text(practice uuid, locale text, seen_version integer, comment text)
returns boolean language sql security invoker set search_path = ''
as $$ select private.return_practice_text(practice, locale, seen_version, comment); $$;

create function public.publish_practice_text(practice uuid, locale text, seen_version integer)
returns boolean language sql security invoker set search_path = ''
as $$ select private.publish_practice_text(practice, locale, seen_version); $$;

create function public.unpublish_practice_text(practice uuid, locale text)
returns boolean language sql security invoker set search_path = ''
as $$ select private.unpublish_practice_text(practice, locale); $$;

revoke execute on function private.check_practice_text_change(), private.stamp_practice_text(),
  private.record_practice_text(), private.audit_practice(), private.audit_practice_text_removed(), private.locked_practice_text(uuid, text),
  private.step_practice_text(uuid, text, text, public.practice_text_state, text),
  private.submit_practice_text(uuid, text, integer), private.return_practice_text(uuid, text, integer, text),
  private.publish_practice_text(uuid, text, integer), private.unpublish_practice_text(uuid, text),
  public.submit_practice_text(uuid, text, integer), public.return_practice_text(uuid, text, integer, text),
  public.publish_practice_text(uuid, text, integer), public.unpublish_practice_text(uuid, text) from public;
grant execute on function
  private.submit_practice_text(uuid, text, integer), private.return_practice_text(uuid, text, integer, text),
  private.publish_practice_text(uuid, text, integer), private.unpublish_practice_text(uuid, text),
  public.submit_practice_text(uuid, text, integer), public.return_practice_text(uuid, text, integer, text),
  public.publish_practice_text(uuid, text, integer), public.unpublish_practice_text(uuid, text)
  to authenticated;

-- Finding practices ---------------------------------------------------------------------------

-- What someone typed, as a query that matches each of its words as the start of a word, folded
-- and split the same way as the texts (the same parser), so that "brivpratig" finds "Brīvprātīgie"
-- and "xss-981693" finds itself. Null when nothing searchable was typed.
create function private.practice_query(typed text)
returns tsquery
language sql
immutable
parallel safe
set search_path = ''
as $$
  select to_tsquery('simple'::regconfig, string_agg(quote_literal(word.lexeme) || ':*', ' & '))
  from unnest(to_tsvector('simple'::regconfig, private.fold(coalesce(typed, '')))) as word;
$$;

grant execute on function private.practice_query(text) to anon, authenticated, service_role;

-- Published practices that match every filter given: the best match first when searching, the most
-- recently published first otherwise. Returns rows of practices, so the API embeds and pages them.
create function public.search_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null
)
returns setof public.practices
language sql
stable
security invoker
-- Inlined into the API's query (no `set search_path`; every name is qualified), so that the page's
-- range and count reach the indexes.
as $$
  select p.* from public.practices as p
  where exists (
      select 1 from public.practice_publications as pub
      where pub.practice_id = p.id
        and (search_practices.language is null or pub.locale = search_practices.language)
        -- Nothing searchable typed ("!!!") searches for nothing in particular.
        and (search_practices.query is null
          or (select private.practice_query(search_practices.query)) is null
          or pub.search_vector @@ (select private.practice_query(search_practices.query))))
    and (search_practices.theme is null or p.themes @> array[search_practices.theme])
    and (search_practices.country is null or p.country = search_practices.country)
    and (search_practices.organisation is null or exists (
      select 1 from public.organisations as o
      where o.slug = search_practices.organisation
        and (o.id = p.organisation_id or exists (
          select 1 from public.practice_organisations as po where po.practice_id = p.id and po.organisation_id = o.id))))
    and (search_practices.project is null or exists (
      select 1 from public.projects as pr where pr.slug = search_practices.project and pr.id = p.project_id))
  order by
    (select max(ts_rank_cd(pub.search_vector, (select private.practice_query(search_practices.query))))
      from public.practice_publications as pub
      where pub.practice_id = p.id and search_practices.query is not null) desc nulls last,
    (select max(pub.published_at) from public.practice_publications as pub where pub.practice_id = p.id) desc,
    p.slug;
$$;

revoke execute on function public.search_practices(text, public.practice_theme, text, text, text, text) from public;
grant execute on function public.search_practices(text, public.practice_theme, text, text, text, text) to anon, authenticated;

create function public.count_practices(
  query text default null,
  theme public.practice_theme default null,
  country text default null,
  organisation text default null,
  project text default null,
  language text default null,
  cap integer default 1000
)
returns integer
language sql
stable
security invoker
as $$
  select count(*)::integer from (
    select 1 from public.search_practices(query, theme, country, organisation, project, language) limit greatest(cap, 0) + 1
  ) as found;
$$;

revoke execute on function public.count_practices(text, public.practice_theme, text, text, text, text, integer) from public;
grant execute on function public.count_practices(text, public.practice_theme, text, text, text, text, integer) to anon, authenticated;

-- What the filters offer: only what published practices have.
create function public.practice_filter_choices()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with published as (
    select p.* from public.practices as p
    where exists (select 1 from public.practice_publications as pub where pub.practice_id = p.id)
  )
  select jsonb_build_object(
    'themes', (select coalesce(jsonb_agg(distinct t), '[]'::jsonb) from published, unnest(published.themes) as t),
    'countries', (select coalesce(jsonb_agg(distinct published.country), '[]'::jsonb) from published),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object('slug', o.slug, 'name', o.name) order by o.name), '[]'::jsonb)
      from public.organisations as o
      where exists (select 1 from published where published.organisation_id = o.id)
        or exists (select 1 from public.practice_organisations as po join published on published.id = po.practice_id
          where po.organisation_id = o.id)),
    'projects', (
      select coalesce(jsonb_agg(jsonb_build_object('slug', pr.slug, 'acronym', pr.acronym, 'title', pr.title) order by pr.slug), '[]'::jsonb)
      from public.projects as pr where exists (select 1 from published where published.project_id = pr.id)),
    'languages', (
      select coalesce(jsonb_agg(distinct pub.locale), '[]'::jsonb) from public.practice_publications as pub)
  );
$$;

revoke execute on function public.practice_filter_choices() from public;
grant execute on function public.practice_filter_choices() to anon, authenticated;

-- Collections ---------------------------------------------------------------------------------
-- Curated, ordered lists of practices with an introduction, kept by a project's coordinators or an
-- organisation's admins; public, or for the partnership (the project's members or the organisation's).

create type public.collection_visibility as enum ('public', 'partners');

create table public.collections (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  project_id uuid references public.projects (id) on delete cascade,
  organisation_id uuid references public.organisations (id) on delete cascade,
  title public.translated_text not null,
  introduction public.translated_text,
  visibility public.collection_visibility not null default 'partners',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (num_nonnulls(project_id, organisation_id) = 1)
);

alter table public.collections enable row level security;

create table public.collection_items (
  collection_id uuid not null references public.collections (id) on delete cascade,
  practice_id uuid not null references public.practices (id) on delete cascade,
  position integer not null check (position > 0),
  primary key (collection_id, practice_id),
  -- Deferrable, so that two items can swap places in one statement.
  unique (collection_id, position) deferrable initially immediate
);

create index collection_items_practice_id_idx on public.collection_items (practice_id);
alter table public.collection_items enable row level security;

create function private.may_curate_collection_of(organisation uuid, project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select (project is not null and private.is_project_coordinator(project))
    or (organisation is not null and private.is_organisation_admin(organisation))
    or private.is_platform_admin();
$$;

create function private.is_collection_partner_of(organisation uuid, project uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select (project is not null and private.is_project_member(project))
    or (organisation is not null and private.is_organisation_member(organisation))
    or private.is_platform_admin();
$$;

create function private.can_curate_collection(collection uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select private.may_curate_collection_of(c.organisation_id, c.project_id)
    from public.collections as c where c.id = collection), false);
$$;

revoke execute on function private.may_curate_collection_of(uuid, uuid), private.is_collection_partner_of(uuid, uuid),
  private.can_curate_collection(uuid) from public;
grant execute on function private.may_curate_collection_of(uuid, uuid), private.is_collection_partner_of(uuid, uuid),
  private.can_curate_collection(uuid) to anon, authenticated, service_role;

create policy "Anyone can read public collections"
  on public.collections for select to anon
  using (visibility = 'public');

create policy "Public collections, and partner-only ones to the partnership"
  on public.collections for select to authenticated
  using (visibility = 'public' or private.is_collection_partner_of(organisation_id, project_id));

create policy "Coordinators and organisation admins start collections"
  on public.collections for insert to authenticated
  with check (private.may_curate_collection_of(organisation_id, project_id));

create policy "Curators edit a collection"
  on public.collections for update to authenticated
  using (private.may_curate_collection_of(organisation_id, project_id))
  with check (private.may_curate_collection_of(organisation_id, project_id));

create policy "Curators remove a collection"
  on public.collections for delete to authenticated
  using (private.may_curate_collection_of(organisation_id, project_id));

revoke all on public.collections from anon, authenticated;
grant select, delete on public.collections to authenticated;
grant select on public.collections to anon;
grant insert (id, slug, project_id, organisation_id, title, introduction, visibility) on public.collections to authenticated;
grant update (title, introduction, visibility, version, updated_at) on public.collections to authenticated;

-- An item is as readable as its collection; the practice itself only once it is readable (a draft
-- in a collection stays hidden from readers of the collection).
create policy "Items of readable collections are readable"
  on public.collection_items for select to anon, authenticated
  using (exists (select 1 from public.collections as c where c.id = collection_id));

create policy "Curators add practices they can read"
  on public.collection_items for insert to authenticated
  with check (
    private.can_curate_collection(collection_id)
    and exists (select 1 from public.practices as p where p.id = practice_id)
  );

create policy "Curators reorder items"
  on public.collection_items for update to authenticated
  using (private.can_curate_collection(collection_id))
  with check (private.can_curate_collection(collection_id));

create policy "Curators remove items"
  on public.collection_items for delete to authenticated
  using (private.can_curate_collection(collection_id));

revoke all on public.collection_items from anon, authenticated;
grant select on public.collection_items to anon, authenticated;
grant insert (collection_id, practice_id, position), delete on public.collection_items to authenticated;
grant update (position) on public.collection_items to authenticated;

-- A new item goes last unless a place is given.
create function private.place_collection_item()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.position is null then
    select coalesce(max(i.position), 0) + 1 into new.position
    from public.collection_items as i where i.collection_id = new.collection_id;
  end if;
  return new;
end;
$$;

create trigger collection_item_placed
  before insert on public.collection_items
  for each row execute function private.place_collection_item();

-- Moving an item one place up (-1) or down (+1): it swaps with its neighbour. Runs with the caller's
-- rights: row level security decides who may.
create function public.move_collection_item(collection uuid, practice uuid, direction integer)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  here integer;
  there integer;
begin
  if direction not in (-1, 1) then
    raise exception 'an item moves one place up or down' using errcode = '22023';
  end if;
  select i.position into here from public.collection_items as i
  where i.collection_id = collection and i.practice_id = practice for update;
  if here is null then
    return false;
  end if;
  select i.position into there from public.collection_items as i
  where i.collection_id = collection
    and (case when direction < 0 then i.position < here else i.position > here end)
  order by (case when direction < 0 then -i.position else i.position end)
  limit 1
  for update;
  if there is null then
    return false;
  end if;
  set constraints public.collection_items_collection_id_position_key deferred;
  update public.collection_items as i
  set position = case when i.position = here then there else here end
  where i.collection_id = collection and i.position in (here, there);
  if not found then
    raise exception 'not allowed to reorder this collection' using errcode = '42501';
  end if;
  return true;
end;
$$;

revoke execute on function private.place_collection_item(), public.move_collection_item(uuid, uuid, integer) from public;
grant execute on function public.move_collection_item(uuid, uuid, integer) to authenticated;

-- Practice transfer ---------------------------------------------------------------------------
-- When another organisation takes a practice over, the portal follows it stage by stage.

create type public.transfer_stage as enum ('exploring', 'adapting', 'piloting', 'adopted', 'dropped');

create table public.practice_transfers (
  id uuid primary key default gen_random_uuid(),
  practice_id uuid not null references public.practices (id) on delete cascade,
  -- The organisation taking the practice over.
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  -- The joint project it happens in, if any (the adopting organisation takes part in it).
  project_id uuid references public.projects (id) on delete set null,
  stage public.transfer_stage not null default 'exploring',
  started_on date not null default current_date,
  stage_since date not null default current_date,
  notes text not null default '' check (length(notes) <= 20000),
  results text not null default '' check (length(results) <= 20000),
  created_by uuid references public.users (id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (practice_id, organisation_id),
  check (stage_since >= started_on),
  foreign key (project_id, organisation_id)
    references public.project_partners (project_id, organisation_id) on delete set null (project_id)
);

create index practice_transfers_organisation_id_idx on public.practice_transfers (organisation_id);
create index practice_transfers_project_id_idx on public.practice_transfers (project_id);
alter table public.practice_transfers enable row level security;

-- Each stage reached, with its date and who recorded it.
create table public.practice_transfer_stages (
  id bigint generated always as identity primary key,
  transfer_id uuid not null references public.practice_transfers (id) on delete cascade,
  stage public.transfer_stage not null,
  since date not null,
  recorded_by uuid references public.users (id) on delete set null,
  recorded_at timestamptz not null default now()
);

create index practice_transfer_stages_transfer_id_idx on public.practice_transfer_stages (transfer_id, id);
alter table public.practice_transfer_stages enable row level security;

-- A transfer is as public as its practice; the adopting organisation always sees its own.
create policy "Transfers of readable practices are readable"
  on public.practice_transfers for select to anon
  using (exists (select 1 from public.practices as p where p.id = practice_id));

create policy "Transfers of readable practices, and one's own organisation's"
  on public.practice_transfers for select to authenticated
  using (exists (select 1 from public.practices as p where p.id = practice_id)
    or private.is_organisation_member(organisation_id) or (select private.is_platform_admin()));

create policy "Members start a transfer for their organisation"
  on public.practice_transfers for insert to authenticated
  with check (
    (private.is_organisation_member(organisation_id) or (select private.is_platform_admin()))
    and exists (select 1 from public.practices as p where p.id = practice_id)
  );

create policy "The adopting organisation's members follow the transfer"
  on public.practice_transfers for update to authenticated
  using (private.is_organisation_member(organisation_id) or (select private.is_platform_admin()))
  with check (private.is_organisation_member(organisation_id) or (select private.is_platform_admin()));

create policy "The adopting organisation's admins remove a transfer"
  on public.practice_transfers for delete to authenticated
  using (private.is_organisation_admin(organisation_id) or (select private.is_platform_admin()));

revoke all on public.practice_transfers from anon, authenticated;
grant select on public.practice_transfers to anon, authenticated;
grant insert (id, practice_id, organisation_id, project_id, stage, started_on, stage_since, notes, results)
  on public.practice_transfers to authenticated;
grant update (project_id, stage, stage_since, notes, results, version, updated_at) on public.practice_transfers to authenticated;
grant delete on public.practice_transfers to authenticated;

create policy "Stages of readable transfers are readable"
  on public.practice_transfer_stages for select to anon, authenticated
  using (exists (select 1 from public.practice_transfers as t where t.id = transfer_id));

revoke all on public.practice_transfer_stages from anon, authenticated;
grant select on public.practice_transfer_stages to anon, authenticated;

-- An organisation does not adopt its own practice; who started it and each stage reached are
-- the database's to record.
create function private.check_practice_transfer()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if exists (select 1 from public.practices as p where p.id = new.practice_id and p.organisation_id = new.organisation_id) then
      raise exception 'an organisation does not adopt its own practice' using errcode = '23514', hint = 'own_practice';
    end if;
    new.created_by := (select auth.uid());
    new.stage_since := greatest(new.stage_since, new.started_on);
  elsif new.stage is distinct from old.stage and new.stage_since = old.stage_since then
    -- A new stage without a date of its own starts today.
    new.stage_since := greatest(current_date, new.started_on);
  end if;
  new.updated_at := now();
  return new;
end;
$$;

create trigger practice_transfer_checked
  before insert or update on public.practice_transfers
  for each row execute function private.check_practice_transfer();

create function private.record_transfer_stage()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' or new.stage is distinct from old.stage or new.stage_since is distinct from old.stage_since then
    insert into public.practice_transfer_stages (transfer_id, stage, since, recorded_by)
    values (new.id, new.stage, new.stage_since, (select auth.uid()));
    perform private.audit(case when tg_op = 'INSERT' then 'practice_transfer.started' else 'practice_transfer.stage_changed' end,
      'practice', new.practice_id::text,
      jsonb_build_object('transfer_id', new.id, 'organisation_id', new.organisation_id, 'stage', new.stage));
  end if;
  return null;
end;
$$;

create trigger practice_transfer_stage_recorded
  after insert or update on public.practice_transfers
  for each row execute function private.record_transfer_stage();

revoke execute on function private.check_practice_transfer(), private.record_transfer_stage() from public;

-- What a person may do with a practice, for the pages to offer only that (the policies above
-- still decide every write).
create function public.practice_permissions(practice uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object('write', private.can_write_practice(practice), 'approve', private.can_approve_practice(practice));
$$;

revoke execute on function public.practice_permissions(uuid) from public;
grant execute on function public.practice_permissions(uuid) to anon, authenticated;
