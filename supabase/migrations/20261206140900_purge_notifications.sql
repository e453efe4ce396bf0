-- Notifications are kept no longer than needed either: sent and failed ones for 90 days (the
-- admins' mail page and a person's data export show them until then), digest runs for a week.
create or replace function public.purge_expired()
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  sessions_removed integer;
  resets_removed integer;
  failures_removed integer;
  invitations_removed integer;
  notifications_removed integer;
begin
  delete from public.sessions where expires_at <= now() or absolute_expires_at <= now();
  get diagnostics sessions_removed = row_count;

  delete from public.password_resets where expires_at <= now() - interval '1 day';
  get diagnostics resets_removed = row_count;

  delete from public.sign_in_failures where failed_at <= now() - interval '1 day';
  get diagnostics failures_removed = row_count;

  -- Open invitations that expired a month ago, and revoked ones after a month: the inviter had
  -- time to see and resend them. Accepted ones stay, as the record of who joined how.
  delete from public.invitations
  where accepted_at is null
    and (expires_at <= now() - interval '30 days' or revoked_at <= now() - interval '30 days');
  get diagnostics invitations_removed = row_count;

  delete from public.notifications
  where status in ('sent', 'failed') and created_at <= now() - interval '90 days';
  get diagnostics notifications_removed = row_count;
  delete from public.notification_digest_runs where local_date <= current_date - 7;

  return jsonb_build_object(
    'sessions', sessions_removed,
    'password_resets', resets_removed,
    'sign_in_failures', failures_removed,
    'invitations', invitations_removed,
    'notifications', notifications_removed
  );
end;
$$;
