-- An organisation's name is kept as the organisation writes it, in its own language, and says
-- which language that is, so that pages in other languages can mark it (lang) for screen readers
-- and show a translation of the name where one is kept.
--
-- The names entered so far came from Latvian project sheets and forms: they are taken as Latvian
-- until their editors say otherwise.

alter table public.organisations
  add column name_lang text not null default 'lv' references public.content_locales (code);

grant insert (name_lang) on public.organisations to authenticated;
grant update (name_lang) on public.organisations to authenticated;
