-- Supabase's linter warns about functions without a fixed search_path (function_search_path_mutable).
-- These four return one value each and are never inlined (a function with a FROM clause is not),
-- so pinning it costs nothing; every name in them, and in the functions they read through, is
-- already schema-qualified, so they read the same.

alter function public.count_organisations(text, text, public.organisation_kind) set search_path = '';
alter function public.count_practices(text, public.practice_theme, text, text, text, text, integer) set search_path = '';
alter function public.count_projects(text, text, public.project_status, integer, text, text, integer) set search_path = '';
alter function public.organisation_countries() set search_path = '';
