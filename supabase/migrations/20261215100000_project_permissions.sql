-- What the requesting person may do with a project, answered by the rules its policies use
-- (private.can_read_project, private.is_project_coordinator, private.is_project_member,
-- private.may_write_document_of, private.can_manage_invitation), so that the portal reads them once
-- per request with the project instead of deciding them again from a role:
--   read       the project is theirs to see (published, or a draft of their partnership);
--   edit       its coordinators and platform admins: they change it, its partners, budgets,
--              indicators, results and press, list its events and give its roles;
--   documents  those who keep its documents: coordinators and partner editors, platform admins;
--   people     those who see who takes part: its partnership and platform admins;
--   invite     those who invite people to act in it for a partner.
-- The policies still decide every read and write.
create function private.project_permissions(project uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with rights as (
    select private.can_read_project(project) as read,
      private.is_project_coordinator(project) or private.is_platform_admin() as edit
  )
  select jsonb_build_object(
    'read', r.read,
    'edit', r.read and r.edit,
    'documents', r.read and private.may_write_document_of(project, null, null),
    'people', r.read and (private.is_project_member(project) or private.is_platform_admin()),
    'invite', r.read and private.can_manage_invitation(null, project, 'member')
  )
  from rights as r;
$$;

revoke execute on function private.project_permissions(uuid) from public;
grant execute on function private.project_permissions(uuid) to anon, authenticated, service_role;

-- A function of the row, so that the API offers it as the project's `project_permissions`, read in
-- the same request as the project itself.
create function public.project_permissions(project public.projects)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.project_permissions(project.id);
$$;

revoke execute on function public.project_permissions(public.projects) from public;
grant execute on function public.project_permissions(public.projects) to anon, authenticated;
