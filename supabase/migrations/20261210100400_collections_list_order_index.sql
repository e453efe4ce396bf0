-- The collection list, most recently changed first: read in this order up to the page asked for,
-- instead of sorting every collection for each page.
create index collections_updated_at_idx on public.collections (updated_at desc, slug);
