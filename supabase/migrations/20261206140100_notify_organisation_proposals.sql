-- A proposed change to an organisation's details goes to its admins; their decision goes back to
-- the member who proposed it.
create function private.notify_organisation_proposal()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  organisation public.organisations;
  payload jsonb;
begin
  select * into organisation from public.organisations as o where o.id = new.organisation_id;
  payload := jsonb_build_object('slug', organisation.slug, 'organisation', organisation.name, 'actor', private.actor_name());
  if tg_op = 'INSERT' then
    perform private.notify(m.user_id, 'proposal_submitted', payload)
    from public.organisation_members as m
    where m.organisation_id = new.organisation_id and m.role = 'admin';
  elsif new.status is distinct from old.status and new.status in ('accepted', 'declined') then
    perform private.notify(new.proposed_by, 'proposal_decided', payload || jsonb_build_object('accepted', new.status = 'accepted'));
  end if;
  return null;
end;
$$;

revoke execute on function private.notify_organisation_proposal() from public;

create trigger notify_organisation_proposals
  after insert or update of status on public.organisation_proposals
  for each row execute function private.notify_organisation_proposal();
