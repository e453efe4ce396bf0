-- What the requesting person may do with an event, answered by the rules the policies and
-- functions use (private.can_read_event, private.can_edit_event, private.may_register_for), so
-- that the portal reads them once per request with the event instead of deciding them again:
--   read          the event is theirs to see;
--   edit          its editors: they change it and its agenda, give places, record attendance,
--                 print its lists and certificates, keep its photos and documents;
--   delegations   they see its delegations (the policy on event_delegations finds one for them,
--                 or they edit it);
--   register_for  the organisations they register people for (private.may_register_for): every
--                 delegation's for an editor, and those they administer or act for as coordinator
--                 or partner editor in a project listing the event. Whether the organisation has
--                 places there is the registration's to say (hint no_delegation).
-- The policies still decide every read and write.
create function private.event_permissions(event uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with rights as (
    select private.can_read_event(event) as read,
      private.can_read_event(event) and private.can_edit_event(event) as edit,
      private.is_event_partner(event) or private.is_platform_admin() as partner
  )
  select jsonb_build_object(
    'read', r.read,
    'edit', r.edit,
    'delegations', r.read and (r.edit or exists (
      select 1 from public.event_delegations as d
      where d.event_id = event and (r.partner or d.organisation_id in (select private.my_organisations()))
    )),
    'register_for', coalesce((
      select jsonb_agg(o.organisation_id order by o.organisation_id)
      from (
        select d.organisation_id from public.event_delegations as d where d.event_id = event and r.edit
        union
        select a.organisation_id from private.my_administered_organisations() as a (organisation_id)
        union
        select m.organisation_id from private.my_registering_delegations() as m where m.event_id = event
      ) as o
      where r.read and (select auth.uid()) is not null
    ), '[]'::jsonb)
  )
  from rights as r;
$$;

revoke execute on function private.event_permissions(uuid) from public;
grant execute on function private.event_permissions(uuid) to anon, authenticated, service_role;

-- A function of the row, so that the API offers it as the event's `event_permissions`, read in the
-- same request as the event itself.
create function public.event_permissions(event public.events)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.event_permissions(event.id);
$$;

revoke execute on function public.event_permissions(public.events) from public;
grant execute on function public.event_permissions(public.events) to anon, authenticated;
