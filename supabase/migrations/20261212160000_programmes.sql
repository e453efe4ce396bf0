-- The EU programmes a project is funded by, and their strands (key actions, cooperation strands,
-- measures), as data: a project names one row, a strand or a whole programme. Each row carries its
-- official name in every interface language, as the EU writes it. Reference data: everyone reads
-- it, only migrations write it.

create table public.programmes (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  -- A strand's programme; null for a programme. One level deep.
  parent text references public.programmes (code),
  position smallint not null,
  names jsonb not null check (
    jsonb_typeof(names) = 'object'
    and names ?& array['en', 'bg', 'es', 'cs', 'da', 'de', 'et', 'el', 'fr', 'ga', 'hr', 'it', 'lv', 'lt', 'hu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'fi', 'sv', 'mk', 'ru', 'sr', 'uk']
  ),
  check (parent is distinct from code)
);

create index programmes_parent_idx on public.programmes (parent);
alter table public.programmes enable row level security;

create policy "Programmes are readable by everyone"
  on public.programmes for select to anon, authenticated
  using (true);

revoke all on public.programmes from anon, authenticated;
grant select on public.programmes to anon, authenticated;
