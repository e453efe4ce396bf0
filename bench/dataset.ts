// A generated network the size of a real one, for the bench: at 10,000 projects it has 2,000
// organisations, 45,000 partnerships with budgets, 10,000 events with 100,000 sessions, 20,000
// published practices with Markdown sections in five languages, and 200 public collections.
// Everything scales with the number of projects, so the bench compares the same network at two
// sizes. Written as the database's superuser in a throw-away stack, through the tables' own checks
// and triggers; every slug starts with `gen-`, apart from the seed's own records.
//   await grow(db, 100); …measure…; await grow(db, 10_000); …measure again…
import type pg from 'pg';

/** Per project: organisations, events, sessions per event, practices, collections, practices per collection. */
const PER_PROJECT = { organisations: 1 / 5, events: 1, practices: 2, collections: 1 / 50 };
const SESSIONS_PER_EVENT = 10;
const PRACTICES_PER_COLLECTION = 10;

const COUNTRIES = [
	'LV',
	'IT',
	'PL',
	'BE',
	'SE',
	'GR',
	'RS',
	'DE',
	'FR',
	'ES',
	'PT',
	'LT',
	'EE',
	'FI',
	'RO',
	'BG',
	'HR',
	'SI',
	'SK',
	'CZ',
	'HU',
	'AT',
	'NL',
	'IE',
	'DK',
	'MT',
	'CY',
	'UA',
	'MK',
	'AL'
];
const ZONES = [
	'Europe/Riga',
	'Europe/Rome',
	'Europe/Warsaw',
	'Europe/Brussels',
	'Europe/Stockholm',
	'Europe/Athens',
	'Europe/Belgrade',
	'Europe/Lisbon',
	'Europe/Helsinki',
	'Europe/Dublin'
];
/** The languages practices are written in, and words of each for titles (searchable, with diacritics). */
const WRITTEN_IN = {
	en: ['Volunteers', 'in the city library'],
	lv: ['Brīvprātīgie', 'pilsētas bibliotēkā'],
	pl: ['Wolontariusze', 'w bibliotece miejskiej'],
	it: ['Volontari', 'nella biblioteca comunale'],
	de: ['Freiwillige', 'in der Stadtbibliothek']
};

/** Grows the generated network to `projects` projects (the seed's count included). */
export async function grow(db: pg.Client, projects: number): Promise<void> {
	const have = Number(
		(await db.query(`select count(*) from public.projects where slug like 'gen-%'`)).rows[0].count
	);
	const seed = Number(
		(await db.query(`select count(*) from public.projects where slug not like 'gen-%'`)).rows[0]
			.count
	);
	const from = have + 1;
	const to = projects - seed;
	if (to < from) return;
	const range = (per: number) => [Math.floor((from - 1) * per) + 1, Math.floor(to * per)];

	const [orgFrom, orgTo] = range(PER_PROJECT.organisations);
	await db.query(
		`insert into public.organisations (slug, name, name_lang, kind, city, country)
		 select 'gen-org-' || n, 'Organisation ' || n || ' ' || (array['Kultūras centrs', 'Centro giovani', 'Fundacja', 'Stadt', 'Kommun'])[1 + n % 5],
		        (array['lv', 'it', 'pl', 'de', 'sv'])[1 + n % 5], (array['municipality', 'ngo', 'university', 'association', 'other'])[1 + n % 5]::public.organisation_kind,
		        'City ' || n % 700, ($3::text[])[1 + n % array_length($3::text[], 1)]
		 from generate_series($1::int, $2::int) as n`,
		[orgFrom, orgTo, COUNTRIES]
	);
	const organisations = orgTo;

	await db.query(
		`insert into public.projects (slug, acronym, title, summary, programme, status, start_date, end_date, is_published)
		 select 'gen-' || n, 'GEN' || n,
		        jsonb_build_object('en', jsonb_build_object('text', 'Cities learning together ' || n, 'status', 'original'),
		                           'lv', jsonb_build_object('text', 'Pilsētas mācās kopā ' || n, 'status', 'machine')),
		        jsonb_build_object('en', jsonb_build_object('text', 'Partners exchange how they involve young people and volunteers, project ' || n || '.', 'status', 'original'),
		                           'it', jsonb_build_object('text', 'I partner scambiano come coinvolgono giovani e volontari, progetto ' || n || '.', 'status', 'machine')),
		        (array['europe_for_citizens', 'erasmus_plus_ka1', 'cerv', 'interreg'])[1 + n % 4],
		        (array['planned', 'running', 'closed', 'final_report_submitted', 'settled'])[1 + n % 5]::public.project_status,
		        make_date(2010 + n % 18, 1 + n % 12, 1), make_date(2012 + n % 18, 1 + n % 12, 28), true
		 from generate_series($1::int, $2::int) as n`,
		[from, to]
	);
	// Four or five partners each (45,000 at 10,000 projects), the first one leading, each with a budget.
	await db.query(
		`insert into public.project_partners (project_id, organisation_id, role)
		 select p.id, o.id, case when k = 0 then 'lead_partner' else 'partner' end::public.partner_role
		 from generate_series($1::int, $2::int) as n
		 join public.projects as p on p.slug = 'gen-' || n
		 cross join lateral generate_series(0, 3 + n % 2) as k
		 join public.organisations as o on o.slug = 'gen-org-' || (1 + (n * 7 + k * 331) % $3::int)
		 on conflict do nothing`,
		[from, to, organisations]
	);
	await db.query(
		`insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents)
		 select pp.project_id, pp.organisation_id, 2000000 + (hashtext(pp.organisation_id::text) & 1048575) * 10, 1500000, 100000
		 from public.project_partners as pp join public.projects as p on p.id = pp.project_id
		 where p.slug like 'gen-%' and substr(p.slug, 5)::int between $1 and $2`,
		[from, to]
	);

	// One event per project, spread over ten years of which a third lies ahead, at every size; one in
	// ten for the partners only.
	const [eventFrom, eventTo] = range(PER_PROJECT.events);
	await db.query(
		`insert into public.events (slug, kind, title, description, host_organisation_id, venue_name, venue_city, venue_country, time_zone, starts_local, ends_local, visibility, status)
		 select 'gen-event-' || n, (array['kick_off', 'partner_meeting', 'conference', 'workshop', 'study_visit', 'final_conference'])[1 + n % 6]::public.event_kind,
		        jsonb_build_object('en', jsonb_build_object('text', 'Partner meeting ' || n, 'status', 'original')),
		        jsonb_build_object('en', jsonb_build_object('text', 'Two days of work on the joint programme.', 'status', 'original')),
		        pp.organisation_id, 'Town hall', 'City ' || n % 700, o.country, ($3::text[])[1 + n % array_length($3::text[], 1)],
		        day + time '09:00', day + interval '1 day' + time '17:00',
		        case when n % 10 = 0 then 'partners' else 'public' end::public.event_visibility,
		        case when day + 1 < current_date then 'held' else 'planned' end::public.event_status
		 from generate_series($1::int, $2::int) as n
		 cross join lateral (select current_date + ((n * 37) % 3650 - 2400) as day) as d
		 join public.projects as p on p.slug = 'gen-' || n
		 join public.project_partners as pp on pp.project_id = p.id and pp.role = 'lead_partner'
		 join public.organisations as o on o.id = pp.organisation_id`,
		[eventFrom, eventTo, ZONES]
	);
	await db.query(
		`insert into public.project_events (project_id, event_id)
		 select p.id, e.id from generate_series($1::int, $2::int) as n
		 join public.projects as p on p.slug = 'gen-' || n join public.events as e on e.slug = 'gen-event-' || n`,
		[eventFrom, eventTo]
	);
	await db.query(
		`insert into public.event_sessions (event_id, starts_local, ends_local, title, kind, place, speakers, position)
		 select e.id, e.starts_local + (k / 5) * interval '1 day' + (k % 5) * interval '90 minutes',
		        e.starts_local + (k / 5) * interval '1 day' + (k % 5) * interval '90 minutes' + interval '75 minutes',
		        jsonb_build_object('en', jsonb_build_object('text', 'Session ' || (k + 1), 'status', 'original')),
		        (array['plenary', 'workshop', 'session', 'break', 'visit'])[1 + k % 5]::public.session_kind, 'Room ' || (1 + k % 3), 'Speaker ' || k, k
		 from generate_series($1::int, $2::int) as n
		 join public.events as e on e.slug = 'gen-event-' || n
		 cross join generate_series(0, $3::int - 1) as k`,
		[eventFrom, eventTo, SESSIONS_PER_EVENT]
	);

	// Two published practices per project, by one of its partners, in one of five languages.
	const [practiceFrom, practiceTo] = range(PER_PROJECT.practices);
	const locales = Object.keys(WRITTEN_IN);
	await db.query(
		`insert into public.practices (slug, organisation_id, project_id, themes, target_groups, city, country)
		 select 'gen-practice-' || n, pp.organisation_id, pp.project_id,
		        array[(enum_range(null::public.practice_theme))[1 + n % 12], (enum_range(null::public.practice_theme))[1 + (n / 12) % 12]],
		        array[(enum_range(null::public.practice_target_group))[1 + n % 11]], o.city, o.country
		 from generate_series($1::int, $2::int) as n
		 join public.projects as p on p.slug = 'gen-' || (1 + (n - 1) / 2)
		 join lateral (select * from public.project_partners as x where x.project_id = p.id order by x.organisation_id offset n % 4 limit 1) as pp on true
		 join public.organisations as o on o.id = pp.organisation_id`,
		[practiceFrom, practiceTo]
	);
	await db.query(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, results, lessons, state, version)
		 select pr.id, w.locale, 'original', w.first || ' ' || n || ' ' || w.second,
		        'How ' || n || ' volunteers run a programme with the city, and what it changed.',
		        E'## Where it started\\n\\nThe city had **few volunteers** and no place to meet them. See [the plan](https://example.org/plan-' || n || E').\\n\\n- a room\\n- a coordinator\\n- a budget line',
		        E'1. Recruit through schools\\n2. Train on Saturdays\\n3. Match with partners\\n\\n> Every partner adapted the steps.',
		        'Volunteers ' || (n % 400) || ', events ' || (n % 37) || '.', E'Start small; *ask* the young people first.', 'published', 2
		 from generate_series($1::int, $2::int) as n
		 join public.practices as pr on pr.slug = 'gen-practice-' || n
		 cross join lateral (select ($3::text[])[1 + n % 5] as locale, ($4::text[])[1 + n % 5] as first, ($5::text[])[1 + n % 5] as second) as w`,
		[
			practiceFrom,
			practiceTo,
			locales,
			locales.map((l) => WRITTEN_IN[l as keyof typeof WRITTEN_IN][0]),
			locales.map((l) => WRITTEN_IN[l as keyof typeof WRITTEN_IN][1])
		]
	);
	await db.query(
		`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
		 select t.practice_id, t.locale, t.kind, t.title, t.summary, t.context, t.actions, t.resources, t.results, t.lessons, t.transfer, t.version
		 from generate_series($1::int, $2::int) as n
		 join public.practices as pr on pr.slug = 'gen-practice-' || n
		 join public.practice_texts as t on t.practice_id = pr.id`,
		[practiceFrom, practiceTo]
	);

	// Public collections of ten practices each, kept by a project.
	const [collectionFrom, collectionTo] = range(PER_PROJECT.collections);
	await db.query(
		`insert into public.collections (slug, project_id, title, introduction, visibility)
		 select 'gen-collection-' || n, p.id,
		        jsonb_build_object('en', jsonb_build_object('text', 'What worked for volunteers ' || n, 'status', 'original')),
		        jsonb_build_object('en', jsonb_build_object('text', 'Practices partners chose to try at home.', 'status', 'original')), 'public'
		 from generate_series($1::int, $2::int) as n join public.projects as p on p.slug = 'gen-' || (n * 50)`,
		[collectionFrom, collectionTo]
	);
	await db.query(
		`insert into public.collection_items (collection_id, practice_id, position)
		 select c.id, pr.id, k
		 from generate_series($1::int, $2::int) as n
		 join public.collections as c on c.slug = 'gen-collection-' || n
		 cross join generate_series(1, $3::int) as k
		 join public.practices as pr on pr.slug = 'gen-practice-' || (n * 100 - k * 7)`,
		[collectionFrom, collectionTo, PRACTICES_PER_COLLECTION]
	);
	// Settled, as autovacuum keeps a live database: without it, autovacuum would work through the
	// new rows while the pages are being timed, and no index-only scan could skip the tables.
	await db.query('vacuum (analyze)');
}

/** What the network holds now, to print beside the figures. */
export async function size(db: pg.Client): Promise<Record<string, number>> {
	const { rows } = await db.query(
		`select (select count(*)::int from public.projects) as projects, (select count(*)::int from public.organisations) as organisations,
		        (select count(*)::int from public.project_partners) as partnerships, (select count(*)::int from public.events) as events,
		        (select count(*)::int from public.event_sessions) as sessions, (select count(*)::int from public.practice_publications) as practices,
		        (select count(*)::int from public.collections) as collections`
	);
	return rows[0];
}
