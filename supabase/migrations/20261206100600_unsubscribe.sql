-- One-click unsubscribe (RFC 8058): the server checks the link's signature, then stops that kind
-- for the person (or the address without an account). No one is signed in when a mail program
-- follows the link, so this runs as the service role; it is audited like other account changes.
-- The pseudo-kind 'digest' stops everything the person takes as a daily digest.
create function public.unsubscribe(person uuid, address text, kind text)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if kind <> 'digest' and not exists (select 1 from public.notification_kinds as k where k.kind = unsubscribe.kind) then
    return false;
  end if;
  if person is not null then
    if not exists (select 1 from public.users as u where u.id = person) then
      return false;
    end if;
    insert into public.notification_preferences as p (user_id, kind, delivery)
    select person, k.kind, 'off' from public.notification_kinds as k
    where k.kind = unsubscribe.kind
      or (unsubscribe.kind = 'digest' and coalesce(
        (select x.delivery from public.notification_preferences as x where x.user_id = person and x.kind = k.kind),
        k.default_delivery) = 'digest')
    on conflict on constraint notification_preferences_pkey do update set delivery = 'off', updated_at = now();
    -- Digest items already queued of the kinds now off are not sent either.
    delete from public.notifications as n
    where n.recipient_id = person and n.status = 'pending'
      and n.kind in (select p.kind from public.notification_preferences as p where p.user_id = person and p.delivery = 'off');
    insert into public.audit_log (actor_id, action, subject_type, subject_id, details)
    values (person, 'notifications.unsubscribed', 'user', person::text, jsonb_build_object('kind', kind));
  elsif address is not null and kind <> 'digest' then
    insert into public.notification_opt_outs (email, kind) values (lower(address), kind)
    on conflict do nothing;
    delete from public.notifications as n
    where n.email = lower(address) and n.kind = unsubscribe.kind and n.status = 'pending';
  else
    return false;
  end if;
  return true;
end;
$$;

revoke execute on function public.unsubscribe(uuid, text, text) from public, anon, authenticated;
grant execute on function public.unsubscribe(uuid, text, text) to service_role;
