-- A joint project's content: programme and references, dates, texts, contact point; the money of
-- each partner organisation; the results planned; partners known only by their country.

create type public.date_precision as enum ('day', 'month', 'year');

alter table public.projects
  add column summary public.translated_text,
  -- A code, so that lists can be filtered: europe_for_citizens, erasmus_plus_youth, cerv, ...
  add column programme text check (programme is null or programme ~ '^[a-z0-9_]+$'),
  add column strand public.translated_text,
  add column call_reference text check (call_reference is null or length(call_reference) <= 100),
  add column grant_reference text check (grant_reference is null or length(grant_reference) <= 100),
  add column council_decision text check (council_decision is null or length(council_decision) <= 200),
  add column start_date date,
  add column end_date date,
  -- How exact the dates are: a sheet may say only "2022" or "03.2018".
  add column dates_precision public.date_precision not null default 'day',
  add column objectives public.translated_text,
  add column target_groups public.translated_text,
  add column activities public.translated_text,
  add column contact_role public.translated_text,
  add column contact_email text check (contact_email is null or contact_email ~ '^[^@\s<>(),;:"\[\]\\]+@[^@\s<>(),;:"\[\]\\]+\.[^@\s<>(),;:"\[\]\\]+$'),
  add column website text check (website is null or (website ~ '^https?://[^\s]+$' and length(website) <= 500)),
  add constraint projects_dates_in_order check (end_date is null or start_date is null or end_date >= start_date);

grant update (summary, programme, strand, call_reference, grant_reference, council_decision, start_date, end_date,
  dates_precision, objectives, target_groups, activities, contact_role, contact_email, website)
  on public.projects to authenticated;
grant insert (summary, programme, strand, call_reference, grant_reference, council_decision, start_date, end_date,
  dates_precision, objectives, target_groups, activities, contact_role, contact_email, website)
  on public.projects to authenticated;

-- Partners whose organisation the records do not name, only their country (and maybe town):
-- shown as "a partner in Malta" rather than inventing an organisation.
create table public.unnamed_partners (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  country text not null check (country ~ '^[A-Z]{2}$'),
  city text check (city is null or length(btrim(city)) between 1 and 200),
  role public.partner_role not null default 'partner'
);

create index unnamed_partners_project_id_idx on public.unnamed_partners (project_id);
alter table public.unnamed_partners enable row level security;

create policy "Unnamed partners of readable projects are readable"
  on public.unnamed_partners for select to anon, authenticated
  using (private.can_read_project(project_id));

create policy "Coordinators manage unnamed partners"
  on public.unnamed_partners for all to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

revoke all on public.unnamed_partners from anon, authenticated;
grant select on public.unnamed_partners to anon, authenticated;
grant insert, update, delete on public.unnamed_partners to authenticated;

-- Money, in euro cents (exact), per partner organisation: the sheets give each municipality's
-- own share of a joint project.
create table public.project_budgets (
  project_id uuid not null references public.projects (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  total_cents bigint not null check (total_cents >= 0),
  eu_cofinancing_cents bigint not null default 0 check (eu_cofinancing_cents >= 0),
  own_cofinancing_cents bigint not null default 0 check (own_cofinancing_cents >= 0),
  notes public.translated_text,
  version integer not null default 1,
  primary key (project_id, organisation_id),
  foreign key (project_id, organisation_id)
    references public.project_partners (project_id, organisation_id) on delete cascade,
  check (eu_cofinancing_cents + own_cofinancing_cents <= total_cents)
);

alter table public.project_budgets enable row level security;

-- Payments as they fall: pre-financing the council advances (and gets back), advances and final
-- payments from the programme, the council's own co-financing per year.
create type public.payment_kind as enum ('pre_financing', 'advance', 'final_payment', 'co_financing');

create table public.budget_payments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  kind public.payment_kind not null,
  year smallint check (year is null or year between 1990 and 2100),
  amount_cents bigint not null check (amount_cents > 0),
  -- Share of the budget as the records state it, e.g. 40 (%).
  share_percent numeric(5, 2) check (share_percent is null or share_percent between 0 and 100),
  -- When the money comes back (for pre-financing) or in, as the records say it.
  expected_back public.translated_text,
  position smallint not null default 0,
  foreign key (project_id, organisation_id)
    references public.project_budgets (project_id, organisation_id) on delete cascade
);

create index budget_payments_project_idx on public.budget_payments (project_id, organisation_id);
alter table public.budget_payments enable row level security;

-- Results planned, as indicators; achieved values come with the outcomes work.
create table public.project_indicators (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  -- international_events, staff_mobilities, direct_participants, indirect_participants, ...
  code text not null check (code ~ '^[a-z0-9_]+$'),
  planned numeric(12, 2) not null check (planned >= 0),
  -- "about 3700": the records' own caution, kept.
  approximate boolean not null default false,
  -- Per partner, when the records give it per partner; else for the project.
  organisation_id uuid references public.organisations (id) on delete cascade,
  notes public.translated_text,
  unique nulls not distinct (project_id, code, organisation_id)
);

create index project_indicators_project_id_idx on public.project_indicators (project_id);
alter table public.project_indicators enable row level security;

-- The same rule for money and indicators: readable with the project; written by its coordinators.
create policy "Budgets of readable projects are readable"
  on public.project_budgets for select to anon, authenticated
  using (private.can_read_project(project_id));
create policy "Coordinators manage budgets"
  on public.project_budgets for all to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Payments of readable projects are readable"
  on public.budget_payments for select to anon, authenticated
  using (private.can_read_project(project_id));
create policy "Coordinators manage payments"
  on public.budget_payments for all to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

create policy "Indicators of readable projects are readable"
  on public.project_indicators for select to anon, authenticated
  using (private.can_read_project(project_id));
create policy "Coordinators manage indicators"
  on public.project_indicators for all to authenticated
  using (private.is_project_coordinator(project_id) or (select private.is_platform_admin()))
  with check (private.is_project_coordinator(project_id) or (select private.is_platform_admin()));

revoke all on public.project_budgets, public.budget_payments, public.project_indicators from anon, authenticated;
grant select on public.project_budgets, public.budget_payments, public.project_indicators to anon, authenticated;
grant insert, update, delete on public.project_budgets, public.budget_payments, public.project_indicators to authenticated;
