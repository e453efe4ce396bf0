-- What the requesting person may do with a practice transfer, answered by the rules its policies
-- use (private.is_organisation_member, private.is_organisation_admin of the adopting organisation),
-- so that the portal reads them with the transfer instead of deciding them again from a role:
--   edit    the adopting organisation's members and platform admins follow it (stages, notes);
--   remove  the adopting organisation's admins and platform admins remove it.
-- The policies still decide every read and write.
create function private.transfer_permissions(transfer uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'edit', private.is_organisation_member(t.organisation_id) or private.is_platform_admin(),
    'remove', private.is_organisation_admin(t.organisation_id) or private.is_platform_admin()
  )
  from public.practice_transfers as t
  where t.id = transfer;
$$;

revoke execute on function private.transfer_permissions(uuid) from public;
grant execute on function private.transfer_permissions(uuid) to anon, authenticated, service_role;

-- A function of the row, so that the API offers it as the transfer's `transfer_permissions`, read
-- in the same request as the transfer itself (which row level security lets through only to those
-- who may read it).
create function public.transfer_permissions(transfer public.practice_transfers)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.transfer_permissions(transfer.id);
$$;

revoke execute on function public.transfer_permissions(public.practice_transfers) from public;
grant execute on function public.transfer_permissions(public.practice_transfers) to anon, authenticated;
