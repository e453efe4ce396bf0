-- The admin's mail page lists the outbox newest first, all of it or one state at a time, 50 rows a
-- page: read from an index in that order instead of sorting the whole outbox, which only grows.
create index notifications_created_idx on public.notifications (created_at desc, id);
create index notifications_status_created_idx on public.notifications (status, created_at desc, id);
