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

-- Partners named in the project sheets (SOLID 002_, WIR 003_, HOP! 004_), each once, with its name as
-- the sheet writes it (its own-language name where the sheet gives one). Kinds follow the sheets; 'other'
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
  ('0a000000-0000-4000-8000-000000000013', 'collecchio-municipality', 'Collecchio pašvaldība',
   'municipality', 'Collecchio', 'IT', null, null),
  ('0a000000-0000-4000-8000-000000000014', 'verein-fur-sozialpravention-und-gemeinwesenarbeit', 'Verein für sozialprävention und gemeinwesenarbeit',
   'association', 'Linz', 'AT', null, '{"lv": {"text": "Sociālās aprūpes un sabiedrisko darbu asociācija.", "status": "original"},
     "en": {"text": "Association for social care and community work.", "status": "reviewed"}}'),
  ('0a000000-0000-4000-8000-000000000015', 'landkreis-kassel', 'Landkreis Kassel',
   'municipality', 'Kassel', 'DE', null, null),
  ('0a000000-0000-4000-8000-000000000016', 'university-of-alicante', 'Alikantes Universitāte',
   'university', 'Alicante', 'ES', null, null),
  ('0a000000-0000-4000-8000-000000000017', 'etela-pohjanmaan-nuorisoseurat', 'Etela-Pohjanmaan Nuorisoseurary',
   'association', 'Seinäjoki', 'FI', null, null),
  ('0a000000-0000-4000-8000-000000000018', 'ravenna-municipality', 'Ravennas pašvaldība',
   'municipality', 'Ravenna', 'IT', null, null),
  ('0a000000-0000-4000-8000-000000000019', 'landkreis-offenbach', 'Landkreis Offenbach',
   'municipality', 'Dietzenbach', 'DE', null, null),
  ('0a000000-0000-4000-8000-00000000001a', 'sweden-emilia-romagna-network', 'Sweden Emilia – Romagna Network Associazione',
   'association', 'Bologna', 'IT', null, null),
  ('0a000000-0000-4000-8000-00000000001b', 'gottingen', 'Gotingena',
   'municipality', 'Göttingen', 'DE', null, null),
  ('0a000000-0000-4000-8000-00000000001c', 'kaunas', 'Kauņa',
   'municipality', 'Kaunas', 'LT', null, null),
  ('0a000000-0000-4000-8000-00000000001d', 'klaipeda', 'Klaipēda',
   'municipality', 'Klaipėda', 'LT', null, null),
  ('0a000000-0000-4000-8000-00000000001e', 'modern-art-centre', 'Modernās mākslas centrs',
   'other', null, 'PL', null, null),
  ('0a000000-0000-4000-8000-00000000001f', 'nicolaus-copernicus-university-careers-service', 'Careers Service (Nicolaus Copernicus Universitāte)',
   'university', null, 'PL', null, null);

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
  programme = 'erasmus_plus_youth',
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
insert into public.project_indicators (project_id, code, planned, approximate, organisation_id, notes) values
  ('0b000000-0000-4000-8000-000000000001', 'direct_participants', 1555, false, null,
   '{"lv": {"text": "Starpvalstu līmenī.", "status": "original"},
     "en": {"text": "At transnational level.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000001', 'indirect_participants', 3700, true, null,
   '{"lv": {"text": "Galvenokārt jaunieši, politiķi, skolotāji, jauniešu biedrības, apvienības.", "status": "original"},
     "en": {"text": "Mainly young people, politicians, teachers, youth associations and organisations.", "status": "reviewed"}}'),
  ('0b000000-0000-4000-8000-000000000001', 'staff_mobilities', 30, false, '0a000000-0000-4000-8000-000000000002',
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
  ('0b000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000004', 'partner_editor');

-- Events ------------------------------------------------------------------------------------
-- The international meetings of the sheets, with the dates and the Daugavpils delegation exactly as
-- they give them (month-precision dates span the whole month). The host is set only where the
-- sheet makes it plain: HOP!'s lead partner is the City of Toruń itself; SOLID's sheet names only
-- the places. The sheets give no dates for the WIR meetings or the Young NEETs mobilities, so
-- those are not seeded. The Young NEETs meeting in Daugavpils is demo content.
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
  -- Young NEETs (000_ says only "2024.g.rudenī – partneru uzņemšana Daugavpilī"): a demo agenda.
  ('0d000000-0000-4000-8000-000000000007', 'young-neets-partner-meeting-daugavpils-2024-demo', 'partner_meeting',
   '{"lv": {"text": "Young NEETs partneru tikšanās Daugavpilī (demo)", "status": "original"},
     "en": {"text": "Young NEETs partner meeting in Daugavpils (demo)", "status": "reviewed"}}',
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
  ('0b000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000007');

-- Delegations: the Daugavpils representatives the sheets give for each meeting; for the demo
-- meeting, places for the two named partner organisations of Young NEETs.
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
  ('0d000000-0000-4000-8000-000000000007', 'https://meet.example.org/tilts-demo/young-neets-daugavpils-2024');

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
