-- What the portal tells people about, and how by default: what needs the person's action comes at
-- once, the rest in a daily digest; the weekly "coming up" e-mail only for those who ask for it.
create table public.notification_kinds (
  kind text primary key check (kind ~ '^[a-z_]+$'),
  default_delivery text not null check (default_delivery in ('immediate', 'digest', 'off')),
  -- Whether a daily digest makes sense for it (a calendar invitation is no digest item).
  digestible boolean not null default true,
  position integer not null unique
);

alter table public.notification_kinds enable row level security;

create policy "Anyone signed in reads the kinds of notification"
  on public.notification_kinds for select to authenticated
  using (true);

revoke all on public.notification_kinds from anon, authenticated;
grant select on public.notification_kinds to authenticated;

insert into public.notification_kinds (kind, default_delivery, digestible, position) values
  ('practice_submitted', 'immediate', true, 10),
  ('practice_returned', 'immediate', true, 20),
  ('practice_published', 'digest', true, 30),
  ('proposal_submitted', 'immediate', true, 40),
  ('proposal_decided', 'digest', true, 50),
  ('registration_changed', 'digest', true, 60),
  ('waitlist_place', 'immediate', true, 70),
  ('places_lowered', 'immediate', true, 80),
  ('event_changed', 'immediate', true, 90),
  ('event_created', 'digest', true, 100),
  ('calendar_invitation', 'immediate', false, 110),
  ('registration_deadline', 'immediate', true, 120),
  ('event_reminder', 'immediate', false, 130),
  ('transfer_stage', 'digest', true, 140),
  ('invitation_accepted', 'digest', true, 150),
  ('role_changed', 'immediate', true, 160),
  ('coming_up', 'off', false, 170);
