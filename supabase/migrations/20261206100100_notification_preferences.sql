-- Each person's choice per kind of notification: at once, in the daily digest, or not at all.
-- No row means the kind's default.
create table public.notification_preferences (
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null references public.notification_kinds (kind) on delete cascade,
  delivery text not null check (delivery in ('immediate', 'digest', 'off')),
  updated_at timestamptz not null default now(),
  primary key (user_id, kind)
);

alter table public.notification_preferences enable row level security;

create policy "People read their own notification preferences"
  on public.notification_preferences for select to authenticated
  using (user_id = (select auth.uid()));

create policy "People set their own notification preferences"
  on public.notification_preferences for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy "People change their own notification preferences"
  on public.notification_preferences for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "People remove their own notification preferences"
  on public.notification_preferences for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.notification_preferences from anon, authenticated;
grant select, delete on public.notification_preferences to authenticated;
-- PostgREST writes an upsert as `on conflict (user_id, kind) do update set user_id = excluded.user_id,
-- kind = excluded.kind, …` (PostgREST/postgrest#2446), which needs UPDATE on the key columns too.
-- The policies still hold every row to its own person, and moving a row to another kind is no more
-- than deleting and inserting it, which a person may do anyway.
grant insert (user_id, kind, delivery, updated_at), update (user_id, kind, delivery, updated_at)
  on public.notification_preferences to authenticated;
