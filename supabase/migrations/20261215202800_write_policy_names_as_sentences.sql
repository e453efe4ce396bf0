-- The policies 20261209130400_write_policies_for_writes.sql made from `for all` ones kept the old
-- name with ": adding", ": changing" or ": removing" after it. Each is named as a sentence saying
-- who does what, as the other write policies are; the rules are unchanged.

alter policy "Coordinators manage payments: adding" on public.budget_payments
  rename to "Coordinators add payments";
alter policy "Coordinators manage payments: changing" on public.budget_payments
  rename to "Coordinators change payments";
alter policy "Coordinators manage payments: removing" on public.budget_payments
  rename to "Coordinators remove payments";

alter policy "Editors set places: adding" on public.event_delegations
  rename to "Editors give delegations places";
alter policy "Editors set places: changing" on public.event_delegations
  rename to "Editors change delegations' places";
alter policy "Editors set places: removing" on public.event_delegations
  rename to "Editors take delegations' places away";

alter policy "Editors set the online link: adding" on public.event_links
  rename to "Editors add the online link";
alter policy "Editors set the online link: changing" on public.event_links
  rename to "Editors change the online link";
alter policy "Editors set the online link: removing" on public.event_links
  rename to "Editors remove the online link";

alter policy "Editors manage sessions: adding" on public.event_sessions
  rename to "Editors add sessions";
alter policy "Editors manage sessions: changing" on public.event_sessions
  rename to "Editors change sessions";
alter policy "Editors manage sessions: removing" on public.event_sessions
  rename to "Editors remove sessions";

alter policy "Coordinators manage budgets: adding" on public.project_budgets
  rename to "Coordinators add budgets";
alter policy "Coordinators manage budgets: changing" on public.project_budgets
  rename to "Coordinators change budgets";
alter policy "Coordinators manage budgets: removing" on public.project_budgets
  rename to "Coordinators remove budgets";

alter policy "Coordinators manage indicators: adding" on public.project_indicators
  rename to "Coordinators add indicators";
alter policy "Coordinators manage indicators: changing" on public.project_indicators
  rename to "Coordinators change indicators";
alter policy "Coordinators manage indicators: removing" on public.project_indicators
  rename to "Coordinators remove indicators";

alter policy "Coordinators manage unnamed partners: adding" on public.unnamed_partners
  rename to "Coordinators add unnamed partners";
alter policy "Coordinators manage unnamed partners: changing" on public.unnamed_partners
  rename to "Coordinators change unnamed partners";
alter policy "Coordinators manage unnamed partners: removing" on public.unnamed_partners
  rename to "Coordinators remove unnamed partners";
