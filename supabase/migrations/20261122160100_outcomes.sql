-- Outcomes of a joint project: what each planned indicator achieved, the project's result
-- statements, and its press releases and news.
--
-- An indicator's achieved value is either computed from the portal's own records (events held,
-- the people registered for them or reported by their organisations) or entered by a coordinator
-- with its evidence, where the records are elsewhere (indirect participants, media reach, or a
-- past project whose meetings the portal does not hold). The computation lives here, once:
-- public.project_outcomes feeds the project page now and the funder reports and exports later.

create type public.indicator_source as enum ('computed', 'entered');

alter table public.project_indicators
  add column source public.indicator_source not null default 'entered',
  -- Exact, never rounded on the way in: a value with more than two decimals is refused, not cut.
  add column achieved numeric check (achieved is null or (achieved >= 0 and achieved < 10000000000 and scale(achieved) <= 2)),
  add column evidence public.translated_text,
  add column evidence_url text check (evidence_url is null or (evidence_url ~ '^https://[^\s]+$' and length(evidence_url) <= 500)),
  -- Who entered the achieved value, and when: set by the trigger below, whatever the request says.
  add column achieved_by uuid references public.users (id) on delete set null,
  add column achieved_at timestamptz,
  add column version integer not null default 1,
  -- Only these three can be counted from the records (see private.project_outcomes).
  add constraint project_indicators_computable check (
    source = 'entered' or code in ('international_events', 'staff_mobilities', 'direct_participants')
  ),
  -- A computed indicator has no typed value to disagree with its records.
  add constraint project_indicators_computed_not_entered check (source = 'entered' or achieved is null),
  -- An entered value always says where it comes from.
  add constraint project_indicators_entered_with_evidence check (achieved is null or evidence is not null or evidence_url is not null);

create function private.stamp_indicator_achieved()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.achieved is not null then
      new.achieved_by := (select auth.uid());
      new.achieved_at := now();
    else
      new.achieved_by := null;
      new.achieved_at := null;
    end if;
  elsif (new.achieved, new.evidence, new.evidence_url, new.source) is distinct from (old.achieved, old.evidence, old.evidence_url, old.source) then
    new.achieved_by := case when new.achieved is null then null else (select auth.uid()) end;
    new.achieved_at := case when new.achieved is null then null else now() end;
  else
    new.achieved_by := old.achieved_by;
    new.achieved_at := old.achieved_at;
  end if;
  return new;
end;
$$;

create trigger project_indicator_achieved_stamp
  before insert or update on public.project_indicators
  for each row execute function private.stamp_indicator_achieved();

revoke execute on function private.stamp_indicator_achieved() from public;

-- The numbers --------------------------------------------------------------------------------
--
-- Held events: the project's events whose status is 'held' (any kind, online meetings included).
-- People at a held event, per organisation: those registered (status 'registered'; cancelled and
--   waiting-list registrations are not), or, where nobody is registered, the number the
--   organisation reported (records of past meetings give a number without names). The same rule
--   as public.event_attendance.
-- A mobility: one of those people, at an event in a country other than their organisation's
--   (not online; an event without a venue country counts no mobilities: nobody can say).
-- Per indicator: international_events = held events (for a partner: those it had people at);
--   staff_mobilities = mobilities (for a partner: its people's); direct_participants = people at
--   held events (for a partner: its people).
create function private.project_outcomes(project uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with held as (
    select e.id, e.kind, e.venue_country
    from public.project_events as pe
    join public.events as e on e.id = pe.event_id
    where pe.project_id = project and e.status = 'held'
  ),
  attendance as (
    select h.id as event_id, d.organisation_id, o.name, o.country,
      coalesce(nullif(r.registered, 0), d.reported_participants, 0) as participants,
      (h.kind <> 'online_meeting' and h.venue_country is not null and o.country <> h.venue_country) as travelled
    from held as h
    join public.event_delegations as d on d.event_id = h.id
    join public.organisations as o on o.id = d.organisation_id
    left join lateral (
      select count(*) as registered from public.event_registrations as x
      where x.event_id = d.event_id and x.organisation_id = d.organisation_id and x.status = 'registered'
    ) as r on true
  ),
  measured as (
    select i.id,
      case i.source
        when 'entered' then i.achieved
        else case i.code
          when 'international_events' then (
            select count(*) from held as h
            where i.organisation_id is null
               or exists (select 1 from attendance as a where a.event_id = h.id and a.organisation_id = i.organisation_id and a.participants > 0)
          )
          when 'staff_mobilities' then (
            select coalesce(sum(a.participants), 0) from attendance as a
            where a.travelled and (i.organisation_id is null or a.organisation_id = i.organisation_id)
          )
          when 'direct_participants' then (
            select coalesce(sum(a.participants), 0) from attendance as a
            where i.organisation_id is null or a.organisation_id = i.organisation_id
          )
        end
      end as achieved
    from public.project_indicators as i
    where i.project_id = project
  )
  select case when private.can_read_project(project) then jsonb_build_object(
    'events_held', (select count(*) from held),
    'indicators', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', i.id,
          'code', i.code,
          'organisation_id', i.organisation_id,
          'organisation_name', o.name,
          'planned', i.planned,
          'approximate', i.approximate,
          'notes', i.notes,
          'source', i.source,
          'achieved', m.achieved,
          'evidence', i.evidence,
          'evidence_url', i.evidence_url,
          'achieved_at', i.achieved_at,
          'version', i.version
        ) order by array_position(array['international_events', 'staff_mobilities', 'direct_participants', 'indirect_participants'], i.code) nulls last,
          i.code, o.name nulls first)
      from public.project_indicators as i
      join measured as m on m.id = i.id
      left join public.organisations as o on o.id = i.organisation_id
      where i.project_id = project
    ), '[]'::jsonb),
    'countries', coalesce((
      select jsonb_agg(jsonb_build_object('country', c.country, 'participants', c.participants, 'mobilities', c.mobilities) order by c.country)
      from (
        select a.country, sum(a.participants) as participants, coalesce(sum(a.participants) filter (where a.travelled), 0) as mobilities
        from attendance as a group by a.country having sum(a.participants) > 0
      ) as c
    ), '[]'::jsonb),
    'partners', coalesce((
      select jsonb_agg(jsonb_build_object(
          'organisation_id', p.organisation_id, 'name', p.name, 'country', p.country,
          'events', p.events, 'participants', p.participants, 'mobilities', p.mobilities
        ) order by p.name)
      from (
        select a.organisation_id, a.name, a.country,
          count(distinct a.event_id) filter (where a.participants > 0) as events,
          sum(a.participants) as participants,
          coalesce(sum(a.participants) filter (where a.travelled), 0) as mobilities
        from attendance as a group by a.organisation_id, a.name, a.country having sum(a.participants) > 0
      ) as p
    ), '[]'::jsonb)
  ) end;
$$;

-- Runs with the caller's rights; the definer function reads registrations only to count them, and
-- answers null for a project the caller may not read.
create function public.project_outcomes(project uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.project_outcomes(project);
$$;

revoke execute on function private.project_outcomes(uuid), public.project_outcomes(uuid) from public;
grant execute on function private.project_outcomes(uuid), public.project_outcomes(uuid) to anon, authenticated;

-- Result statements --------------------------------------------------------------------------

create table public.project_results (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  statement public.translated_text not null,
  position smallint not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index project_results_project_idx on public.project_results (project_id, position);
alter table public.project_results enable row level security;

-- Press releases and news ------------------------------------------------------------------

create type public.press_kind as enum ('press_release', 'news');

create table public.press_items (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  kind public.press_kind not null default 'press_release',
  title public.translated_text not null,
  -- Null where the records give no date (the WIR sheet lists its press releases by title only).
  published_on date check (published_on is null or published_on between '1990-01-01' and '2100-12-31'),
  -- The item's text ("body": a column named "text" would read as the type).
  body public.translated_text,
  url text check (url is null or (url ~ '^https://[^\s]+$' and length(url) <= 500)),
  position smallint not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index press_items_project_idx on public.press_items (project_id, published_on desc, position);
alter table public.press_items enable row level security;

-- Readable with the project; written by its coordinators (and platform admins), one policy per
-- operation.
create policy "Results of readable projects are readable"
  on public.project_results for select to anon, authenticated
  using (private.can_read_project(project_id));
create policy "Coordinators add results"
  on public.project_results for insert to authenticated
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));
create policy "Coordinators change results"
  on public.project_results for update to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));
create policy "Coordinators remove results"
  on public.project_results for delete to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Press items of readable projects are readable"
  on public.press_items for select to anon, authenticated
  using (private.can_read_project(project_id));
create policy "Coordinators add press items"
  on public.press_items for insert to authenticated
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));
create policy "Coordinators change press items"
  on public.press_items for update to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));
create policy "Coordinators remove press items"
  on public.press_items for delete to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

-- A result or press item stays with its project: no project_id on update.
revoke all on public.project_results, public.press_items from anon, authenticated;
grant select on public.project_results, public.press_items to anon, authenticated;
grant delete on public.project_results, public.press_items to authenticated;
grant insert (project_id, statement, position) on public.project_results to authenticated;
grant update (statement, position, version, updated_at) on public.project_results to authenticated;
grant insert (project_id, kind, title, published_on, body, url, position) on public.press_items to authenticated;
grant update (kind, title, published_on, body, url, position, version, updated_at) on public.press_items to authenticated;
