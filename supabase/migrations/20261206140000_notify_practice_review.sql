-- A good-practice text's review steps tell the people who act next: submitted → its approvers
-- (the project's coordinators, or the organisation's admins for a practice without a project);
-- returned or published → its author (who submitted it last). Written from the text's history,
-- in the same transaction as the step.
create function private.notify_practice_review()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  practice public.practices;
  payload jsonb;
  author uuid;
begin
  if new.action not in ('submitted', 'returned', 'published') then
    return null;
  end if;
  select * into practice from public.practices as p where p.id = new.practice_id;
  payload := jsonb_build_object('slug', practice.slug, 'title', new.title, 'locale', new.locale,
    'actor', private.actor_name(), 'comment', new.comment);
  if new.action = 'submitted' then
    perform private.notify(approver, 'practice_submitted', payload)
    from (
      select m.user_id as approver from public.project_members as m
      where practice.project_id is not null and m.project_id = practice.project_id and m.role = 'coordinator'
      union
      select m.user_id from public.organisation_members as m
      where practice.project_id is null and m.organisation_id = practice.organisation_id and m.role = 'admin'
    ) as approvers;
  else
    select h.changed_by into author from public.practice_text_history as h
    where h.practice_id = new.practice_id and h.locale = new.locale and h.action = 'submitted' and h.id < new.id
    order by h.id desc limit 1;
    perform private.notify(coalesce(author, practice.created_by),
      case when new.action = 'returned' then 'practice_returned' else 'practice_published' end, payload);
  end if;
  return null;
end;
$$;

revoke execute on function private.notify_practice_review() from public;

create trigger notify_practice_review
  after insert on public.practice_text_history
  for each row execute function private.notify_practice_review();
