-- How many notifications are in each state, in one query, for the admin's mail page. Runs with the
-- caller's rights: a platform admin counts every notification, anyone else only their own.
create function public.notification_counts()
returns table (status text, count bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select n.status, count(*) from public.notifications as n group by n.status;
$$;

revoke execute on function public.notification_counts() from public, anon;
grant execute on function public.notification_counts() to authenticated;
