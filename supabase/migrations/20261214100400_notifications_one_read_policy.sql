-- One permissive read policy on notifications, as Supabase's linter asks: the two it replaces
-- (20261206100300_notifications.sql), joined by "or".

drop policy "People read the notifications sent to them" on public.notifications;
drop policy "Platform admins read every notification" on public.notifications;

create policy "People read their notifications; platform admins read all"
  on public.notifications for select to authenticated
  using (recipient_id = (select auth.uid()) or (select private.is_platform_admin()));
