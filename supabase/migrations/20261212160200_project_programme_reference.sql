-- A project's programme is now a row of public.programmes. The codes recorded so far are kept:
-- europe_for_citizens and cerv are programmes of the list; erasmus_plus_youth named Erasmus+ with
-- its youth field, and becomes Erasmus+ (the key action stays in the project's strand text, as
-- the records give it). A code the list does not know becomes "other", never a lost programme.

update public.projects set programme = 'erasmus_plus' where programme = 'erasmus_plus_youth';
update public.projects set programme = 'other'
  where programme is not null and programme not in (select code from public.programmes);

alter table public.projects
  add constraint projects_programme_fkey foreign key (programme) references public.programmes (code);

create index projects_programme_idx on public.projects (programme);
