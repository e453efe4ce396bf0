-- The languages partners can write content in: the 24 official EU languages, Russian and
-- Ukrainian (widely read in Daugavpils), Serbian and Macedonian (partners in SOLID).
-- Reference data: readable by everyone, changed only by migrations.
create table public.content_locales (
  code text primary key check (code ~ '^[a-z]{2,3}$'),
  english_name text not null,
  native_name text not null,
  -- EU protocol order (by native name), then the other partner languages.
  position smallint not null unique
);

alter table public.content_locales enable row level security;

create policy "Anyone can read the content locales"
  on public.content_locales for select
  to anon, authenticated
  using (true);

-- "all" includes PostgreSQL 17's MAINTAIN: take everything back, then give reading.
revoke all on public.content_locales from anon, authenticated;
grant select on public.content_locales to anon, authenticated;

insert into public.content_locales (code, english_name, native_name, position) values
  ('bg', 'Bulgarian', 'български', 1),
  ('es', 'Spanish', 'español', 2),
  ('cs', 'Czech', 'čeština', 3),
  ('da', 'Danish', 'dansk', 4),
  ('de', 'German', 'Deutsch', 5),
  ('et', 'Estonian', 'eesti', 6),
  ('el', 'Greek', 'ελληνικά', 7),
  ('en', 'English', 'English', 8),
  ('fr', 'French', 'français', 9),
  ('ga', 'Irish', 'Gaeilge', 10),
  ('hr', 'Croatian', 'hrvatski', 11),
  ('it', 'Italian', 'italiano', 12),
  ('lv', 'Latvian', 'latviešu', 13),
  ('lt', 'Lithuanian', 'lietuvių', 14),
  ('hu', 'Hungarian', 'magyar', 15),
  ('mt', 'Maltese', 'Malti', 16),
  ('nl', 'Dutch', 'Nederlands', 17),
  ('pl', 'Polish', 'polski', 18),
  ('pt', 'Portuguese', 'português', 19),
  ('ro', 'Romanian', 'română', 20),
  ('sk', 'Slovak', 'slovenčina', 21),
  ('sl', 'Slovenian', 'slovenščina', 22),
  ('fi', 'Finnish', 'suomi', 23),
  ('sv', 'Swedish', 'svenska', 24),
  ('ru', 'Russian', 'русский', 25),
  ('uk', 'Ukrainian', 'українська', 26),
  ('sr', 'Serbian', 'српски', 27),
  ('mk', 'Macedonian', 'македонски', 28);
