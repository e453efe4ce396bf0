-- Open data: a project's outcomes as a column of the project (a PostgREST computed field), so that
-- the export reads a page of projects with their planned and achieved numbers in one request
-- rather than one call per project. The numbers are public.project_outcomes's, counted in one
-- place, so the export, the project page and the reports agree.
--
-- Runs with the caller's rights: public.project_outcomes answers null for a project the caller
-- may not read, even when called with a row made up by the caller.
create function public.outcomes(project public.projects)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select public.project_outcomes(project.id);
$$;

revoke execute on function public.outcomes(public.projects) from public;
grant execute on function public.outcomes(public.projects) to anon, authenticated;
