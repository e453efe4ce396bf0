-- Demo data for the local stack only: applied once to a new local database, after migrations.
-- Never run against a real Supabase project. Organisations, places and figures are those of the
-- Daugavpils project sheets; personal names and e-mail addresses are fictional placeholders.
-- Every demo account signs in with the password: tilts-demo-2026

-- Organisations ----------------------------------------------------------------------------
insert into public.organisations (id, slug, name, kind, city, country, website, description) values
  ('0a000000-0000-4000-8000-000000000001', 'daugavpils-city-council', 'Daugavpils valstspilsētas pašvaldība',
   'municipality', 'Daugavpils', 'LV', 'https://www.daugavpils.lv',
   '{"lv": {"text": "Daugavpils valstspilsētas pašvaldība īsteno starptautiskus projektus ar partneru pilsētām visā Eiropā.", "status": "original"},
     "en": {"text": "Daugavpils City Council runs international projects with partner towns across Europe.", "status": "reviewed"}}'),
  ('0a000000-0000-4000-8000-000000000002', 'daugavpils-education-board', 'Daugavpils pilsētas Izglītības pārvalde',
   'other', 'Daugavpils', 'LV', null, null),
  ('0a000000-0000-4000-8000-000000000003', 'comune-di-faenza', 'Comune di Faenza',
   'municipality', 'Faenza', 'IT', null, null),
  ('0a000000-0000-4000-8000-000000000004', 'fundacja-centrum-aktywnosci-tworczej', 'Fundacja Centrum Aktywności Twórczej',
   'ngo', 'Leszno', 'PL', null,
   '{"lv": {"text": "Nevalstiska organizācija, kas koordinē Leszno starptautisko brīvprātīgo centru.", "status": "original"},
     "en": {"text": "A non-governmental organisation that coordinates the international volunteer centre of Leszno.", "status": "reviewed"}}'),
  ('0a000000-0000-4000-8000-000000000005', 'centre-culturel-de-jette', 'Centre Culturel de Jette',
   'association', 'Jette', 'BE', null, null),
  ('0a000000-0000-4000-8000-000000000006', 'vanersborg-municipality', 'Vänersborgs kommun',
   'municipality', 'Vänersborg', 'SE', null, null),
  ('0a000000-0000-4000-8000-000000000007', 'torun-city-council', 'Urząd Miasta Torunia',
   'municipality', 'Toruń', 'PL', null, null);

-- Projects (their full content comes with the projects work) ---------------------------------
insert into public.projects (id, slug, acronym, title, status, is_published) values
  ('0b000000-0000-4000-8000-000000000001', 'young-neets', 'Young NEETs',
   '{"lv": {"text": "Tālāk - jauniešiem ir jāveido cerības par Eiropas nākotni", "status": "original"},
     "en": {"text": "Young NEETs shaping EXpectations for The future of Europe", "status": "reviewed"}}', 'closed', true),
  ('0b000000-0000-4000-8000-000000000002', 'small-scale-partnership', null,
   '{"en": {"text": "Small-scale partnership – big step forward", "status": "original"}}', 'settled', true),
  ('0b000000-0000-4000-8000-000000000003', 'solid', 'SOLID',
   '{"lv": {"text": "Vietējās solidaritātes – globālās solidaritātes tīkls", "status": "original"},
     "en": {"text": "Local solidarity – global solidarity Network", "status": "reviewed"}}', 'settled', true),
  ('0b000000-0000-4000-8000-000000000004', 'wir', 'WIR',
   '{"lv": {"text": "Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana", "status": "original"},
     "en": {"text": "Promoting democratic engagement and civic participation", "status": "reviewed"}}', 'settled', true),
  ('0b000000-0000-4000-8000-000000000005', 'hop', 'HOP!',
   '{"lv": {"text": "Atveriet sirdis, cilvēki!", "status": "original"},
     "en": {"text": "Open your hearts, people!", "status": "reviewed"}}', 'settled', true);

insert into public.project_partners (project_id, organisation_id, role) values
  ('0b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000003', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', 'applicant'),
  ('0b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'applicant'),
  ('0b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000004', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000005', 'lead_partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000006', 'lead_partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000007', 'lead_partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 'partner');

-- Demo accounts -------------------------------------------------------------------------------
insert into public.users (id, email, display_name, preferred_locale, time_zone, is_platform_admin) values
  ('0c000000-0000-4000-8000-000000000001', 'admin@tilts.example', 'Platform Admin (demo)', 'en', 'Europe/Riga', true),
  ('0c000000-0000-4000-8000-000000000002', 'coordinator@daugavpils.example', 'Līga Paraudziņa (demo)', 'lv', 'Europe/Riga', false),
  ('0c000000-0000-4000-8000-000000000003', 'editor@faenza.example', 'Marco Bianchetti (demo)', 'en', 'Europe/Rome', false),
  ('0c000000-0000-4000-8000-000000000004', 'editor@leszno.example', 'Agata Wiśniewska (demo)', 'en', 'Europe/Warsaw', false);

insert into public.credentials (user_id, password_hash)
select id, '$argon2id$v=19$m=19456,t=2,p=1$jurROZ+8Cv+mszk+63yv8g$XyGaMYsiyT6r0ZdQzQ97nfsoX5jKD89WfLn0Hg1OwY4'
from public.users;

insert into public.organisation_members (organisation_id, user_id, role) values
  ('0a000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000002', 'admin'),
  ('0a000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000002', 'admin'),
  ('0a000000-0000-4000-8000-000000000003', '0c000000-0000-4000-8000-000000000003', 'admin'),
  ('0a000000-0000-4000-8000-000000000004', '0c000000-0000-4000-8000-000000000004', 'admin');

-- The Daugavpils coordinator coordinates Daugavpils' part in every project; the partner
-- editors write for their own organisations.
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('0b000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000003', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000004', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000005', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000003', 'partner_editor'),
  ('0b000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000004', 'partner_editor');
