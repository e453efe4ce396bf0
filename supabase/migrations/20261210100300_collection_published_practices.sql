-- How many practices of a collection readers can read (those with a published language), counted by
-- the database from what it keeps (practices.published_at, kept by the publications), for the
-- collection list to read as a column: it read every publication of every practice listed instead.
-- Invoker's rights: the reader sees the collection's items (row level security), and the count
-- says the same to everyone who sees them, since a published practice is everyone's to read.
-- A function of the row, so the API offers it as the collection's `published_practices`.
create function public.published_practices(collection public.collections)
returns integer
language sql
stable
security invoker
set search_path = ''
as $$
  select count(*)::integer
  from public.collection_items as item
  join public.practices as p on p.id = item.practice_id
  where item.collection_id = collection.id and p.published_at is not null;
$$;

revoke execute on function public.published_practices(public.collections) from public;
grant execute on function public.published_practices(public.collections) to anon, authenticated;
