-- A practice text goes to review, or to readers, only with the template's core written (issue 13,
-- item 7): the title, the summary, the problem (context), what was done (actions) and its results.
-- Those are what a reader in another town needs to judge whether to adopt it; resources, lessons
-- and transfer help, but a first write-up can do without them.
--
-- Enforced in submit and publish only, not as a check on the table: drafts are written section by
-- section, and texts submitted or published before this rule (the seed's among them) stay as they
-- are; the rule applies to their next submission or publication.

-- The required sections a text leaves empty, in the template's order. Only white space (line
-- breaks, no-break spaces: what the editor's trim() removes too) counts as empty.
create function private.missing_practice_sections(text_row public.practice_texts)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(s.name order by s.position), '{}')
  from (values (1, 'title', text_row.title), (2, 'summary', text_row.summary), (3, 'context', text_row.context),
    (4, 'actions', text_row.actions), (5, 'results', text_row.results)) as s (position, name, body)
  where coalesce(s.body, '') !~ '[^\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]';
$$;

-- Refuses (23514, hint 'required_sections', the sections' names in the detail) a text that leaves a
-- required section empty.
create function private.require_practice_sections(text_row public.practice_texts)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  missing text[] := private.missing_practice_sections(text_row);
begin
  if cardinality(missing) > 0 then
    raise exception 'required sections are empty: %', array_to_string(missing, ', ')
      using errcode = '23514', hint = 'required_sections', detail = array_to_string(missing, ',');
  end if;
end;
$$;

create or replace function private.submit_practice_text(practice uuid, locale text, seen_version integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_write_practice(practice) then
    raise exception 'not allowed to submit this practice' using errcode = '42501';
  end if;
  current := private.locked_practice_text(practice, locale);
  if current.state = 'submitted' then
    return false;
  end if;
  if current.version <> seen_version then
    raise exception 'the text changed since it was opened' using errcode = 'PT409';
  end if;
  if current.state = 'published' then
    return false;
  end if;
  perform private.require_practice_sections(current);
  perform private.step_practice_text(practice, current.locale, 'submitted', 'submitted', null);
  return true;
end;
$$;

create or replace function private.publish_practice_text(practice uuid, locale text, seen_version integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current public.practice_texts;
begin
  if not private.can_approve_practice(practice) then
    raise exception 'only its approvers can publish a practice' using errcode = '42501';
  end if;
  current := private.locked_practice_text(practice, locale);
  if current.state = 'published' then
    return false;
  end if;
  if current.version <> seen_version then
    raise exception 'the text changed since it was opened' using errcode = 'PT409';
  end if;
  perform private.require_practice_sections(current);
  insert into public.practice_publications as pp (practice_id, locale, kind, title, summary, context, actions, resources,
    results, lessons, transfer, text_version, published_by)
  values (practice, current.locale, current.kind, current.title, current.summary, current.context, current.actions,
    current.resources, current.results, current.lessons, current.transfer, current.version + 1, (select auth.uid()))
  on conflict (practice_id, locale) do update set
    kind = excluded.kind, title = excluded.title, summary = excluded.summary, context = excluded.context,
    actions = excluded.actions, resources = excluded.resources, results = excluded.results, lessons = excluded.lessons,
    transfer = excluded.transfer, text_version = excluded.text_version, published_at = now(),
    published_by = excluded.published_by;
  perform private.step_practice_text(practice, current.locale, 'published', 'published', null);
  return true;
end;
$$;

revoke execute on function private.missing_practice_sections(public.practice_texts),
  private.require_practice_sections(public.practice_texts) from public;
