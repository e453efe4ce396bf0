// Organisations: public facts, members, and the projects they take part in.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { ORGANISATION_NAME_COLUMNS, type NamedOrganisation } from '#lib/organisation-names.ts';
import { CHECK_VIOLATION, DataError, UNIQUE_VIOLATION, lastAdminOf, unwrap } from './unwrap.ts';
import { everyRow } from './every-row.ts';
import { updateAtVersion } from './versioned.ts';

export type OrganisationKind = 'municipality' | 'ngo' | 'university' | 'association' | 'other';
export const ORGANISATION_KINDS: OrganisationKind[] = [
	'municipality',
	'ngo',
	'university',
	'association',
	'other'
];

export type Organisation = NamedOrganisation & {
	id: string;
	slug: string;
	kind: OrganisationKind;
	city: string | null;
	/** Street, house, floor: one line, as letters are addressed. */
	street_address: string | null;
	postcode: string | null;
	country: string;
	website: string | null;
	description: TranslatedText | null;
	/** The organisation it is a unit of (a department of a city council, say), if any. */
	parent_id: string | null;
	version: number;
};

/** An organisation with the renditions of its logo (none without one): see public.organisation_logos. */
export type OrganisationWithLogo = Organisation & { logo: Logo };

export type Logo = Array<{
	name: 'web' | 'thumb';
	width: number;
	height: number;
	created_at: string;
}>;

const COLUMNS = `id, slug, ${ORGANISATION_NAME_COLUMNS}, kind, city, street_address, postcode, country, website, description, parent_id, version`;
const COLUMNS_WITH_LOGO = `${COLUMNS}, logo:organisation_logos(name, width, height, created_at)`;

/** Every organisation, by country and name (for the selects of editors): all of them, past 1,000. */
export async function list(supabase: Supabase): Promise<Organisation[]> {
	return everyRow((from, to) =>
		supabase
			.from('organisations')
			.select(COLUMNS)
			.order('country')
			.order('name')
			.order('id')
			.range(from, to)
	);
}

export const PAGE_SIZE = 50;

export type DirectoryFilters = {
	query: string | null;
	country: string | null;
	kind: OrganisationKind | null;
};

/**
 * One page of the directory, alphabetically, and how many organisations match the filters in all:
 * the name folded (no case, no accents) and found in any language, the country, the kind.
 */
export async function directory(
	supabase: Supabase,
	filters: DirectoryFilters,
	page: number
): Promise<{ organisations: OrganisationWithLogo[]; total: number }> {
	const args = { query: filters.query, country: filters.country, kind: filters.kind };
	const [rows, count] = await Promise.all([
		supabase
			.rpc('search_organisations', { ...args, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE })
			.select(COLUMNS_WITH_LOGO),
		supabase.rpc('count_organisations', args)
	]);
	return {
		organisations: unwrap(rows) as unknown as OrganisationWithLogo[],
		total: unwrap(count) as number
	};
}

/**
 * The first `limit` organisations whose name (or a translation of it) holds `typed`, folded, in the
 * directory's order: what a form offers to choose from, instead of every organisation there is.
 */
export async function named(
	supabase: Supabase,
	typed: string,
	limit: number
): Promise<Organisation[]> {
	return unwrap(
		await supabase.rpc('search_organisations', { query: typed, take: limit }).select(COLUMNS)
	) as unknown as Organisation[];
}

/** The countries organisations are in: what the directory's country filter offers. */
export async function countries(supabase: Supabase): Promise<string[]> {
	return unwrap(await supabase.rpc('organisation_countries')) as string[];
}

export async function getBySlug(
	supabase: Supabase,
	slug: string
): Promise<OrganisationWithLogo | null> {
	return unwrap(
		await supabase.from('organisations').select(COLUMNS_WITH_LOGO).eq('slug', slug).maybeSingle()
	) as unknown as OrganisationWithLogo | null;
}

/**
 * What the reader may do with an organisation, as the database decides
 * (supabase/migrations/20261215100100_organisation_permissions.sql,
 * 20261216100000_organisation_permissions_units.sql): edit it (and its members and invitations),
 * see its members, propose changes to it, make it a unit of another.
 */
export type OrganisationPermissions = {
	edit: boolean;
	members: boolean;
	propose: boolean;
	units: boolean;
};
export type OrganisationPage = OrganisationWithLogo & { permissions: OrganisationPermissions };

/** The organisation with what the reader may do with it, in one round trip. */
export async function getPage(supabase: Supabase, slug: string): Promise<OrganisationPage | null> {
	return unwrap(
		await supabase
			.from('organisations')
			.select(`${COLUMNS_WITH_LOGO}, permissions:organisation_permissions`)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as OrganisationPage | null;
}

export type NewOrganisation = Pick<
	Organisation,
	'slug' | 'name' | 'kind' | 'city' | 'country' | 'website'
> & { name_lang?: string };

export async function create(supabase: Supabase, organisation: NewOrganisation): Promise<void> {
	unwrap(await supabase.from('organisations').insert(organisation));
}

export type OrganisationChanges = Pick<
	Organisation,
	'name' | 'kind' | 'city' | 'country' | 'website' | 'description'
>;
/** What only those who edit the organisation change (members' proposals leave it as it is). */
export type PostalAddress = Pick<Organisation, 'street_address' | 'postcode'>;

/**
 * Saves changes made to the version the editor started from; false when someone saved in
 * between (nothing is overwritten: the editor gets a conflict to resolve).
 */
export function update(
	supabase: Supabase,
	id: string,
	version: number,
	changes: OrganisationChanges & Partial<PostalAddress> & { name_lang?: string }
): Promise<boolean> {
	return updateAtVersion(supabase, 'organisations', id, version, changes);
}

/** Adds a translation of the name; 'duplicate' when that language already has one. */
export async function addNameTranslation(
	supabase: Supabase,
	organisationId: string,
	locale: string,
	name: string
): Promise<'added' | 'duplicate'> {
	const answer = await supabase
		.from('organisation_name_translations')
		.insert({ organisation_id: organisationId, locale, name });
	if (answer.error?.code === UNIQUE_VIOLATION) return 'duplicate';
	unwrap(answer);
	return 'added';
}

/** Removes the translation of the name into one language; false when there was none to remove. */
export async function removeNameTranslation(
	supabase: Supabase,
	organisationId: string,
	locale: string
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('organisation_name_translations')
			.delete()
			.eq('organisation_id', organisationId)
			.eq('locale', locale)
			.select('locale')
	);
	return rows.length > 0;
}

export type Relative = NamedOrganisation & { id: string; slug: string };

/** The organisation a unit belongs to, and the units of an organisation (one level: never both). */
export async function family(
	supabase: Supabase,
	organisation: Pick<Organisation, 'id' | 'parent_id'>
): Promise<{ parent: Relative | null; units: Relative[] }> {
	const either = organisation.parent_id
		? `parent_id.eq.${organisation.id},id.eq.${organisation.parent_id}`
		: `parent_id.eq.${organisation.id}`;
	const rows = await everyRow<Relative & { parent_id: string | null }>((from, to) =>
		supabase
			.from('organisations')
			.select(`id, slug, ${ORGANISATION_NAME_COLUMNS}, parent_id`)
			.or(either)
			.order('name')
			.order('id')
			.range(from, to)
	);
	return {
		parent: rows.find((row) => row.id === organisation.parent_id) ?? null,
		units: rows.filter((row) => row.parent_id === organisation.id)
	};
}

/**
 * Makes an organisation a unit of another, or of none (platform admins only: the database refuses
 * anyone else). 'conflict' when someone saved the organisation since the admin looked at it;
 * 'refused' when the parent is itself a unit or the organisation has units (one level only).
 */
export async function setParent(
	supabase: Supabase,
	id: string,
	version: number,
	parentId: string | null
): Promise<'saved' | 'conflict' | 'refused'> {
	try {
		return (await updateAtVersion(supabase, 'organisations', id, version, { parent_id: parentId }))
			? 'saved'
			: 'conflict';
	} catch (e) {
		if (e instanceof DataError && e.code === CHECK_VIOLATION) return 'refused';
		throw e;
	}
}

export type Member = {
	role: 'admin' | 'member';
	created_at: string;
	user: { id: string; display_name: string; email: string };
};

export async function members(supabase: Supabase, organisationId: string): Promise<Member[]> {
	return everyRow<Member>((from, to) =>
		supabase
			.from('organisation_members')
			.select('role, created_at, user:users!inner(id, display_name, email)')
			.eq('organisation_id', organisationId)
			.order('created_at')
			.order('user_id')
			.range(from, to)
	);
}

/** Done, 'gone' (no such member, or not the reader's to change), or 'last_admin' (refused). */
export type MemberChange = 'done' | 'gone' | 'last_admin';

function memberChange(answer: {
	data: unknown;
	error: { message: string; code?: string; hint?: string; details?: string } | null;
	status: number;
}): MemberChange {
	if (lastAdminOf(answer.error) !== null) return 'last_admin';
	return (unwrap(answer) as unknown[]).length > 0 ? 'done' : 'gone';
}

export async function setMemberRole(
	supabase: Supabase,
	organisationId: string,
	userId: string,
	role: 'admin' | 'member'
): Promise<MemberChange> {
	return memberChange(
		await supabase
			.from('organisation_members')
			.update({ role })
			.eq('organisation_id', organisationId)
			.eq('user_id', userId)
			.select('user_id')
	);
}

export async function removeMember(
	supabase: Supabase,
	organisationId: string,
	userId: string
): Promise<MemberChange> {
	return memberChange(
		await supabase
			.from('organisation_members')
			.delete()
			.eq('organisation_id', organisationId)
			.eq('user_id', userId)
			.select('user_id')
	);
}

export type Participation = {
	role: 'applicant' | 'lead_partner' | 'coordinator' | 'partner';
	project: {
		id: string;
		slug: string;
		acronym: string | null;
		title: TranslatedText;
		status: string;
		start_date: string | null;
		end_date: string | null;
		dates_precision: 'day' | 'month' | 'year';
		is_published: boolean;
	};
};

/** The projects an organisation takes part in that the reader may see, the newest first (undated ones before them). */
export async function participations(
	supabase: Supabase,
	organisationId: string,
	limit?: number
): Promise<Participation[]> {
	let query = supabase
		.from('project_partners')
		.select(
			'role, project:projects!inner(id, slug, acronym, title, status, start_date, end_date, dates_precision, is_published)'
		)
		.eq('organisation_id', organisationId)
		.order('project(start_date)', { ascending: false, nullsFirst: true })
		.order('project(slug)');
	if (limit) query = query.limit(limit);
	return unwrap(await query);
}

export type ProposedDetails = OrganisationChanges;

export type Proposal = ProposedDetails & {
	id: string;
	base_version: number;
	message: string | null;
	status: 'pending' | 'accepted' | 'declined';
	created_at: string;
	decided_at: string | null;
	proposer: { display_name: string } | null;
};

const PROPOSAL_COLUMNS =
	'id, base_version, name, kind, city, country, website, description, message, status, created_at, decided_at, proposer:users!organisation_proposals_proposed_by_fkey(display_name)';

/** A member proposes new details for their organisation, for its admins to accept or decline. */
export async function propose(
	supabase: Supabase,
	organisationId: string,
	baseVersion: number,
	details: ProposedDetails,
	message: string | null
): Promise<void> {
	unwrap(
		await supabase
			.from('organisation_proposals')
			.insert({ organisation_id: organisationId, base_version: baseVersion, ...details, message })
	);
}

/** Proposals the reader may see (RLS: their own; all of them for the organisation's admins). */
export async function proposals(
	supabase: Supabase,
	organisationId: string,
	status?: Proposal['status']
): Promise<Proposal[]> {
	let query = supabase
		.from('organisation_proposals')
		.select(PROPOSAL_COLUMNS)
		.eq('organisation_id', organisationId);
	if (status) query = query.eq('status', status);
	return unwrap(await query.order('created_at', { ascending: false }).limit(50));
}

/**
 * Applies a proposal: 'conflict' when the organisation changed since the admin looked at it,
 * 'gone' when the proposal was decided meanwhile.
 */
export async function acceptProposal(
	supabase: Supabase,
	id: string,
	seenVersion: number
): Promise<'accepted' | 'conflict' | 'gone'> {
	const answer = await supabase.rpc('accept_organisation_proposal', {
		proposal: id,
		seen_version: seenVersion
	});
	if (answer.error?.code === 'PT409') return 'gone';
	return unwrap(answer) ? 'accepted' : 'conflict';
}

export async function declineProposal(
	supabase: Supabase,
	organisationId: string,
	id: string
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('organisation_proposals')
			.update({ status: 'declined' })
			.eq('organisation_id', organisationId)
			.eq('id', id)
			.eq('status', 'pending')
			.select('id')
	);
	return rows.length > 0;
}

export type PaymentKind =
	'pre_financing' | 'advance' | 'final_payment' | 'co_financing' | 'reimbursement';

/** An organisation's money in a group of projects, in euro cents (exact). */
export type OwnMoney = {
	projects: number;
	total_cents: number;
	eu_cents: number;
	own_cents: number;
	pre_financing_cents: number;
};

/**
 * What public.organisation_overview counts, over the organisation and its units: see
 * supabase/migrations/20261122170500_network_overview.sql.
 */
export type Overview = {
	projects: Array<
		Participation['project'] & {
			programme: string | null;
			/** The organisation's own role; null where it takes part only through its units. */
			role: Participation['role'] | null;
			/** Its units taking part, with their roles. */
			through: Array<{ slug: string; name: string; role: Participation['role'] }>;
		}
	>;
	per_programme_and_year: Array<{
		programme: string | null;
		year: number | null;
		projects: number;
	}>;
	money_per_programme: Array<OwnMoney & { programme: string | null }>;
	money_per_year: Array<OwnMoney & { year: number | null }>;
	money_total: OwnMoney;
	payments_per_year: Array<{ year: number | null; kind: PaymentKind; amount_cents: number }>;
	/** Every partner budget recorded in each project; own_budgets: those of the organisation and its units. */
	partnerships: Array<{
		project_id: string;
		partners: number;
		budgets: number;
		own_budgets: number;
		total_cents: number;
		eu_cents: number;
		own_cents: number;
	}>;
	countries: Array<{ country: string; organisations: number; projects: number }>;
};

/**
 * The network overview of an organisation: the projects it or its units take part in, their money
 * and their partners' countries, over what the reader may read (row level security decides, in one call).
 */
export async function overview(supabase: Supabase, organisationId: string): Promise<Overview> {
	return unwrap(
		await supabase.rpc('organisation_overview', { organisation: organisationId })
	) as Overview;
}
