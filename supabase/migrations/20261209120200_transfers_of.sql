-- The transfers of practices that concern a project (those within it and those of its practices)
-- or an organisation (those it adopts and those of its own practices), as one query for the API
-- to embed and order: a page read them in two requests and merged them. Security invoker and
-- inlined (no `set search_path`; every name is qualified): row level security decides, as before.
create function public.transfers_of(project uuid default null, organisation uuid default null)
returns setof public.practice_transfers
language sql
stable
security invoker
as $$
  select t.* from public.practice_transfers as t
  where t.id in (
    select own.id from public.practice_transfers as own
    where own.project_id = transfers_of.project or own.organisation_id = transfers_of.organisation
    union
    select theirs.id from public.practice_transfers as theirs
    join public.practices as p on p.id = theirs.practice_id
    where p.project_id = transfers_of.project or p.organisation_id = transfers_of.organisation);
$$;

revoke execute on function public.transfers_of(uuid, uuid) from public;
grant execute on function public.transfers_of(uuid, uuid) to anon, authenticated;
