-- A policy `for all` applies to reading too: each of these added its editors' check, a function
-- call per row, to every read of the table, although those it lets in read the rows anyway through
-- the table's read policy (a project's coordinators are its members; an event's editors are in its
-- partnership; platform admins read everything). Each becomes the same policy for adding,
-- changing and removing rows, and reading is left to the read policy alone.
do $$
declare
  p record;
begin
  for p in
    select tablename, policyname, qual, with_check from pg_policies
    where schemaname = 'public' and cmd = 'ALL'
      and tablename in ('unnamed_partners', 'project_budgets', 'budget_payments', 'project_indicators',
                        'event_links', 'event_sessions', 'event_delegations')
  loop
    execute format('drop policy %I on public.%I', p.policyname, p.tablename);
    execute format('create policy %I on public.%I for insert to authenticated with check (%s)',
      p.policyname || ': adding', p.tablename, p.with_check);
    execute format('create policy %I on public.%I for update to authenticated using (%s) with check (%s)',
      p.policyname || ': changing', p.tablename, p.qual, p.with_check);
    execute format('create policy %I on public.%I for delete to authenticated using (%s)',
      p.policyname || ': removing', p.tablename, p.qual);
  end loop;
end;
$$;
