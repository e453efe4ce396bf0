-- Saving a submitted text no longer takes it back from review silently (issue 13, item 7).
--
-- Until now any change of a submitted text's content moved it back to draft without a word: an
-- author who saved a typo fix, or whose co-author had submitted the text meanwhile, took it out of
-- the approver's queue without knowing. Now the database refuses such a change (PT409, HTTP 409,
-- hint 'under_review') unless the step says that it withdraws the text, through the
-- transaction-local setting tilts.practice_text_withdraw ('on'), which only save_practice_text
-- below sets. A published text still starts a new draft on its first change: the publication
-- stays in place, so nothing is lost there.
create or replace function private.check_practice_text_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (old.kind = 'original') <> (new.kind = 'original') then
    raise exception 'the original stays the original' using errcode = '23514', hint = 'original_kind';
  end if;
  if (new.title, new.summary, new.context, new.actions, new.resources, new.results, new.lessons, new.transfer, new.kind)
     is distinct from
     (old.title, old.summary, old.context, old.actions, old.resources, old.results, old.lessons, old.transfer, old.kind) then
    new.version := old.version + 1;
    if old.state = 'submitted' and new.state = old.state then
      if coalesce(current_setting('tilts.practice_text_withdraw', true), '') <> 'on' then
        raise exception 'the text is waiting for review; say whether to take it back or to resubmit it'
          using errcode = 'PT409', hint = 'under_review';
      end if;
      new.state := 'draft';
    elsif old.state = 'published' and new.state = old.state then
      new.state := 'draft';
    end if;
  end if;
  new.updated_by := (select auth.uid());
  new.updated_at := now();
  return new;
end;
$$;

-- Saving a text's content over the version the writer saw, saying what happens to a submitted text:
-- withdraw takes it back from review (to draft, even when nothing else changed); without it a
-- submitted text is refused as above. `changes` holds the content columns to change (kind, title,
-- summary and the sections), like a PATCH. Answers the text's version after the save.
create function private.save_practice_text(practice uuid, locale text, seen_version integer, changes jsonb, withdraw boolean)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
  saved public.practice_texts;
begin
  if not private.can_write_practice(practice) then
    raise exception 'not allowed to write this practice' using errcode = '42501';
  end if;
  if jsonb_typeof(coalesce(changes, '{}'::jsonb)) <> 'object' or exists (
    select 1 from jsonb_each(coalesce(changes, '{}'::jsonb)) as c
    where c.key not in ('kind', 'title', 'summary', 'context', 'actions', 'resources', 'results', 'lessons', 'transfer')
      or jsonb_typeof(c.value) <> 'string'
  ) then
    raise exception 'only the text''s content is saved here, as strings' using errcode = '22023';
  end if;
  current := private.locked_practice_text(practice, locale);
  if seen_version is null or current.version <> seen_version then
    raise exception 'the text changed since it was opened' using errcode = 'PT409', hint = 'stale';
  end if;
  perform set_config('tilts.practice_text_withdraw', case when withdraw then 'on' else '' end, true);
  update public.practice_texts as t set
    kind = coalesce(changes ->> 'kind', t.kind),
    title = coalesce(changes ->> 'title', t.title),
    summary = coalesce(changes ->> 'summary', t.summary),
    context = coalesce(changes ->> 'context', t.context),
    actions = coalesce(changes ->> 'actions', t.actions),
    resources = coalesce(changes ->> 'resources', t.resources),
    results = coalesce(changes ->> 'results', t.results),
    lessons = coalesce(changes ->> 'lessons', t.lessons),
    transfer = coalesce(changes ->> 'transfer', t.transfer)
  where t.practice_id = practice and t.locale = current.locale
  returning * into saved;
  perform set_config('tilts.practice_text_withdraw', '', true);
  if withdraw and saved.state = 'submitted' then
    -- Nothing changed, but taking it back was asked for: a step of its own, recorded as a save.
    perform private.step_practice_text(practice, current.locale, 'saved', 'draft', null);
    return saved.version + 1;
  end if;
  return saved.version;
end;
$$;

-- Saving and submitting again in one transaction, so that the approver reviews the latest text and
-- a refused submit (a required section empty, say) leaves the submitted text as it was.
create function private.resubmit_practice_text(practice uuid, locale text, seen_version integer, changes jsonb)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  saved integer;
begin
  saved := private.save_practice_text(practice, locale, seen_version, changes, true);
  if private.submit_practice_text(practice, locale, saved) then
    return saved + 1;
  end if;
  return saved;
end;
$$;

create function public.save_practice_text(practice uuid, locale text, seen_version integer, changes jsonb, withdraw boolean default false)
returns integer language sql security invoker set search_path = ''
as $$ select private.save_practice_text(practice, locale, seen_version, changes, withdraw); $$;

create function public.resubmit_practice_text(practice uuid, locale text, seen_version integer, changes jsonb)
returns integer language sql security invoker set search_path = ''
as $$ select private.resubmit_practice_text(practice, locale, seen_version, changes); $$;

revoke execute on function private.save_practice_text(uuid, text, integer, jsonb, boolean),
  private.resubmit_practice_text(uuid, text, integer, jsonb),
  public.save_practice_text(uuid, text, integer, jsonb, boolean),
  public.resubmit_practice_text(uuid, text, integer, jsonb) from public;
grant execute on function private.save_practice_text(uuid, text, integer, jsonb, boolean),
  private.resubmit_practice_text(uuid, text, integer, jsonb),
  public.save_practice_text(uuid, text, integer, jsonb, boolean),
  public.resubmit_practice_text(uuid, text, integer, jsonb) to authenticated;
