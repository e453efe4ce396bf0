-- A project's own indicators: beside the kinds the portal knows (events held, mobilities,
-- participants...), the results its funder asked for in its own words ("teachers trained",
-- "toolkits published"), with a name in each language and a unit. An own indicator may still be
-- counted from the portal's records, when it names a counting kind (code); else its achieved value
-- is entered with evidence. A known kind is planned once per partner; own ones as often as named.

alter table public.project_indicators
  drop constraint project_indicators_project_id_code_organisation_id_key,
  alter column code drop not null,
  add column name public.translated_text,
  add column unit text check (unit is null or length(btrim(unit)) between 1 and 40),
  add constraint project_indicators_kind_or_name check (code is not null or name is not null),
  -- Counting needs a kind to count by: an own indicator without one is entered.
  add constraint project_indicators_counted_by_kind check (source = 'entered' or code is not null);

create unique index project_indicators_kind_once
  on public.project_indicators (project_id, code, organisation_id) nulls not distinct
  where name is null;
