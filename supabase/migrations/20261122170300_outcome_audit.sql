-- Outcome changes in the audit log, and moving results and press items up and down.
--
-- Funders ask where a figure came from and who changed it: an indicator's achieved value, its
-- evidence or how it is measured changing, and results and press items added, changed or removed,
-- are recorded by the database itself, whoever makes them, with the old and the new value.
-- Reordering is not recorded: it changes no content.

-- The fields of a row that differ between two versions of it, as {"from": {...}, "to": {...}};
-- null when none does.
create function private.audit_changes(before jsonb, after jsonb, fields text[])
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when count(*) > 0 then jsonb_build_object(
    'from', jsonb_object_agg(f.name, before -> f.name),
    'to', jsonb_object_agg(f.name, after -> f.name)
  ) end
  from unnest(fields) as f (name)
  where (before -> f.name) is distinct from (after -> f.name);
$$;

create function private.audit_indicator_achieved()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb := private.audit_changes(to_jsonb(old), to_jsonb(new), array['source', 'achieved', 'evidence', 'evidence_url']);
begin
  if changes is not null then
    perform private.audit('indicator.achieved_changed', 'project', new.project_id::text,
      jsonb_build_object('indicator_id', new.id, 'code', new.code, 'organisation_id', new.organisation_id) || changes);
  end if;
  return null;
end;
$$;

create trigger audit_indicator_achieved
  after update of source, achieved, evidence, evidence_url on public.project_indicators
  for each row execute function private.audit_indicator_achieved();

create function private.audit_project_result()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  if tg_op = 'INSERT' then
    perform private.audit('result.added', 'project', new.project_id::text,
      jsonb_build_object('result_id', new.id, 'statement', new.statement));
  elsif tg_op = 'UPDATE' then
    changes := private.audit_changes(to_jsonb(old), to_jsonb(new), array['statement']);
    if changes is not null then
      perform private.audit('result.changed', 'project', new.project_id::text,
        jsonb_build_object('result_id', new.id) || changes);
    end if;
  else
    perform private.audit('result.removed', 'project', old.project_id::text,
      jsonb_build_object('result_id', old.id, 'statement', old.statement));
  end if;
  return null;
end;
$$;

create trigger audit_project_results
  after insert or update or delete on public.project_results
  for each row execute function private.audit_project_result();

create function private.audit_press_item()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  if tg_op = 'INSERT' then
    perform private.audit('press_item.added', 'project', new.project_id::text,
      jsonb_build_object('press_item_id', new.id, 'kind', new.kind, 'title', new.title, 'published_on', new.published_on, 'url', new.url));
  elsif tg_op = 'UPDATE' then
    changes := private.audit_changes(to_jsonb(old), to_jsonb(new), array['kind', 'title', 'published_on', 'body', 'url']);
    if changes is not null then
      -- The title as it is now, so that an entry that changes only the text still names the item.
      perform private.audit('press_item.changed', 'project', new.project_id::text,
        jsonb_build_object('press_item_id', new.id, 'title', new.title) || changes);
    end if;
  else
    perform private.audit('press_item.removed', 'project', old.project_id::text,
      jsonb_build_object('press_item_id', old.id, 'kind', old.kind, 'title', old.title, 'published_on', old.published_on, 'url', old.url));
  end if;
  return null;
end;
$$;

create trigger audit_press_items
  after insert or update or delete on public.press_items
  for each row execute function private.audit_press_item();

revoke execute on function private.audit_changes(jsonb, jsonb, text[]), private.audit_indicator_achieved(),
  private.audit_project_result(), private.audit_press_item() from public;

-- Moving one place up or down ----------------------------------------------------------------
--
-- Results are listed by position; press items newest first, and by position among those of the
-- same date (the undated ones, mostly). A move swaps an item with its neighbour in that order and
-- numbers the group afresh, so that equal positions (rows added at once) cannot make it a no-op.
-- Both run with the caller's rights: locking the rows applies the policies for changing them, so
-- someone who may not change them finds nothing to move (false).

-- The order with one item swapped with its neighbour up (-1) or down (1); null when there is none.
create function private.swap_with_neighbour(ordered uuid[], item uuid, direction integer)
returns uuid[]
language plpgsql
immutable
set search_path = ''
as $$
declare
  here integer := array_position(ordered, item);
begin
  if direction is null or direction not in (-1, 1) then
    raise exception 'an item moves one place up or down' using errcode = '22023';
  end if;
  if here is null or here + direction < 1 or here + direction > cardinality(ordered) then
    return null;
  end if;
  ordered[here] := ordered[here + direction];
  ordered[here + direction] := item;
  return ordered;
end;
$$;

create function public.move_project_result(result uuid, direction integer)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  project uuid;
  ordered uuid[];
begin
  select r.project_id into project from public.project_results as r where r.id = result;
  -- The whole list is locked at once, always in the same order, so that two people moving rows of
  -- one list wait for each other instead of deadlocking.
  perform from public.project_results as x where x.project_id = project order by x.id for update;
  -- Read for update too: row level security then leaves out the rows the caller may not change.
  select private.swap_with_neighbour(array_agg(r.id order by r.position, r.created_at, r.id), result, direction) into ordered
  from (select x.* from public.project_results as x where x.project_id = project for update) as r;
  if ordered is null then
    return false;
  end if;
  update public.project_results as r set position = o.n::smallint
  from unnest(ordered) with ordinality as o (id, n)
  where r.id = o.id and r.position <> o.n;
  return true;
end;
$$;

create function public.move_press_item(item uuid, direction integer)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  moved public.press_items;
  ordered uuid[];
begin
  -- The project's whole list is locked at once, always in the same order (see move_project_result).
  perform from public.press_items as x
  where x.project_id = (select p.project_id from public.press_items as p where p.id = item)
  order by x.id for update;
  select p.* into moved from public.press_items as p where p.id = item for update;
  select private.swap_with_neighbour(array_agg(p.id order by p.position, p.created_at, p.id), item, direction) into ordered
  from (
    select x.* from public.press_items as x
    where x.project_id = moved.project_id and x.published_on is not distinct from moved.published_on
    for update
  ) as p;
  if ordered is null then
    return false;
  end if;
  update public.press_items as p set position = o.n::smallint
  from unnest(ordered) with ordinality as o (id, n)
  where p.id = o.id and p.position <> o.n;
  return true;
end;
$$;

revoke execute on function private.swap_with_neighbour(uuid[], uuid, integer) from public;
grant execute on function private.swap_with_neighbour(uuid[], uuid, integer) to authenticated;
revoke execute on function public.move_project_result(uuid, integer), public.move_press_item(uuid, integer) from public;
grant execute on function public.move_project_result(uuid, integer), public.move_press_item(uuid, integer) to authenticated;

-- Deleting the account that entered an achieved value must clear achieved_by (its foreign key says
-- "on delete set null"), but the stamp kept the old value on any update that left the figure as it
-- was, so the deleted person's id stayed behind. The foreign key's own update runs inside its
-- trigger: only there is achieved_by cleared without a change of the figure.
create or replace function private.stamp_indicator_achieved()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.achieved is not null then
      new.achieved_by := (select auth.uid());
      new.achieved_at := now();
    else
      new.achieved_by := null;
      new.achieved_at := null;
    end if;
  elsif (new.achieved, new.evidence, new.evidence_url, new.source) is distinct from (old.achieved, old.evidence, old.evidence_url, old.source) then
    new.achieved_by := case when new.achieved is null then null else (select auth.uid()) end;
    new.achieved_at := case when new.achieved is null then null else now() end;
  elsif new.achieved_by is null and pg_trigger_depth() > 1 then
    new.achieved_at := old.achieved_at;
  else
    new.achieved_by := old.achieved_by;
    new.achieved_at := old.achieved_at;
  end if;
  return new;
end;
$$;
