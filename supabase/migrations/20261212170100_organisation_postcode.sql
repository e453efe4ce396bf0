-- An organisation's postcode, beside its street address and city. European postcodes are letters,
-- digits, spaces and hyphens ("LV-5401", "48018", "64-100", "D02 X285"): 3 to 12 of them.
alter table public.organisations
  add column postcode text
    constraint organisations_postcode_check
    check (postcode is null or postcode ~ '^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$');

grant insert (postcode), update (postcode) on public.organisations to authenticated;
