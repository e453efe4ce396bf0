-- PostgreSQL keeps 63 bytes of a name: these policies' names were cut mid-word when they were
-- created. Each gets a whole sentence, short enough to be kept; the rules are unchanged.

alter policy "The partnership reads delegations, members their own organisati"
  on public.event_delegations rename to "Partners read delegations; members read their organisation's";

alter policy "Editors and the own organisation's registrants read registratio"
  on public.event_registrations rename to "Editors and the organisation's registrants read registrations";

alter policy "Organisation admins and platform admins can name an organisatio"
  on public.organisation_name_translations rename to "Organisation and platform admins name an organisation";

alter policy "Organisation admins and platform admins can rename an organisat"
  on public.organisation_name_translations rename to "Organisation and platform admins rename an organisation";

alter policy "Proposers, the organisation's admins and platform admins see pr"
  on public.organisation_proposals rename to "Proposers, organisation and platform admins see proposals";

alter policy "Organisation admins and platform admins can edit an organisatio"
  on public.organisations rename to "Organisation and platform admins edit an organisation";

alter policy "Writers remove an unpublished translation, approvers any transl"
  on public.practice_texts rename to "Writers remove unpublished translations, approvers any";

alter policy "Writers edit a practice's details until it is public, approvers"
  on public.practices rename to "Writers edit a practice until it is public, approvers after";
