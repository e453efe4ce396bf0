-- A project indicator taken from its programme's list remembers which one, so that the editors see
-- what the programme still asks for; once per partner (or the whole project), as a kind is.

alter table public.project_indicators
  add column programme_indicator text references public.programme_indicators (code);

create unique index project_indicators_programme_indicator_once
  on public.project_indicators (project_id, programme_indicator, organisation_id) nulls not distinct
  where programme_indicator is not null;
