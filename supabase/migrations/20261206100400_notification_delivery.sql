-- Delivery, for the server's worker (service role): claim what is due, send it, settle it.
-- A claim locks its rows with SKIP LOCKED and leases them: several servers never take the same
-- notification, and one whose server died mid-send is taken again when the lease runs out.
create function public.claim_notifications(batch integer default 20, lease_seconds integer default 120)
returns table (
  id uuid, kind text, payload jsonb, attempts integer, created_at timestamptz,
  recipient_id uuid, email text, locale text, display_name text, time_zone text
)
language sql
security invoker
set search_path = ''
as $$
  with due as (
    select n.id from public.notifications as n
    where n.delivery = 'immediate' and n.status in ('pending', 'sending') and n.next_attempt_at <= now()
    order by n.next_attempt_at
    limit least(greatest(batch, 1), 500)
    for update skip locked
  ), claimed as (
    update public.notifications as n
    set status = 'sending', attempts = n.attempts + 1,
      next_attempt_at = now() + make_interval(secs => greatest(lease_seconds, 10))
    from due where n.id = due.id
    returning n.*
  )
  select c.id, c.kind, c.payload, c.attempts, c.created_at, c.recipient_id,
    coalesce(u.email, c.email), coalesce(u.preferred_locale, c.locale, 'en'), u.display_name, u.time_zone
  from claimed as c
  left join public.users as u on u.id = c.recipient_id;
$$;

-- What came of each send: [{"id": …, "outcome": "sent" | "retry" | "failed", "error": …}].
-- A retry waits 1, 2, 4 … minutes (at most 6 hours); after 8 attempts it has failed. Only a
-- notification still claimed is settled, so a late answer cannot undo another server's.
create function public.settle_notifications(results jsonb)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  settled integer;
begin
  with outcome as (
    select (r ->> 'id')::uuid as id, r ->> 'outcome' as outcome, left(r ->> 'error', 2000) as error
    from jsonb_array_elements(results) as r
  )
  update public.notifications as n
  set status = case
      when o.outcome = 'sent' then 'sent'
      when o.outcome = 'failed' or n.attempts >= 8 then 'failed'
      else 'pending' end,
    sent_at = case when o.outcome = 'sent' then now() end,
    last_error = case when o.outcome = 'sent' then null else o.error end,
    next_attempt_at = case when o.outcome = 'retry'
      then now() + least(make_interval(mins => power(2, n.attempts - 1)::integer), interval '6 hours')
      else n.next_attempt_at end
  from outcome as o
  where n.id = o.id and n.status = 'sending';
  get diagnostics settled = row_count;
  return settled;
end;
$$;

revoke execute on function public.claim_notifications(integer, integer), public.settle_notifications(jsonb)
  from public, anon, authenticated;
grant execute on function public.claim_notifications(integer, integer), public.settle_notifications(jsonb) to service_role;

-- A platform admin sends a failed notification again (from the admin's mail page).
create function private.retry_notification(notification uuid)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.is_platform_admin() then
    raise exception 'only platform admins retry notifications' using errcode = '42501';
  end if;
  update public.notifications as n
  set status = 'pending', attempts = 0, next_attempt_at = now(), last_error = null
  where n.id = notification and n.status = 'failed';
  if found then
    perform private.audit('notification.retried', 'notification', notification::text);
  end if;
  return found;
end;
$$;

create function public.retry_notification(notification uuid)
returns boolean language sql security invoker set search_path = ''
as $$ select private.retry_notification(notification); $$;

revoke execute on function private.retry_notification(uuid), public.retry_notification(uuid) from public;
grant execute on function private.retry_notification(uuid), public.retry_notification(uuid) to authenticated;
