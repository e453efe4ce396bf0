-- The hour of the day, in the person's own time zone, at which their daily digest is sent.
alter table public.users
  add column digest_hour smallint not null default 8 check (digest_hour between 0 and 23);

grant update (digest_hour) on public.users to authenticated;
