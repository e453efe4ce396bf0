// Joint projects: reading them (lists, pages), the partnership and who acts in it. Writes are in
// project-changes.ts.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { unwrap } from './unwrap.ts';
import { everyRow } from './every-row.ts';
import { ORGANISATION_NAME_COLUMNS, type NamedOrganisation } from '#lib/organisation-names.ts';

export type ProjectSummary = {
	id: string;
	slug: string;
	acronym: string | null;
	title: TranslatedText;
	is_published: boolean;
};
/**
 * What the reader may do with a project, as the database decides
 * (supabase/migrations/20261215100000_project_permissions.sql): read it, edit it, keep its
 * documents, see its people, invite people into it.
 */
export type ProjectPermissions = {
	read: boolean;
	edit: boolean;
	documents: boolean;
	people: boolean;
	invite: boolean;
};
export type ProjectRole = 'coordinator' | 'partner_editor' | 'viewer';
export const PROJECT_ROLES: ProjectRole[] = ['coordinator', 'partner_editor', 'viewer'];

export async function getBySlug(supabase: Supabase, slug: string): Promise<ProjectSummary | null> {
	return unwrap(
		await supabase
			.from('projects')
			.select('id, slug, acronym, title, is_published')
			.eq('slug', slug)
			.maybeSingle()
	);
}

/** The project's summary with what the reader may do with it, in one round trip; null when not theirs to read. */
export async function getSummary(
	supabase: Supabase,
	slug: string
): Promise<(ProjectSummary & { permissions: ProjectPermissions }) | null> {
	return unwrap(
		await supabase
			.from('projects')
			.select('id, slug, acronym, title, is_published, permissions:project_permissions')
			.eq('slug', slug)
			.maybeSingle()
	) as (ProjectSummary & { permissions: ProjectPermissions }) | null;
}

export type Partner = {
	role: 'applicant' | 'lead_partner' | 'coordinator' | 'partner';
	organisation: NamedOrganisation & {
		id: string;
		slug: string;
		city: string | null;
		country: string;
	};
};

export async function partners(supabase: Supabase, projectId: string): Promise<Partner[]> {
	return unwrap(
		await supabase
			.from('project_partners')
			.select(
				'role, organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), city, country)'
			)
			.eq('project_id', projectId)
	);
}

export type ProjectMember = {
	role: ProjectRole;
	user: { id: string; display_name: string; email: string };
	organisation: NamedOrganisation;
};

/** The people of the partnership; empty for readers outside it (RLS). */
export async function members(supabase: Supabase, projectId: string): Promise<ProjectMember[]> {
	return unwrap(
		await supabase
			.from('project_members')
			.select(
				'role, user:users!inner(id, display_name, email), organisation:organisations!inner(name, name_lang, names:organisation_name_translations(locale, name))'
			)
			.eq('project_id', projectId)
			.order('created_at')
	);
}

/** The organisation a person acts for in a project, or null. */
export async function organisationActedFor(
	supabase: Supabase,
	projectId: string,
	userId: string
): Promise<string | null> {
	const row = unwrap(
		await supabase
			.from('project_members')
			.select('organisation_id')
			.eq('project_id', projectId)
			.eq('user_id', userId)
			.maybeSingle()
	);
	return row?.organisation_id ?? null;
}

export type ProjectStatus = 'planned' | 'running' | 'closed' | 'final_report_submitted' | 'settled';
export const PROJECT_STATUSES: ProjectStatus[] = [
	'planned',
	'running',
	'closed',
	'final_report_submitted',
	'settled'
];

export type ProjectListItem = {
	id: string;
	slug: string;
	acronym: string | null;
	title: TranslatedText;
	summary: TranslatedText | null;
	programme: string | null;
	status: ProjectStatus;
	start_date: string | null;
	end_date: string | null;
	dates_precision: 'day' | 'month' | 'year';
	is_published: boolean;
	partners: Array<{
		role: Partner['role'];
		organisation: NamedOrganisation & { id: string; slug: string; country: string };
	}>;
	unnamed_partners: Array<{ country: string; role: Partner['role'] }>;
};

export type ProjectFilters = {
	programme?: string | null;
	status?: ProjectStatus | null;
	year?: number | null;
	country?: string | null;
	organisation?: string | null;
	query?: string | null;
};

const LIST_COLUMNS =
	'id, slug, acronym, title, summary, programme, status, start_date, end_date, dates_precision, is_published, partners:project_partners(role, organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country)), unnamed_partners(country, role)';

/** The projects a reader may see (RLS: published ones, and drafts of their partnership). */
export async function list(supabase: Supabase): Promise<ProjectListItem[]> {
	return everyRow((from, to) =>
		supabase
			.from('projects')
			.select(LIST_COLUMNS)
			.order('start_date', { ascending: false, nullsFirst: false })
			.order('id')
			.range(from, to)
	);
}

export type NetworkFigures = { projects: number; organisations: number; countries: number };

/** Published projects, the organisations in them and their countries, as the database keeps them. */
export async function networkFigures(supabase: Supabase): Promise<NetworkFigures> {
	return unwrap(
		await supabase.from('network_figures').select('projects, organisations, countries').single()
	);
}

export type LatestProject = Pick<
	ProjectListItem,
	| 'id'
	| 'slug'
	| 'acronym'
	| 'title'
	| 'programme'
	| 'status'
	| 'start_date'
	| 'end_date'
	| 'dates_precision'
>;

/** The newest published projects: what the network is doing, or did last. */
export async function latest(supabase: Supabase, count: number): Promise<LatestProject[]> {
	return unwrap(
		await supabase
			.from('projects')
			.select('id, slug, acronym, title, programme, status, start_date, end_date, dates_precision')
			.eq('is_published', true)
			.order('start_date', { ascending: false, nullsFirst: false })
			.order('slug')
			.limit(count)
	);
}

export const PAGE_SIZE = 20;
/** Beyond this many matches the list says "more than": counting further would cost without telling more. */
export const COUNT_CAP = 1000;

/**
 * One page of the projects that match every filter given (the database filters and searches),
 * and how many match, counted up to COUNT_CAP + 1.
 */
export async function search(
	supabase: Supabase,
	filters: ProjectFilters,
	page: number
): Promise<{ projects: ProjectListItem[]; total: number }> {
	const from = (page - 1) * PAGE_SIZE;
	const args = {
		query: filters.query || null,
		programme: filters.programme || null,
		status: filters.status || null,
		year: filters.year || null,
		country: filters.country || null,
		organisation: filters.organisation || null
	};
	const [rows, count] = await Promise.all([
		// The page is cut inside the function, before partners are read: a range would read them for every project it skips.
		supabase.rpc('search_projects', { ...args, skip: from, take: PAGE_SIZE }).select(LIST_COLUMNS),
		supabase.rpc('count_projects', { ...args, cap: COUNT_CAP })
	]);
	return { projects: unwrap(rows), total: unwrap(count) as number };
}

export type FilterChoices = {
	first_year: number | null;
	last_year: number | null;
	countries: string[];
};

/** What the filters offer: the years and countries of the projects the reader may see. */
export async function filterChoices(supabase: Supabase): Promise<FilterChoices> {
	return unwrap(await supabase.rpc('project_filter_choices')) as FilterChoices;
}

export type OrganisationChoice = NamedOrganisation & { slug: string };

/** Partners in a project the reader may see whose name matches what was typed, best first. */
export async function partnerChoices(
	supabase: Supabase,
	typed: string,
	limit: number
): Promise<OrganisationChoice[]> {
	return unwrap(
		await supabase
			.rpc('project_partner_choices', { typed })
			.select(`slug, ${ORGANISATION_NAME_COLUMNS}`)
			.limit(limit)
	);
}

export type ProjectPage = Omit<ProjectListItem, 'partners' | 'unnamed_partners'> & {
	version: number;
	strand: TranslatedText | null;
	call_reference: string | null;
	grant_reference: string | null;
	council_decision: string | null;
	objectives: TranslatedText | null;
	target_groups: TranslatedText | null;
	activities: TranslatedText | null;
	contact_role: TranslatedText | null;
	contact_email: string | null;
	website: string | null;
	partners: Array<{
		role: Partner['role'];
		organisation: NamedOrganisation & {
			id: string;
			slug: string;
			city: string | null;
			country: string;
		};
	}>;
	unnamed_partners: Array<{
		id: string;
		country: string;
		city: string | null;
		role: Partner['role'];
	}>;
	budgets: Array<{
		organisation_id: string;
		version: number;
		total_cents: number;
		eu_cofinancing_cents: number;
		own_cofinancing_cents: number;
		notes: TranslatedText | null;
		organisation: NamedOrganisation & { slug: string };
	}>;
	payments: Array<{
		id: string;
		kind: 'pre_financing' | 'advance' | 'final_payment' | 'co_financing' | 'reimbursement';
		year: number | null;
		amount_cents: number;
		share_percent: number | null;
		expected_back: TranslatedText | null;
		position: number;
		organisation_id: string;
	}>;
	indicators: Array<{
		id: string;
		code: string | null;
		name: TranslatedText | null;
		unit: string | null;
		planned: number;
		approximate: boolean;
		notes: TranslatedText | null;
		organisation_id: string | null;
		programme_indicator: string | null;
		version: number;
	}>;
	results: ProjectResult[];
	press: PressItem[];
	/** What the reader may do with it, as the database decides (public.project_permissions). */
	permissions: ProjectPermissions;
};

export type ProjectResult = {
	id: string;
	statement: TranslatedText;
	position: number;
	version: number;
};
export type PressKind = 'press_release' | 'news';
export type PressItem = {
	id: string;
	kind: PressKind;
	title: TranslatedText;
	published_on: string | null;
	body: TranslatedText | null;
	url: string | null;
	position: number;
	version: number;
};

/** One project with everything its public page shows and what the reader may do with it, in one round trip. */
export async function getPage(supabase: Supabase, slug: string): Promise<ProjectPage | null> {
	return unwrap(
		await supabase
			.from('projects')
			.select(
				'id, version, slug, acronym, title, summary, programme, strand, call_reference, grant_reference, council_decision, status, start_date, end_date, dates_precision, is_published, objectives, target_groups, activities, contact_role, contact_email, website, permissions:project_permissions, ' +
					'partners:project_partners(role, organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), city, country)), unnamed_partners(id, country, city, role), ' +
					'budgets:project_budgets(organisation_id, version, total_cents, eu_cofinancing_cents, own_cofinancing_cents, notes, organisation:organisations!inner(name, name_lang, names:organisation_name_translations(locale, name), slug)), ' +
					'payments:budget_payments(id, kind, year, amount_cents, share_percent, expected_back, position, organisation_id), ' +
					'indicators:project_indicators(id, code, name, unit, planned, approximate, notes, organisation_id, programme_indicator, version), ' +
					'results:project_results(id, statement, position, version), ' +
					'press:press_items(id, kind, title, published_on, body, url, position, version)'
			)
			.eq('slug', slug)
			.order('position', { referencedTable: 'project_results' })
			// Newest first; undated items (records that give no date) after, in their listed order.
			.order('published_on', {
				referencedTable: 'press_items',
				ascending: false,
				nullsFirst: false
			})
			.order('position', { referencedTable: 'press_items' })
			.maybeSingle()
	) as unknown as ProjectPage | null;
}

/** At most this many press items and as many results in a project's news feed, the newest first. */
export const NEWS_CAP = 50;

export type ProjectNews = ProjectSummary & {
	press: Array<
		Pick<PressItem, 'id' | 'kind' | 'title' | 'published_on' | 'body' | 'url'> & {
			updated_at: string;
		}
	>;
	results: Array<Pick<ProjectResult, 'id' | 'statement'> & { updated_at: string }>;
};

/** A project's press items and results for its news feed, newest changes first, bounded: one round trip. */
export async function news(supabase: Supabase, slug: string): Promise<ProjectNews | null> {
	return unwrap(
		await supabase
			.from('projects')
			.select(
				'id, slug, acronym, title, is_published, press:press_items(id, kind, title, published_on, body, url, updated_at), results:project_results(id, statement, updated_at)'
			)
			.eq('slug', slug)
			.order('updated_at', { referencedTable: 'press_items', ascending: false })
			.order('updated_at', { referencedTable: 'project_results', ascending: false })
			.limit(NEWS_CAP, { referencedTable: 'press_items' })
			.limit(NEWS_CAP, { referencedTable: 'project_results' })
			.maybeSingle()
	);
}
