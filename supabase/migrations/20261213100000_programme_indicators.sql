-- The indicators a programme's reports ask for (participants, events, jointly developed
-- solutions...), as data: each with its name in every interface language, an optional unit, and
-- whether the portal counts it from its records (the counting kind of private.project_outcomes)
-- or a project enters it with evidence. A strand's projects are asked for its own indicators and
-- its programme's. Reference data: everyone reads it, only migrations write it.

create table public.programme_indicators (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  programme text not null references public.programmes (code),
  position smallint not null,
  names jsonb not null check (
    jsonb_typeof(names) = 'object'
    and names ?& array['en', 'bg', 'es', 'cs', 'da', 'de', 'et', 'el', 'fr', 'ga', 'hr', 'it', 'lv', 'lt', 'hu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'fi', 'sv', 'mk', 'ru', 'sr', 'uk']
  ),
  unit text check (unit is null or length(btrim(unit)) between 1 and 40),
  -- The kinds private.project_outcomes counts; null: entered with evidence.
  counted_as text check (counted_as in ('international_events', 'staff_mobilities', 'direct_participants'))
);

create index programme_indicators_programme_idx on public.programme_indicators (programme, position);
alter table public.programme_indicators enable row level security;

create policy "Programme indicators are readable by everyone"
  on public.programme_indicators for select to anon, authenticated
  using (true);

revoke all on public.programme_indicators from anon, authenticated;
grant select on public.programme_indicators to anon, authenticated;
