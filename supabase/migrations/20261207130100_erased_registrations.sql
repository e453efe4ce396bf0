-- A registration whose person deleted their account stays as a place taken (outcomes and the
-- funder report count it), without anything that names them: the name is a dash, the address,
-- job, stay and needs are gone, and `erased_at` tells the pages to say so. Several such people in
-- one delegation are no duplicates of each other.
alter table public.event_registrations add column erased_at timestamptz;

drop index public.event_registrations_name_key;
create unique index event_registrations_name_key on public.event_registrations (event_id, organisation_id, lower(btrim(full_name)))
  where status <> 'cancelled' and erased_at is null;
