-- Translations of an organisation's name, one per content locale ("Ravennas pašvaldība" for
-- Comune di Ravenna): readers see the one of their language, else the organisation's own name.
-- Readable wherever the organisation is (by anyone); written by whoever may edit the organisation.

create table public.organisation_name_translations (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  locale text not null references public.content_locales (code),
  name text not null check (length(btrim(name)) between 1 and 300),
  primary key (organisation_id, locale)
);

create index organisation_name_translations_locale_idx on public.organisation_name_translations (locale);

alter table public.organisation_name_translations enable row level security;

create policy "Anyone can read organisations' names"
  on public.organisation_name_translations for select to anon, authenticated
  using (true);

create policy "Organisation admins and platform admins can name an organisation"
  on public.organisation_name_translations for insert to authenticated
  with check ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id));

create policy "Organisation admins and platform admins can rename an organisation"
  on public.organisation_name_translations for update to authenticated
  using ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id))
  with check ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id));

create policy "Organisation admins and platform admins can remove a name"
  on public.organisation_name_translations for delete to authenticated
  using ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id));

-- "all" includes PostgreSQL 17's MAINTAIN: take everything back, then give what the policies need.
revoke all on public.organisation_name_translations from anon, authenticated;
grant select on public.organisation_name_translations to anon, authenticated;
grant insert (organisation_id, locale, name) on public.organisation_name_translations to authenticated;
grant update (name) on public.organisation_name_translations to authenticated;
grant delete on public.organisation_name_translations to authenticated;
