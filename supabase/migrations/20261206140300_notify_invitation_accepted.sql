-- The inviter learns that the invitation was taken up.
create function private.notify_invitation_accepted()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.accepted_at is not null and old.accepted_at is null then
    perform private.notify(new.invited_by, 'invitation_accepted', jsonb_build_object(
      'person', (select u.display_name from public.users as u where u.id = new.accepted_by),
      'person_id', new.accepted_by,
      'slug', o.slug,
      'organisation', o.name,
      'project_slug', (select p.slug from public.projects as p where p.id = new.project_id)
    ))
    from public.organisations as o where o.id = new.organisation_id;
  end if;
  return null;
end;
$$;

revoke execute on function private.notify_invitation_accepted() from public;

create trigger notify_invitation_accepted
  after update of accepted_at on public.invitations
  for each row execute function private.notify_invitation_accepted();
