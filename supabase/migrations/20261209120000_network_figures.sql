-- The home page's three figures, kept by the database rather than counted for every reader:
-- published projects, the organisations taking part in them (named ones once each, unnamed
-- partners one by one) and their countries. Counting them for each view read every partnership
-- (hundreds of milliseconds at 10,000 projects); reading one row costs the same at any size.
-- A draft counts for no one, so the figures are the same for every reader.
create table public.network_figures (
  id boolean primary key default true check (id),
  projects integer not null,
  organisations integer not null,
  countries integer not null
);
alter table public.network_figures enable row level security;
revoke all on public.network_figures from anon, authenticated;
grant select on public.network_figures to anon, authenticated;

create policy "The network's figures are public"
  on public.network_figures for select to anon, authenticated
  using (true);

-- Counted again: locks the row first, so concurrent writers count one after the other, each in a
-- snapshot (the next statement's) that sees the one before.
create function private.recount_network()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.network_figures for update;
  with published as (
    select p.id from public.projects as p where p.is_published
  ), named as (
    select distinct o.id, o.country
    from public.project_partners as pp
    join published on published.id = pp.project_id
    join public.organisations as o on o.id = pp.organisation_id
  ), unnamed as (
    select u.country from public.unnamed_partners as u join published on published.id = u.project_id
  )
  update public.network_figures set
    projects = (select count(*) from published),
    organisations = (select count(*) from named) + (select count(*) from unnamed),
    countries = (select count(*) from (select named.country from named union select unnamed.country from unnamed) as c);
end;
$$;

-- Once per transaction that changed what the figures count, when it commits: one count however
-- many rows it wrote, and the row lock taken only then, so a transaction never holds it while it
-- waits for another lock.
create function private.count_network()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if current_setting('tilts.network_counted', true) is distinct from 'yes' then
    perform set_config('tilts.network_counted', 'yes', true);
    perform private.recount_network();
  end if;
  return null;
end;
$$;

revoke execute on function private.recount_network(), private.count_network() from public;

insert into public.network_figures (projects, organisations, countries) values (0, 0, 0);

create constraint trigger count_network after insert or delete or update of is_published on public.projects
  deferrable initially deferred for each row execute function private.count_network();
create constraint trigger count_network after insert or delete or update of project_id, organisation_id on public.project_partners
  deferrable initially deferred for each row execute function private.count_network();
create constraint trigger count_network after insert or delete or update of project_id, country on public.unnamed_partners
  deferrable initially deferred for each row execute function private.count_network();
create constraint trigger count_network after update of country on public.organisations
  deferrable initially deferred for each row execute function private.count_network();

select private.recount_network();
