-- One permissive policy per role and action on accounts (Supabase's linter warns about several:
-- each is evaluated for every row). The same rules as the policies they replace, from
-- 20261122100100_users_and_sessions.sql and 20261122100300_projects_and_roles.sql, joined by "or".

drop policy "People can read their own account" on public.users;
drop policy "People can see those they share an organisation or project with" on public.users;
drop policy "Platform admins can read every account" on public.users;

create policy "Accounts are read by their owner, partners and platform admins"
  on public.users for select to authenticated
  using (
    id = (select auth.uid())
    or (select private.is_platform_admin())
    or private.shares_membership_with(id)
  );

drop policy "People can delete their own account" on public.users;
drop policy "Platform admins can delete accounts other than platform admins'" on public.users;

-- Not each other's: one platform admin cannot remove the others.
create policy "An account is deleted by its owner or by a platform admin"
  on public.users for delete to authenticated
  using (
    id = (select auth.uid())
    or ((select private.is_platform_admin()) and not is_platform_admin)
  );
