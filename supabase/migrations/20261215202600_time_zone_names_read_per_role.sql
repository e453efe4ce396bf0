-- Reading time zone names, one policy per role, each named for whom it serves: the one it
-- replaces (20261209091000_time_zone_names_table) was for every role ("public"). Only anon and
-- authenticated are granted select (service_role bypasses row level security): the same effect.

drop policy "time zone names are public" on private.time_zone_names;

create policy "Visitors read the time zone names"
  on private.time_zone_names for select to anon
  using (true);

create policy "Signed-in people read the time zone names"
  on private.time_zone_names for select to authenticated
  using (true);
