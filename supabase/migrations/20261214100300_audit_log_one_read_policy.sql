-- One permissive read policy on the audit log, as Supabase's linter asks: the two it replaces
-- (20261122100500_audit_log.sql), joined by "or".

drop policy "People can read what they did" on public.audit_log;
drop policy "Platform admins can read the audit log" on public.audit_log;

-- For "download my data": what one did oneself; platform admins read everything.
create policy "People read what they did; platform admins read it all"
  on public.audit_log for select to authenticated
  using (actor_id = (select auth.uid()) or (select private.is_platform_admin()));
