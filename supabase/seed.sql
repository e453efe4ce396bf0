-- Demo data for the local stack only: applied once to a new local database, after migrations.
-- Never run against a real Supabase project. Organisations, places and figures are those of the
-- Daugavpils project sheets; personal names and e-mail addresses are fictional placeholders.
-- Every demo account signs in with the password: tilts-demo-2026

-- One transaction, so that a refusal leaves nothing even where the client goes on after an error
-- (psql -f without ON_ERROR_STOP): every later statement then fails and the closing commit rolls back.
begin;

-- Demo accounts with a published password must never reach a real project (`supabase db reset
-- --linked`, `psql -f` on the wrong connection string). Only the local stack starts PostgreSQL
-- with tilts.local_stack=on (stack/postgres.ts); a Supabase project never has it.
do $$
begin
  if current_setting('tilts.local_stack', true) is distinct from 'on' then
    raise exception 'supabase/seed.sql refused: this database is not the local stack''s (tilts.local_stack is not on). The seed creates demo accounts with a published password and runs only on the local stack; nothing was written.'
      using hint = 'Apply migrations alone to a real project: npm run db:migrate, or supabase db push.';
  end if;
end
$$;

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

-- Partners named in the project sheets (SOLID 002_, WIR 003_, HOP! 004_), each once, with its own
-- name in its own language where the sheet makes the organisation unambiguous, else the name as the
-- sheet writes it (the Latvian forms of the sheets are kept as Latvian translations, below). Kinds follow the sheets; 'other'
-- where a sheet does not say what the organisation is.
insert into public.organisations (id, slug, name, kind, city, country, website, description) values
  ('0a000000-0000-4000-8000-000000000008', 'bulgarian-centre-for-lll', 'Bulgarian Centre for LLL',
   'other', null, 'BG', null, null),
  ('0a000000-0000-4000-8000-000000000009', 'szodliget', 'Sződliget',
   'municipality', 'Sződliget', 'HU', null, null),
  ('0a000000-0000-4000-8000-00000000000a', 'municipality-of-alimos', 'Municipality of Alimos',
   'municipality', 'Alimos', 'GR', null, null),
  ('0a000000-0000-4000-8000-00000000000b', 'ekolor', 'EKOLOR',
   'other', 'Indjija', 'RS', null, null),
  ('0a000000-0000-4000-8000-00000000000c', 'male-dvorniky', 'Male Dvorniky',
   'municipality', 'Male Dvorniky', 'SK', null, null),
  ('0a000000-0000-4000-8000-00000000000d', 'fattoria-pugliese-diffusa', 'Fattoria Pugliese Diffusa',
   'other', null, 'IT', null, null),
  ('0a000000-0000-4000-8000-00000000000e', 'mogila-municipality', 'Mogila Municipality',
   'municipality', 'Mogila', 'MK', null, null),
  ('0a000000-0000-4000-8000-00000000000f', 'municipality-of-kavadarci', 'Municipality of Kavadarci',
   'municipality', 'Kavadarci', 'MK', null, null),
  ('0a000000-0000-4000-8000-000000000010', 'gmina-dabrowa', 'Gmina Dąbrowa',
   'municipality', 'Dąbrowa', 'PL', null, null),
  ('0a000000-0000-4000-8000-000000000011', 'mancomunidad-de-la-ribera-alta', 'Mancomunidad de la Ribera Alta',
   'other', null, 'ES', null, null),
  ('0a000000-0000-4000-8000-000000000012', 'asociatia-european-academy', 'Asociatia European Academy',
   'association', null, 'RO', null, null),
  ('0a000000-0000-4000-8000-000000000013', 'collecchio-municipality', 'Comune di Collecchio',
   'municipality', 'Collecchio', 'IT', null, null),
  ('0a000000-0000-4000-8000-000000000014', 'verein-fur-sozialpravention-und-gemeinwesenarbeit', 'Verein für sozialprävention und gemeinwesenarbeit',
   'association', 'Linz', 'AT', null, '{"lv": {"text": "Sociālās aprūpes un sabiedrisko darbu asociācija.", "status": "original"},
     "en": {"text": "Association for social care and community work.", "status": "reviewed"}}'),
  ('0a000000-0000-4000-8000-000000000015', 'landkreis-kassel', 'Landkreis Kassel',
   'municipality', 'Kassel', 'DE', null, null),
  ('0a000000-0000-4000-8000-000000000016', 'university-of-alicante', 'Universidad de Alicante',
   'university', 'Alicante', 'ES', null, null),
  ('0a000000-0000-4000-8000-000000000017', 'etela-pohjanmaan-nuorisoseurat', 'Etela-Pohjanmaan Nuorisoseurary',
   'association', 'Seinäjoki', 'FI', null, null),
  ('0a000000-0000-4000-8000-000000000018', 'ravenna-municipality', 'Comune di Ravenna',
   'municipality', 'Ravenna', 'IT', null, null),
  ('0a000000-0000-4000-8000-000000000019', 'landkreis-offenbach', 'Landkreis Offenbach',
   'municipality', 'Dietzenbach', 'DE', null, null),
  ('0a000000-0000-4000-8000-00000000001a', 'sweden-emilia-romagna-network', 'Sweden Emilia – Romagna Network Associazione',
   'association', 'Bologna', 'IT', null, null),
  ('0a000000-0000-4000-8000-00000000001b', 'gottingen', 'Stadt Göttingen',
   'municipality', 'Göttingen', 'DE', null, null),
  ('0a000000-0000-4000-8000-00000000001c', 'kaunas', 'Kauno miesto savivaldybė',
   'municipality', 'Kaunas', 'LT', null, null),
  ('0a000000-0000-4000-8000-00000000001d', 'klaipeda', 'Klaipėdos miesto savivaldybė',
   'municipality', 'Klaipėda', 'LT', null, null),
  ('0a000000-0000-4000-8000-00000000001e', 'modern-art-centre', 'Modernās mākslas centrs',
   'other', null, 'PL', null, null),
  ('0a000000-0000-4000-8000-00000000001f', 'nicolaus-copernicus-university-careers-service', 'Careers Service (Nicolaus Copernicus Universitāte)',
   'university', null, 'PL', null, null);

-- The language each name is written in (those not named here are Latvian), and the forms the sheets
-- give in other languages: a Latvian page shows the sheets' Latvian forms, other pages the
-- organisation's own name (or a translation the sheet gives, such as Toruń's English one).
update public.organisations as o set name_lang = v.lang
from (values
  ('0a000000-0000-4000-8000-000000000003', 'it'), ('0a000000-0000-4000-8000-000000000004', 'pl'),
  ('0a000000-0000-4000-8000-000000000005', 'fr'), ('0a000000-0000-4000-8000-000000000006', 'sv'),
  ('0a000000-0000-4000-8000-000000000007', 'pl'), ('0a000000-0000-4000-8000-000000000008', 'en'),
  ('0a000000-0000-4000-8000-000000000009', 'hu'), ('0a000000-0000-4000-8000-00000000000a', 'en'),
  ('0a000000-0000-4000-8000-00000000000b', 'sr'), ('0a000000-0000-4000-8000-00000000000c', 'sk'),
  ('0a000000-0000-4000-8000-00000000000d', 'it'), ('0a000000-0000-4000-8000-00000000000e', 'en'),
  ('0a000000-0000-4000-8000-00000000000f', 'en'), ('0a000000-0000-4000-8000-000000000010', 'pl'),
  ('0a000000-0000-4000-8000-000000000011', 'es'), ('0a000000-0000-4000-8000-000000000012', 'ro'),
  ('0a000000-0000-4000-8000-000000000013', 'it'), ('0a000000-0000-4000-8000-000000000014', 'de'),
  ('0a000000-0000-4000-8000-000000000015', 'de'), ('0a000000-0000-4000-8000-000000000016', 'es'),
  ('0a000000-0000-4000-8000-000000000017', 'fi'), ('0a000000-0000-4000-8000-000000000018', 'it'),
  ('0a000000-0000-4000-8000-000000000019', 'de'), ('0a000000-0000-4000-8000-00000000001a', 'it'),
  ('0a000000-0000-4000-8000-00000000001b', 'de'), ('0a000000-0000-4000-8000-00000000001c', 'lt'),
  ('0a000000-0000-4000-8000-00000000001d', 'lt')
) as v(id, lang)
where o.id = v.id::uuid;

insert into public.organisation_name_translations (organisation_id, locale, name) values
  ('0a000000-0000-4000-8000-000000000005', 'lv', 'Jette kultūras centrs'),
  ('0a000000-0000-4000-8000-000000000006', 'lv', 'Vanersborg pašvaldība'),
  ('0a000000-0000-4000-8000-000000000007', 'lv', 'Toruņas pilsētas pašvaldība'),
  ('0a000000-0000-4000-8000-000000000007', 'en', 'Municipal Government Administration of the City of Torun'),
  ('0a000000-0000-4000-8000-000000000013', 'lv', 'Collecchio pašvaldība'),
  ('0a000000-0000-4000-8000-000000000016', 'lv', 'Alikantes Universitāte'),
  ('0a000000-0000-4000-8000-000000000018', 'lv', 'Ravennas pašvaldība'),
  ('0a000000-0000-4000-8000-00000000001b', 'lv', 'Gotingena'),
  ('0a000000-0000-4000-8000-00000000001c', 'lv', 'Kauņa'),
  ('0a000000-0000-4000-8000-00000000001d', 'lv', 'Klaipēda');

-- The Education Board runs Young NEETs for the city: it is a unit of the City Council, whose
-- network overview therefore counts that project too.
update public.organisations set parent_id = '0a000000-0000-4000-8000-000000000001'
where id = '0a000000-0000-4000-8000-000000000002';

-- Projects ----------------------------------------------------------------------------------
-- (Mobility events and press releases come with their own work.)
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

-- A fictional project, apart from the five of the sheets, to hold the demo meeting with its agenda
-- and registrations: the real projects show only what their sheets say.
insert into public.projects (id, slug, acronym, title, summary, status, is_published) values
  ('0b000000-0000-4000-8000-000000000006', 'demo-project', 'DEMO',
   '{"lv": {"text": "Demonstrācijas projekts (izdomāts)", "status": "original"},
     "en": {"text": "Demo project (fictional)", "status": "reviewed"}}',
   '{"lv": {"text": "Izdomāts projekts portāla izmēģināšanai: tā tikšanās, darba kārtība un reģistrācijas ir demonstrācijas dati, nevis kāda reāla projekta pieraksts.", "status": "original"},
     "en": {"text": "A fictional project for trying the portal: its meeting, agenda and registrations are demo data, not a record of any real project.", "status": "reviewed"}}',
   'closed', true);

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
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 'partner'),
  ('0b000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000002', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000003', 'partner');

-- The other partners of SOLID (12 partners besides the lead), WIR (9 besides the lead) and HOP! (6 besides the lead).
insert into public.project_partners (project_id, organisation_id, role) values
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000008', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000009', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000a', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000b', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000c', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000d', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000e', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-00000000000f', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000010', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000011', 'partner'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000012', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000013', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000014', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000015', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000016', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000017', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000018', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000019', 'partner'),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-00000000001a', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000001b', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000001c', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000001d', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000001e', 'partner'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000001f', 'partner');

-- Young NEETs: 7 partners in 7 EU countries; the sheet names only Faenza (coordinator) and the Daugavpils
-- applicant, and where the other partners meet (Poland, Cyprus, Malta, Portugal, Germany).
insert into public.unnamed_partners (project_id, country, role) values
  ('0b000000-0000-4000-8000-000000000001', 'PL', 'partner'),
  ('0b000000-0000-4000-8000-000000000001', 'CY', 'partner'),
  ('0b000000-0000-4000-8000-000000000001', 'MT', 'partner'),
  ('0b000000-0000-4000-8000-000000000001', 'PT', 'partner'),
  ('0b000000-0000-4000-8000-000000000001', 'DE', 'partner');

-- Project content from the sheets: texts in Latvian (original) with reviewed English; personal names,
-- phone numbers and e-mail addresses of the sheets replaced with placeholders.
-- Young NEETs (000_)
update public.projects set
  programme = 'cerv',
  call_reference = 'CERV-2023-CITIZENS-TOWN-NT',
  grant_reference = '101138336',
  start_date = '2024-01-01',
  end_date = '2025-12-31',
  dates_precision = 'day',
  summary =
   '{"lv": {"text": "Projekta idejas sākums bija kopīgais “Eiropa pilsoņiem” finansētais projekts, kas lika turpināt sadarbību šajā projektā, piesaistot arī citus partnerus. Arī šoreiz projekta koordinatori ir Faenzas pašvaldība Itālijā. Projektā ir iesaistīti 7 partneri no 7 ES valstīm, un tajā ir paredzēti vairāki starptautiski pasākumi (tiešsaistē un mobilitātes), kas kombinēsies ar aktivitātēm un semināriem vietējā līmenī. Projektā plānots iesaistīt kopumā 1555 tiešus dalībniekus starpvalstu līmenī un aptuveni 3700 netiešos dalībniekus: galvenokārt jaunieši, politiķi, skolotāji, jauniešu biedrības, apvienības.", "status": "original"},
     "en": {"text": "The project grew out of a joint project funded by “Europe for Citizens”, which led the partners to continue their cooperation in this project and to bring in other partners as well. Again the project is coordinated by the Municipality of Faenza in Italy. The project involves 7 partners from 7 EU countries and plans several international events (online and mobilities), combined with activities and seminars at local level. In all, the project plans to involve 1555 direct participants at transnational level and about 3700 indirect participants: mainly young people, politicians, teachers, youth associations and organisations.", "status": "reviewed"}}',
  objectives =
   '{"lv": {"text": "Izveidot labi strukturētu dialogu starp jauniešiem un vietējām varas iestādēm. Projekta laikā mēģināsim saprast, kuri ir tie rīki, kas var stimulēt jauniešu izaugsmi, veicināt to iespējas, nodarbinātību vietējā un ES līmenī. Projekta ideju pamatā būs padziļināta Eiropas vērtību un demokrātijas principu īstenošana.\n\nKonkrētie mērķi:\n- radīt drošu sanāksmju vietu jauniešiem, kur atklāties un dalīties savās idejās par savu nākotni, meklēt palīdzību;\n- rosināt diskusijas un līdz ar to zināšanas par svarīgām un aktuālām tēmām;\n- veicināt radošu pieeju katrā starpvalstu darbnīcā, izvērtējot, kā cilvēki var radīt jaunas darba vietas vai rast iedvesmu apmācībām;\n- pilnveidot pašvaldību un asociāciju spējas risināt jauniešu cerības un vajadzības;\n- veicināt jauniešu interesi par zinātni, savas valsts kultūras mantojumu;\n- analizēt situāciju par dzimumu līdztiesību un, plašākā nozīmē, par vienlīdzīgām iespējām jaunajai paaudzei.", "status": "original"},
     "en": {"text": "To build a well-structured dialogue between young people and local authorities. During the project we will try to understand which tools can stimulate young people’s growth and foster their opportunities and employment at local and EU level. The project’s ideas will rest on putting European values and the principles of democracy into practice in depth.\n\nSpecific objectives:\n- create a safe meeting place for young people where they can open up, share their ideas about their future and seek help;\n- stimulate discussion, and with it knowledge, of important and topical issues;\n- encourage a creative approach in every transnational workshop, looking at how people can create new jobs or find inspiration for training;\n- strengthen the capacity of municipalities and associations to address young people’s expectations and needs;\n- foster young people’s interest in science and in their country’s cultural heritage;\n- analyse the situation of gender equality and, more broadly, of equal opportunities for the young generation.", "status": "reviewed"}}',
  target_groups =
   '{"lv": {"text": "Projektā tiks iesaistītas tieši 30 personas (mobilitātēs): gan pašvaldības izglītības jomas darbinieki, gan jaunieši. Projektā iesaistītās personas piedalīsies nodarbībās un sanāksmēs Itālijā, Polijā, Kiprā, Maltā, Portugālē, Vācijā.", "status": "original"},
     "en": {"text": "30 persons will take part directly (in mobilities): both municipal education staff and young people. They will take part in sessions and meetings in Italy, Poland, Cyprus, Malta, Portugal and Germany.", "status": "reviewed"}}',
  activities =
   '{"lv": {"text": "- Iegūto kompetenču un pieredzes pielāgošana pašvaldībai, mācību materiālu praktiska izmantošana ikdienas darbā;\n- sanāksmes gan on-line režīmā, gan klātienē;\n- sadarbība un ilgtermiņa nākotnes plāni ar projekta partneriem;\n- 2024. gada rudenī – partneru uzņemšana Daugavpilī.", "status": "original"},
     "en": {"text": "- Adapting the competences and experience gained to the municipality, putting the learning materials to practical use in everyday work;\n- meetings both online and in person;\n- cooperation and long-term plans for the future with the project partners;\n- autumn 2024: hosting the partners in Daugavpils.", "status": "reviewed"}}'
where id = '0b000000-0000-4000-8000-000000000001';

-- Small-scale partnership – big step forward (001_)
update public.projects set
  programme = 'erasmus_plus',
  strand = '{"lv": {"text": "3. pamatdarbība “Atbalsts politikas reformai”", "status": "original"},
     "en": {"text": "Key Action 3 “Support for policy reform”", "status": "reviewed"}}',
  start_date = '2022-01-01',
  end_date = '2022-12-31',
  dates_precision = 'year',
  summary =
   '{"lv": {"text": "Projektu īsteno Daugavpils pilsētas domes Jaunatnes nodaļa kopā ar Leszno nevalstisko organizāciju Fundacja Centrum Aktywności Twórczej (Polija).\n\nDaugavpilī ir ļoti daudz nevalstisko organizāciju, kas tieši un netieši strādā ar jauniešiem, bet lielākā daļa strādā lokālā mērogā, neiesaistoties starptautiskajās aktivitātēs; daļa biedrību izrāda savu aktivitāti tikai vienreiz gadā, lai piesaistītu finansējumu caur Daugavpils pilsētas domes sabiedrisko organizāciju atbalsta fondu, vai pāris reizes gadā pilsētas pasākumos, lai varētu patstāvīgi izmantot telpas Jauniešu neformālās izglītības centrā. Daļa jauniešu ir ļoti aktīvi un piedalās visur – izglītības, kultūras un sporta jomās –, savukārt citi sabiedriskajās aktivitātēs iesaistās ļoti maz vai neiesaistās vispār: iemesli var būt finansiālie un fiziskie šķēršļi vai arī tas, ka viņu intereses nesakrīt ar jaunatnes jomas piedāvājumu. Tāpēc pilsētā ir nepieciešams attīstīt brīvprātīgā darba sistēmu, piesaistot vietējos un starptautiskos brīvprātīgos, kas palielinātu biedrību un pašvaldības struktūru un iestāžu kapacitāti.\n\nViens no veiksmīgākajiem reģionālajiem starptautisko brīvprātīgo piesaistes piemēriem Latvijā ir Gulbene, kur patstāvīgi darbojas vairāk nekā 15 brīvprātīgie no visas Eiropas; pozitīva pieredze ir arī Liepājā un Rēzeknē. Polijas pilsētā Leszno ir izveidots vesels starptautisko brīvprātīgo tīkls, kas darbojas, pateicoties Eiropas Savienības programmu atbalstam: brīvprātīgo centru pilsētas pašvaldības projekta ietvaros koordinē nevalstiskā organizācija, un šis modelis darbojas veiksmīgi jau vairāk nekā desmit gadus, kas liecina par tā ilgtspējību un efektivitāti.", "status": "original"},
     "en": {"text": "The project is run by the Youth Department of Daugavpils City Council together with the Leszno NGO Fundacja Centrum Aktywności Twórczej (Poland).\n\nDaugavpils has a great many NGOs that work directly or indirectly with young people, but most work locally without taking part in international activities; some associations are active only once a year, to obtain funding from the Daugavpils City Council fund for civil-society organisations, or a couple of times a year at city events, so that they may use rooms at the Youth Non-formal Education Centre on their own. Some young people are very active and take part in everything – education, culture and sport – while others take part in civic activities very little or not at all: the reasons may be financial and physical barriers, or their interests may not match what the youth field offers. The city therefore needs to develop a volunteering system that brings in local and international volunteers and so increases the capacity of associations and of municipal units and institutions.\n\nOne of the most successful regional examples of attracting international volunteers in Latvia is Gulbene, where more than 15 volunteers from all over Europe work on a permanent basis; Liepāja and Rēzekne also have good experience. The Polish town of Leszno has built a whole network of international volunteers that works thanks to support from European Union programmes: an NGO coordinates the volunteer centre within a project of the town council, and this model has worked successfully for more than ten years, which shows that it is sustainable and effective.", "status": "reviewed"}}',
  objectives =
   '{"lv": {"text": "Mazāk aktīvo jauniešu grupu līdzdalības sabiedrības procesos un kultūras un neformālās izglītības aktivitātēs vietējā un starptautiskajā mērogā veicināšana un atbalsta starptautiskās sadarbības attīstībai sniegšana pašvaldībā reģistrētām nevalstiskām organizācijām un pašvaldības struktūrvienībām, kas strādā ar jauniešiem, ar mazu starptautisko pieredzi vai bez tās.\n\nProjekta ietvaros ir plānots pārņemt pozitīvas prakses piemēru no Polijas un izstrādāt priekšlikumus jaunatnes jomas attīstībai Daugavpilī starptautiskās sadarbības un starptautiskā brīvprātīgā darba kontekstā.", "status": "original"},
     "en": {"text": "To promote the participation of less active groups of young people in society and in cultural and non-formal education activities at local and international level, and to support the development of international cooperation by NGOs registered in the municipality and by municipal units that work with young people and have little or no international experience.\n\nThe project plans to take over a good-practice example from Poland and to draw up proposals for developing the youth field in Daugavpils in the context of international cooperation and international volunteering.", "status": "reviewed"}}',
  target_groups =
   '{"lv": {"text": "- Pilsētas jaunieši, tajā skaitā arī jaunieši no riska grupām un jaunieši ar īpašām vajadzībām\n- Pašvaldības struktūrvienību un iestāžu, kas īsteno darbu ar jaunatni, pārstāvji\n- Nevalstisko organizāciju sektora pārstāvji", "status": "original"},
     "en": {"text": "- Young people of the city, including young people at risk and young people with special needs\n- Representatives of municipal units and institutions that work with young people\n- Representatives of the NGO sector", "status": "reviewed"}}',
  activities =
   '{"lv": {"text": "- esošās situācijas izpēte\n- pieredzes apmaiņas aktivitātes: semināri, braucieni, darba grupas\n- apmācības/konsultācijas ar starptautiskiem nozares ekspertiem\n- priekšlikumu jaunatnes jomai izstrādāšana", "status": "original"},
     "en": {"text": "- study of the current situation\n- experience-exchange activities: seminars, study trips, working groups\n- training/consultations with international experts in the field\n- drawing up proposals for the youth field", "status": "reviewed"}}'
where id = '0b000000-0000-4000-8000-000000000002';

-- SOLID (002_)
update public.projects set
  programme = 'europe_for_citizens',
  strand = '{"lv": {"text": "2.sadaļa Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība, apakšpasākums “Pašvaldību tīklojumi”", "status": "original"},
     "en": {"text": "Strand 2 Democratic engagement and civic participation, measure “Networks of Towns”", "status": "reviewed"}}',
  council_decision = 'No. 57, 2018-02-22',
  start_date = '2018-01-01',
  end_date = '2019-11-15',
  dates_precision = 'day',
  summary =
   '{"lv": {"text": "Projekta rezultātā tiks apkopoti labās prakses piemēri partnervalstu vidū attiecībā uz komunikāciju ar sabiedrību, veiksmīga dialoga veidošanu. Dalība projekta aktivitātēs paaugstinās darbinieku zināšanu un kompetences līmeni, dos iespēju iepazīties ar citu pašvaldību pieredzi un iegūtās zināšanas izmantot savā darbā.", "status": "original"},
     "en": {"text": "The project will collect good-practice examples from the partner countries on communicating with the public and building a successful dialogue. Taking part in the project’s activities will raise staff knowledge and competence, give them the chance to learn from other municipalities’ experience and to use what they learn in their own work.", "status": "reviewed"}}',
  objectives =
   '{"lv": {"text": "Projekta mērķis ir sekmēt starptautisko sadarbību Eiropas Savienības valstu vidū un veicināt Daugavpils atpazīstamību ES kontekstā, kā arī sekmēt pilsoņu izpratni par ES, tās vēsturi un dažādību.\n\nProjekta īstenošanas laikā:\n- tiks organizēti 5 starptautiski pasākumi;\n- izpildītas 15 pašvaldības darbinieku mobilitātes;\n- paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze;\n- veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība.", "status": "original"},
     "en": {"text": "The project aims to foster international cooperation among the countries of the European Union and to raise the profile of Daugavpils in the EU, and to improve citizens’ understanding of the EU, its history and diversity.\n\nDuring the project:\n- 5 international events will be organised;\n- 15 mobilities of municipal staff will take place;\n- staff knowledge and competence will be raised and international experience gained;\n- residents’ democratic engagement and civic participation will be encouraged.", "status": "reviewed"}}',
  target_groups =
   '{"lv": {"text": "Projekta īstenošanā paredzēts piedalīties sabiedrisko attiecību speciālistiem, kā arī tiem pašvaldības darbiniekiem, kas ikdienā komunicē ar cilvēkiem.", "status": "original"},
     "en": {"text": "The project is meant for public-relations specialists and for those municipal staff who deal with people every day.", "status": "reviewed"}}',
  activities =
   '{"lv": {"text": "- sadarbība ar projekta partneriem starptautiskā līmenī;\n- Daugavpils pieredzes prezentēšana;\n- dalība darba semināros un darba grupās, kā arī praktiskās nodarbībās.", "status": "original"},
     "en": {"text": "- cooperation with the project partners at international level;\n- presenting the experience of Daugavpils;\n- taking part in workshops and working groups, and in practical sessions.", "status": "reviewed"}}'
where id = '0b000000-0000-4000-8000-000000000003';

-- WIR (003_)
update public.projects set
  programme = 'europe_for_citizens',
  start_date = '2017-10-16',
  end_date = '2019-10-15',
  dates_precision = 'day',
  summary =
   '{"lv": {"text": "Projekts sekmē starptautisko sadarbību ES valstu vidū, Daugavpils atpazīstamību ES kontekstā un pilsoņu izpratni par Eiropas Savienību, tās vēsturi un dažādību. Tā specifiskais mērķis ir izprast ES stratēģiju attiecībā uz integrācijas procesu un paaugstināt iedzīvotāju iesaistīšanās līmeni, iesaistot visu līmeņu sociālās grupas.", "status": "original"},
     "en": {"text": "The project fosters international cooperation among EU countries, the profile of Daugavpils in the EU and citizens’ understanding of the European Union, its history and diversity. Its specific aim is to understand the EU’s strategy for the integration process and to raise residents’ engagement by involving social groups of every level.", "status": "reviewed"}}',
  objectives =
   '{"lv": {"text": "Projekta vispārīgais mērķis ir sekmēt starptautisko sadarbību ES valstu vidū un veicināt Daugavpils atpazīstamību ES kontekstā, kā arī sekmēt pilsoņu izpratni par Eiropas Savienību, tās vēsturi un dažādību, kā arī ES mērķi, kas ir veicināt mieru Eiropā, vērtības un cilvēku labklājību, raisot diskusijas, dibinot kontaktus. Projekta specifiskais mērķis ir izprast ES izstrādāto un pielietoto stratēģiju attiecībā uz integrācijas procesu; paaugstināt iedzīvotāju iesaistīšanās līmeni, iesaistot visu līmeņu sociālās grupas.\n\nProjekta rezultāti:\n- iegūta pieredze un zināšanas darbā ar dažādu sociālo grupu pārstāvjiem;\n- noorganizēti 9 starptautiski pasākumi;\n- noorganizēts starptautiskais pasākums Daugavpilī, lai iesaistītu vietējos iedzīvotājus, informētu tos par ES integrācijas procesiem, kā arī izvērtētu projektā sasniegto;\n- izpildītas 16 pašvaldības darbinieku mobilitātes;\n- paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze;\n- veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība.", "status": "original"},
     "en": {"text": "The general aim of the project is to foster international cooperation among EU countries and to raise the profile of Daugavpils in the EU, to improve citizens’ understanding of the European Union, its history and diversity, and of the EU’s aim of promoting peace in Europe, its values and people’s well-being, by starting discussions and making contacts. The specific aim of the project is to understand the strategy the EU has developed and applies for the integration process, and to raise residents’ engagement by involving social groups of every level.\n\nResults of the project:\n- experience and knowledge gained in working with people from different social groups;\n- 9 international events organised;\n- an international event organised in Daugavpils to involve local residents, inform them about EU integration processes and assess what the project achieved;\n- 16 mobilities of municipal staff completed;\n- staff knowledge and competence raised, international experience gained;\n- residents’ democratic engagement and civic participation encouraged.", "status": "reviewed"}}',
  activities =
   '{"lv": {"text": "- iegūt zināšanas par ES pieeju attiecībā uz visu līmeņu sociālo grupu pārstāvju integrāciju;\n- palielināt pilsoniskās līdzdalības līmeni;\n- iepazīties ar labās prakses piemēriem iesaistītajās pilsētās un valstīs;\n- apkopot informāciju par dažādām metodēm pašvaldības darbā ar dažādām sociālajām grupām;\n- piedalīties starptautiskajos partneru pieredzes apmaiņas pasākumos un prezentēt Daugavpili kā konkurētspējīgu ES pilsētu un dalīties tās pieredzē;\n- attīstīt starptautisku sadarbību ar projektā iesaistītajām pilsētām un pašvaldībām kopīgu problēmjautājumu risināšanā.\n\nProjekta mērķu sasniegšanas nolūkos tiks organizēti 9 starptautiski pasākumi, kuros tiks izmantotas dažādas darba metodes.", "status": "original"},
     "en": {"text": "- learn about the EU’s approach to integrating people from social groups of every level;\n- raise the level of civic participation;\n- get to know good-practice examples in the towns and countries involved;\n- collect information on the different methods municipalities use in their work with different social groups;\n- take part in the partners’ international exchange-of-experience events, present Daugavpils as a competitive EU city and share its experience;\n- develop international cooperation with the towns and municipalities in the project in solving common problems.\n\nTo reach the project’s aims, 9 international events will be organised, using a variety of working methods.", "status": "reviewed"}}',
  contact_role =
   '{"lv": {"text": "Projekta koordinators, Daugavpils pilsētas dome", "status": "original"},
     "en": {"text": "Project coordinator, Daugavpils City Council", "status": "reviewed"}}',
  contact_email = 'projects@daugavpils.example',
  website = 'https://www.wirproject.eu/'
where id = '0b000000-0000-4000-8000-000000000004';

-- HOP! (004_)
update public.projects set
  programme = 'europe_for_citizens',
  strand = '{"lv": {"text": "2.1. „Sadarbība starp pilsētām”", "status": "original"},
     "en": {"text": "2.1 “Town Twinning”", "status": "reviewed"}}',
  start_date = '2018-01-02',
  end_date = '2018-08-31',
  dates_precision = 'day',
  summary =
   '{"lv": {"text": "Projekta tēma – kā veidot brīvprātīgo darbu pilsētā, balstoties uz Eiropas vērtībām un risinājumiem. Projekts stiprinās sadarbību starp Eiropas pilsētām, iesaistot un integrējot vietējās kopienas. Projektā piedalās pilsētas, kurās brīvprātīgais darbs ir attīstīts dažādos līmeņos.", "status": "original"},
     "en": {"text": "The project’s theme is how to build volunteering in a city on European values and solutions. The project will strengthen cooperation between European cities by involving and integrating local communities. It brings together cities where volunteering has reached different levels of development.", "status": "reviewed"}}',
  objectives =
   '{"lv": {"text": "Projekta mērķis ir veicināt zināšanu apmaiņu starp Eiropas rietumu un austrumu pilsētām un to pārstāvjiem no dažādām sfērām, apkopot labākās brīvprātīgā darba organizēšanas prakses Eiropas pilsētās, apmainīties ar idejām par to, kā motivēt brīvprātīgos, gūt zināšanas par Eiropas programmām, kas atbalsta brīvprātīgo kustību.\n\nProjekta rezultāti:\n- iegūta pieredze un zināšanas par brīvprātīgo darbu Eiropas kontekstā;\n- iegūta pieredze un zināšanas par Eiropas programmām, kas atbalsta brīvprātīgo kustību;\n- organizēta starptautiskā konference;\n- izpildītas 7 pašvaldības darbinieku mobilitātes;\n- paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze;\n- apkopotas labākās brīvprātīgā darba organizēšanas prakses Eiropas pilsētās.", "status": "original"},
     "en": {"text": "The project aims to foster the exchange of knowledge between cities in western and eastern Europe and their representatives from different fields, to collect the best practices of organising volunteering in European cities, to exchange ideas on how to motivate volunteers, and to learn about the European programmes that support the volunteer movement.\n\nResults of the project:\n- experience and knowledge gained of volunteering in a European context;\n- experience and knowledge gained of the European programmes that support the volunteer movement;\n- an international conference organised;\n- 7 mobilities of municipal staff completed;\n- staff knowledge and competence raised, international experience gained;\n- the best practices of organising volunteering in European cities collected.", "status": "reviewed"}}',
  target_groups =
   '{"lv": {"text": "Dalībnieki no Daugavpils: speciālisti, kas koordinē brīvprātīgo darbu, un brīvprātīgie, kas darbojas Daugavpils pašvaldībā.", "status": "original"},
     "en": {"text": "Participants from Daugavpils: specialists who coordinate volunteering, and volunteers active in the Daugavpils municipality.", "status": "reviewed"}}',
  activities =
   '{"lv": {"text": "Starptautiskā konference un darba grupas par tēmām:\n- brīvprātīgais darbs, tā organizēšana;\n- brīvprātīgo motivēšana;\n- iesaistīšanās brīvprātīgajā darbā Eiropas līmenī;\n- sadarbība starp institūcijām;\n- apmaiņa ar labākajām praksēm;\n- ES programmas.", "status": "original"},
     "en": {"text": "An international conference and working groups on:\n- volunteering and how it is organised;\n- motivating volunteers;\n- getting involved in volunteering at European level;\n- cooperation between institutions;\n- exchanging best practices;\n- EU programmes.", "status": "reviewed"}}',
  contact_role =
   '{"lv": {"text": "Projekta koordinators, Daugavpils pilsētas dome", "status": "original"},
     "en": {"text": "Project coordinator, Daugavpils City Council", "status": "reviewed"}}',
  contact_email = 'projects@daugavpils.example'
where id = '0b000000-0000-4000-8000-000000000005';

-- Money, in euro cents, for the Daugavpils organisation in each project (the sheets give only its share).
insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents, notes) values
  ('0b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', 3170000, 3170000, 0,
   '{"lv": {"text": "100% ES “Pilsoņu, vienlīdzības, tiesību un vērtību programma” atbalsts. Priekšfinansējumu veic Daugavpils valstspilsētas dome.", "status": "original"},
     "en": {"text": "100% support from the EU “Citizens, Equality, Rights and Values” programme. The pre-financing is advanced by Daugavpils City Council.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 3000000, 3000000, 0,
   '{"lv": {"text": "Projektu (100%) finansē no Jaunatnes starptautisko programmu aģentūras administrētas Eiropas Savienības programmas \"Erasmus+: Jaunatne darbībā\" 3. pamatdarbības “Atbalsts politikas reformai” līdzekļiem. Aģentūra veic avansa maksājumu 80% apmērā; Daugavpils pilsētas dome kā projekta īstenotājs veic priekšfinansējumu 20% apmērā 2022. gada sākumā.", "status": "original"},
     "en": {"text": "The project is funded (100%) by the European Union programme “Erasmus+: Youth in Action”, Key Action 3 “Support for policy reform”, administered by the Agency for International Programs for Youth. The agency pays an advance of 80%; Daugavpils City Council, as the project implementer, pre-finances 20% at the beginning of 2022.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 416000, 150000, 266000,
   null),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 1460000, 980000, 480000,
   '{"lv": {"text": "Eiropas Savienības „Eiropa pilsoņiem” programmas finansējums: avanss 40% jeb 3920 EUR, 60% jeb 5880 EUR – pēc projekta pabeigšanas. Pašvaldības priekšfinansējums (60%) – 5880 EUR.", "status": "original"},
     "en": {"text": "Funding from the European Union “Europe for Citizens” programme: an advance of 40% (EUR 3,920), and 60% (EUR 5,880) after the project is completed. The council pre-finances the 60%: EUR 5,880.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 55000, 35000, 20000,
   null);

insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents, share_percent, expected_back, position) values
  ('0b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', 'pre_financing', 2024, 1268000, 40,
   '{"lv": {"text": "Pēc projekta noslēguma un gala atskaites iesniegšanas 2026. gadā", "status": "original"},
     "en": {"text": "After the project ends and the final report is submitted, in 2026", "status": "reviewed"}}', 1),
  ('0b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'advance', null, 2400000, 80,
   null, 1),
  ('0b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'pre_financing', 2022, 600000, 20,
   '{"lv": {"text": "Trīs mēnešu laikā pēc gala atskaišu nodošanas", "status": "original"},
     "en": {"text": "Within three months after the final reports are submitted", "status": "reviewed"}}', 2),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'pre_financing', 2018, 110000, null,
   null, 1),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'pre_financing', 2019, 40000, null,
   null, 2),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'co_financing', 2018, 199000, null,
   null, 3),
  ('0b000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'co_financing', 2019, 67000, null,
   null, 4),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'advance', null, 392000, 40,
   null, 1),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'final_payment', null, 588000, 60,
   '{"lv": {"text": "Pēc projekta pabeigšanas", "status": "original"},
     "en": {"text": "After the project is completed", "status": "reviewed"}}', 2),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'pre_financing', 2018, 300000, null,
   null, 3),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'pre_financing', 2019, 288000, null,
   null, 4),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'co_financing', 2018, 360000, null,
   null, 5),
  ('0b000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 'co_financing', 2019, 120000, null,
   null, 6),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 'pre_financing', null, 35000, null,
   null, 1),
  ('0b000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 'co_financing', null, 20000, null,
   null, 2);

-- Results planned, as the sheets state them; staff mobilities are those of the Daugavpils organisation.
-- Young NEETs' 30 persons in mobilities are, as its sheet says, both education staff and young people.
insert into public.project_indicators (project_id, code, planned, approximate, organisation_id, notes) values
  ('0b000000-0000-4000-8000-000000000001', 'direct_participants', 1555, false, null,
   '{"lv": {"text": "Starpvalstu līmenī.", "status": "original"},
     "en": {"text": "At transnational level.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000001', 'indirect_participants', 3700, true, null,
   '{"lv": {"text": "Galvenokārt jaunieši, politiķi, skolotāji, jauniešu biedrības, apvienības.", "status": "original"},
     "en": {"text": "Mainly young people, politicians, teachers, youth associations and organisations.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000001', 'mobilities', 30, false, '0a000000-0000-4000-8000-000000000002',
   '{"lv": {"text": "30 personas mobilitātēs: pašvaldības izglītības jomas darbinieki un jaunieši.", "status": "original"},
     "en": {"text": "30 persons in mobilities: municipal education staff and young people.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000003', 'international_events', 5, false, null,
   null),
  ('0b000000-0000-4000-8000-000000000003', 'staff_mobilities', 15, false, '0a000000-0000-4000-8000-000000000001',
   '{"lv": {"text": "Pašvaldības darbinieku mobilitātes.", "status": "original"},
     "en": {"text": "Mobilities of municipal staff.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000004', 'international_events', 9, false, null,
   '{"lv": {"text": "Tostarp starptautiskais pasākums Daugavpilī.", "status": "original"},
     "en": {"text": "Including an international event in Daugavpils.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000004', 'staff_mobilities', 16, false, '0a000000-0000-4000-8000-000000000001',
   '{"lv": {"text": "Pašvaldības darbinieku mobilitātes.", "status": "original"},
     "en": {"text": "Mobilities of municipal staff.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000005', 'international_events', 1, false, null,
   '{"lv": {"text": "Starptautiskā konference.", "status": "original"},
     "en": {"text": "An international conference.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000005', 'staff_mobilities', 7, false, '0a000000-0000-4000-8000-000000000001',
   '{"lv": {"text": "Pašvaldības darbinieku mobilitātes.", "status": "original"},
     "en": {"text": "Mobilities of municipal staff.", "status": "reviewed"}}');

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
  ('0b000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000004', 'partner_editor'),
  ('0b000000-0000-4000-8000-000000000006', '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000002', 'coordinator'),
  ('0b000000-0000-4000-8000-000000000006', '0c000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000003', 'partner_editor');

-- Events ------------------------------------------------------------------------------------
-- The international meetings of the sheets, with the dates and the Daugavpils delegation exactly as
-- they give them (month-precision dates span the whole month). The host is set only where the
-- sheet makes it plain: HOP!'s lead partner is the City of Toruń itself; SOLID's sheet names only
-- the places. The sheets give no dates for the WIR meetings or the Young NEETs mobilities, so
-- those are not seeded. The demo meeting in Daugavpils belongs to the fictional demo project.
insert into public.events (id, slug, kind, title, description, host_organisation_id, venue_name, venue_address,
  venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, visibility, status) values
  -- SOLID (002_, "Projekta starptautiskās mobilitātes")
  ('0d000000-0000-4000-8000-000000000001', 'solid-kick-off-jette-2018', 'kick_off',
   '{"lv": {"text": "SOLID projekta atklāšanas tikšanās (kick-off) Jettē", "status": "original"},
     "en": {"text": "SOLID project kick-off meeting, Jette", "status": "reviewed"}}', null, null, null, null,
   'Jette', 'BE', 'Europe/Brussels', '2018-03-01 00:00', '2018-03-31 00:00', 'month', 'public', 'held'),
  ('0d000000-0000-4000-8000-000000000002', 'solid-meeting-bulgaria-2018', 'partner_meeting',
   '{"lv": {"text": "SOLID 2. starptautiskais pasākums Bulgārijā", "status": "original"},
     "en": {"text": "SOLID 2nd international event, Bulgaria", "status": "reviewed"}}', null, null, null, null,
   null, 'BG', 'Europe/Sofia', '2018-06-01 00:00', '2018-06-30 00:00', 'month', 'public', 'held'),
  ('0d000000-0000-4000-8000-000000000003', 'solid-meeting-italy-2018', 'partner_meeting',
   '{"lv": {"text": "SOLID 3. starptautiskais pasākums Itālijā", "status": "original"},
     "en": {"text": "SOLID 3rd international event, Italy", "status": "reviewed"}}', null, null, null, null,
   null, 'IT', 'Europe/Rome', '2018-10-01 00:00', '2018-10-31 00:00', 'month', 'public', 'held'),
  ('0d000000-0000-4000-8000-000000000004', 'solid-meeting-greece-2019', 'partner_meeting',
   '{"lv": {"text": "SOLID 4. starptautiskais pasākums Grieķijā", "status": "original"},
     "en": {"text": "SOLID 4th international event, Greece", "status": "reviewed"}}', null, null, null, null,
   null, 'GR', 'Europe/Athens', '2019-03-01 00:00', '2019-03-31 00:00', 'month', 'public', 'held'),
  ('0d000000-0000-4000-8000-000000000005', 'solid-final-conference-jette-2019', 'final_conference',
   '{"lv": {"text": "SOLID gala rezultātu izplatīšanas konference Jettē", "status": "original"},
     "en": {"text": "SOLID final results dissemination conference, Jette", "status": "reviewed"}}', null, null, null, null,
   'Jette', 'BE', 'Europe/Brussels', '2019-09-01 00:00', '2019-09-30 00:00', 'month', 'public', 'held'),
  -- HOP! (004_, "Projekta starptautiskās mobilitātes")
  ('0d000000-0000-4000-8000-000000000006', 'hop-meeting-torun-2018', 'partner_meeting',
   '{"lv": {"text": "HOP! tikšanās Toruņā", "status": "original"},
     "en": {"text": "HOP! meeting in Toruń", "status": "reviewed"}}',
   '{"lv": {"text": "Dalībnieki no Daugavpils: speciālisti, kas koordinē brīvprātīgo darbu, un brīvprātīgie, kas darbojas Daugavpils pašvaldībā.", "status": "original"},
     "en": {"text": "Participants from Daugavpils: specialists who coordinate volunteering, and volunteers active in the Daugavpils municipality.", "status": "reviewed"}}',
   '0a000000-0000-4000-8000-000000000007', null, null,
   'Toruń', 'PL', 'Europe/Warsaw', '2018-04-11 00:00', '2018-04-12 00:00', 'day', 'public', 'held'),
  -- The demo project's meeting: a fictional agenda to try the portal with.
  ('0d000000-0000-4000-8000-000000000007', 'demo-partner-meeting-daugavpils-2024', 'partner_meeting',
   '{"lv": {"text": "Demonstrācijas partneru tikšanās Daugavpilī (izdomāta)", "status": "original"},
     "en": {"text": "Demo partner meeting in Daugavpils (fictional)", "status": "reviewed"}}',
   '{"lv": {"text": "Demo darba kārtība: ticamas sesijas, nevis reālās tikšanās pieraksts.", "status": "original"},
     "en": {"text": "Demo agenda: plausible sessions, not a record of the real meeting.", "status": "reviewed"}}',
   '0a000000-0000-4000-8000-000000000001', 'Daugavpils City Council', 'Krišjāņa Valdemāra iela 1',
   'Daugavpils', 'LV', 'Europe/Riga', '2024-10-09 10:00', '2024-10-11 15:00', 'minute', 'public', 'held');

insert into public.project_events (project_id, event_id) values
  ('0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000001'),
  ('0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000002'),
  ('0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000003'),
  ('0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000004'),
  ('0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000005'),
  ('0b000000-0000-4000-8000-000000000005', '0d000000-0000-4000-8000-000000000006'),
  ('0b000000-0000-4000-8000-000000000006', '0d000000-0000-4000-8000-000000000007');

-- Delegations: the Daugavpils representatives the sheets give for each meeting; for the demo
-- meeting, places for the two partner organisations of the demo project.
insert into public.event_delegations (event_id, organisation_id, places, reported_participants) values
  ('0d000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', 3, 3),
  ('0d000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 6, 6),
  ('0d000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 2, 2),
  ('0d000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000001', 2, 2),
  ('0d000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000001', 2, 2),
  ('0d000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000001', 7, 7),
  ('0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000003', 3, null),
  ('0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002', 4, null);

-- The demo agenda, in Daugavpils wall-clock time (Europe/Riga).
insert into public.event_sessions (id, event_id, starts_local, ends_local, title, place, speakers, kind, position) values
  -- Day 1: arrival, opening, partner presentations
  ('0e000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000007', '2024-10-09 10:00', '2024-10-09 12:00',
   '{"lv": {"text": "Delegāciju ierašanās un reģistrācija", "status": "original"},
     "en": {"text": "Arrival of the delegations and registration", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'travel', 0),
  ('0e000000-0000-4000-8000-000000000002', '0d000000-0000-4000-8000-000000000007', '2024-10-09 12:00', '2024-10-09 13:00',
   '{"lv": {"text": "Pusdienas", "status": "original"},
     "en": {"text": "Lunch", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'meal', 0),
  ('0e000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000007', '2024-10-09 13:00', '2024-10-09 13:45',
   '{"lv": {"text": "Atklāšana un sveiciena uzrunas", "status": "original"},
     "en": {"text": "Opening and words of welcome", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', 'Daugavpils valstspilsētas pašvaldība; Comune di Faenza', 'plenary', 0),
  ('0e000000-0000-4000-8000-000000000004', '0d000000-0000-4000-8000-000000000007', '2024-10-09 13:45', '2024-10-09 15:15',
   '{"lv": {"text": "Partneru prezentācijas: jauniešu dialogs ar vietējām varas iestādēm", "status": "original"},
     "en": {"text": "Partner presentations: dialogue between young people and local authorities", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'plenary', 0),
  ('0e000000-0000-4000-8000-000000000005', '0d000000-0000-4000-8000-000000000007', '2024-10-09 15:15', '2024-10-09 15:45',
   '{"lv": {"text": "Kafijas pauze", "status": "original"},
     "en": {"text": "Coffee break", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'break', 0),
  ('0e000000-0000-4000-8000-000000000006', '0d000000-0000-4000-8000-000000000007', '2024-10-09 15:45', '2024-10-09 17:15',
   '{"lv": {"text": "Projekta gaita: paveiktais, nākamās mobilitātes un tiešsaistes sanāksmes", "status": "original"},
     "en": {"text": "Project progress: work done, the next mobilities and online meetings", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', 'Comune di Faenza', 'session', 0),
  ('0e000000-0000-4000-8000-000000000007', '0d000000-0000-4000-8000-000000000007', '2024-10-09 17:30', '2024-10-09 19:00',
   '{"lv": {"text": "Pastaiga pa Daugavpils centru", "status": "original"},
     "en": {"text": "A walk through the centre of Daugavpils", "status": "reviewed"}}',
   'Rīgas iela, Daugavpils', null, 'visit', 0),
  -- Day 2: parallel workshops, study visits, dinner
  ('0e000000-0000-4000-8000-000000000008', '0d000000-0000-4000-8000-000000000007', '2024-10-10 09:00', '2024-10-10 10:30',
   '{"lv": {"text": "Darbnīca A: jauniešu nodarbinātība un iedvesma mācībām", "status": "original"},
     "en": {"text": "Workshop A: youth employment and inspiration for training", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'workshop', 0),
  ('0e000000-0000-4000-8000-000000000009', '0d000000-0000-4000-8000-000000000007', '2024-10-10 09:00', '2024-10-10 10:30',
   '{"lv": {"text": "Darbnīca B: dzimumu līdztiesība un vienlīdzīgas iespējas jaunajai paaudzei", "status": "original"},
     "en": {"text": "Workshop B: gender equality and equal opportunities for the young generation", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'workshop', 1),
  ('0e000000-0000-4000-8000-00000000000a', '0d000000-0000-4000-8000-000000000007', '2024-10-10 10:30', '2024-10-10 11:00',
   '{"lv": {"text": "Kafijas pauze", "status": "original"},
     "en": {"text": "Coffee break", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'break', 0),
  ('0e000000-0000-4000-8000-00000000000b', '0d000000-0000-4000-8000-000000000007', '2024-10-10 11:00', '2024-10-10 12:30',
   '{"lv": {"text": "Darbnīcu rezultātu prezentācija un diskusija", "status": "original"},
     "en": {"text": "Workshop results and discussion", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'plenary', 0),
  ('0e000000-0000-4000-8000-00000000000c', '0d000000-0000-4000-8000-000000000007', '2024-10-10 12:30', '2024-10-10 13:30',
   '{"lv": {"text": "Pusdienas", "status": "original"},
     "en": {"text": "Lunch", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'meal', 0),
  ('0e000000-0000-4000-8000-00000000000d', '0d000000-0000-4000-8000-000000000007', '2024-10-10 14:00', '2024-10-10 15:30',
   '{"lv": {"text": "Mācību vizīte: Jauniešu neformālās izglītības centrs", "status": "original"},
     "en": {"text": "Study visit: the Youth Non-formal Education Centre", "status": "reviewed"}}',
   'Jauniešu neformālās izglītības centrs, Daugavpils', null, 'visit', 0),
  ('0e000000-0000-4000-8000-00000000000e', '0d000000-0000-4000-8000-000000000007', '2024-10-10 16:00', '2024-10-10 17:30',
   '{"lv": {"text": "Mācību vizīte: Daugavpils cietoksnis un Marka Rotko mākslas centrs", "status": "original"},
     "en": {"text": "Study visit: Daugavpils Fortress and the Mark Rothko Art Centre", "status": "reviewed"}}',
   'Daugavpils cietoksnis', null, 'visit', 0),
  ('0e000000-0000-4000-8000-00000000000f', '0d000000-0000-4000-8000-000000000007', '2024-10-10 19:00', '2024-10-10 21:30',
   '{"lv": {"text": "Partneru vakariņas", "status": "original"},
     "en": {"text": "Partners'' dinner", "status": "reviewed"}}',
   'Daugavpils', null, 'social', 0),
  -- Day 3: action plan, conclusions, departure
  ('0e000000-0000-4000-8000-000000000010', '0d000000-0000-4000-8000-000000000007', '2024-10-11 09:00', '2024-10-11 10:30',
   '{"lv": {"text": "Darbnīca: jauniešu ideju rīcības plāns pašvaldībām", "status": "original"},
     "en": {"text": "Workshop: an action plan for municipalities from young people''s ideas", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'workshop', 0),
  ('0e000000-0000-4000-8000-000000000011', '0d000000-0000-4000-8000-000000000007', '2024-10-11 10:30', '2024-10-11 11:00',
   '{"lv": {"text": "Kafijas pauze", "status": "original"},
     "en": {"text": "Coffee break", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'break', 0),
  ('0e000000-0000-4000-8000-000000000012', '0d000000-0000-4000-8000-000000000007', '2024-10-11 11:00', '2024-10-11 12:15',
   '{"lv": {"text": "Noslēguma sesija: secinājumi, nākamie soļi un izvērtējums", "status": "original"},
     "en": {"text": "Closing session: conclusions, next steps and evaluation", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', 'Daugavpils valstspilsētas pašvaldība; Comune di Faenza', 'plenary', 0),
  ('0e000000-0000-4000-8000-000000000013', '0d000000-0000-4000-8000-000000000007', '2024-10-11 12:15', '2024-10-11 13:15',
   '{"lv": {"text": "Pusdienas", "status": "original"},
     "en": {"text": "Lunch", "status": "reviewed"}}',
   'Daugavpils City Council, Krišjāņa Valdemāra iela 1', null, 'meal', 0),
  ('0e000000-0000-4000-8000-000000000014', '0d000000-0000-4000-8000-000000000007', '2024-10-11 13:30', '2024-10-11 15:00',
   '{"lv": {"text": "Delegāciju izbraukšana", "status": "original"},
     "en": {"text": "Departure of the delegations", "status": "reviewed"}}',
   null, null, 'travel', 0);

insert into public.event_links (event_id, online_url) values
  ('0d000000-0000-4000-8000-000000000007', 'https://meet.example.org/tilts-demo/demo-partner-meeting-daugavpils-2024');

-- Demo registrations for the demo meeting: fictional people, example.org addresses.
insert into public.event_registrations (id, event_id, organisation_id, full_name, job_title, email, arrival, departure,
  dietary_needs, access_needs, status, registered_by, created_at) values
  ('0f000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000003',
   'Demo Participant 1', 'Youth policy officer', 'demo-participant-1@example.org', '2024-10-08', '2024-10-11',
   null, null, 'registered', '0c000000-0000-4000-8000-000000000003', '2024-09-16 10:05:00+02'),
  ('0f000000-0000-4000-8000-000000000002', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000003',
   'Demo Participant 2', 'Youth delegate', 'demo-participant-2@example.org', '2024-10-08', '2024-10-11',
   'Vegetarian', null, 'registered', '0c000000-0000-4000-8000-000000000003', '2024-09-16 10:07:00+02'),
  ('0f000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002',
   'Demo Participant 3', 'Education specialist', 'demo-participant-3@example.org', null, null,
   null, null, 'registered', '0c000000-0000-4000-8000-000000000002', '2024-09-18 14:20:00+03'),
  ('0f000000-0000-4000-8000-000000000004', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002',
   'Demo Participant 4', 'Teacher', 'demo-participant-4@example.org', null, null,
   null, 'Step-free access to the rooms', 'registered', '0c000000-0000-4000-8000-000000000002', '2024-09-18 14:24:00+03'),
  ('0f000000-0000-4000-8000-000000000005', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002',
   'Demo Participant 5', 'Youth delegate', 'demo-participant-5@example.org', null, null,
   null, null, 'registered', '0c000000-0000-4000-8000-000000000002', '2024-09-18 14:31:00+03'),
  ('0f000000-0000-4000-8000-000000000006', '0d000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000002',
   'Demo Participant 6', 'Youth delegate', 'demo-participant-6@example.org', null, null,
   null, null, 'cancelled', '0c000000-0000-4000-8000-000000000002', '2024-09-19 09:10:00+03');

-- Good practices, collections and transfers ------------------------------------------------
-- Practices written up from the project sheets, following the template; figures, places and dates
-- are the sheets', anything more is illustrative and each text says so in its last line.
--   1 Leszno's volunteer centre (small-scale partnership, 001_): Polish original, Latvian and English reviewed
--   2 Communicating with citizens (SOLID, 002_): Latvian original, English reviewed
--   3 Residents in an international meeting (WIR, 003_): Latvian original, English reviewed
--   4 Volunteering in the municipality (HOP!, 004_): Latvian original; English submitted for review
--   5 Dialogue between young people and the council (Young NEETs, 000_): Latvian original only
-- The texts go the way the portal takes them: added as drafts, submitted by their writers, published
-- by the project's coordinator, so that their history reads created → (submitted →) published. The
-- triggers take who did it from auth.uid() and what was done from tilts.practice_text_action; both
-- are set for the session (not just the transaction), so that this holds however the seed is run,
-- and reset at the end.

-- The Leszno editor writes up Leszno's practice, in Polish and in English.
set request.jwt.claim.sub = '0c000000-0000-4000-8000-000000000004';

insert into public.practices (id, slug, organisation_id, project_id, themes, target_groups, city, country,
  contact_name, contact_email, created_by) values
  ('10000000-0000-4000-8000-000000000001', 'leszno-volunteer-centre',
   '0a000000-0000-4000-8000-000000000004', '0b000000-0000-4000-8000-000000000002',
   '{volunteering,youth_participation,social_inclusion}', '{young_people,volunteers,ngos,municipal_staff}',
   'Leszno', 'PL', 'International coordinator (demo)', 'volunteers@leszno.example',
   '0c000000-0000-4000-8000-000000000004');

insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer) values
  ('10000000-0000-4000-8000-000000000001', 'pl', 'original',
   $t$Miejskie centrum wolontariatu prowadzone przez organizację pozarządową: międzynarodowa sieć wolontariuszy w Lesznie$t$,
   $t$W Lesznie od ponad dziesięciu lat działa sieć międzynarodowych wolontariuszy. Centrum wolontariatu koordynuje organizacja pozarządowa – Fundacja Centrum Aktywności Twórczej – w ramach projektu miasta, a pobyty wolontariuszy finansują programy Unii Europejskiej. Miasto zleca i współfinansuje koordynację, fundacja pisze wnioski, przyjmuje wolontariuszy i opiekuje się nimi, a lokalne instytucje i organizacje dają im prawdziwą pracę. W 2022 r. przekazywaliśmy ten model partnerom z Daugavpils (Łotwa) w projekcie Erasmus+ „Small-scale partnership – big step forward”.$t$,
   $t$Małe organizacje pozarządowe, szkoły i instytucje miejskie w Lesznie chciały gościć wolontariuszy z innych krajów, ale pojedynczo rzadko dawały sobie z tym radę. Udział w programach Unii Europejskiej oznacza akredytację, wnioski, rozliczenia, szukanie mieszkań, ubezpieczenie, szkolenia i stałą opiekę nad młodym człowiekiem, który pierwszy raz mieszka za granicą. Mała organizacja nie ma na to ani ludzi, ani doświadczenia, a jeden nieudany pobyt potrafi ją zniechęcić na lata.

Miasto z kolei nie chciało prowadzić wolontariatu samo. Urząd nie jest dobrym miejscem do codziennej pracy z wolontariuszami: potrzeba elastyczności, pracy wieczorami i w weekendy, szybkich decyzji i zaufania młodych ludzi, które organizacja społeczna zdobywa łatwiej niż urzędnik.

Do tego część młodych mieszkańców w ogóle nie uczestniczy w życiu miasta – z powodów finansowych, z powodu barier fizycznych albo dlatego, że oferta instytucji ich nie interesuje. Spotkanie z rówieśnikiem z innego kraju, który pracuje w ich szkole czy świetlicy, bywa pierwszym krokiem do zaangażowania.

## Rozwiązanie w skrócie

Podział ról: **miasto** zleca i współfinansuje koordynację w ramach swojego projektu, **organizacja pozarządowa** (Fundacja Centrum Aktywności Twórczej, Lasocice, ul. Zachodnia 6, 64-100 Leszno) prowadzi centrum wolontariatu, a **sieć organizacji przyjmujących** daje wolontariuszom zadania. Pobyty wolontariuszy finansują programy Unii Europejskiej.$t$,
   $t$1. **Jedno centrum dla całego miasta.** Fundacja w imieniu sieci składa wnioski do programów UE, dobiera wolontariuszy, organizuje przyjazd, zakwaterowanie i ubezpieczenie oraz rozlicza projekty. Organizacje przyjmujące nie muszą same przechodzić przez procedury programów.
2. **Sieć organizacji przyjmujących.** Wolontariusze pracują w miejscach, które same zgłosiły potrzebę: w szkołach i przedszkolach, świetlicach, domach kultury, organizacjach pozarządowych. Każde miejsce, zanim wolontariusz przyjedzie, wyznacza opiekuna i opisuje zadania.
3. **Stały rytm roku.** Nabór miejsc pracy i wnioski → dobór wolontariuszy (rozmowy online) → przyjazd, szkolenie wprowadzające i kurs języka polskiego → praca z cotygodniowym spotkaniem z koordynatorem → ocena, certyfikat umiejętności i pożegnanie, na które zapraszamy organizacje przyjmujące.
4. **Mentor spoza miejsca pracy.** Każdy wolontariusz ma mentora, który nie jest jego przełożonym: z nim rozmawia o trudnościach, o tym, czego się uczy, i o planach po wolontariacie.
5. **Wolontariusze w przestrzeni miasta.** Poza pracą w organizacjach wolontariusze prowadzą otwarte zajęcia językowe i spotkania o swoich krajach – także tam, gdzie przychodzi młodzież, do której inne oferty nie docierają.
6. **Wyjazdy młodzieży z Leszna.** Centrum pomaga młodym mieszkańcom wyjechać na wolontariat i wymiany za granicę, a po powrocie zaprasza ich do pracy z kolejnymi wolontariuszami.
7. **Dzielenie się modelem.** Przyjmujemy wizyty studyjne i doradzamy innym miastom. W 2022 r. w projekcie „Small-scale partnership – big step forward” (Erasmus+: Młodzież w działaniu, Akcja Kluczowa 3 „Wsparcie reformy polityki”) pracowaliśmy z Wydziałem Młodzieży Rady Miasta Daugavpils: seminaria, wizyty, grupy robocze i konsultacje.$t$,
   $t$- **Ludzie.** W fundacji: koordynator centrum oraz osoby odpowiedzialne za wnioski, rozliczenia i codzienną opiekę nad wolontariuszami; mentorzy (często byli wolontariusze); w każdej organizacji przyjmującej jeden opiekun. W urzędzie miasta: osoba kontaktowa, która zna centrum i pomaga w sprawach z instytucjami miejskimi.
- **Pieniądze.** Koszty pobytu wolontariuszy – podróż, zakwaterowanie, wyżywienie, kieszonkowe, ubezpieczenie, kurs językowy – pokrywają programy UE. Miasto współfinansuje koordynację w ramach swojego projektu, dzięki czemu centrum nie znika między jednym a drugim grantem. Organizacje przyjmujące wnoszą pracę opiekunów i miejsce.
- **Czas.** Od złożenia wniosku do przyjazdu wolontariuszy mija zwykle od kilku miesięcy do roku. Stabilna sieć organizacji przyjmujących budowała się latami; pierwszy rok to przede wszystkim nauka procedur.
- **Miejsce.** Biuro centrum i sala na spotkania i szkolenia; mieszkania dla wolontariuszy na cały okres pobytu.$t$,
   $t$- **Trwałość.** Model działa nieprzerwanie od ponad dziesięciu lat (stan na 2022 r.). Partnerzy z Daugavpils uznali to za dowód jego trwałości i skuteczności i dlatego wybrali Leszno jako wzór.
- **Sieć.** W mieście stale działa sieć międzynarodowych wolontariuszy, a organizacje przyjmujące wracają z kolejnymi zgłoszeniami – także te, które same nigdy nie złożyłyby wniosku do programu UE.
- **Młodzież z Leszna.** Część młodych ludzi, którzy poznali wolontariuszy w szkole lub świetlicy, wyjechała potem na własny wolontariat albo wymianę; niektórzy wrócili jako mentorzy.
- **Dowody.** Sprawozdania z projektów dla programów UE, certyfikaty umiejętności wolontariuszy, ankiety organizacji przyjmujących i relacje w lokalnych mediach. Dokładne liczby wolontariuszy w kolejnych latach są w sprawozdaniach; w tym tekście demonstracyjnym ich nie podajemy.
- **Transfer.** W 2022 r. model był przenoszony do Daugavpils – przebieg opisujemy na stronie transferu.$t$,
   $t$- **Podział ról działa, jeśli jest zapisany.** Umowa z miastem mówi, za co odpowiada centrum, a za co urząd. Gdy tego brakowało, sprawy „niczyje” (na przykład meldunek wolontariuszy, kontakty z instytucjami) wracały do fundacji w ostatniej chwili.
- **Nie zadziałało: wolontariusz bez opiekuna.** Na początku przyjmowaliśmy zgłoszenia od organizacji, które nie miały przygotowanych zadań ani opiekuna. Wolontariusz bez zadań szybko traci motywację, a organizacja – zaufanie do programu. Dziś bez opiekuna i planu zadań nie ma zgłoszenia.
- **Nie zadziałało: wszystko na jeden grant.** Gdy cała koordynacja zależała od jednego wniosku, jego odrzucenie zatrzymywało centrum na rok. Współfinansowanie miasta i kilka źródeł finansowania dają ciągłość.
- **Mieszkania to najczęstszy kłopot.** Szukanie mieszkań zaczynamy wcześniej niż dobór wolontariuszy.
- **Język.** Kurs polskiego w pierwszych tygodniach bardzo ułatwia pracę z dziećmi i seniorami; zajęcia wyłącznie po angielsku zamykają wiele drzwi.
- **Mniej aktywna młodzież nie przyjdzie sama.** Trzeba iść tam, gdzie jest – do świetlic, szkół zawodowych, na osiedla – i proponować coś konkretnego, a nie ogólne „zaangażuj się”.$t$,
   $t$Czego potrzeba, żeby przenieść model do innego miasta:

1. **Partner pozarządowy**, który ma akredytację w programach UE dla wolontariatu (obecnie Europejski Korpus Solidarności) albo jest gotów ją uzyskać, i ma ludzi do codziennej pracy z wolontariuszami.
2. **Decyzja miasta** o zleceniu koordynacji i współfinansowaniu jej przez kilka lat, a nie na jeden projekt, oraz osoba kontaktowa w urzędzie.
3. **Kilka organizacji przyjmujących na start** – lepiej trzy dobrze przygotowane niż dziesięć przypadkowych.
4. **Zakwaterowanie** dla wolontariuszy, zaplanowane z wyprzedzeniem.
5. **Cierpliwość**: pierwszy rok to nauka procedur; efekty dla lokalnej młodzieży widać po kilku naborach.

Co można zmienić: skalę (zacząć od jednego–dwóch wolontariuszy), rodzaj organizacji przyjmujących i to, czy centrum prowadzi organizacja pozarządowa, czy – tam, gdzie nie ma odpowiedniego partnera – instytucja miejska z dużą samodzielnością. Czego nie zmieniać: opiekuna w każdym miejscu pracy i mentora spoza niego.

*Tekst demonstracyjny: szczegóły wykraczające poza kartę projektu są przykładowe.*$t$),
  ('10000000-0000-4000-8000-000000000001', 'en', 'reviewed',
   $t$A city volunteer centre run by an NGO: Leszno's international volunteer network$t$,
   $t$Leszno (Poland) has had a network of international volunteers for more than ten years. The volunteer centre is coordinated by an NGO, Fundacja Centrum Aktywności Twórczej, as part of a project of the town, and the volunteers' stays are funded by European Union programmes. The town commissions and co-funds the coordination; the foundation writes the applications, hosts the volunteers and looks after them; local institutions and organisations give them real work. In 2022 we passed the model on to partners in Daugavpils (Latvia) in the Erasmus+ project “Small-scale partnership – big step forward”.$t$,
   $t$Small NGOs, schools and municipal institutions in Leszno wanted to host volunteers from other countries, but on their own they rarely managed it. Taking part in European Union programmes means accreditation, applications, reports, finding flats, insurance, training and constant support for a young person living abroad for the first time. A small organisation has neither the people nor the experience for this, and one stay that goes wrong can put it off for years.

The town, for its part, did not want to run volunteering itself. A town hall is not the right place for day-to-day work with volunteers: it takes flexibility, evening and weekend work, quick decisions and the trust of young people, which a civic organisation wins more easily than an official.

On top of that, some of the town's young people take no part in community life at all – because of financial or physical barriers, or because what institutions offer does not interest them. Meeting someone their own age from another country who works at their school or youth club is often the first step towards getting involved.

## The solution in brief

A division of roles: the **town** commissions and co-funds the coordination within its own project, an **NGO** (Fundacja Centrum Aktywności Twórczej, Lasocice, ul. Zachodnia 6, 64-100 Leszno) runs the volunteer centre, and a **network of host organisations** gives the volunteers their tasks. The volunteers' stays are funded by European Union programmes.$t$,
   $t$1. **One centre for the whole town.** On behalf of the network, the foundation applies to EU programmes, selects the volunteers, arranges their arrival, housing and insurance, and does the reporting. Host organisations do not have to go through the programmes' procedures themselves.
2. **A network of host organisations.** Volunteers work in places that asked for them: schools and kindergartens, youth clubs, cultural centres, NGOs. Before a volunteer arrives, each place names a supervisor and describes the tasks.
3. **A fixed yearly rhythm.** Call for host places and applications → selection of volunteers (online interviews) → arrival, induction training and a Polish course → work, with a weekly meeting with the coordinator → evaluation, a skills certificate and a farewell to which the host organisations are invited.
4. **A mentor outside the workplace.** Every volunteer has a mentor who is not their boss: someone to talk to about difficulties, about what they are learning and about their plans after volunteering.
5. **Volunteers out in the town.** Besides their work in the organisations, volunteers run open language sessions and evenings about their countries – also where young people come whom other offers do not reach.
6. **Young people from Leszno go abroad.** The centre helps young people from the town go on volunteering placements and exchanges abroad, and when they come back invites them to work with the next volunteers.
7. **Sharing the model.** We host study visits and advise other towns. In 2022, in the project “Small-scale partnership – big step forward” (Erasmus+: Youth in Action, Key Action 3 “Support for policy reform”), we worked with the Youth Department of Daugavpils City Council: seminars, study trips, working groups and consultations.$t$,
   $t$- **People.** At the foundation: the centre's coordinator and the staff responsible for applications, reporting and day-to-day support for the volunteers; mentors (often former volunteers); one supervisor in each host organisation. At the town hall: a contact person who knows the centre and helps with matters involving municipal institutions.
- **Money.** The volunteers' stays – travel, housing, food, pocket money, insurance, language course – are covered by EU programmes. The town co-funds the coordination within its own project, so the centre does not disappear between one grant and the next. Host organisations contribute their supervisors' time and their premises.
- **Time.** From application to the volunteers' arrival usually takes from a few months to a year. A stable network of host organisations took years to build; the first year is mostly about learning the procedures.
- **Premises.** An office for the centre and a room for meetings and training; flats for the volunteers for the whole of their stay.$t$,
   $t$- **Durability.** The model has worked without a break for more than ten years (as of 2022). The partners from Daugavpils saw this as proof of its sustainability and effectiveness, which is why they chose Leszno as their model.
- **The network.** A network of international volunteers is permanently active in the town, and host organisations come back with new requests – including ones that would never have applied to an EU programme on their own.
- **Young people from Leszno.** Some young people who got to know the volunteers at school or at a youth club later went on a placement or exchange of their own; some came back as mentors.
- **Evidence.** Project reports to the EU programmes, the volunteers' skills certificates, surveys of host organisations and coverage in local media. The exact numbers of volunteers year by year are in the reports; this demo text does not give them.
- **Transfer.** In 2022 the model was transferred to Daugavpils – the transfer page describes how it went.$t$,
   $t$- **The division of roles works when it is written down.** The agreement with the town says what the centre is responsible for and what the town hall is. Where that was missing, matters that were “nobody's” (registering the volunteers' residence, contacts with institutions) landed back with the foundation at the last minute.
- **What did not work: a volunteer without a supervisor.** At first we accepted requests from organisations that had no tasks prepared and no supervisor. A volunteer without tasks quickly loses motivation, and the organisation loses faith in the programme. Today there is no request without a supervisor and a task plan.
- **What did not work: everything on one grant.** When all of the coordination depended on one application, its rejection stopped the centre for a year. The town's co-funding and several funding sources give continuity.
- **Housing is the most common problem.** We start looking for flats before we select the volunteers.
- **Language.** A Polish course in the first weeks makes work with children and older people much easier; activities in English only close many doors.
- **Less active young people will not come on their own.** You have to go where they are – youth clubs, vocational schools, housing estates – and offer something specific, not a general “get involved”.$t$,
   $t$What another town needs to take the model over:

1. **An NGO partner** that is accredited for EU volunteering programmes (today the European Solidarity Corps) or ready to become so, and that has people for the day-to-day work with volunteers.
2. **A decision by the town** to commission the coordination and co-fund it for several years rather than for one project, and a contact person at the town hall.
3. **A few host organisations to start with** – three well-prepared ones are better than ten chance ones.
4. **Housing** for the volunteers, planned well in advance.
5. **Patience**: the first year is spent learning the procedures; the effect on local young people shows after a few rounds.

What can change: the scale (start with one or two volunteers), the kind of host organisations, and whether the centre is run by an NGO or – where there is no suitable partner – by a municipal institution with wide autonomy. What should not change: a supervisor in every workplace and a mentor outside it.

*Demo text: details beyond the project sheet are illustrative.*$t$);

-- The Daugavpils coordinator translates Leszno's practice into Latvian and writes up the council's own.
set request.jwt.claim.sub = '0c000000-0000-4000-8000-000000000002';

insert into public.practices (id, slug, organisation_id, project_id, themes, target_groups, city, country,
  contact_name, contact_email, created_by) values
  ('10000000-0000-4000-8000-000000000002', 'solid-communicating-with-citizens',
   '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000003',
   '{public_communication,civic_participation}', '{municipal_staff,general_public}',
   'Daugavpils', 'LV', 'Public relations specialist (demo)', 'communication@daugavpils.example',
   '0c000000-0000-4000-8000-000000000002'),
  ('10000000-0000-4000-8000-000000000003', 'wir-residents-in-international-meetings',
   '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000004',
   '{integration,civic_participation,education}', '{general_public,municipal_staff,ngos,schools}',
   'Daugavpils', 'LV', 'Project coordinator (demo)', 'projects@daugavpils.example',
   '0c000000-0000-4000-8000-000000000002'),
  ('10000000-0000-4000-8000-000000000004', 'hop-volunteering-in-the-municipality',
   '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000005',
   '{volunteering,civic_participation}', '{volunteers,municipal_staff,ngos}',
   'Daugavpils', 'LV', 'Volunteering coordinator (demo)', 'volunteering@daugavpils.example',
   '0c000000-0000-4000-8000-000000000002'),
  ('10000000-0000-4000-8000-000000000005', 'young-neets-dialogue-with-the-council',
   '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000001',
   '{neets,youth_participation,employment}', '{neets,young_people,municipal_staff,schools,ngos}',
   'Daugavpils', 'LV', 'Youth work specialist, Education Board (demo)', 'youth@daugavpils.example',
   '0c000000-0000-4000-8000-000000000002');

insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer) values
  ('10000000-0000-4000-8000-000000000001', 'lv', 'reviewed',
   $t$Pilsētas brīvprātīgo centrs, ko vada nevalstiska organizācija: Leszno starptautisko brīvprātīgo tīkls$t$,
   $t$Leszno pilsētā (Polija) jau vairāk nekā desmit gadus darbojas starptautisko brīvprātīgo tīkls. Brīvprātīgo centru pilsētas pašvaldības projekta ietvaros koordinē nevalstiskā organizācija Fundacja Centrum Aktywności Twórczej, bet brīvprātīgo uzturēšanos finansē Eiropas Savienības programmas. Pašvaldība uztic un līdzfinansē koordināciju, fonds raksta pieteikumus, uzņem brīvprātīgos un rūpējas par viņiem, bet vietējās iestādes un organizācijas dod viņiem īstu darbu. 2022. gadā šo modeli nodevām Daugavpils partneriem Erasmus+ projektā “Small-scale partnership – big step forward”.$t$,
   $t$Mazas nevalstiskās organizācijas, skolas un pašvaldības iestādes Leszno vēlējās uzņemt brīvprātīgos no citām valstīm, bet katra atsevišķi ar to reti tika galā. Dalība Eiropas Savienības programmās nozīmē akreditāciju, pieteikumus, atskaites, dzīvokļu meklēšanu, apdrošināšanu, apmācības un pastāvīgu atbalstu jaunietim, kurš pirmo reizi dzīvo ārzemēs. Mazai organizācijai tam nav ne cilvēku, ne pieredzes, un viena neizdevusies uzņemšana var to atbaidīt uz gadiem.

Pašvaldība savukārt negribēja vadīt brīvprātīgo darbu pati. Pašvaldības iestāde nav labākā vieta ikdienas darbam ar brīvprātīgajiem: vajag elastību, darbu vakaros un brīvdienās, ātrus lēmumus un jauniešu uzticēšanos, ko sabiedriskai organizācijai iegūt ir vieglāk nekā ierēdnim.

Turklāt daļa pilsētas jauniešu sabiedrības dzīvē nepiedalās vispār – finansiālu vai fizisku šķēršļu dēļ vai tāpēc, ka iestāžu piedāvājums viņus neinteresē. Tikšanās ar vienaudzi no citas valsts, kurš strādā viņu skolā vai dienas centrā, bieži ir pirmais solis uz iesaistīšanos.

## Risinājums īsumā

Lomu sadale: **pašvaldība** sava projekta ietvaros uztic un līdzfinansē koordināciju, **nevalstiskā organizācija** (Fundacja Centrum Aktywności Twórczej, Lasocice, ul. Zachodnia 6, 64-100 Leszno) vada brīvprātīgo centru, bet **uzņemošo organizāciju tīkls** dod brīvprātīgajiem uzdevumus. Brīvprātīgo uzturēšanos finansē Eiropas Savienības programmas.$t$,
   $t$1. **Viens centrs visai pilsētai.** Fonds tīkla vārdā raksta pieteikumus ES programmām, atlasa brīvprātīgos, organizē viņu ierašanos, dzīvesvietu un apdrošināšanu un sagatavo atskaites. Uzņemošajām organizācijām pašām nav jāiziet programmu procedūras.
2. **Uzņemošo organizāciju tīkls.** Brīvprātīgie strādā vietās, kas pašas pieteikušas vajadzību: skolās un bērnudārzos, dienas centros, kultūras namos, nevalstiskajās organizācijās. Pirms brīvprātīgā ierašanās katra vieta nozīmē atbildīgo personu un apraksta uzdevumus.
3. **Noteikts gada ritms.** Darba vietu pieteikšana un pieteikumi programmām → brīvprātīgo atlase (intervijas tiešsaistē) → ierašanās, ievadapmācība un poļu valodas kurss → darbs ar iknedēļas tikšanos pie koordinatora → izvērtēšana, prasmju sertifikāts un atvadu pasākums, uz kuru aicina arī uzņemošās organizācijas.
4. **Mentors ārpus darba vietas.** Katram brīvprātīgajam ir mentors, kurš nav viņa vadītājs: ar viņu var runāt par grūtībām, par to, ko brīvprātīgais mācās, un par plāniem pēc brīvprātīgā darba.
5. **Brīvprātīgie pilsētas dzīvē.** Papildus darbam organizācijās brīvprātīgie vada atvērtas valodu nodarbības un vakarus par savām valstīm – arī tur, kur nāk jaunieši, kurus citi piedāvājumi nesasniedz.
6. **Leszno jauniešu braucieni.** Centrs palīdz vietējiem jauniešiem doties brīvprātīgajā darbā un apmaiņās uz ārzemēm, bet pēc atgriešanās aicina viņus strādāt ar nākamajiem brīvprātīgajiem.
7. **Modeļa nodošana citiem.** Uzņemam pieredzes apmaiņas vizītes un konsultējam citas pilsētas. 2022. gadā projektā “Small-scale partnership – big step forward” (“Erasmus+: Jaunatne darbībā” 3. pamatdarbība “Atbalsts politikas reformai”) strādājām ar Daugavpils pilsētas domes Jaunatnes nodaļu: semināri, braucieni, darba grupas un konsultācijas.$t$,
   $t$- **Cilvēki.** Fondā: centra koordinators un darbinieki, kas atbild par pieteikumiem, atskaitēm un ikdienas atbalstu brīvprātīgajiem; mentori (bieži bijušie brīvprātīgie); katrā uzņemošajā organizācijā viena atbildīgā persona. Pašvaldībā: kontaktpersona, kas pazīst centru un palīdz jautājumos ar pilsētas iestādēm.
- **Nauda.** Brīvprātīgo uzturēšanās izmaksas – ceļu, dzīvesvietu, ēdināšanu, kabatas naudu, apdrošināšanu, valodas kursu – sedz ES programmas. Pašvaldība sava projekta ietvaros līdzfinansē koordināciju, tāpēc centrs nepazūd starp vienu un otru grantu. Uzņemošās organizācijas iegulda atbildīgo personu darbu un telpas.
- **Laiks.** No pieteikuma iesniegšanas līdz brīvprātīgo ierašanās parasti paiet no dažiem mēnešiem līdz gadam. Stabils uzņemošo organizāciju tīkls veidojās gadiem; pirmais gads galvenokārt ir procedūru apguve.
- **Telpas.** Centra birojs un telpa tikšanām un apmācībām; dzīvokļi brīvprātīgajiem uz visu uzturēšanās laiku.$t$,
   $t$- **Ilgtspēja.** Modelis bez pārtraukuma darbojas jau vairāk nekā desmit gadus (2022. gada dati). Daugavpils partneri to uzskatīja par pierādījumu modeļa ilgtspējai un efektivitātei un tāpēc izvēlējās Leszno par paraugu.
- **Tīkls.** Pilsētā pastāvīgi darbojas starptautisko brīvprātīgo tīkls, un uzņemošās organizācijas atgriežas ar jauniem pieteikumiem – arī tās, kas pašas nekad neiesniegtu pieteikumu ES programmai.
- **Leszno jaunieši.** Daļa jauniešu, kuri iepazina brīvprātīgos skolā vai dienas centrā, vēlāk paši devās brīvprātīgajā darbā vai apmaiņā; daži atgriezās kā mentori.
- **Pierādījumi.** Projektu atskaites ES programmām, brīvprātīgo prasmju sertifikāti, uzņemošo organizāciju aptaujas un publikācijas vietējos medijos. Precīzs brīvprātīgo skaits pa gadiem ir atskaitēs; šajā demonstrācijas tekstā to nenorādām.
- **Pārnese.** 2022. gadā modelis tika pārnests uz Daugavpili – kā tas notika, aprakstīts pārneses lapā.$t$,
   $t$- **Lomu sadale darbojas, ja tā ir pierakstīta.** Līgums ar pašvaldību nosaka, par ko atbild centrs un par ko – pašvaldība. Kad tā nebija, “nevienam nepiederošie” jautājumi (piemēram, brīvprātīgo dzīvesvietas deklarēšana, saziņa ar iestādēm) pēdējā brīdī atgriezās pie fonda.
- **Nestrādāja: brīvprātīgais bez atbildīgās personas.** Sākumā pieņēmām pieteikumus no organizācijām, kurām nebija ne sagatavotu uzdevumu, ne atbildīgās personas. Brīvprātīgais bez uzdevumiem ātri zaudē motivāciju, bet organizācija – uzticību programmai. Tagad bez atbildīgās personas un uzdevumu plāna pieteikumu nepieņemam.
- **Nestrādāja: viss uz viena granta.** Kad visa koordinācija bija atkarīga no viena pieteikuma, tā noraidījums apturēja centru uz gadu. Pašvaldības līdzfinansējums un vairāki finansējuma avoti dod nepārtrauktību.
- **Dzīvesvieta ir biežākā problēma.** Dzīvokļus sākam meklēt agrāk nekā brīvprātīgos.
- **Valoda.** Poļu valodas kurss pirmajās nedēļās ļoti atvieglo darbu ar bērniem un senioriem; nodarbības tikai angļu valodā aizver daudzas durvis.
- **Mazāk aktīvie jaunieši paši nenāks.** Jāiet tur, kur viņi ir – uz dienas centriem, profesionālajām skolām, apkaimēm – un jāpiedāvā kas konkrēts, nevis vispārīgs “iesaisties”.$t$,
   $t$Kas vajadzīgs, lai modeli pārņemtu cita pilsēta:

1. **Nevalstiskais partneris**, kuram ir akreditācija ES brīvprātīgā darba programmās (šobrīd – Eiropas Solidaritātes korpuss) vai kurš ir gatavs to iegūt un kuram ir cilvēki ikdienas darbam ar brīvprātīgajiem.
2. **Pašvaldības lēmums** uzticēt koordināciju un līdzfinansēt to vairākus gadus, nevis viena projekta laikā, un kontaktpersona pašvaldībā.
3. **Dažas uzņemošās organizācijas sākumam** – labāk trīs labi sagatavotas nekā desmit nejaušas.
4. **Dzīvesvieta** brīvprātīgajiem, plānota laikus.
5. **Pacietība**: pirmais gads ir procedūru apguve; ietekmi uz vietējiem jauniešiem redz pēc dažiem uzņemšanas cikliem.

Ko var mainīt: apjomu (sākt ar vienu vai diviem brīvprātīgajiem), uzņemošo organizāciju veidu un to, vai centru vada nevalstiskā organizācija vai – ja piemērota partnera nav – pašvaldības iestāde ar lielu patstāvību. Ko nemainīt: atbildīgo personu katrā darba vietā un mentoru ārpus tās.

*Demonstrācijas teksts: informācija, kas pārsniedz projekta aprakstu, ir ilustratīva.*$t$),

  -- SOLID (002_)
  ('10000000-0000-4000-8000-000000000002', 'lv', 'original',
   $t$Saziņa ar iedzīvotājiem: pašvaldības darbinieki mācās no partneru pilsētām (SOLID)$t$,
   $t$Tīklā SOLID (“Eiropa pilsoņiem”, 2018–2019, vadošais partneris – Jette kultūras centrs, Beļģija) Daugavpils uz starptautiskajām tikšanās reizēm sūtīja ne tikai sabiedrisko attiecību speciālistus, bet arī tos pašvaldības darbiniekus, kas ikdienā runā ar iedzīvotājiem. Piecās tikšanās reizēs un 15 mobilitātēs viņi apkopoja partneru labās prakses piemērus saziņā ar sabiedrību un dialoga veidošanā, pēc katra brauciena pastāstīja par tiem kolēģiem un dažus izmēģināja Daugavpilī.$t$,
   $t$Iedzīvotāji par pašvaldību spriež ne tikai pēc preses relīzēm un tīmekļa vietnes, bet arī pēc tā, kā ar viņiem runā klientu apkalpošanas centrā, pa tālruni vai pieņemšanā. Daugavpilī, tāpat kā daudzās pašvaldībās, par “komunikāciju” atbildēja sabiedrisko attiecību speciālisti, bet darbinieki, kas katru dienu atbild uz iedzīvotāju jautājumiem, starptautiskā pieredzes apmaiņā gandrīz nepiedalījās.

Projekts SOLID – “Vietējās solidaritātes – globālās solidaritātes tīkls” (“Eiropa pilsoņiem” 2. sadaļa “Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība”, apakšpasākums “Pašvaldību tīklojumi”) apvienoja Jette kultūras centru (Beļģija) un 12 partnerus no Latvijas, Bulgārijas, Ungārijas, Grieķijas, Serbijas, Slovākijas, Itālijas, Maķedonijas, Polijas, Spānijas un Rumānijas. Daugavpils dalību apstiprināja Daugavpils pilsētas dome ar 2018. gada 22. februāra lēmumu Nr. 57. Projekta mērķis bija sekmēt starptautisko sadarbību, Daugavpils atpazīstamību ES kontekstā un pilsoņu izpratni par ES; viens no paredzētajiem rezultātiem – apkopoti partnervalstu labās prakses piemēri saziņā ar sabiedrību un veiksmīga dialoga veidošanā.

Daugavpils iedzīvotāji pašvaldības informāciju lasa vairākās valodās, un daudzi paziņojumi bija rakstīti oficiālā stilā, kam grūti izsekot. Šī prakse atbild uz jautājumu: kā panākt, lai citu pilsētu pieredze nonāk pie tiem, kas ar iedzīvotājiem runā katru dienu?$t$,
   $t$1. **Jaukta delegācija.** Katrai tikšanās reizei izvēlējāmies gan sabiedrisko attiecību speciālistus, gan darbiniekus no struktūrvienībām, kas tieši apkalpo iedzīvotājus. Delegāciju lielums atbilda projekta plānam:
   - projekta atklāšanas tikšanās Jettē, Beļģijā, 2018. gada martā (3 pārstāvji);
   - tikšanās Bulgārijā 2018. gada jūnijā (6 pārstāvji);
   - tikšanās Itālijā 2018. gada oktobrī (2 pārstāvji);
   - tikšanās Grieķijā 2019. gada martā (2 pārstāvji);
   - gala rezultātu izplatīšanas konference Jettē 2019. gada septembrī (2 pārstāvji).
2. **Jautājums līdzi.** Katrs dalībnieks brauca ar vienu jautājumu no sava ikdienas darba (piemēram, kā atbildēt uz sūdzību, kā informēt apkaimi par remontdarbiem) un tikšanās laikā noskaidroja, kā to risina partneri.
3. **Daugavpils pieredzes prezentācija.** Darba semināros un darba grupās stāstījām, kā Daugavpils informē iedzīvotājus, un lūdzām partneru komentārus.
4. **Atskaite kolēģiem divu nedēļu laikā.** Pēc katra brauciena – viena lapa “ko redzējām un ko varētu izmēģināt” un īss stāstījums struktūrvienības sanāksmē.
5. **Piemēru krājums.** Partneru piemērus apkopojām vienā dokumentā pa tēmām: skaidra valoda, atbildes uz iedzīvotāju jautājumiem, tikšanās ar iedzīvotājiem apkaimēs, brīvprātīgo un NVO iesaiste.
6. **Mazi izmēģinājumi.** Dažus piemērus izmēģinājām Daugavpilī, piemēram, paziņojumu pārrakstīšanu vienkāršā valodā pirms publicēšanas un kolēģa pārbaudi, vai paziņojums saprotams cilvēkam ārpus pašvaldības.$t$,
   $t$- **Nauda.** Daugavpils pilsētas domes budžets projektā – 4160 EUR, t. sk. ES līdzfinansējums 1500 EUR un domes līdzfinansējums 2660 EUR (1990 EUR 2018. gadā un 670 EUR 2019. gadā). Dome arī priekšfinansēja ES daļu: 1100 EUR 2018. gadā un 400 EUR 2019. gadā.
- **Cilvēki.** 15 pašvaldības darbinieku mobilitātes piecos braucienos; projekta koordinators, kas sagatavoja braucienus un apkopoja materiālus; struktūrvienību vadītāji, kas atbrīvoja darbiniekus no ikdienas pienākumiem un uzklausīja viņu atskaites.
- **Laiks.** Projekts ilga no 2018. gada 1. janvāra līdz 2019. gada 15. novembrim. Katrs brauciens – dažas darba dienas, un vēl apmēram diena sagatavošanās un atskaitei.$t$,
   $t$- Notika 5 starptautiski pasākumi un 15 pašvaldības darbinieku mobilitātes, kā plānots.
- Apkopoti partnervalstu labās prakses piemēri saziņā ar sabiedrību un dialoga veidošanā; tie ir pieejami kolēģiem kopā ar šo aprakstu.
- Dalībnieki paaugstināja zināšanas un kompetenci un ieguva starptautisku pieredzi; vairāki no viņiem pēc tam paši ierosināja izmaiņas savas struktūrvienības saziņā ar iedzīvotājiem.
- Pierādījumi: domes lēmums Nr. 57 (2018. gada 22. februāris), brauciena atskaites, piemēru krājums, partneru tikšanās reižu dalībnieku saraksti.

Ko nevaram pierādīt: mēs neizmērījām, vai iedzīvotāji pēc projekta pašvaldības saziņu vērtē labāk. Tas būtu nākamais solis – piemēram, īsa aptauja klientu apkalpošanas centrā pirms un pēc izmaiņām.$t$,
   $t$- **Klientu apkalpošanas darbinieki ir vērtīgākie dalībnieki.** Viņi jautāja konkrētāk un redzēto izmantoja biežāk nekā tie, kam saziņa ir tikai viens no daudziem pienākumiem.
- **Nestrādāja: garas atskaites.** Pirmās atskaites bija vairākas lapas garas, un tās gandrīz neviens neizlasīja. Viena lapa un desmit minūtes sanāksmē strādāja daudz labāk.
- **Nestrādāja: divi cilvēki lielā tikšanās reizē.** Kur delegācijā bija tikai divi pārstāvji, viņi nevarēja piedalīties visās paralēlajās darba grupās, un daļa pieredzes palika neapgūta. Darba grupas jāizvēlas iepriekš, ņemot vērā, ko pašvaldība grib uzzināt.
- **Valoda.** Ne visi darbinieki brīvi runā angliski; palīdzēja sagatavošanās kopā ar kolēģi, kas runā, un īsa jēdzienu vārdnīca.
- **Mazs budžets nenozīmē mazu rezultātu**, ja zināšanas nepaliek tikai pie tiem, kas brauca.$t$,
   $t$Lai pārņemtu šo praksi, vajag:

- dalību starptautiskā tīklā vai pieredzes apmaiņā, kur partneri ir gatavi dalīties ar savu ikdienas praksi, nevis tikai ar prezentācijām;
- vadītāju atbalstu, lai klientu apkalpošanas darbinieki varētu braukt un pēc tam veltīt laiku izmēģinājumiem;
- vienkāršu atskaites formu (viena lapa) un noteiktu termiņu;
- kādu, kas apkopo piemērus un seko, vai izmēģinājumi tiešām notiek.

Prakse der jebkura lieluma pašvaldībai; maza pašvaldība delegāciju var veidot kopā ar kaimiņu pašvaldību.

*Demonstrācijas teksts: informācija, kas pārsniedz projekta aprakstu, ir ilustratīva.*$t$),
  ('10000000-0000-4000-8000-000000000002', 'en', 'reviewed',
   $t$Communicating with citizens: municipal staff learning from partner towns (SOLID)$t$,
   $t$In the SOLID network (Europe for Citizens, 2018–2019, lead partner the Jette cultural centre, Belgium), Daugavpils sent to the international meetings not only its public-relations specialists but also the municipal staff who talk to residents every day. Over five meetings and 15 mobilities they collected the partners' good practices in communicating with the public and building dialogue, told their colleagues about them after every trip and tried some of them out in Daugavpils.$t$,
   $t$Residents judge their municipality not only by press releases and the website, but by how they are spoken to at the customer service centre, on the phone or at an appointment. In Daugavpils, as in many municipalities, “communication” was the job of the public-relations specialists, while the staff who answer residents' questions every day hardly ever took part in international exchanges.

SOLID – “Local solidarity – global solidarity Network” (Europe for Citizens, strand 2 “Democratic engagement and civic participation”, measure “Networks of Towns”) brought together the Jette cultural centre (Belgium) and 12 partners from Latvia, Bulgaria, Hungary, Greece, Serbia, Slovakia, Italy, Macedonia, Poland, Spain and Romania. Daugavpils City Council approved its participation by decision No. 57 of 22 February 2018. The project set out to foster international cooperation, the profile of Daugavpils in the EU and citizens' understanding of the EU; one of its planned results was a collection of good-practice examples from the partner countries on communicating with the public and building a successful dialogue.

The people of Daugavpils read the municipality's information in more than one language, and many announcements were written in an official style that is hard to follow. This practice answers the question: how do you make sure that other towns' experience reaches the people who talk to residents every day?$t$,
   $t$1. **A mixed delegation.** For every meeting we chose both public-relations specialists and staff from the units that serve residents directly. The size of the delegations followed the project plan:
   - March 2018 – kick-off meeting in Jette, Belgium (3 representatives);
   - June 2018 – Bulgaria (6 representatives);
   - October 2018 – Italy (2 representatives);
   - March 2019 – Greece (2 representatives);
   - September 2019 – final results dissemination conference in Jette (2 representatives).
2. **A question to take along.** Each participant travelled with one question from their own daily work (for example, how to answer a complaint, how to tell a neighbourhood about road works) and found out during the meeting how the partners deal with it.
3. **Presenting Daugavpils' experience.** In the workshops and working groups we showed how Daugavpils informs its residents and asked the partners for comments.
4. **A report to colleagues within two weeks.** After every trip: one page on “what we saw and what we could try” and a short talk at the unit's staff meeting.
5. **A collection of examples.** We gathered the partners' examples in one document, by topic: plain language, answering residents' questions, meeting residents in the neighbourhoods, involving volunteers and NGOs.
6. **Small trials.** We tried some of the examples out in Daugavpils, for instance rewriting announcements in plain language before publishing them, and asking a colleague to check whether someone outside the municipality would understand them.$t$,
   $t$- **Money.** Daugavpils City Council's budget in the project was EUR 4,160, of which EUR 1,500 EU co-financing and EUR 2,660 council co-financing (EUR 1,990 in 2018 and EUR 670 in 2019). The council also pre-financed the EU share: EUR 1,100 in 2018 and EUR 400 in 2019.
- **People.** 15 mobilities of municipal staff over five trips; the project coordinator, who prepared the trips and gathered the material; heads of units, who freed their staff from daily duties and listened to their reports.
- **Time.** The project ran from 1 January 2018 to 15 November 2019. Each trip took a few working days, plus about a day for preparation and the report.$t$,
   $t$- 5 international events and 15 mobilities of municipal staff took place, as planned.
- Good-practice examples from the partner countries on communicating with the public and building dialogue were collected; colleagues can find them together with this write-up.
- The participants raised their knowledge and competence and gained international experience; several of them went on to propose changes to how their own units communicate with residents.
- Evidence: council decision No. 57 (22 February 2018), the trip reports, the collection of examples, the attendance lists of the partner meetings.

What we cannot prove: we did not measure whether residents rate the municipality's communication better after the project. That would be the next step – for instance a short survey at the customer service centre before and after a change.$t$,
   $t$- **Customer service staff are the most valuable participants.** They asked more specific questions and used what they saw more often than those for whom communication is one duty among many.
- **What did not work: long reports.** The first reports ran to several pages and hardly anyone read them. One page and ten minutes at a staff meeting worked much better.
- **What did not work: two people at a big meeting.** Where the delegation had only two representatives, they could not attend all the parallel working groups, and part of the experience was lost. Choose the working groups in advance, according to what the municipality wants to learn.
- **Language.** Not all staff speak English fluently; preparing together with a colleague who does, and a short glossary of terms, helped.
- **A small budget does not mean a small result**, as long as the knowledge does not stay only with those who travelled.$t$,
   $t$To take this practice over you need:

- a place in an international network or exchange where the partners are ready to share their everyday practice, not just presentations;
- the support of managers, so that customer service staff can travel and then spend time on trials;
- a simple report format (one page) and a set deadline;
- someone who gathers the examples and follows up on whether the trials really happen.

The practice suits a municipality of any size; a small municipality can form a delegation together with a neighbouring one.

*Demo text: details beyond the project sheet are illustrative.*$t$),

  -- WIR (003_)
  ('10000000-0000-4000-8000-000000000003', 'lv', 'original',
   $t$Iedzīvotāji starptautiskas tikšanās centrā: integrācijas un līdzdalības metodes no projekta WIR$t$,
   $t$Projektā WIR (“Eiropa pilsoņiem”, 2017–2019, vadošais partneris – Vänersborg pašvaldība, Zviedrija) desmit organizācijas no septiņām valstīm deviņos starptautiskos pasākumos apmainījās ar metodēm, kā pašvaldība strādā ar dažādām sociālajām grupām un veicina pilsonisko līdzdalību. Daugavpils šīs metodes apkopoja un, uzņemot partnerus, atvēra tikšanos vietējiem iedzīvotājiem: lai informētu par ES integrācijas procesiem, runātu par stereotipiem un kopā izvērtētu projektā sasniegto.$t$,
   $t$Daugavpils ir daudzvalodīga un daudzkultūru pilsēta, bet pašvaldības darbs ar dažādām sociālajām grupām – jauniešiem, senioriem, cilvēkiem ar invaliditāti, dažādu tautību iedzīvotājiem – bieži notiek katrā iestādē atsevišķi. Par Eiropas Savienību un tās integrācijas politiku iedzīvotāji parasti uzzina no medijiem, nevis no tiešas saskarsmes ar citu Eiropas pilsētu pieredzi. Starptautiskās projektu tikšanās parasti notiek slēgtā lokā: partneri runā savā starpā, bet pilsētas iedzīvotāji par tām uzzina vēlāk no preses relīzes – ja vispār.

Projekts WIR – “Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana” – ilga no 2017. gada 16. oktobra līdz 2019. gada 15. oktobrim. To vadīja Vänersborg pašvaldība (Zviedrija), un partneri bija Collecchio un Ravennas pašvaldības un Sweden Emilia – Romagna Network Associazione (Itālija), Verein für sozialprävention und gemeinwesenarbeit – Sociālās aprūpes un sabiedrisko darbu asociācija Lincā (Austrija), Landkreis Kassel un Landkreis Offenbach (Vācija), Alikantes Universitāte (Spānija), Etela-Pohjanmaan Nuorisoseurary Seinājoki (Somija) un Daugavpils pilsētas dome. Projekta specifiskais mērķis bija izprast ES izstrādāto un pielietoto stratēģiju integrācijas procesā un paaugstināt iedzīvotāju iesaistīšanās līmeni, iesaistot visu līmeņu sociālās grupas.$t$,
   $t$## Metožu apkopošana

1. **Vismaz viena metode no katra pasākuma.** Deviņos starptautiskajos pasākumos partneri izmantoja dažādas darba metodes. Pēc katra pasākuma Daugavpils dalībnieki aprakstīja vismaz vienu metodi: kam tā domāta, kā to vada, kas tai vajadzīgs un ko tā deva partnera pilsētā.
2. **Tēmas.** Īpaša uzmanība tika pievērsta izglītības lomai integrācijā un stereotipiem sabiedrībā – abām tēmām projektā bija veltītas atsevišķas diskusijas.
3. **Preses relīze pēc katras tikšanās.** Kopā tika publicētas 8 preses relīzes – no pirmās partneru tikšanās līdz noslēguma tikšanās reizei –, lai iedzīvotāji varētu sekot projektam, nevis uzzinātu par to tikai beigās.

## Tikšanās Daugavpilī, atvērta iedzīvotājiem

4. **Programmā – daļa iedzīvotājiem.** Kad Daugavpils uzņēma projekta viesus, daļa programmas bija atvērta vietējiem iedzīvotājiem: informācija par ES integrācijas procesiem, partneru pilsētu piemēri un diskusija.
5. **Sarunas mazās grupās.** Iedzīvotāji un partneri runāja pie galdiem pa 6–8 cilvēkiem ar moderatoru, kurš vajadzības gadījumā arī tulkoja; katrs galds izvēlējās vienu ideju, ko pastāstīt visiem.
6. **Kopīgs izvērtējums.** Tikšanās noslēgumā dalībnieki – gan partneri, gan iedzīvotāji – izvērtēja projektā sasniegto un to, kuras partneru metodes derētu Daugavpilij.
7. **Gala rezultāts divās valodās.** Projekta gala rezultāts publicēts latviešu un angļu valodā.$t$,
   $t$- **Nauda.** Daugavpils pilsētas domes budžets projektā – 14 600 EUR, t. sk. ES līdzfinansējums 9800 EUR un domes līdzfinansējums 4800 EUR (3600 EUR 2018. gadā, 1200 EUR 2019. gadā). ES finansējums: avanss 40% jeb 3920 EUR, atlikušie 60% jeb 5880 EUR – pēc projekta pabeigšanas, tāpēc dome tos priekšfinansēja (3000 EUR 2018. gadā, 2880 EUR 2019. gadā).
- **Cilvēki.** 16 pašvaldības darbinieku mobilitātes; projekta koordinators; tikšanās Daugavpilī – moderatori un tulki no pašvaldības iestādēm un NVO.
- **Laiks.** Divi gadi; tikšanās Daugavpilī sagatavošana – apmēram trīs mēneši.
- **Telpas.** Zāle kopīgajai daļai un telpas darbam grupās, pieejamas arī cilvēkiem ar kustību traucējumiem.$t$,
   $t$- Noorganizēti 9 starptautiski pasākumi, tostarp starptautiskais pasākums Daugavpilī, kurā tika iesaistīti vietējie iedzīvotāji.
- Izpildītas 16 pašvaldības darbinieku mobilitātes; darbinieki ieguva pieredzi un zināšanas darbā ar dažādu sociālo grupu pārstāvjiem.
- Apkopota informācija par dažādām metodēm pašvaldību darbā ar dažādām sociālajām grupām.
- Publicētas 8 preses relīzes; gala rezultāts pieejams latviešu un angļu valodā projekta vietnē [www.wirproject.eu](https://www.wirproject.eu/).
- Veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība. Cik iedzīvotāju piedalījās tikšanās reizē Daugavpilī, projekta apraksts nenorāda, tāpēc arī šeit skaitli nesniedzam.$t$,
   $t$- **Atvērtai tikšanās reizei vajag citu programmu.** Partneru darba sesijas un iedzīvotāju diskusija jāplāno atsevišķi: kad tās mēģinājām apvienot vienā sesijā, iedzīvotāji klausījās prezentācijas angļu valodā un paši neko neteica.
- **Nestrādāja: tikai afišas un tīmekļa vietne.** Uz atvērto daļu ieradās galvenokārt tie, kurus personīgi uzaicināja NVO, skolas un apkaimju aktīvisti. Nākamreiz aicinātu caur organizācijām jau no paša sākuma.
- **Stereotipi ir labs sarunas sākums**, jo par tiem katram ir savs stāsts; vispārīga tēma “integrācija” sarunu neuzsāka.
- **Metodes jāapraksta uzreiz.** Pēc pirmajām tikšanās reizēm piezīmes bija tik īsas, ka vēlāk metodi nevarēja atkārtot; ieviesām vienotu apraksta formu.
- **Preses relīzes uztur interesi**, bet tās lasa galvenokārt tie, kas jau ir iesaistīti.$t$,
   $t$Lai šo pieeju izmantotu savā pilsētā, vajag:

- starptautisku partneru tikšanos, ko pilsēta uzņem, un partneru piekrišanu daļu programmas atvērt iedzīvotājiem;
- moderatorus un tulkus katrai grupai (tie var būt brīvprātīgie vai NVO pārstāvji);
- sadarbības partnerus – NVO, skolas, apkaimju grupas –, kas iedzīvotājus uzaicina personīgi;
- vienotu metožu apraksta formu jau no pirmās tikšanās;
- plānu, kā atgriezties pie iedzīvotājiem ar rezultātu – vismaz ar gala rezultātu viņu valodā.

*Demonstrācijas teksts: informācija, kas pārsniedz projekta aprakstu, ir ilustratīva.*$t$),
  ('10000000-0000-4000-8000-000000000003', 'en', 'reviewed',
   $t$Residents at the heart of an international meeting: integration and participation methods from WIR$t$,
   $t$In the WIR project (Europe for Citizens, 2017–2019, lead partner the Municipality of Vänersborg, Sweden), ten organisations from seven countries exchanged, over nine international events, methods that municipalities use to work with different social groups and to encourage civic participation. Daugavpils collected these methods and, when it hosted the partners, opened the meeting to local residents: to inform them about EU integration processes, to talk about stereotypes and to evaluate together what the project had achieved.$t$,
   $t$Daugavpils is a multilingual, multicultural city, but the municipality's work with different social groups – young people, older people, people with disabilities, residents of different nationalities – often happens separately in each institution. Residents usually learn about the European Union and its integration policies from the media rather than from direct contact with the experience of other European towns. International project meetings usually take place behind closed doors: the partners talk among themselves, and the town's residents hear about them later from a press release – if at all.

WIR – “Promoting democratic engagement and civic participation” – ran from 16 October 2017 to 15 October 2019. It was led by the Municipality of Vänersborg (Sweden); the partners were the municipalities of Collecchio and Ravenna and the Sweden Emilia – Romagna Network Associazione (Italy), the Verein für sozialprävention und gemeinwesenarbeit – an association for social care and community work in Linz (Austria), Landkreis Kassel and Landkreis Offenbach (Germany), the University of Alicante (Spain), Etela-Pohjanmaan Nuorisoseurary in Seinäjoki (Finland) and Daugavpils City Council. Its specific aim was to understand the strategy the EU has developed and applies to the integration process, and to raise residents' engagement by involving social groups of every level.$t$,
   $t$## Collecting methods

1. **At least one method from every event.** At the nine international events the partners used a range of working methods. After each event the Daugavpils participants described at least one method: who it is for, how it is run, what it needs and what it brought to the partner's town.
2. **Themes.** Particular attention went to the role of education in integration and to stereotypes in society – the project held separate discussions on both.
3. **A press release after every meeting.** Eight press releases were published in all – from the first partner meeting to the closing meeting – so that residents could follow the project rather than hear about it only at the end.

## A meeting in Daugavpils, open to residents

4. **Part of the programme for residents.** When Daugavpils hosted the project's guests, part of the programme was open to local residents: information on EU integration processes, examples from the partner towns, and a discussion.
5. **Talking in small groups.** Residents and partners talked at tables of 6–8 people with a moderator, who also interpreted where needed; each table chose one idea to share with everyone.
6. **A joint evaluation.** At the end of the meeting the participants – partners and residents alike – evaluated what the project had achieved and which of the partners' methods would suit Daugavpils.
7. **The final result in two languages.** The project's final result was published in Latvian and English.$t$,
   $t$- **Money.** Daugavpils City Council's budget in the project was EUR 14,600, of which EUR 9,800 EU co-financing and EUR 4,800 council co-financing (EUR 3,600 in 2018, EUR 1,200 in 2019). EU funding: an advance of 40% (EUR 3,920) and the remaining 60% (EUR 5,880) after the project was completed, so the council pre-financed that part (EUR 3,000 in 2018, EUR 2,880 in 2019).
- **People.** 16 mobilities of municipal staff; the project coordinator; for the meeting in Daugavpils, moderators and interpreters from municipal institutions and NGOs.
- **Time.** Two years; preparing the meeting in Daugavpils took about three months.
- **Premises.** A hall for the plenary part and rooms for group work, accessible to people with reduced mobility.$t$,
   $t$- 9 international events were organised, including the international event in Daugavpils that involved local residents.
- 16 mobilities of municipal staff took place; the staff gained experience and knowledge of working with people from different social groups.
- Information on the different methods municipalities use in their work with different social groups was collected.
- 8 press releases were published; the final result is available in Latvian and English on the project website, [www.wirproject.eu](https://www.wirproject.eu/).
- Residents' democratic engagement and civic participation were encouraged. The project sheet does not say how many residents took part in the meeting in Daugavpils, so we give no figure here either.$t$,
   $t$- **An open meeting needs a different programme.** The partners' working sessions and the residents' discussion have to be planned separately: when we tried to combine them in one session, residents listened to presentations in English and said nothing themselves.
- **What did not work: posters and the website alone.** The open part was attended mainly by people whom NGOs, schools and neighbourhood activists had invited personally. Next time we would invite through organisations from the very start.
- **Stereotypes are a good way into a conversation**, because everyone has a story about them; “integration” as a general topic did not get people talking.
- **Describe methods straight away.** After the first meetings the notes were so brief that nobody could repeat the method later; we introduced a common description form.
- **Press releases keep interest alive**, but they are read mostly by those who are already involved.$t$,
   $t$To use this approach in your own town you need:

- an international partner meeting that your town hosts, and the partners' agreement to open part of the programme to residents;
- a moderator and an interpreter for each group (they can be volunteers or NGO staff);
- partners – NGOs, schools, neighbourhood groups – who invite residents personally;
- a common form for describing methods, from the first meeting on;
- a plan for going back to residents with the result – at least the final result in their language.

*Demo text: details beyond the project sheet are illustrative.*$t$),

  -- HOP! (004_)
  ('10000000-0000-4000-8000-000000000004', 'lv', 'original',
   $t$Brīvprātīgais darbs pašvaldībā: koordinatori un brīvprātīgie mācās kopā (HOP!)$t$,
   $t$Projektā HOP! – “Atveriet sirdis, cilvēki!” (“Eiropa pilsoņiem”, 2018, vadošais partneris – Toruņas pilsētas pašvaldība, Polija) Daugavpils uz starptautisko tikšanos Toruņā 2018. gada 11.–12. aprīlī nosūtīja septiņus cilvēkus: speciālistus, kas koordinē brīvprātīgo darbu, un brīvprātīgos, kas darbojas pašvaldībā. Kopīgs brauciens ļāva uz brīvprātīgo darbu paskatīties no abām pusēm un sagatavot priekšlikumus, kā to organizēt un kā motivēt brīvprātīgos. Aprakstā – arī tas, kas pēc projekta neizdevās.$t$,
   $t$Brīvprātīgais darbs Daugavpilī 2018. gadā jau notika – pašvaldības iestādēs, skolās, kultūras pasākumos, sociālajā jomā –, bet katra iestāde to organizēja pati. Nebija kopīgu noteikumu, kā brīvprātīgos piesaistīt, kā ar viņiem vienoties un kā viņiem pateikties, un nebija vietas, kur iedzīvotājs varētu uzzināt, kur viņa palīdzība noderētu.

Projekts HOP! – “Atveriet sirdis, cilvēki!” (“Eiropa pilsoņiem” 2.1. pasākums “Sadarbība starp pilsētām”, 2018. gada 2. janvāris – 31. augusts) apvienoja pilsētas, kurās brīvprātīgais darbs ir attīstīts dažādos līmeņos: Toruņu (vadošais partneris), Gotingenu, Daugavpili, Kauņu, Klaipēdu, kā arī Modernās mākslas centru un Nikolaja Kopernika Universitātes Karjeras dienestu Polijā. Projekta tēma – kā veidot brīvprātīgo darbu pilsētā, balstoties uz Eiropas vērtībām un risinājumiem; mērķis – veicināt zināšanu apmaiņu starp Eiropas rietumu un austrumu pilsētām un apkopot labākās brīvprātīgā darba organizēšanas prakses.

Pieredzes apmaiņā bieži brauc tikai tie, kas brīvprātīgo darbu organizē, un brīvprātīgo viedoklis paliek mājās. Daugavpils šoreiz rīkojās citādi.$t$,
   $t$1. **Jaukta delegācija.** Uz tikšanos Toruņā 2018. gada 11.–12. aprīlī devās 7 cilvēki no Daugavpils: speciālisti, kas koordinē brīvprātīgo darbu pašvaldības iestādēs, un brīvprātīgie, kas darbojas pašvaldībā. Brīvprātīgie bija pilntiesīgi delegācijas dalībnieki, nevis pavadoņi.
2. **Sagatavošanās kopā.** Pirms brauciena delegācija satikās, lai vienotos, ko katrs vēlas uzzināt; brīvprātīgie sagatavoja savus jautājumus par motivāciju un atzinību.
3. **Konference un darba grupas.** Toruņā dalībnieki sadalījās pa darba grupām: brīvprātīgā darba organizēšana, brīvprātīgo motivēšana, iesaistīšanās brīvprātīgajā darbā Eiropas līmenī, sadarbība starp institūcijām, apmaiņa ar labākajām praksēm, ES programmas.
4. **Kopīgi secinājumi.** Pēc atgriešanās delegācija sagatavoja priekšlikumus pašvaldībai: viena kontaktpersona brīvprātīgā darba jautājumos, vienkāršs vienošanās paraugs ar brīvprātīgo, ikgadējs pateicības pasākums un informācija par ES programmām, kas atbalsta brīvprātīgo kustību.
5. **Pieredzes nodošana tālāk.** Brīvprātīgie par braucienu pastāstīja citiem brīvprātīgajiem, koordinatori – kolēģiem savās iestādēs.$t$,
   $t$- **Nauda.** Daugavpils pilsētas domes budžets projektā – 550 EUR: ES līdzfinansējums 350 EUR (dome to priekšfinansēja) un domes līdzfinansējums 200 EUR.
- **Cilvēki.** 7 dalībnieki (7 mobilitātes) un projekta koordinators, kas organizēja braucienu.
- **Laiks.** Divu dienu tikšanās un ceļš; sagatavošanās un secinājumiem – dažas tikšanās reizes pirms un pēc brauciena.$t$,
   $t$- Izpildītas 7 pašvaldības darbinieku mobilitātes; organizēta starptautiskā konference (to rīkoja vadošais partneris Toruņā).
- Iegūta pieredze un zināšanas par brīvprātīgo darbu Eiropas kontekstā un par Eiropas programmām, kas atbalsta brīvprātīgo kustību.
- Apkopotas labākās brīvprātīgā darba organizēšanas prakses Eiropas pilsētās.
- Brīvprātīgie, kas brauca, pēc tam aktīvāk iesaistīja citus – viņu stāsti par Toruņu pārliecināja vairāk nekā jebkura pašvaldības informācija.
- Pierādījumi: dalībnieku saraksts, konferences programma, delegācijas priekšlikumi pašvaldībai.$t$,
   $t$- **Brīvprātīgo balss pieredzes apmaiņā ir vērtīga.** Koordinatori un brīvprātīgie vienu un to pašu konferenci redzēja atšķirīgi; kopīgie secinājumi bija reālistiskāki.
- **Nestrādāja: viena tikšanās bez turpinājuma.** Projekts ilga astoņus mēnešus, un tajā bija viena starptautiska tikšanās. Priekšlikumi tika sagatavoti, bet bez atsevišķa finansējuma un atbildīgas struktūras brīvprātīgais darbs pilsētā palika sadrumstalots pa iestādēm.
- **Ko no tā mācījāmies.** Šī pieredze bija viens no iemesliem, kāpēc 2022. gadā Daugavpils pilsētas domes Jaunatnes nodaļa projektā “Small-scale partnership – big step forward” ķērās pie brīvprātīgā darba sistēmas pilsētā un par paraugu izvēlējās Leszno brīvprātīgo centru – ar skaidru koordinatoru un ilgtermiņa finansējumu.
- **Ar mazu budžetu pietiek pieredzes apmaiņai**, bet nepietiek, lai redzēto ieviestu.$t$,
   $t$- Iekļaujiet delegācijā brīvprātīgos, ne tikai darbiniekus, un sedziet viņu izmaksas tāpat kā darbiniekiem.
- Sagatavojieties kopā un sadaliet darba grupas iepriekš.
- Jau pirms brauciena vienojieties, kurš pēc atgriešanās atbild par priekšlikumiem un kurā pašvaldības sanāksmē tos izskatīs.
- Plānojiet turpinājumu: otru tikšanos, nelielu izmēģinājumu vai pieteikumu nākamajam projektam.

*Demonstrācijas teksts: informācija, kas pārsniedz projekta aprakstu, ir ilustratīva.*$t$),
  ('10000000-0000-4000-8000-000000000004', 'en', 'reviewed',
   $t$Volunteering in the municipality: coordinators and volunteers learning together (HOP!)$t$,
   $t$In HOP! – “Open your hearts, people!” (Europe for Citizens, 2018, lead partner the City of Toruń, Poland), Daugavpils sent seven people to the international meeting in Toruń on 11–12 April 2018: specialists who coordinate volunteering and volunteers active in the municipality. Travelling together let them look at volunteering from both sides and draw up proposals on how to organise it and how to motivate volunteers. The write-up also says what did not work after the project.$t$,
   $t$In 2018 there was already volunteering in Daugavpils – in municipal institutions, schools, cultural events, the social sector – but each institution organised it on its own. There were no common rules on how to recruit volunteers, how to agree things with them and how to thank them, and no place where residents could find out where their help would be useful.

HOP! – “Open your hearts, people!” (Europe for Citizens, measure 2.1 “Town Twinning”, 2 January – 31 August 2018) brought together towns where volunteering has reached different levels: Toruń (lead partner), Göttingen, Daugavpils, Kaunas, Klaipėda, and in Poland a Modern Art Centre and the Careers Service of Nicolaus Copernicus University. Its theme was how to build volunteering in a town on European values and solutions; its aim, to foster the exchange of knowledge between towns in western and eastern Europe and to collect the best practices of organising volunteering.

Often only those who organise volunteering go on exchanges, and the volunteers' view stays at home. This time Daugavpils did it differently.$t$,
   $t$1. **A mixed delegation.** Seven people from Daugavpils went to the meeting in Toruń on 11–12 April 2018: specialists who coordinate volunteering in municipal institutions, and volunteers active in the municipality. The volunteers were full members of the delegation, not companions.
2. **Preparing together.** Before the trip the delegation met to agree on what each of them wanted to find out; the volunteers prepared their own questions about motivation and recognition.
3. **Conference and working groups.** In Toruń the participants split between the working groups: organising volunteering, motivating volunteers, volunteering at European level, cooperation between institutions, exchanging best practices, EU programmes.
4. **Joint conclusions.** Back home the delegation drew up proposals for the municipality: a single contact person for volunteering, a simple model agreement with volunteers, a yearly thank-you event, and information on the EU programmes that support the volunteer movement.
5. **Passing it on.** The volunteers told other volunteers about the trip; the coordinators told their colleagues in their institutions.$t$,
   $t$- **Money.** Daugavpils City Council's budget in the project was EUR 550: EUR 350 EU co-financing (pre-financed by the council) and EUR 200 council co-financing.
- **People.** 7 participants (7 mobilities) and the project coordinator, who organised the trip.
- **Time.** A two-day meeting plus travel; a few meetings before and after the trip for preparation and conclusions.$t$,
   $t$- 7 mobilities of municipal staff took place; an international conference was held (organised by the lead partner in Toruń).
- Experience and knowledge were gained of volunteering in the European context and of the European programmes that support the volunteer movement.
- The best practices of organising volunteering in European towns were collected.
- The volunteers who travelled went on to involve others more actively – their stories about Toruń convinced people more than any information from the municipality.
- Evidence: the list of participants, the conference programme, the delegation's proposals to the municipality.$t$,
   $t$- **Volunteers' voices are valuable in an exchange.** Coordinators and volunteers saw the same conference differently; their joint conclusions were more realistic.
- **What did not work: one meeting with no follow-up.** The project lasted eight months with one international meeting. The proposals were drawn up, but without dedicated funding and a responsible body, volunteering in the town stayed fragmented across institutions.
- **What we learnt from that.** This experience was one of the reasons why in 2022 the Youth Department of Daugavpils City Council took on a volunteering system for the town in the project “Small-scale partnership – big step forward”, and chose Leszno's volunteer centre as its model – with a clear coordinator and long-term funding.
- **A small budget is enough for an exchange**, but not for putting what you saw into practice.$t$,
   $t$- Include volunteers in the delegation, not only staff, and cover their costs as you do for staff.
- Prepare together and divide the working groups in advance.
- Agree before the trip who is responsible for the proposals afterwards and at which municipal meeting they will be discussed.
- Plan a follow-up: a second meeting, a small pilot or an application for the next project.

*Demo text: details beyond the project sheet are illustrative.*$t$),

  -- Young NEETs (000_): Latvian only, so that readers see the fallback when English is missing.
  ('10000000-0000-4000-8000-000000000005', 'lv', 'original',
   $t$Droša vieta jauniešu sarunai ar pašvaldību: strukturēts dialogs projektā Young NEETs$t$,
   $t$Projektā Young NEETs (“Pilsoņu, vienlīdzības, tiesību un vērtību programma”, 2024–2025, koordinators – Faenzas pašvaldība, Itālija) Daugavpils pilsētas Izglītības pārvalde kopā ar partneriem no 7 ES valstīm veido strukturētu dialogu starp jauniešiem – arī tiem, kas nemācās, nestrādā un neapgūst arodu (NEET), – un vietējām varas iestādēm. Vietējās tikšanās drošā vidē mijas ar starptautiskām darbnīcām; jaunieši paši sagatavo jautājumus, bet pašvaldība atbild, ko ar tiem darīs.$t$,
   $t$Jauniešu iesaiste pašvaldības lēmumos bieži aprobežojas ar aktīvākajiem – skolēnu pašpārvaldēm un jauniešu organizācijām. Tie, kas nemācās, nestrādā un neapgūst arodu, uz šādām sanāksmēm nenāk: viņus nesasniedz caur skolu, un ierastās sanāksmes ar runām un prezentācijām viņiem neko nepiedāvā.

Projekts “Tālāk – jauniešiem ir jāveido cerības par Eiropas nākotni” (Young NEETs shaping EXpectations for The future of Europe, CERV-2023-CITIZENS-TOWN-NT, 101138336) izauga no kopīga “Eiropa pilsoņiem” projekta. Tajā piedalās 7 partneri no 7 ES valstīm, koordinators – Faenzas pašvaldība Itālijā, Daugavpilī – Daugavpils pilsētas Izglītības pārvalde. Projekta mērķis ir izveidot labi strukturētu dialogu starp jauniešiem un vietējām varas iestādēm un saprast, kuri rīki var stimulēt jauniešu izaugsmi, iespējas un nodarbinātību vietējā un ES līmenī. Viens no konkrētajiem mērķiem – radīt drošu sanāksmju vietu jauniešiem, kur atklāties, dalīties idejās par savu nākotni un meklēt palīdzību.$t$,
   $t$1. **Jaunieši sasniedzami caur tiem, kam viņi uzticas.** Uz vietējām tikšanās reizēm jauniešus aicina jaunatnes darbinieki, jauniešu centri un biedrības, nevis oficiāla vēstule.
2. **Vispirms – tikai jaunieši.** Pirmajā tikšanās reizē piedalās tikai jaunieši un jaunatnes darbinieks; viņi vienojas par tēmām un sagatavo jautājumus pašvaldībai.
3. **Tad – saruna ar pašvaldību.** Otrajā tikšanās reizē pašvaldības pārstāvji atbild uz sagatavotajiem jautājumiem un klausās; katram jautājumam tiek pierakstīts, kurš un līdz kuram laikam atbildēs.
4. **Starptautiskās darbnīcas.** Jaunieši un izglītības jomas darbinieki piedalās nodarbībās un sanāksmēs Itālijā, Polijā, Kiprā, Maltā, Portugālē un Vācijā, kur salīdzina savas pilsētas pieredzi ar citām un radoši meklē, kā radīt jaunas darba vietas vai atrast iedvesmu mācībām. 2024. gada rudenī partnerus uzņēma Daugavpils.
5. **Tēmas no projekta mērķiem.** Nodarbinātība un mācības, zinātne un kultūras mantojums, dzimumu līdztiesība un vienlīdzīgas iespējas jaunajai paaudzei.
6. **Atgriezeniskā saite.** Pēc katras tikšanās jaunieši saņem īsu kopsavilkumu – kas tika apsolīts un kas jau izdarīts.$t$,
   $t$- **Nauda.** Kopējais finansējums – 31 700 EUR, 100% ES “Pilsoņu, vienlīdzības, tiesību un vērtību programmas” atbalsts. Daugavpils valstspilsētas dome 2024. gadā priekšfinansēja 40% jeb 12 680 EUR, kas tiks atgriezti pēc projekta noslēguma un gala atskaites iesniegšanas 2026. gadā.
- **Cilvēki.** 30 personas mobilitātēs – pašvaldības izglītības jomas darbinieki un jaunieši; jaunatnes darbinieki, kas sagatavo un vada vietējās tikšanās; pašvaldības pārstāvji, kas ir gatavi atbildēt.
- **Laiks.** 24 mēneši (2024. gada 1. janvāris – 2025. gada 31. decembris); vietējā tikšanās – apmēram divas stundas, plus sagatavošanās.
- **Telpas.** Vieta, kur jaunieši jūtas ērti (piemēram, jauniešu centrs), nevis pašvaldības sēžu zāle.$t$,
   $t$Plānotie rādītāji: 1555 tiešie dalībnieki starpvalstu līmenī un aptuveni 3700 netiešie dalībnieki – galvenokārt jaunieši, politiķi, skolotāji, jauniešu biedrības un apvienības; 30 personas mobilitātēs.

Sasniegtie rādītāji būs gala atskaitē, ko iesniedz pēc projekta noslēguma; projekta aprakstā tie nav, tāpēc šeit tos nenorādām. Kā pierādījumus projekts apkopo tikšanās reižu darba kārtības, dalībnieku skaitu pa pilsētām un valstīm, jauniešu jautājumus un pašvaldības atbildes.$t$,
   $t$- **Nestrādāja: aicinājums caur skolām.** Tie, kuri nemācās, skolas vēstules nesaņem. Jaunatnes darbinieki un vienaudži sasniedz daudz vairāk.
- **Neapsoliet to, ko nevarat izdarīt.** Jaunieši ātri zaudē uzticību, ja atbildi nesaņem; labāk godīgs “nē” ar paskaidrojumu nekā nekāda atbilde.
- **Laiks un vieta ir svarīgi.** Tikšanās darba laikā pašvaldības ēkā jaunieši neapmeklē; vakars jauniešu centrā strādāja labāk.
- **Mobilitātes motivē**, taču jāplāno, kā braucēji pēc tam iesaista tos, kas nebrauca.$t$,
   $t$Lai pārņemtu šo pieeju, vajag:

- jaunatnes darbiniekus vai organizācijas, kam jaunieši uzticas, un kas var aicināt arī tos, kuri nemācās un nestrādā;
- pašvaldības pārstāvjus, kuri ir gatavi klausīties un atbildēt noteiktā termiņā;
- vienkāršu veidu, kā pierakstīt jautājumus, atbildes un solījumus un pēc tam tos atgādināt;
- ja ir starptautiski partneri – darbnīcas, kurās jaunieši salīdzina savu pilsētu ar citām.

*Demonstrācijas teksts: informācija, kas pārsniedz projekta aprakstu, ir ilustratīva.*$t$);

-- Review: Leszno's editor submits the Polish original and the English translation; the coordinator
-- submits the Latvian translation of Leszno's practice and the English translation of HOP!'s.
set tilts.practice_text_action = 'submitted';
set request.jwt.claim.sub = '0c000000-0000-4000-8000-000000000004';
update public.practice_texts set state = 'submitted', version = version + 1
where practice_id = '10000000-0000-4000-8000-000000000001' and locale in ('pl', 'en');
set request.jwt.claim.sub = '0c000000-0000-4000-8000-000000000002';
update public.practice_texts set state = 'submitted', version = version + 1
where (practice_id, locale) in (('10000000-0000-4000-8000-000000000001', 'lv'), ('10000000-0000-4000-8000-000000000004', 'en'));

-- The coordinator, the approver of every one of these projects, publishes all but HOP!'s English
-- (which stays submitted, waiting for review); the council's own texts go from draft to published.
-- Readers see the publications, each a copy of its text as published.
set tilts.practice_text_action = 'published';
update public.practice_texts set state = 'published', review_comment = null, version = version + 1
where practice_id in ('10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002',
    '10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000005')
  and (practice_id, locale) <> ('10000000-0000-4000-8000-000000000004', 'en');
reset tilts.practice_text_action;

insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources,
  results, lessons, transfer, text_version, published_by)
select t.practice_id, t.locale, t.kind, t.title, t.summary, t.context, t.actions, t.resources,
  t.results, t.lessons, t.transfer, t.version, t.updated_by
from public.practice_texts as t
where t.state = 'published'
  and t.practice_id in ('10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002',
    '10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000005');

-- Collections: HOP!'s public one on volunteering (in the order Daugavpils learnt), and the council's
-- own, for its partners.
insert into public.collections (id, slug, project_id, organisation_id, title, introduction, visibility) values
  ('11000000-0000-4000-8000-000000000001', 'volunteering-in-european-cities', '0b000000-0000-4000-8000-000000000005', null,
   jsonb_build_object(
     'lv', jsonb_build_object('text', 'Brīvprātīgais darbs Eiropas pilsētās', 'status', 'original'),
     'en', jsonb_build_object('text', 'Volunteering in European cities', 'status', 'reviewed')),
   jsonb_build_object(
     'lv', jsonb_build_object('status', 'original', 'text',
       $t$Kā Eiropas pilsētas organizē brīvprātīgo darbu – tādā secībā, kādā to apguva Daugavpils: no pieredzes apmaiņas projektā HOP! Toruņā 2018. gadā, kur koordinatori un brīvprātīgie brauca kopā, līdz Leszno brīvprātīgo centram, ko koordinē nevalstiska organizācija un kura modeli Daugavpils pārņēma 2022. gadā.

Katrā aprakstā ir arī tas, kas neizdevās, un kas vajadzīgs, lai praksi pārņemtu.$t$),
     'en', jsonb_build_object('status', 'reviewed', 'text',
       $t$How European towns organise volunteering – in the order Daugavpils learnt it: from the HOP! exchange in Toruń in 2018, where coordinators and volunteers travelled together, to Leszno's volunteer centre, coordinated by an NGO, whose model Daugavpils took over in 2022.

Each write-up also says what did not work and what it takes to transfer the practice.$t$)),
   'public'),
  ('11000000-0000-4000-8000-000000000002', 'communicating-with-citizens', null, '0a000000-0000-4000-8000-000000000001',
   jsonb_build_object(
     'lv', jsonb_build_object('text', 'Saziņa ar iedzīvotājiem', 'status', 'original'),
     'en', jsonb_build_object('text', 'Communicating with citizens', 'status', 'reviewed')),
   jsonb_build_object(
     'lv', jsonb_build_object('status', 'original', 'text',
       $t$Daugavpils pieredze saziņā ar iedzīvotājiem no starptautiskajiem projektiem: ko pašvaldības darbinieki iemācījās tīklā SOLID, kā projekta WIR tikšanās tika atvērta iedzīvotājiem un kā projektā Young NEETs veidojas dialogs ar jauniešiem. Kolekcija paredzēta pašvaldības darbiniekiem un partneriem.$t$),
     'en', jsonb_build_object('status', 'reviewed', 'text',
       $t$What Daugavpils learnt about communicating with residents in its international projects: what municipal staff took from the SOLID network, how a WIR meeting was opened to residents, and how the Young NEETs project builds a dialogue with young people. The collection is meant for the council's staff and partners.$t$)),
   'partners');

insert into public.collection_items (collection_id, practice_id, position) values
  ('11000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', 1),
  ('11000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 2),
  ('11000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 1),
  ('11000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', 2),
  ('11000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000005', 3);

-- Transfer: Daugavpils City Council takes over Leszno's volunteer centre model in the small-scale
-- partnership (001_). Started as 'exploring' and moved on stage by stage, as the portal does it: the
-- trigger records each stage reached (exploring → adapting → piloting). Stage dates are illustrative.
insert into public.practice_transfers (id, practice_id, organisation_id, project_id, stage, started_on, stage_since, notes) values
  ('12000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001',
   '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002',
   'exploring', '2022-03-01', '2022-03-01',
   $t$## Why Daugavpils is taking over the model

Daugavpils has a great many NGOs that work directly or indirectly with young people, but most of them work only locally and take no part in international activities. Some associations are active once a year, to obtain funding from the council's support fund for NGOs, or a few times a year at city events, so that they can keep using rooms at the Youth Non-formal Education Centre. Some young people take part in everything they can; others hardly at all – because of financial or physical barriers, or because the youth offer does not match their interests.

The Youth Department of Daugavpils City Council concluded that the city needs a volunteering system that brings in local and international volunteers and so strengthens NGOs and the municipal units and institutions that work with young people. In Latvia, Gulbene hosts more than 15 volunteers from all over Europe, and Liepāja and Rēzekne have good experience too; abroad, Leszno's network of international volunteers – a volunteer centre coordinated by an NGO within a project of the town – has worked for more than ten years.

## How the transfer is organised

In the Erasmus+ Youth in Action Key Action 3 project “Small-scale partnership – big step forward” (12 months in 2022, EUR 30,000; an 80% advance of EUR 24,000 from the Agency for International Programs for Youth and 20%, EUR 6,000, pre-financed by the council), with Fundacja Centrum Aktywności Twórczej as partner:

- **Exploring:** a study of the current situation – which NGOs and municipal units work with young people, which of them could host volunteers, what stops less active young people from taking part.
- **Adapting:** seminars, a study trip to Leszno and working groups with local NGOs and municipal units; training and consultations with international experts; deciding who in Daugavpils plays the roles of Leszno's town and NGO.
- **Piloting:** trying the model out on a small scale with a few host organisations, and drawing up proposals for developing the youth field in Daugavpils in the context of international cooperation and international volunteering.

*Demo text: the stage dates and details beyond the project sheet are illustrative.*$t$);

update public.practice_transfers set stage = 'adapting', stage_since = '2022-05-16', version = version + 1
where id = '12000000-0000-4000-8000-000000000001';

update public.practice_transfers set stage = 'piloting', stage_since = '2022-09-01', version = version + 1,
  results = $t$What came of it by the end of the 2022 project:

- **Proposals for the youth field.** Proposals for developing the youth field in Daugavpils in the context of international cooperation and international volunteering, as the project planned.
- **The roles, adapted.** Leszno's division of roles – the town commissions and co-funds, an NGO coordinates, host organisations give volunteers real tasks – was kept; which Daugavpils organisation coordinates, and how the council funds it beyond the project, is the open question the pilot is meant to answer.
- **A small pilot.** A few NGOs and municipal units that work with young people prepared to host volunteers, each with a named supervisor and a task plan – the condition Leszno learnt the hard way.
- **Still to do.** Accreditation for hosting international volunteers, housing, and long-term funding for the coordination: the points on which, in Leszno's experience, a volunteer centre stands or falls.

*Demo text: details beyond the project sheet are illustrative.*$t$
where id = '12000000-0000-4000-8000-000000000001';

reset request.jwt.claim.sub;

-- Outcomes ----------------------------------------------------------------------------------
-- Achieved values: counted from the portal's records where it holds the meetings (SOLID's five
-- and HOP!'s one, with the Daugavpils delegations the sheets give), entered with their evidence
-- where it does not (WIR: the sheet gives no dates for its meetings, so they are not seeded; its
-- results list says what was done). Young NEETs' sheet gives plans only: nothing achieved is
-- entered for it.
update public.project_indicators set source = 'computed'
where project_id in ('0b000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000005')
  and code in ('international_events', 'staff_mobilities');

update public.project_indicators set achieved = 9,
  evidence = '{"lv": {"text": "Projekta apraksts 003_ (atjaunots 21.05.2021), projekta rezultāti: „noorganizēti 9 starptautiski pasākumi”.", "status": "original"},
    "en": {"text": "Project sheet 003_ (updated 21 May 2021), results: “9 international events organised”.", "status": "reviewed"}}'
where project_id = '0b000000-0000-4000-8000-000000000004' and code = 'international_events';

update public.project_indicators set achieved = 16,
  evidence = '{"lv": {"text": "Projekta apraksts 003_ (atjaunots 21.05.2021), projekta rezultāti: „izpildītas 16 pašvaldības darbinieku mobilitātes”.", "status": "original"},
    "en": {"text": "Project sheet 003_ (updated 21 May 2021), results: “16 mobilities of municipal staff carried out”.", "status": "reviewed"}}'
where project_id = '0b000000-0000-4000-8000-000000000004' and code = 'staff_mobilities';

-- Result statements, as the sheets list them under "Projekta rezultāti" (WIR 003_, HOP! 004_).
-- SOLID's sheet (002_) gives its results in the future tense of a plan, so none are recorded.
insert into public.project_results (project_id, statement, position) values
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Iegūta pieredze un zināšanas darbā ar dažādu sociālo grupu pārstāvjiem.", "status": "original"},
     "en": {"text": "Experience and knowledge gained in working with people from different social groups.", "status": "reviewed"}}', 1),
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Noorganizēti 9 starptautiski pasākumi.", "status": "original"},
     "en": {"text": "9 international events organised.", "status": "reviewed"}}', 2),
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Noorganizēts starptautiskais pasākums Daugavpilī, lai iesaistītu vietējos iedzīvotājus, informētu tos par ES integrācijas procesiem, kā arī izvērtētu projektā sasniegto.", "status": "original"},
     "en": {"text": "An international event organised in Daugavpils to involve local residents, inform them about EU integration processes and evaluate what the project achieved.", "status": "reviewed"}}', 3),
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Izpildītas 16 pašvaldības darbinieku mobilitātes.", "status": "original"},
     "en": {"text": "16 mobilities of municipal staff carried out.", "status": "reviewed"}}', 4),
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze.", "status": "original"},
     "en": {"text": "Staff knowledge and competence raised; international experience gained.", "status": "reviewed"}}', 5),
  ('0b000000-0000-4000-8000-000000000004', '{"lv": {"text": "Veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība.", "status": "original"},
     "en": {"text": "Democratic engagement and civic participation of residents promoted.", "status": "reviewed"}}', 6),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Iegūta pieredze un zināšanas par brīvprātīgo darbu Eiropas kontekstā.", "status": "original"},
     "en": {"text": "Experience and knowledge gained about volunteering in the European context.", "status": "reviewed"}}', 1),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Iegūta pieredze un zināšanas par Eiropas programmām, kas atbalsta brīvprātīgo kustību.", "status": "original"},
     "en": {"text": "Experience and knowledge gained about European programmes that support the volunteer movement.", "status": "reviewed"}}', 2),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Organizēta starptautiskā konference.", "status": "original"},
     "en": {"text": "An international conference organised.", "status": "reviewed"}}', 3),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Izpildītas 7 pašvaldības darbinieku mobilitātes.", "status": "original"},
     "en": {"text": "7 mobilities of municipal staff carried out.", "status": "reviewed"}}', 4),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze.", "status": "original"},
     "en": {"text": "Staff knowledge and competence raised; international experience gained.", "status": "reviewed"}}', 5),
  ('0b000000-0000-4000-8000-000000000005', '{"lv": {"text": "Apkopotas labākās brīvprātīgā darba organizēšanas prakses Eiropas pilsētās.", "status": "original"},
     "en": {"text": "The best practices of organising volunteering in European cities collected.", "status": "reviewed"}}', 6);

-- WIR's eight press releases (003_, "PRESES RELĪZES"): the titles exactly as the sheet lists them,
-- in its order. The sheet gives no dates or links, so none are invented.
insert into public.press_items (project_id, kind, title, position) values
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Notika pirmā partneru tikšanās ES projekta WIR ietvaros", "status": "original"},
     "en": {"text": "The first partner meeting of the EU project WIR took place", "status": "reviewed"}}', 1),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Notika otrā partneru tikšanās ES projekta WIR ietavaros", "status": "original"},
     "en": {"text": "The second partner meeting of the EU project WIR took place", "status": "reviewed"}}', 2),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Aizritējušas vēl divas tikšanās ES projekta WIR ietvaros", "status": "original"},
     "en": {"text": "Two more meetings of the EU project WIR have taken place", "status": "reviewed"}}', 3),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "ES projekts WIR uzsvēra izglītības jomu integrācijā", "status": "original"},
     "en": {"text": "The EU project WIR highlighted the role of education in integration", "status": "reviewed"}}', 4),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Pēdējā ES projekta WIR tikšanās 2018.gadā notika Somijā", "status": "original"},
     "en": {"text": "The last meeting of the EU project WIR in 2018 took place in Finland", "status": "reviewed"}}', 5),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Daugavpils uzņēma starptautiskā projekta “WIR” viesus", "status": "original"},
     "en": {"text": "Daugavpils welcomed the guests of the international project “WIR”", "status": "reviewed"}}', 6),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "Diskusijas par stereotipiem sabiedrībā WIR projekta ietvaros", "status": "original"},
     "en": {"text": "Discussions on stereotypes in society in the WIR project", "status": "reviewed"}}', 7),
  ('0b000000-0000-4000-8000-000000000004', 'press_release', '{"lv": {"text": "EIROPA PILSOŅIEM PROGRAMMAS “WIR” PROJEKTA NOSLĒGUMA TIKŠANĀS", "status": "original"},
     "en": {"text": "Final meeting of the Europe for Citizens programme project “WIR”", "status": "reviewed"}}', 8);

-- Documents ---------------------------------------------------------------------------------------
-- WIR's final result, published in Latvian and English (project sheet 003_). The PDFs are small demo
-- files made for the portal (they say so), not the real publication. Uploaded by the Daugavpils
-- coordinator: the files count against Daugavpils City Council's storage.
insert into public.documents (id, project_id, title, kind, visibility, position, created_by) values
  ('13000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000004',
   '{"en": {"text": "WIR final result", "status": "original"}, "lv": {"text": "WIR gala rezultāts", "status": "reviewed"}}',
   'result', 'public', 1, '0c000000-0000-4000-8000-000000000002');

insert into public.document_files (id, document_id, locale, file_name, content_type, bytes, created_by) values
  ('13000000-0000-4000-8000-000000000101', '13000000-0000-4000-8000-000000000001', 'en',
   'WIR final result (demo).pdf', 'application/pdf', '\x255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e67746820313838203e3e0a73747265616d0a4254202f46312031382054662037322037363020546420323220544c2028574952202d2064656d6f63726174696320656e676167656d656e7420616e642063697669632070617274696369706174696f6e292027202846696e616c20726573756c742028456e676c697368292920272028292027202844656d6f20636f6e74656e7420666f72207468652054696c747320706f7274616c3a29202720286e6f7420746865207265616c207075626c69636174696f6e2e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333131203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3535300a2525454f460a', '0c000000-0000-4000-8000-000000000002'),
  ('13000000-0000-4000-8000-000000000102', '13000000-0000-4000-8000-000000000001', 'lv',
   'WIR gala rezultāts (demo).pdf', 'application/pdf', '\x255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203420302052203e3e203e3e202f436f6e74656e7473203520302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361203e3e0a656e646f626a0a352030206f626a0a3c3c202f4c656e67746820323030203e3e0a73747265616d0a4254202f46312031382054662037322037363020546420323220544c2028574952202d2064656d6f6b72617469736b61206c69647a64616c69626120756e2070696c736f6e69736b6120616b7469766974617465292027202847616c612072657a756c7461747320286c617476696573752076616c6f6461292920272028292027202844656d6f6e7374726163696a6173207361747572732054696c747320706f7274616c616d3a29202720286e61762069737461207075626c696b6163696a612e2920272045540a656e6473747265616d0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030333131203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3536320a2525454f460a', '0c000000-0000-4000-8000-000000000002');

-- The demo begins with an empty outbox: what the seed inserted above is no news to anyone.
delete from public.notifications;

commit;
