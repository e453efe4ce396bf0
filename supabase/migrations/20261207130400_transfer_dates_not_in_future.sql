-- A transfer stage says what has happened ("adopted since"): its dates are not in the future.
-- Refused rather than shown with a label, so that public pages, feeds and open data never state
-- as a fact what has not happened yet. Today means today anywhere on Earth (the last time zone,
-- UTC+14, is the first to reach a date), so nobody is refused their own today.
create function private.check_transfer_dates_not_in_future()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  latest_today date := (now() at time zone 'Etc/GMT-14')::date;
begin
  if (tg_op = 'INSERT' or new.started_on is distinct from old.started_on) and new.started_on > latest_today then
    raise exception 'a transfer does not start in the future' using errcode = '23514', hint = 'transfer_date_in_future';
  end if;
  if (tg_op = 'INSERT' or new.stage_since is distinct from old.stage_since) and new.stage_since > latest_today then
    raise exception 'a transfer stage is not reached in the future' using errcode = '23514', hint = 'transfer_date_in_future';
  end if;
  return new;
end;
$$;

revoke execute on function private.check_transfer_dates_not_in_future() from public;

-- After practice_transfer_checked (triggers run in name order), which fills in the stage's date.
create trigger practice_transfer_dates_not_in_future
  before insert or update on public.practice_transfers
  for each row execute function private.check_transfer_dates_not_in_future();
