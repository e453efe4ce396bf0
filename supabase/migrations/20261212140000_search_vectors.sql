-- What the portal's one search box reads: every kind of record keeps its words as a text-search
-- vector, folded (no case, no diacritics in any alphabet: private.fold) and split the way
-- practices' texts already are, so that one query (private.practice_query: each typed word as the
-- start of a word) finds them all through a GIN index each. Names and titles weigh most, places
-- next, descriptions least. Practices already have theirs (practice_publications.search_vector).

alter table public.projects
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(coalesce(acronym, '') || ' ' || private.all_translations(title))), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(summary))), 'C')
  ) stored;
create index projects_search_vector_idx on public.projects using gin (search_vector);

alter table public.events
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(title))), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(coalesce(venue_city, '') || ' ' || coalesce(venue_name, ''))), 'B')
    || setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(description))), 'C')
  ) stored;
create index events_search_vector_idx on public.events using gin (search_vector);

alter table public.organisations
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(name)), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(coalesce(city, ''))), 'B')
    || setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(description))), 'C')
  ) stored;
create index organisations_search_vector_idx on public.organisations using gin (search_vector);

-- An organisation is found by its name in any language ("Torun" finds Urząd Miasta Torunia).
alter table public.organisation_name_translations
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(name)), 'A')
  ) stored;
create index organisation_name_translations_search_vector_idx on public.organisation_name_translations using gin (search_vector);

alter table public.collections
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(title))), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(introduction))), 'C')
  ) stored;
create index collections_search_vector_idx on public.collections using gin (search_vector);

alter table public.press_items
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(title))), 'A')
    || setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(body))), 'C')
  ) stored;
create index press_items_search_vector_idx on public.press_items using gin (search_vector);

-- Documents are found by their titles only: their files are not read.
alter table public.documents
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, private.fold(private.all_translations(title))), 'A')
  ) stored;
create index documents_search_vector_idx on public.documents using gin (search_vector);

