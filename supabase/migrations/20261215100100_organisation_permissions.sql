-- What the requesting person may do with an organisation, answered by the rules its policies use
-- (private.is_organisation_admin, private.is_organisation_member), so that the portal reads them
-- once per request with the organisation instead of deciding them again from a role:
--   edit     its admins and platform admins: they change it, its names and logo, its members'
--            roles, decide on proposals and invite people into it;
--   members  those who see who belongs to it: its members and platform admins;
--   propose  its members, who propose changes to it.
-- Anyone reads an organisation. The policies still decide every read and write.
create function private.organisation_permissions(organisation uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'edit', private.is_organisation_admin(organisation) or private.is_platform_admin(),
    'members', private.is_organisation_member(organisation) or private.is_platform_admin(),
    'propose', private.is_organisation_member(organisation)
  );
$$;

revoke execute on function private.organisation_permissions(uuid) from public;
grant execute on function private.organisation_permissions(uuid) to anon, authenticated, service_role;

-- A function of the row, so that the API offers it as the organisation's
-- `organisation_permissions`, read in the same request as the organisation itself.
create function public.organisation_permissions(organisation public.organisations)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.organisation_permissions(organisation.id);
$$;

revoke execute on function public.organisation_permissions(public.organisations) from public;
grant execute on function public.organisation_permissions(public.organisations) to anon, authenticated;
