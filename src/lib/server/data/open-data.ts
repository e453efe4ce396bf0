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
type OrganisationRef = {
	slug: string;
	name: string;
	name_lang: string;
	city?: string | null;
	country: string;
};
type ProjectRef = { slug: string; acronym: string | null };

export type PublicProject = Pick<
	ProjectListItem,
	| 'slug'
	| 'acronym'
	| 'title'
	| 'summary'
	| 'programme'
	| 'status'
	| 'start_date'
	| 'end_date'
	| 'dates_precision'
> & {
	partners: Array<{ role: Partner['role']; organisation: OrganisationRef }>;
	unnamed_partners: Array<{ role: Partner['role']; city: string | null; country: string }>;
};

export type PublicEvent = Pick<
	EventSummary,
	| 'slug'
	| 'kind'
	| 'status'
	| 'title'
	| 'venue_city'
	| 'venue_country'
	| 'time_zone'
	| 'starts_local'
	| 'ends_local'
	| 'time_precision'
> &
	Pick<EventPage, 'description' | 'venue_name'> & {
		host: OrganisationRef | null;
		projects: Array<{ project: ProjectRef }>;
	};

export type PublicPractice = Pick<
	PracticePage,
	'slug' | 'themes' | 'target_groups' | 'city' | 'country'
> & {
	organisation: OrganisationRef;
	project: ProjectRef | null;
	partners: Array<{ organisation: OrganisationRef }>;
	publications: Array<Omit<FullPublication, 'text_version'>>;
};

export type ProjectOutcomes = ProjectRef & { outcomes: Outcomes | null };

/** A PostgREST answer with its count (asked for with `count: 'exact'`). */
type Counted = {
	data: unknown;
	error: { message: string; code?: string } | null;
	status: number;
	count: number | null;
};
/** The little of a PostgREST query a page needs (supabase-js's builder, untyped here: see #lib/server/supabase.ts). */
interface Query extends PromiseLike<Counted> {
	gte(column: string, value: string): Query;
	or(filters: string): Query;
	order(column: string): Query;
	limit(count: number): Query;
	range(from: number, to: number): Query;
}

/**
 * One page, read in two steps so that a deep page costs what the first does. PostgreSQL computes
 * a row's embedded partners, publications or outcomes before an OFFSET throws the row away, so
 * `range()` over the whole query made page 99 read 9,800 records in full. First the keys alone
 * (`keys(count)`, ordered, with the count of all): the key of the page's first row at its offset,
 * along an index; then the page's records from that key on (`from(key)`), `size` of them.
 */
async function pageByKey<T, Key>(
	keys: () => Query,
	keyOf: (row: Key) => (query: Query) => Query,
	records: () => Query,
	from: number,
	size: number
): Promise<Page<T>> {
	const first = (await keys().range(from, from)) as Counted;
	// Past the last row PostgREST answers 416 without a count: an empty page, counted on its own.
	if (first.status === 416) {
		const counted = (await keys().range(0, 0)) as Counted;
		unwrap(counted);
		return { rows: [], total: counted.count ?? 0 };
	}
	const [key] = unwrap(first) as Key[];
	if (!key) return { rows: [], total: first.count ?? 0 };
	const rows = unwrap(await keyOf(key)(records()).limit(size)) as T[];
	return { rows, total: first.count ?? rows.length };
}

/** Rows from the one with this address on, in address order. */
const fromSlug =
	({ slug }: { slug: string }) =>
	(query: Query) =>
		query.gte('slug', slug).order('slug');

const PROJECT_COLUMNS =
	'slug, acronym, title, summary, programme, status, start_date, end_date, dates_precision, ' +
	'partners:project_partners(role, organisation:organisations!inner(slug, name, name_lang, city, country)), unnamed_partners(role, city, country)';

const publishedProjects = (supabase: Supabase, columns: string, count?: 'exact'): Query =>
	supabase.from('projects').select(columns, { count }).eq('is_published', true);

export async function projects(
	supabase: Supabase,
	from: number,
	size: number
): Promise<Page<PublicProject>> {
	return pageByKey(
		() => publishedProjects(supabase, 'slug', 'exact').order('slug'),
		fromSlug,
		() => publishedProjects(supabase, PROJECT_COLUMNS),
		from,
		size
	);
}

const EVENT_COLUMNS =
	'slug, kind, status, title, description, venue_name, venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, ' +
	'host:organisations!events_host_organisation_id_fkey(slug, name, name_lang, country), projects:project_events(project:projects!inner(slug, acronym))';

/** Public events, in time order (the address breaks ties, so pages never overlap). */
export async function events(
	supabase: Supabase,
	from: number,
	size: number
): Promise<Page<PublicEvent>> {
	const visible = (columns: string, count?: 'exact'): Query =>
		supabase.from('events').select(columns, { count }).eq('visibility', 'public');
	// From the first row's start and address on: later starts, or the same start and a later address.
	const fromStart =
		({ starts_local, slug }: { starts_local: string; slug: string }) =>
		(query: Query) =>
			query
				.or(
					`starts_local.gt."${starts_local}",and(starts_local.eq."${starts_local}",slug.gte.${slug})`
				)
				.order('starts_local')
				.order('slug');
	return pageByKey(
		() => visible('starts_local, slug', 'exact').order('starts_local').order('slug'),
		fromStart,
		() => visible(EVENT_COLUMNS),
		from,
		size
	);
}

const PRACTICE_COLUMNS =
	'slug, themes, target_groups, city, country, ' +
	'organisation:organisations!practices_organisation_id_fkey!inner(slug, name, name_lang, country), ' +
	'project:projects!practices_project_id_fkey(slug, acronym), ' +
	'partners:practice_organisations(organisation:organisations!inner(slug, name, name_lang, country)), ' +
	// The published copies only: never the working texts (practice_texts), whatever their state.
	'publications:practice_publications!inner(locale, kind, title, summary, context, actions, resources, results, lessons, transfer, published_at)';

export async function practices(
	supabase: Supabase,
	from: number,
	size: number
): Promise<Page<PublicPractice>> {
	// Those with a published copy: the records say so by their publications (`!inner`), the keys by
	// the date the database keeps of the latest (practices.published_at), without reading them.
	const keys = (): Query =>
		supabase
			.from('practices')
			.select('slug', { count: 'exact' })
			.not('published_at', 'is', null)
			.order('slug');
	const records = (): Query => supabase.from('practices').select(PRACTICE_COLUMNS);
	return pageByKey(keys, fromSlug, records, from, size);
}

/** Published projects with their outcomes (public.outcomes: the numbers of public.project_outcomes). */
export async function outcomes(
	supabase: Supabase,
	from: number,
	size: number
): Promise<Page<ProjectOutcomes>> {
	return pageByKey(
		() => publishedProjects(supabase, 'slug', 'exact').order('slug'),
		fromSlug,
		() => publishedProjects(supabase, 'slug, acronym, outcomes'),
		from,
		size
	);
}
