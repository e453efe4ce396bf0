-- An organisation keeps at least one admin: nobody removes, demotes or deletes the account of its
-- last one, whoever asks (a member leaving, another admin, a platform admin, the server). The
-- role is handed over first. Only removing the organisation itself takes its last admin with it.
create function private.keep_an_organisation_admin()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  organisation_name text;
begin
  if old.role <> 'admin' or (tg_op = 'UPDATE' and new.role = 'admin') then
    return coalesce(new, old);
  end if;
  -- One change of an organisation's admins at a time, so that two admins removing each other at
  -- once cannot leave it with none.
  perform pg_advisory_xact_lock(hashtext('organisation-admins:' || old.organisation_id::text));
  select o.name into organisation_name from public.organisations as o where o.id = old.organisation_id;
  -- The organisation itself is being removed (its members go with it).
  if organisation_name is null then
    return coalesce(new, old);
  end if;
  if not exists (
    select 1 from public.organisation_members as m
    where m.organisation_id = old.organisation_id and m.role = 'admin' and m.user_id <> old.user_id
  ) then
    raise exception 'an organisation keeps at least one admin'
      using errcode = '23514', hint = 'last_organisation_admin', detail = organisation_name;
  end if;
  return coalesce(new, old);
end;
$$;

revoke execute on function private.keep_an_organisation_admin() from public;

create trigger organisation_keeps_an_admin
  before update of role or delete on public.organisation_members
  for each row execute function private.keep_an_organisation_admin();
