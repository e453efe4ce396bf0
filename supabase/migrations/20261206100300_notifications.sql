-- The outbox: a notification is written in the same transaction as the change that causes it, so a
-- crash or a mail outage loses none. The server's delivery worker sends it later (public.claim_
-- notifications); its id is the e-mail's Message-ID, the idempotency key of every retry.
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  -- A person with an account; deleting the account drops what was still queued for it.
  recipient_id uuid references public.users (id) on delete cascade,
  -- Or an address without an account (a registered participant), with the language to write in.
  email text check (email is null or (email = lower(email) and length(email) <= 254
    and email ~ '^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s<>(),;:"\[\]\\]+$')),
  locale text references public.content_locales (code),
  kind text not null references public.notification_kinds (kind),
  -- What the e-mail says, as it was when the change happened.
  payload jsonb not null default '{}' check (jsonb_typeof(payload) = 'object'),
  delivery text not null check (delivery in ('immediate', 'digest')),
  -- Scheduled notifications (reminders, weekly e-mails) are queued once per key, however often the
  -- scheduler runs and on however many servers.
  dedupe_key text unique,
  actor_id uuid references public.users (id) on delete set null,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts integer not null default 0,
  -- When it is due: first now, then after a failed attempt, or when a claim's lease runs out.
  next_attempt_at timestamptz not null default now(),
  last_error text check (last_error is null or length(last_error) <= 2000),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  check ((recipient_id is null) <> (email is null))
);

create index notifications_due_idx on public.notifications (next_attempt_at)
  where status in ('pending', 'sending') and delivery = 'immediate';
create index notifications_digest_idx on public.notifications (recipient_id)
  where status in ('pending', 'sending') and delivery = 'digest';
create index notifications_recipient_idx on public.notifications (recipient_id, created_at desc);
create index notifications_actor_id_idx on public.notifications (actor_id);
create index notifications_email_idx on public.notifications (email) where email is not null;
-- The admin's mail page lists the outbox newest first, all of it or one state at a time, a page at
-- a time: read from an index in that order instead of sorting the whole outbox.
create index notifications_created_idx on public.notifications (created_at desc, id);
create index notifications_status_created_idx on public.notifications (status, created_at desc, id);
alter table public.notifications enable row level security;

create policy "People read the notifications sent to them"
  on public.notifications for select to authenticated
  using (recipient_id = (select auth.uid()));

create policy "Platform admins read every notification"
  on public.notifications for select to authenticated
  using ((select private.is_platform_admin()));

-- Written only by the database's own triggers and functions; sent by the server.
revoke all on public.notifications from anon, authenticated;
grant select on public.notifications to authenticated;

-- Addresses without an account that asked for no more of a kind (one-click unsubscribe).
create table public.notification_opt_outs (
  email text not null check (email = lower(email)),
  kind text not null references public.notification_kinds (kind) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (email, kind)
);

alter table public.notification_opt_outs enable row level security;
revoke all on public.notification_opt_outs from anon, authenticated;

-- Queue a notification for a person, as they chose to receive that kind: nothing when it is off.
-- The person who made the change is not told about it (their own action), unless `to_actor`.
create function private.notify(
  recipient uuid, kind text, payload jsonb, dedupe_key text default null, to_actor boolean default false
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  chosen text;
begin
  -- Nobody to tell: no person, the person's own action, or an account being deleted right now.
  if recipient is null or (recipient = (select auth.uid()) and not to_actor)
    or not exists (select 1 from public.users as u where u.id = recipient)
  then
    return;
  end if;
  select coalesce(p.delivery, k.default_delivery) into chosen
  from public.notification_kinds as k
  left join public.notification_preferences as p on p.kind = k.kind and p.user_id = recipient
  where k.kind = notify.kind;
  if chosen is null then
    raise exception 'unknown kind of notification: %', kind;
  end if;
  if chosen = 'off' then
    return;
  end if;
  insert into public.notifications (recipient_id, kind, payload, delivery, dedupe_key, actor_id)
  values (recipient, kind, payload, chosen, dedupe_key, (select auth.uid()))
  on conflict do nothing;
end;
$$;

-- The same for an address without an account: always at once, unless it opted out of the kind.
create function private.notify_address(
  address text, locale text, kind text, payload jsonb, dedupe_key text default null
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if address is null
    or exists (select 1 from public.notification_opt_outs as o where o.email = lower(address) and o.kind = notify_address.kind)
  then
    return;
  end if;
  insert into public.notifications (email, locale, kind, payload, delivery, dedupe_key, actor_id)
  values (lower(address), coalesce(locale, 'en'), kind, payload, 'immediate', dedupe_key, (select auth.uid()))
  on conflict do nothing;
end;
$$;

-- Who did it, as the e-mail names them.
create function private.actor_name()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select u.display_name from public.users as u where u.id = (select auth.uid());
$$;

-- A deleted account's name leaves the notifications that name it (as who acted, or who accepted
-- an invitation): the e-mails still to be sent say "someone who has left" instead.
create function private.forget_name_in_notifications()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.notifications as n
  set payload = case when n.actor_id = old.id then n.payload - 'actor' else n.payload end
    - case when n.kind = 'invitation_accepted' and n.payload ->> 'person_id' = old.id::text
        then array['person', 'person_id'] else '{}'::text[] end
  where n.actor_id = old.id or (n.kind = 'invitation_accepted' and n.payload ->> 'person_id' = old.id::text);
  return old;
end;
$$;

create trigger users_deleted_forget_name_in_notifications
  before delete on public.users
  for each row execute function private.forget_name_in_notifications();

revoke execute on function private.notify(uuid, text, jsonb, text, boolean),
  private.notify_address(text, text, text, jsonb, text), private.actor_name(),
  private.forget_name_in_notifications() from public;
