-- Supabase's linter warns about functions without a fixed search_path (function_search_path_mutable):
-- one that runs with its owner's rights could be made to call a look-alike. These run with the
-- caller's and keep none on purpose; each says why in its comment, beside it, where the warning
-- is read.
do $$
declare
  safe constant text := ' Safe without one: it runs with the caller''s rights (security invoker) and '
    'names every table and function with its schema, so no search_path makes it read anything else.';
  inlined constant text := 'Sets no search_path so that it is inlined into the query that calls it '
    '(a set clause stops that).';
  per_row constant text := 'Sets no search_path because it is called for each candidate row, and a '
    'set clause would save and restore the setting on every call.';
  f record;
begin
  for f in
    select * from (values
      ('public.events_of_organisation(text)'::regprocedure, inlined),
      ('public.list_practices(public.practice_theme, text, text, text, text, integer, integer)', inlined),
      ('public.practice_organisation_choices(text)', inlined),
      ('public.practice_project_choices(text)', inlined),
      ('public.project_partner_choices(text)', inlined),
      ('public.search_organisations(text, text, public.organisation_kind, integer, integer)', inlined),
      ('public.search_practices(text, public.practice_theme, text, text, text, text, integer, integer, integer)', inlined),
      ('public.search_projects(text, text, public.project_status, integer, text, text, integer, integer)', inlined),
      ('public.transfers_of(uuid, uuid)', inlined),
      ('private.directory_matches(text, text, public.organisation_kind)', inlined),
      ('private.matching_practices(text, public.practice_theme, text, text, text, text)', inlined),
      ('private.matching_publications(text, public.practice_theme, text, text, text, text, integer)', inlined),
      ('private.organisations_named(text)', inlined),
      ('private.event_passes(uuid, text, text, integer)', per_row),
      ('private.practice_passes(uuid, text, text, integer)', per_row),
      ('private.project_passes(uuid, text, text, integer)', per_row)
    ) as v(fn, why)
  loop
    execute format('comment on function %s is %L', f.fn, f.why || safe);
  end loop;
end;
$$;
