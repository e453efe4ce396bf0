-- An organisation's street address (street, house, floor: one line, as letters are addressed), for
-- its page in the directory. Public like the rest of the organisation's details; written by whoever
-- may edit the organisation (its admins, platform admins: the update policy decides).
alter table public.organisations
  add column street_address text
    constraint organisations_street_address_check
    check (street_address is null or (length(btrim(street_address)) between 1 and 300 and street_address !~ '[[:cntrl:]]'));

grant insert (street_address), update (street_address) on public.organisations to authenticated;
