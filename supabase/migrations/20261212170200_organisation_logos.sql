-- An organisation's logo, as web-sized renditions of the uploaded image (src/lib/server/files.ts
-- makes them): 'web' fits in 1600 x 1600 pixels, 'thumb' in 400 x 400, both WebP, upright and
-- without any metadata. The uploaded file itself is not kept: a logo is only ever shown, and the
-- renditions carry nothing of the original but its pixels.
--
-- Exactly as readable as the organisation it belongs to (today every organisation is public);
-- written and removed by whoever may edit the organisation: its admins and platform admins.

create table public.organisation_logos (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text not null check (name in ('web', 'thumb')),
  content_type text not null check (content_type = 'image/webp'),
  bytes bytea not null,
  byte_size integer generated always as (octet_length(bytes)) stored
    constraint organisation_logos_size_limit check (byte_size between 1 and 4194304),
  width integer not null,
  height integer not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, name),
  constraint organisation_logos_fit check (
    width >= 1 and height >= 1 and greatest(width, height) <= case name when 'web' then 1600 else 400 end
  )
);

alter table public.organisation_logos enable row level security;

-- The subquery runs under the organisations' own policy.
create policy "Logos of readable organisations"
  on public.organisation_logos for select to anon, authenticated
  using (exists (select 1 from public.organisations as o where o.id = organisation_id));

create policy "Organisation admins and platform admins add a logo"
  on public.organisation_logos for insert to authenticated
  with check ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id));

create policy "Organisation admins and platform admins remove a logo"
  on public.organisation_logos for delete to authenticated
  using ((select private.is_platform_admin()) or private.is_organisation_admin(organisation_id));

-- Never changed in place: a new logo replaces the renditions of the old one.
revoke all on public.organisation_logos from anon, authenticated;
grant select on public.organisation_logos to anon, authenticated;
-- Never the size (computed from the bytes) or the time (the database's).
grant insert (organisation_id, name, content_type, bytes, width, height) on public.organisation_logos to authenticated;
grant delete on public.organisation_logos to authenticated;

-- Replaces the organisation's logo with these renditions ([{name, content_type, bytes, width,
-- height}], bytes as bytea's hex text): all of them or, on any refusal (rights, size, fit),
-- nothing, and the old logo stays. With the caller's rights: the policies decide every row.
create function public.save_organisation_logo(organisation uuid, renditions jsonb)
returns void
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  delete from public.organisation_logos as l where l.organisation_id = save_organisation_logo.organisation;
  insert into public.organisation_logos (organisation_id, name, content_type, bytes, width, height)
  select save_organisation_logo.organisation, r.name, r.content_type, r.bytes, r.width, r.height
  from jsonb_to_recordset(save_organisation_logo.renditions) as r(name text, content_type text, bytes bytea, width integer, height integer);
  if not found then
    -- Nothing written (no renditions, or not the caller's to write): the old logo stays.
    raise exception 'the logo was not saved' using errcode = '42501';
  end if;
end;
$$;

revoke execute on function public.save_organisation_logo(uuid, jsonb) from public;
grant execute on function public.save_organisation_logo(uuid, jsonb) to authenticated;

-- A rendition's raw bytes ('web' or 'thumb'), with the caller's rights: one the caller may not read
-- is simply not found.
create function public.organisation_logo_bytes(organisation uuid, size text)
returns public."application/octet-stream"
language sql
stable
security invoker
set search_path = ''
as $$
  select l.bytes from public.organisation_logos as l where l.organisation_id = organisation and l.name = size;
$$;

revoke execute on function public.organisation_logo_bytes(uuid, text) from public;
grant execute on function public.organisation_logo_bytes(uuid, text) to anon, authenticated;
