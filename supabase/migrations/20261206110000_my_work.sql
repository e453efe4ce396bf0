-- "My work": everything that waits for the signed-in person, in one request.
--
-- Runs with the caller's rights, so row level security still decides every row it reads. Each part
-- starts from the person's own memberships and project roles (a handful of rows), never from all
-- events or practices: its cost follows what the person takes part in, not the size of the portal.
-- Platform admins may approve and edit everything; what waits for them as such is the admin pages'
-- to show, so only the roles a person holds in organisations and projects count here.

-- Their own submissions are found in the texts' history by who submitted them.
create index practice_text_history_submitted_by_idx on public.practice_text_history (changed_by, practice_id, locale)
  where action = 'submitted';

-- Open invitations by who sent them (accepted and revoked ones are history).
create index invitations_open_by_inviter_idx on public.invitations (invited_by, expires_at)
  where accepted_at is null and revoked_at is null;

-- Submitted texts the person approves: in the projects they coordinate, and, for practices
-- without a project, in the organisations they administer (private.may_approve_practice_of).
create function private.texts_awaiting_my_review()
returns table (practice_id uuid, locale text)
language sql
stable
security invoker
set search_path = ''
as $$
  select t.practice_id, t.locale
  from public.project_members as m
  join public.practices as p on p.project_id = m.project_id
  join public.practice_texts as t on t.practice_id = p.id
  where m.user_id = (select auth.uid()) and m.role = 'coordinator' and t.state = 'submitted'
  union
  select t.practice_id, t.locale
  from public.organisation_members as m
  join public.practices as p on p.organisation_id = m.organisation_id and p.project_id is null
  join public.practice_texts as t on t.practice_id = p.id
  where m.user_id = (select auth.uid()) and m.role = 'admin' and t.state = 'submitted';
$$;

-- Pending proposals for the organisations the person administers (the admins decide).
create function private.proposals_awaiting_my_decision()
returns setof uuid
language sql
stable
security invoker
set search_path = ''
as $$
  select x.id
  from public.organisation_members as m
  join public.organisation_proposals as x on x.organisation_id = m.organisation_id and x.status = 'pending'
  where m.user_id = (select auth.uid()) and m.role = 'admin';
$$;

-- The texts the person ever submitted, each once.
create function private.my_submitted_texts()
returns table (practice_id uuid, locale text)
language sql
stable
security invoker
set search_path = ''
as $$
  select distinct h.practice_id, h.locale
  from public.practice_text_history as h
  where h.changed_by = (select auth.uid()) and h.action = 'submitted';
$$;

-- Whether an event is over at its venue: after its last minute, or after its last day where only
-- the day (or the month) is known.
create function private.event_is_over(ends_local timestamp, time_zone text, time_precision public.time_precision)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select (now() at time zone time_zone) >= case when time_precision = 'minute' then ends_local
    else date_trunc('day', ends_local) + interval '1 day' end;
$$;

revoke execute on function private.texts_awaiting_my_review(), private.proposals_awaiting_my_decision(),
  private.my_submitted_texts(), private.event_is_over(timestamp, text, public.time_precision) from public;
grant execute on function private.texts_awaiting_my_review(), private.proposals_awaiting_my_decision(),
  private.my_submitted_texts(), private.event_is_over(timestamp, text, public.time_precision) to authenticated;

-- The number the site header shows: texts to review, proposals to decide, and the person's own
-- texts that came back to them.
create function public.my_work_count()
returns integer
language sql
stable
security invoker
set search_path = ''
as $$
  select ((select count(*) from private.texts_awaiting_my_review())
    + (select count(*) from private.proposals_awaiting_my_decision())
    + (select count(*) from private.my_submitted_texts() as s
       join public.practice_texts as t on t.practice_id = s.practice_id and t.locale = s.locale
       where t.state = 'returned'))::integer;
$$;

-- The whole page, one section per key. Definitions:
-- review_texts      submitted texts the person approves (above), oldest first.
-- review_proposals  pending proposals for organisations they administer, oldest first.
-- my_texts          texts they submitted, now submitted, returned (with the approver's comment), or
--                   published in the last 30 days; a text they took back into a draft is theirs to
--                   finish and is not listed.
-- my_proposals      their proposals: pending, or decided in the last 30 days.
-- hosted_events     events they edit as a coordinator of a project listing it or an admin of the
--                   host organisation, not over and not cancelled: places given, registered,
--                   waiting, days until it starts (0 once it has started).
-- delegations       the delegations of coming events they register people for: as an admin of the
--                   organisation, or acting for it as coordinator or partner editor in a project
--                   that lists the event. Missing details: a registration (not cancelled) without an
--                   e-mail address, or, for an event in person, without arrival or departure date.
-- invitations       invitations they sent that are neither accepted, revoked nor expired.
-- transfers         transfers their organisations follow that are neither adopted nor dropped.
-- outcomes          events of projects they coordinate that are over but not recorded: still
--                   planned or confirmed, or held with no delegation that had anyone registered or
--                   a number reported (so they would count no participants at all).
create function public.my_work()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with
  my_organisations as (
    select m.organisation_id, m.role from public.organisation_members as m where m.user_id = (select auth.uid())
  ),
  my_projects as (
    select m.project_id, m.organisation_id, m.role from public.project_members as m where m.user_id = (select auth.uid())
  ),
  edited_events as (
    select pe.event_id from my_projects as m join public.project_events as pe on pe.project_id = m.project_id
    where m.role = 'coordinator'
    union
    select e.id from my_organisations as m join public.events as e on e.host_organisation_id = m.organisation_id
    where m.role = 'admin'
  ),
  my_delegations as (
    select d.event_id, d.organisation_id from my_organisations as m
    join public.event_delegations as d on d.organisation_id = m.organisation_id
    where m.role = 'admin'
    union
    select d.event_id, d.organisation_id from my_projects as m
    join public.project_events as pe on pe.project_id = m.project_id
    join public.event_delegations as d on d.event_id = pe.event_id and d.organisation_id = m.organisation_id
    where m.role in ('coordinator', 'partner_editor')
  ),
  coordinated_events as (
    select distinct pe.event_id from my_projects as m join public.project_events as pe on pe.project_id = m.project_id
    where m.role = 'coordinator'
  )
  select jsonb_build_object(
    'review_texts', coalesce((
      select jsonb_agg(jsonb_build_object(
          'practice_slug', p.slug, 'locale', t.locale, 'title', t.title, 'organisation', o.name,
          'submitted_at', t.updated_at, 'submitted_by', u.display_name
        ) order by t.updated_at, p.slug, t.locale)
      from private.texts_awaiting_my_review() as r
      join public.practice_texts as t on t.practice_id = r.practice_id and t.locale = r.locale
      join public.practices as p on p.id = t.practice_id
      join public.organisations as o on o.id = p.organisation_id
      left join lateral (
        select h.changed_by from public.practice_text_history as h
        where h.practice_id = t.practice_id and h.locale = t.locale and h.action = 'submitted'
        order by h.id desc limit 1
      ) as s on true
      left join public.users as u on u.id = s.changed_by
    ), '[]'::jsonb),
    'review_proposals', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', x.id, 'organisation_slug', o.slug, 'organisation', o.name,
          'proposed_by', u.display_name, 'created_at', x.created_at
        ) order by x.created_at, x.id)
      from private.proposals_awaiting_my_decision() as a (id)
      join public.organisation_proposals as x on x.id = a.id
      join public.organisations as o on o.id = x.organisation_id
      left join public.users as u on u.id = x.proposed_by
    ), '[]'::jsonb),
    'my_texts', coalesce((
      select jsonb_agg(jsonb_build_object(
          'practice_slug', p.slug, 'locale', t.locale, 'title', t.title, 'state', t.state,
          'comment', case when t.state = 'returned' then t.review_comment end, 'changed_at', t.updated_at
        ) order by array_position(array['returned', 'submitted', 'published']::public.practice_text_state[], t.state),
          t.updated_at desc, p.slug, t.locale)
      from private.my_submitted_texts() as s
      join public.practice_texts as t on t.practice_id = s.practice_id and t.locale = s.locale
      join public.practices as p on p.id = t.practice_id
      where t.state in ('submitted', 'returned')
         or (t.state = 'published' and t.updated_at > now() - interval '30 days')
    ), '[]'::jsonb),
    'my_proposals', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', x.id, 'organisation_slug', o.slug, 'organisation', o.name, 'status', x.status,
          'created_at', x.created_at, 'decided_at', x.decided_at
        ) order by x.created_at desc, x.id)
      from public.organisation_proposals as x
      join public.organisations as o on o.id = x.organisation_id
      where x.proposed_by = (select auth.uid())
        and (x.status = 'pending' or x.decided_at > now() - interval '30 days')
    ), '[]'::jsonb),
    'hosted_events', coalesce((
      select jsonb_agg(jsonb_build_object(
          'slug', e.slug, 'title', e.title, 'starts_local', e.starts_local, 'ends_local', e.ends_local,
          'time_precision', e.time_precision,
          'days_to_go', greatest(e.starts_local::date - (now() at time zone e.time_zone)::date, 0),
          'places', d.places, 'registered', r.registered, 'waiting', r.waiting
        ) order by e.starts_local, e.slug)
      from edited_events as x
      join public.events as e on e.id = x.event_id
      cross join lateral (
        select coalesce(sum(d.places), 0)::integer as places from public.event_delegations as d where d.event_id = e.id
      ) as d
      cross join lateral (
        select count(*) filter (where r.status = 'registered')::integer as registered,
          count(*) filter (where r.status = 'waitlisted')::integer as waiting
        from public.event_registrations as r where r.event_id = e.id
      ) as r
      where e.status <> 'cancelled' and not private.event_is_over(e.ends_local, e.time_zone, e.time_precision)
    ), '[]'::jsonb),
    'delegations', coalesce((
      select jsonb_agg(jsonb_build_object(
          'event_slug', e.slug, 'event_title', e.title, 'starts_local', e.starts_local, 'ends_local', e.ends_local,
          'time_precision', e.time_precision,
          'days_to_go', greatest(e.starts_local::date - (now() at time zone e.time_zone)::date, 0),
          'organisation_id', o.id, 'organisation', o.name,
          'places', d.places, 'registered', r.registered, 'waiting', r.waiting, 'missing_details', r.missing_details
        ) order by e.starts_local, e.slug, o.name)
      from my_delegations as x
      join public.event_delegations as d on d.event_id = x.event_id and d.organisation_id = x.organisation_id
      join public.events as e on e.id = d.event_id
      join public.organisations as o on o.id = d.organisation_id
      cross join lateral (
        select count(*) filter (where r.status = 'registered')::integer as registered,
          count(*) filter (where r.status = 'waitlisted')::integer as waiting,
          count(*) filter (where r.status <> 'cancelled' and (r.email is null
            or (e.kind <> 'online_meeting' and (r.arrival is null or r.departure is null))))::integer as missing_details
        from public.event_registrations as r where r.event_id = d.event_id and r.organisation_id = d.organisation_id
      ) as r
      where e.status <> 'cancelled' and not private.event_is_over(e.ends_local, e.time_zone, e.time_precision)
    ), '[]'::jsonb),
    'invitations', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', i.id, 'email', i.email, 'organisation_slug', o.slug, 'organisation', o.name,
          'project_slug', p.slug, 'project_acronym', p.acronym, 'project_title', p.title,
          'created_at', i.created_at, 'expires_at', i.expires_at
        ) order by i.expires_at, i.id)
      from public.invitations as i
      join public.organisations as o on o.id = i.organisation_id
      left join public.projects as p on p.id = i.project_id
      where i.invited_by = (select auth.uid()) and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
    ), '[]'::jsonb),
    'transfers', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', t.id, 'practice_slug', p.slug, 'publications', pub.publications, 'organisation', o.name,
          'stage', t.stage, 'stage_since', t.stage_since
        ) order by t.stage_since, t.id)
      from my_organisations as m
      join public.practice_transfers as t on t.organisation_id = m.organisation_id
      join public.practices as p on p.id = t.practice_id
      join public.organisations as o on o.id = t.organisation_id
      cross join lateral (
        select coalesce(jsonb_agg(jsonb_build_object('locale', pp.locale, 'kind', pp.kind, 'title', pp.title)), '[]'::jsonb) as publications
        from public.practice_publications as pp where pp.practice_id = p.id
      ) as pub
      where t.stage not in ('adopted', 'dropped')
    ), '[]'::jsonb),
    'outcomes', coalesce((
      select jsonb_agg(jsonb_build_object(
          'slug', e.slug, 'title', e.title, 'starts_local', e.starts_local, 'ends_local', e.ends_local,
          'time_precision', e.time_precision, 'status', e.status
        ) order by e.ends_local desc, e.slug)
      from coordinated_events as x
      join public.events as e on e.id = x.event_id
      where private.event_is_over(e.ends_local, e.time_zone, e.time_precision)
        and (e.status in ('planned', 'confirmed')
          or (e.status = 'held' and not exists (
            select 1 from public.event_delegations as d
            where d.event_id = e.id and (d.reported_participants is not null or exists (
              select 1 from public.event_registrations as r
              where r.event_id = d.event_id and r.organisation_id = d.organisation_id and r.status = 'registered'))
          )))
    ), '[]'::jsonb)
  );
$$;

revoke execute on function public.my_work_count(), public.my_work() from public;
grant execute on function public.my_work_count(), public.my_work() to authenticated;
