-- What the server's scheduler queues each minute: reminders and the weekly e-mail. Each is queued
-- once per key, so two servers running it at the same moment queue nothing twice.
create function public.queue_scheduled_notifications()
returns jsonb
language sql
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'event_reminders', private.queue_event_reminders(),
    'deadline_reminders', private.queue_deadline_reminders(),
    'coming_up', private.queue_coming_up());
$$;

revoke execute on function public.queue_scheduled_notifications() from public, anon, authenticated;
grant execute on function public.queue_scheduled_notifications() to service_role;
grant execute on function private.queue_event_reminders(timestamptz), private.queue_coming_up(timestamptz),
  private.queue_deadline_reminders(timestamptz)
  to service_role;
