-- What the requesting person may do with a collection, answered by the rule its policies use
-- (private.can_curate_collection), so that the portal reads it once per request with the
-- collection instead of deciding it again:
--   read   the collection is theirs to see;
--   edit   its curators: the coordinators of its project or the admins of its organisation, and
--          platform admins, who change its title, introduction and practices.
-- The policies still decide every read and write.
create function private.collection_permissions(collection uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with rights as (
    select c.visibility = 'public' or private.is_collection_partner_of(c.organisation_id, c.project_id) as read
    from public.collections as c
    where c.id = collection
  )
  select jsonb_build_object('read', r.read, 'edit', r.read and private.can_curate_collection(collection))
  from rights as r;
$$;

revoke execute on function private.collection_permissions(uuid) from public;
grant execute on function private.collection_permissions(uuid) to anon, authenticated, service_role;

-- A function of the row, so that the API offers it as the collection's `collection_permissions`,
-- read in the same request as the collection itself (which row level security lets through only
-- to those who may read it).
create function public.collection_permissions(collection public.collections)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select private.collection_permissions(collection.id);
$$;

revoke execute on function public.collection_permissions(public.collections) from public;
grant execute on function public.collection_permissions(public.collections) to anon, authenticated;
