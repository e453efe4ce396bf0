-- "My work" gains a section: the door lists still to keep. The events the person edits (the same
-- as hosted_events: as a coordinator of a project listing the event, or an admin of its host) that
-- are over, not cancelled, ended in the last 60 days, had people registered, and where nobody is yet
-- marked as present on any day or session. Until someone is, the signed list is blank and no
-- certificate can be issued; an event held longer ago is past the point where a host remembers who
-- came, and is left out rather than kept on the page for ever.
--
-- public.my_work (20261206110000_my_work.sql) is redefined whole, as `create or replace` needs: its
-- other sections are unchanged; the new key is "attendance", last.

create or replace function public.my_work()
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
    ), '[]'::jsonb),
    'attendance', coalesce((
      select jsonb_agg(jsonb_build_object(
          'slug', e.slug, 'title', e.title, 'starts_local', e.starts_local, 'ends_local', e.ends_local,
          'time_precision', e.time_precision, 'registered', r.registered
        ) order by e.ends_local desc, e.slug)
      from edited_events as x
      join public.events as e on e.id = x.event_id
      cross join lateral (
        select count(*)::integer as registered from public.event_registrations as r
        where r.event_id = e.id and r.status = 'registered'
      ) as r
      where e.status <> 'cancelled'
        and private.event_is_over(e.ends_local, e.time_zone, e.time_precision)
        and e.ends_local > (now() at time zone e.time_zone) - interval '60 days'
        and r.registered > 0
        and not exists (select 1 from public.event_day_attendance as a where a.event_id = e.id)
    ), '[]'::jsonb)
  );
$$;
