-- When a practice's latest language was published; null while none is. Kept by its publications,
-- so that the readers' policy and the practice list read a column of the practice (and an index)
-- instead of looking up each practice's publications.

alter table public.practices add column published_at timestamptz;

update public.practices as p
set published_at = (select max(pub.published_at) from public.practice_publications as pub where pub.practice_id = p.id);

-- The practice list, newest first: read in this order up to the page asked for.
create index practices_published_at_idx on public.practices (published_at desc, slug) where published_at is not null;

-- The practice's row is locked first, so that the next statement sees every publication committed
-- meanwhile: two languages unpublished at once cannot each leave the other's time behind (which
-- would show the practice with no published language).
create function private.stamp_practice_published_at()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  practice uuid := coalesce(new.practice_id, old.practice_id);
begin
  perform 1 from public.practices as p where p.id = practice for no key update;
  update public.practices as p
  set published_at = (select max(pub.published_at) from public.practice_publications as pub where pub.practice_id = practice)
  where p.id = practice;
  return null;
end;
$$;

revoke execute on function private.stamp_practice_published_at() from public;

create trigger stamp_practice_published_at
  after insert or update or delete on public.practice_publications
  for each row execute function private.stamp_practice_published_at();
