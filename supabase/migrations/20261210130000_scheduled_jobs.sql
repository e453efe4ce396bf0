-- Work the servers do on a schedule (the hourly purge; each minute's reminders and digests) is
-- claimed here before it is done, so that however many servers run the scheduler, each run of a
-- job happens on one of them. A claim is one conditional write of the job's row through
-- PostgREST: a claim that waited behind another's finds the job taken once that one commits
-- (ON CONFLICT DO UPDATE checks its WHERE against the row as it is then).
create table public.scheduled_jobs (
  job text primary key check (job ~ '^[a-z_]{1,40}$'),
  last_run_at timestamptz not null,
  next_run_at timestamptz not null,
  -- How many runs were claimed: what the operator (and the tests) can count.
  runs bigint not null default 1
);

alter table public.scheduled_jobs enable row level security;
revoke all on public.scheduled_jobs from anon, authenticated;

-- True when this caller is to do the job now, and no one else is until `every_seconds` have passed.
create function public.claim_scheduled_job(job_name text, every_seconds integer)
returns boolean
language sql
security invoker
set search_path = ''
as $$
  insert into public.scheduled_jobs as j (job, last_run_at, next_run_at)
  values (job_name, now(), now() + make_interval(secs => greatest(every_seconds, 1)))
  on conflict (job) do update
    set last_run_at = now(), next_run_at = now() + make_interval(secs => greatest(every_seconds, 1)), runs = j.runs + 1
    where j.next_run_at <= now()
  returning true;
$$;

revoke execute on function public.claim_scheduled_job(text, integer) from public, anon, authenticated;
grant execute on function public.claim_scheduled_job(text, integer) to service_role;
