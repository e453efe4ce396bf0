-- The practices' read policies as conditions on a column and on sets, not a function per row: a
-- practice is public once it has a published language (practices.published_at); its writers'
-- drafts and working copies are found through the reader's organisations and projects, read once
-- per statement. Who sees what is unchanged.

-- The practices the person may write (private.can_write_practice, as a set; platform admins apart),
-- each half read through its own index.
create function private.my_practices()
returns setof uuid
language sql
stable
security definer
rows 10
set search_path = ''
as $$
  select p.id from public.practices as p where p.organisation_id in (select private.my_organisations())
  union
  select p.id from public.practices as p where p.project_id in (select private.my_writing_projects());
$$;

revoke execute on function private.my_practices() from public;
grant execute on function private.my_practices() to anon, authenticated, service_role;

drop policy "Anyone can read published practices" on public.practices;
create policy "Anyone can read published practices"
  on public.practices for select to anon
  using (published_at is not null);

drop policy "Published practices, and drafts to their writers" on public.practices;
create policy "Published practices, and drafts to their writers"
  on public.practices for select to authenticated
  using (
    published_at is not null
    or organisation_id in (select private.my_organisations())
    or project_id in (select private.my_writing_projects())
    or (select private.is_platform_admin())
  );

drop policy "Writers read the working copies" on public.practice_texts;
create policy "Writers read the working copies"
  on public.practice_texts for select to authenticated
  using (practice_id in (select private.my_practices()) or (select private.is_platform_admin()));

drop policy "Writers read a text's history" on public.practice_text_history;
create policy "Writers read a text's history"
  on public.practice_text_history for select to authenticated
  using (practice_id in (select private.my_practices()) or (select private.is_platform_admin()));
