-- The daily digest: once a day, at the person's chosen hour in their own time zone, everything of
-- the kinds they take as a digest comes in one e-mail. A run per person and local day is recorded
-- when it is claimed, so several servers send it once.
create table public.notification_digest_runs (
  user_id uuid not null references public.users (id) on delete cascade,
  local_date date not null,
  claimed_at timestamptz not null default now(),
  primary key (user_id, local_date)
);

alter table public.notification_digest_runs enable row level security;
revoke all on public.notification_digest_runs from anon, authenticated;

create function public.claim_digests(batch integer default 20, lease_seconds integer default 300)
returns table (
  id uuid, kind text, payload jsonb, attempts integer, created_at timestamptz,
  recipient_id uuid, email text, locale text, display_name text, time_zone text
)
language plpgsql
security invoker
set search_path = ''
as $$
begin
  -- One claim at a time: a person's digest is never split between two servers.
  perform pg_advisory_xact_lock(hashtext('tilts.claim_digests'));
  return query
  with local as (
    select u.id, (now() at time zone coalesce(u.time_zone, 'UTC')) as at, u.digest_hour
    from public.users as u
    where exists (
      select 1 from public.notifications as n
      where n.recipient_id = u.id and n.delivery = 'digest' and n.status in ('pending', 'sending')
        and n.next_attempt_at <= now()
    )
  ), due as (
    select l.id, l.at::date as local_date from local as l
    where extract(hour from l.at) >= l.digest_hour
    limit least(greatest(batch, 1), 200)
  ), runs as (
    insert into public.notification_digest_runs (user_id, local_date)
    select d.id, d.local_date from due as d
    on conflict do nothing
    returning user_id
  ), taken as (
    -- Today's run, or a digest whose server died while sending it (its lease ran out).
    select n.id from public.notifications as n
    where n.delivery = 'digest' and n.next_attempt_at <= now()
      and ((n.status = 'pending' and n.recipient_id in (select r.user_id from runs as r))
        or n.status = 'sending')
    for update skip locked
  ), claimed as (
    update public.notifications as n
    set status = 'sending', attempts = n.attempts + 1,
      next_attempt_at = now() + make_interval(secs => greatest(lease_seconds, 10))
    from taken where n.id = taken.id
    returning n.*
  )
  select c.id, c.kind, c.payload, c.attempts, c.created_at, c.recipient_id, u.email, u.preferred_locale,
    u.display_name, u.time_zone
  from claimed as c
  join public.users as u on u.id = c.recipient_id
  order by c.recipient_id, c.created_at;
end;
$$;

-- A digest that could not be sent waits for the next run: today's run is given back.
create function public.release_digest_runs(people uuid[])
returns void
language sql
security invoker
set search_path = ''
as $$
  delete from public.notification_digest_runs as r
  where r.user_id = any(people) and r.claimed_at > now() - interval '1 day';
$$;

revoke execute on function public.claim_digests(integer, integer), public.release_digest_runs(uuid[])
  from public, anon, authenticated;
grant execute on function public.claim_digests(integer, integer), public.release_digest_runs(uuid[]) to service_role;
