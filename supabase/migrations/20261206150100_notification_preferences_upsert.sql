-- PostgREST writes an upsert as `on conflict (user_id, kind) do update set user_id = excluded.user_id,
-- kind = excluded.kind, …` (PostgREST/postgrest#2446), which needs UPDATE on the key columns too:
-- without it the account page could not save a choice in one request. The policies still hold
-- every row to its own person (WITH CHECK), and moving a row to another kind is no more than
-- deleting and inserting it, which a person may do anyway.
grant update (user_id, kind) on public.notification_preferences to authenticated;
