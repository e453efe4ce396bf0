-- A stage reached in taking a practice over goes to the practice's owners: the admins of the
-- organisation that wrote it, and the person who started it.
create function private.notify_transfer_stage()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  transfer public.practice_transfers;
  practice public.practices;
  payload jsonb;
begin
  select * into transfer from public.practice_transfers as t where t.id = new.transfer_id;
  select * into practice from public.practices as p where p.id = transfer.practice_id;
  payload := jsonb_build_object(
    'slug', practice.slug, 'transfer', transfer.id, 'stage', new.stage, 'actor', private.actor_name(),
    'organisation', (select o.name from public.organisations as o where o.id = transfer.organisation_id),
    'title', coalesce(
      (select t.title from public.practice_texts as t where t.practice_id = practice.id and t.kind = 'original'), practice.slug)
  );
  perform private.notify(owner, 'transfer_stage', payload)
  from (
    select m.user_id as owner from public.organisation_members as m
    where m.organisation_id = practice.organisation_id and m.role = 'admin'
    union
    select practice.created_by
  ) as owners;
  return null;
end;
$$;

revoke execute on function private.notify_transfer_stage() from public;

create trigger notify_transfer_stage
  after insert on public.practice_transfer_stages
  for each row execute function private.notify_transfer_stage();
