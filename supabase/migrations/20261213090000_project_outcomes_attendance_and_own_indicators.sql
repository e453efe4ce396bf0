-- The outcomes as both changes of 12 December made them: per held event, the people
-- private.event_participants counts (the registered until the host records attendance, then those
-- who came), and each indicator named as the project does (its own name and unit, where it has
-- them). 20261212100100 and 20261212160500 each redefined the function from the version before
-- them, so the later one dropped the attendance; this is the two together.

create or replace function private.project_outcomes(project uuid)
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
    select h.id as event_id, p.organisation_id, o.name, o.city, p.country, p.participants, p.attended,
      (h.kind <> 'online_meeting' and h.venue_country is not null and p.country is not null and p.country <> h.venue_country) as travelled
    from held as h
    cross join lateral private.event_participants(h.id) as p
    left join public.organisations as o on o.id = p.organisation_id
  ),
  -- Who came to which event is told only for the events the caller may read: the indicators count
  -- every held event, but a partner-only meeting's delegations are the partnership's to know.
  seen as (
    select a.* from attendance as a where private.can_read_event(a.event_id)
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
    'events_attended', (select count(*) from held as h where exists (select 1 from public.event_day_attendance as x where x.event_id = h.id)),
    'indicators', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', i.id,
          'code', i.code,
          'name', i.name,
          'unit', i.unit,
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
        from seen as a where a.country is not null group by a.country having sum(a.participants) > 0
      ) as c
    ), '[]'::jsonb),
    'events', coalesce((
      select jsonb_agg(jsonb_build_object('event_id', x.event_id, 'participants', x.participants, 'mobilities', x.mobilities, 'countries', x.countries, 'attended', x.attended) order by x.event_id)
      from (
        select a.event_id, sum(a.participants) as participants,
          coalesce(sum(a.participants) filter (where a.travelled), 0) as mobilities,
          count(distinct a.country) filter (where a.participants > 0) as countries,
          bool_or(a.attended) as attended
        from seen as a group by a.event_id
      ) as x
    ), '[]'::jsonb),
    -- The held events the caller may not read, as one sum, so that a report's rows add up to the
    -- indicators without saying who went where.
    'other_events', (
      select jsonb_build_object('held', count(distinct h.id),
        'participants', coalesce(sum(a.participants), 0),
        'mobilities', coalesce(sum(a.participants) filter (where a.travelled), 0))
      from held as h left join attendance as a on a.event_id = h.id
      where not private.can_read_event(h.id)
    ),
    'partners', coalesce((
      select jsonb_agg(jsonb_build_object(
          'organisation_id', p.organisation_id, 'name', p.name, 'city', p.city, 'country', p.country,
          'events', p.events, 'participants', p.participants, 'mobilities', p.mobilities
        ) order by p.name)
      from (
        select a.organisation_id, a.name, a.city, a.country,
          count(distinct a.event_id) filter (where a.participants > 0) as events,
          sum(a.participants) as participants,
          coalesce(sum(a.participants) filter (where a.travelled), 0) as mobilities
        from seen as a where a.organisation_id is not null
        group by a.organisation_id, a.name, a.city, a.country having sum(a.participants) > 0
      ) as p
    ), '[]'::jsonb)
  ) end;
$$;
