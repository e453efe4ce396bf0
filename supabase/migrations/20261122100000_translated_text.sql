-- Multilingual content, designed once and reused by every table with text partners write.
-- A translatable field is a jsonb object keyed by content locale:
--   {"lv": {"text": "…", "status": "original"}, "en": {"text": "…", "status": "reviewed"}}
-- Exactly one entry is the original (the language it was written in); the others are
-- translations whose status is `machine` or `reviewed`. A locale that is absent is a missing
-- translation: editors are never forced to fill every language, readers get a visible fallback.

grant usage on schema private to anon, authenticated, service_role;

create function private.is_translated_text(value jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select value is null or (
    jsonb_typeof(value) = 'object'
    and (select count(*) from jsonb_each(value) as e where e.value ->> 'status' = 'original') = 1
    and not exists (
      select 1
      from jsonb_each(value) as e
      where e.key !~ '^[a-z]{2,3}$'
         or jsonb_typeof(e.value) <> 'object'
         or jsonb_typeof(e.value -> 'text') <> 'string'
         or length(btrim(e.value ->> 'text')) = 0
         or length(e.value ->> 'text') > 100000
         or (e.value ->> 'status') not in ('original', 'machine', 'reviewed')
    )
  );
$$;

grant execute on function private.is_translated_text(jsonb) to anon, authenticated, service_role;

create domain public.translated_text as jsonb
  check (private.is_translated_text(value));

-- The language a translatable field was written in.
create function private.original_locale(value jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select e.key from jsonb_each(value) as e where e.value ->> 'status' = 'original' limit 1;
$$;

grant execute on function private.original_locale(jsonb) to anon, authenticated, service_role;
