// The open-data export's reading: one page of public projects, events, practices, or projects with
// their outcomes, each in one request, in an order that stays put from one page to the next (by
// address). The caller passes the anonymous client, so that row level security leaves only what
// the public pages show; the filters on publication and visibility below say the same again.
import type { Supabase } from '../supabase.ts';
import type { EventPage, EventSummary } from './events.ts';
import type { Outcomes } from './outcomes.ts';
import type { FullPublication, PracticePage } from './practices.ts';
import type { Partner, ProjectListItem } from './projects.ts';
import { unwrap } from './unwrap.ts';

export type Page<T> = { rows: T[]; total: number };
type OrganisationRef = { slug: string; name: string; name_lang: string; city?: string | null; country: string };
type ProjectRef = { slug: string; acronym: string | null };

export type PublicProject = Pick<ProjectListItem, 'slug' | 'acronym' | 'title' | 'summary' | 'programme' | 'status' | 'start_date' | 'end_date' | 'dates_precision'> & {
	partners: Array<{ role: Partner['role']; organisation: OrganisationRef }>;
	unnamed_partners: Array<{ role: Partner['role']; city: string | null; country: string }>;
};

export type PublicEvent = Pick<EventSummary, 'slug' | 'kind' | 'status' | 'title' | 'venue_city' | 'venue_country' | 'time_zone' | 'starts_local' | 'ends_local' | 'time_precision'> &
	Pick<EventPage, 'description' | 'venue_name'> & {
		host: OrganisationRef | null;
		projects: Array<{ project: ProjectRef }>;
	};

export type PublicPractice = Pick<PracticePage, 'slug' | 'themes' | 'target_groups' | 'city' | 'country'> & {
	organisation: OrganisationRef;
	project: ProjectRef | null;
	partners: Array<{ organisation: OrganisationRef }>;
	publications: Array<Omit<FullPublication, 'text_version'>>;
};

export type ProjectOutcomes = ProjectRef & { outcomes: Outcomes | null };

/** A PostgREST answer with its count (asked for with `count: 'exact'`). */
type Counted = { data: unknown; error: { message: string; code?: string } | null; status: number; count: number | null };

/**
 * The rows of a page and how many there are in all. Past the last page PostgREST answers 416
 * without a count: an empty page, counted on its own.
 */
async function pageOf<T>(answer: Counted, countAll: () => PromiseLike<Counted>): Promise<Page<T>> {
	if (answer.status === 416) {
		const counted = await countAll();
		unwrap(counted);
		return { rows: [], total: counted.count ?? 0 };
	}
	const rows = unwrap(answer) as T[];
	return { rows, total: answer.count ?? rows.length };
}

const PROJECT_COLUMNS =
	'slug, acronym, title, summary, programme, status, start_date, end_date, dates_precision, ' +
	'partners:project_partners(role, organisation:organisations!inner(slug, name, name_lang, city, country)), unnamed_partners(role, city, country)';

export async function projects(supabase: Supabase, from: number, size: number): Promise<Page<PublicProject>> {
	const published = (columns: string, head = false) => supabase.from('projects').select(columns, { count: 'exact', head }).eq('is_published', true);
	return pageOf(await published(PROJECT_COLUMNS).order('slug').range(from, from + size - 1), () => published('slug', true));
}

const EVENT_COLUMNS =
	'slug, kind, status, title, description, venue_name, venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, ' +
	'host:organisations!events_host_organisation_id_fkey(slug, name, name_lang, country), projects:project_events(project:projects!inner(slug, acronym))';

/** Public events, in time order (the address breaks ties, so pages never overlap). */
export async function events(supabase: Supabase, from: number, size: number): Promise<Page<PublicEvent>> {
	const visible = (columns: string, head = false) => supabase.from('events').select(columns, { count: 'exact', head }).eq('visibility', 'public');
	return pageOf(await visible(EVENT_COLUMNS).order('starts_local').order('slug').range(from, from + size - 1), () => visible('slug', true));
}

const PRACTICE_COLUMNS =
	'slug, themes, target_groups, city, country, ' +
	'organisation:organisations!practices_organisation_id_fkey!inner(slug, name, name_lang, country), ' +
	'project:projects!practices_project_id_fkey(slug, acronym), ' +
	'partners:practice_organisations(organisation:organisations!inner(slug, name, name_lang, country)), ' +
	// The published copies only: never the working texts (practice_texts), whatever their state.
	'publications:practice_publications!inner(locale, kind, title, summary, context, actions, resources, results, lessons, transfer, published_at)';

export async function practices(supabase: Supabase, from: number, size: number): Promise<Page<PublicPractice>> {
	const published = (columns: string, head = false) => supabase.from('practices').select(columns, { count: 'exact', head });
	return pageOf(await published(PRACTICE_COLUMNS).order('slug').range(from, from + size - 1), () =>
		published('slug, publications:practice_publications!inner(locale)', true)
	);
}

/** Published projects with their outcomes (public.outcomes: the numbers of public.project_outcomes). */
export async function outcomes(supabase: Supabase, from: number, size: number): Promise<Page<ProjectOutcomes>> {
	const published = (columns: string, head = false) => supabase.from('projects').select(columns, { count: 'exact', head }).eq('is_published', true);
	return pageOf(await published('slug, acronym, outcomes').order('slug').range(from, from + size - 1), () => published('slug', true));
}
