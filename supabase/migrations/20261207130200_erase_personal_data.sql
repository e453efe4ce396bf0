-- Deleting an account erases, in the same transaction, what names the person beyond their own
-- rows (which go with the account through their foreign keys):
-- - their registrations for events (matched by their address, or the ones they made of themselves
--   under their own name) keep the place taken but nothing that names them;
-- - e-mails to their address and the address and names in what others are sent about those
--   events (as registered people, attendees, people moved to the waiting list);
-- - failed sign-ins under their address and their one-click opt-outs;
-- - their address (and name) as the contact of a good practice or a project.
-- The audit log keeps the bare id of the account: nothing left links it to a person.
create function private.forget_strings(payload jsonb, strings jsonb, replacement jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  found jsonb;
  written text := payload::text;
begin
  -- Whole JSON strings only (quotes included), never a part of a longer text.
  for found in select value from jsonb_array_elements(strings) loop
    written := replace(written, found::text, replacement::text);
  end loop;
  return written::jsonb;
end;
$$;

create function private.erase_personal_data()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  address jsonb := to_jsonb(old.email);
  names jsonb;
  events text[];
begin
  -- Their registrations: by their address, or the ones they made of themselves under their name.
  -- (A data-modifying WITH runs once, whether or not the query reads it.)
  with theirs as (
    select r.id, r.event_id, r.full_name from public.event_registrations as r
    where r.erased_at is null and r.status <> 'cancelled'
      and (lower(r.email) = old.email
        or (r.registered_by = old.id and lower(btrim(r.full_name)) = lower(btrim(old.display_name))))
  ), erased as (
    update public.event_registrations as r
    set full_name = '—', job_title = null, email = null, arrival = null, departure = null,
      dietary_needs = null, access_needs = null, erased_at = now()
    from theirs where r.id = theirs.id
    returning r.id
  )
  select coalesce(jsonb_agg(distinct to_jsonb(t.full_name)), '[]'), coalesce(array_agg(distinct t.event_id::text), '{}')
  into names, events
  from theirs as t;

  -- E-mails to their address go. In others', their address becomes null and, in those about the
  -- events they were registered for, their name an empty string (the e-mail says "someone").
  delete from public.notifications as n where n.email = old.email;
  update public.notifications as n
  set payload = private.forget_strings(private.forget_strings(n.payload, jsonb_build_array(address), 'null'),
    case when n.payload -> 'event' ->> 'id' = any (events) then names else '[]' end, '""')
  where strpos(n.payload::text, address::text) > 0 or n.payload -> 'event' ->> 'id' = any (events);

  delete from public.sign_in_failures as f where f.email = old.email;
  delete from public.notification_opt_outs as o where o.email = old.email;

  -- A practice's contact: the person when it is their address, or their name on a practice they wrote.
  update public.practices as p
  set contact_name = null,
    contact_email = case when lower(p.contact_email) = old.email then null else p.contact_email end
  where lower(p.contact_email) = old.email
    or (p.created_by = old.id and lower(btrim(p.contact_name)) = lower(btrim(old.display_name)));
  update public.projects as p set contact_email = null where lower(p.contact_email) = old.email;
  return old;
end;
$$;

revoke execute on function private.forget_strings(jsonb, jsonb, jsonb), private.erase_personal_data() from public;

create trigger users_deleted_erase_personal_data
  before delete on public.users
  for each row execute function private.erase_personal_data();
