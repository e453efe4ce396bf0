-- Redefines private.organisation_permissions (20261215100100_organisation_permissions.sql) to
-- answer one more right, so that the portal no longer decides it from the signed-in person's role:
--   units    who names the organisation a unit of another, or removes it from one: platform admins
--            alone, the rule private.check_organisation_parent enforces
--            (20261122170100_organisation_units.sql).
-- The other rights are answered as before; public.organisation_permissions reads this function and
-- is unchanged.
create or replace function private.organisation_permissions(organisation uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'edit', private.is_organisation_admin(organisation) or private.is_platform_admin(),
    'members', private.is_organisation_member(organisation) or private.is_platform_admin(),
    'propose', private.is_organisation_member(organisation),
    'units', private.is_platform_admin()
  );
$$;
