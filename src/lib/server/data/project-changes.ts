// Writing joint projects: starting one, its details, its partners, its money and planned results.
// Row level security decides who may; each write is one statement (or one database function), so
// a refused or failed save leaves nothing half-way.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { OrganisationKind } from './organisations.ts';
import type { Partner, ProjectStatus } from './projects.ts';
import { DataError, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import { updateAtVersion } from './versioned.ts';

export type PartnerRole = Partner['role'];
export const PARTNER_ROLES: PartnerRole[] = ['lead_partner', 'applicant', 'coordinator', 'partner'];
export type PaymentKind =
	'pre_financing' | 'advance' | 'final_payment' | 'co_financing' | 'reimbursement';
export const PAYMENT_KINDS: PaymentKind[] = [
	'pre_financing',
	'advance',
	'final_payment',
	'co_financing',
	'reimbursement'
];
// Mobilities of staff and young people are entered, not counted: registrations do not say who is staff.
export const INDICATOR_CODES = [
	'international_events',
	'staff_mobilities',
	'mobilities',
	'direct_participants',
	'indirect_participants'
] as const;

/** Runs a write; a unique violation (an address or a partner already there) is an answer, not an error. */
async function unlessTaken(
	write: PromiseLike<{
		data: unknown;
		error: { message: string; code?: string } | null;
		status: number;
	}>
): Promise<'taken' | null> {
	try {
		unwrap(await write);
		return null;
	} catch (e) {
		if (e instanceof DataError && e.code === UNIQUE_VIOLATION) return 'taken';
		throw e;
	}
}

/** Starts a draft project led by the organisation; its id, or 'slug_taken'. */
export async function create(
	supabase: Supabase,
	project: { organisationId: string; slug: string; title: TranslatedText; acronym: string | null }
): Promise<{ id: string } | 'slug_taken'> {
	const answer = await supabase.rpc('create_project', {
		organisation: project.organisationId,
		slug: project.slug,
		title: project.title,
		acronym: project.acronym
	});
	if (answer.error?.code === UNIQUE_VIOLATION) return 'slug_taken';
	return { id: unwrap(answer) as string };
}

export type ProjectDetails = {
	acronym: string | null;
	title: TranslatedText;
	summary: TranslatedText | null;
	programme: string | null;
	strand: TranslatedText | null;
	call_reference: string | null;
	grant_reference: string | null;
	council_decision: string | null;
	status: ProjectStatus;
	start_date: string | null;
	end_date: string | null;
	dates_precision: 'day' | 'month' | 'year';
	objectives: TranslatedText | null;
	target_groups: TranslatedText | null;
	activities: TranslatedText | null;
	contact_role: TranslatedText | null;
	contact_email: string | null;
	website: string | null;
};

/**
 * Saves the details as changed from the version the editor opened; false when someone saved in
 * between: nothing is overwritten, the editor sees theirs and keeps their own to copy from.
 */
export function updateDetails(
	supabase: Supabase,
	id: string,
	version: number,
	details: ProjectDetails
): Promise<boolean> {
	return updateAtVersion(supabase, 'projects', id, version, details);
}

export async function setPublished(
	supabase: Supabase,
	id: string,
	published: boolean
): Promise<void> {
	unwrap(
		await supabase
			.from('projects')
			.update({ is_published: published, updated_at: new Date().toISOString() })
			.eq('id', id)
	);
}

/** Adds an organisation the portal knows; 'taken' when it is a partner already, 'unknown' when there is no such organisation. */
export async function addPartner(
	supabase: Supabase,
	projectId: string,
	organisationId: string,
	role: PartnerRole
): Promise<'taken' | 'unknown' | null> {
	const answer = await supabase
		.from('project_partners')
		.insert({ project_id: projectId, organisation_id: organisationId, role });
	if (answer.error?.code === UNIQUE_VIOLATION) return 'taken';
	if (answer.error?.code === FOREIGN_KEY_VIOLATION) return 'unknown';
	unwrap(answer);
	return null;
}

export type NewPartnerOrganisation = {
	slug: string;
	name: string;
	kind: OrganisationKind;
	city: string | null;
	country: string;
	website: string | null;
	role: PartnerRole;
};

/** Creates the organisation and makes it a partner, in one step. */
export async function addNewPartnerOrganisation(
	supabase: Supabase,
	projectId: string,
	partner: NewPartnerOrganisation
): Promise<void> {
	unwrap(await supabase.rpc('add_new_partner_organisation', { project: projectId, ...partner }));
}

export async function setPartnerRole(
	supabase: Supabase,
	projectId: string,
	organisationId: string,
	role: PartnerRole
): Promise<void> {
	unwrap(
		await supabase
			.from('project_partners')
			.update({ role })
			.eq('project_id', projectId)
			.eq('organisation_id', organisationId)
	);
}

/** Removes a partner with its budget and payments (the database cascades). */
export async function removePartner(
	supabase: Supabase,
	projectId: string,
	organisationId: string
): Promise<void> {
	unwrap(
		await supabase
			.from('project_partners')
			.delete()
			.eq('project_id', projectId)
			.eq('organisation_id', organisationId)
	);
}

export async function addUnnamedPartner(
	supabase: Supabase,
	projectId: string,
	partner: { country: string; city: string | null; role: PartnerRole }
): Promise<void> {
	unwrap(await supabase.from('unnamed_partners').insert({ project_id: projectId, ...partner }));
}

export async function removeUnnamedPartner(
	supabase: Supabase,
	projectId: string,
	id: string
): Promise<void> {
	unwrap(await supabase.from('unnamed_partners').delete().eq('project_id', projectId).eq('id', id));
}

export type BudgetLine = {
	total_cents: number;
	eu_cofinancing_cents: number;
	own_cofinancing_cents: number;
};

/**
 * Records a partner's budget. With the version the editor opened (null for a new line): 'conflict'
 * when someone saved in between, or added the line first.
 */
export async function saveBudget(
	supabase: Supabase,
	projectId: string,
	organisationId: string,
	version: number | null,
	line: BudgetLine
): Promise<'conflict' | null> {
	if (version === null) {
		const taken = await unlessTaken(
			supabase
				.from('project_budgets')
				.insert({ project_id: projectId, organisation_id: organisationId, ...line })
		);
		return taken ? 'conflict' : null;
	}
	const rows = unwrap(
		await supabase
			.from('project_budgets')
			.update({ ...line, version: version + 1 })
			.eq('project_id', projectId)
			.eq('organisation_id', organisationId)
			.eq('version', version)
			.select('version')
	);
	return rows.length ? null : 'conflict';
}

export type NewPayment = {
	organisation_id: string;
	kind: PaymentKind;
	year: number | null;
	amount_cents: number;
	share_percent: number | null;
	expected_back: TranslatedText | null;
};

export async function addPayment(
	supabase: Supabase,
	projectId: string,
	payment: NewPayment
): Promise<void> {
	unwrap(await supabase.from('budget_payments').insert({ project_id: projectId, ...payment }));
}

export async function removePayment(
	supabase: Supabase,
	projectId: string,
	id: string
): Promise<void> {
	unwrap(await supabase.from('budget_payments').delete().eq('project_id', projectId).eq('id', id));
}

export type NewIndicator = {
	code: string | null;
	name: TranslatedText | null;
	unit: string | null;
	planned: number;
	approximate: boolean;
	organisation_id: string | null;
	/** Counted from the portal's records (by `code`) or entered; entered unless said. */
	source?: 'computed' | 'entered';
	/** The programme indicator it was taken from. */
	programme_indicator?: string | null;
};

/** Adds a planned result; 'taken' when the same indicator is planned already (for that partner). */
export async function addIndicator(
	supabase: Supabase,
	projectId: string,
	indicator: NewIndicator
): Promise<'taken' | null> {
	return unlessTaken(
		supabase.from('project_indicators').insert({ project_id: projectId, ...indicator })
	);
}

export async function removeIndicator(
	supabase: Supabase,
	projectId: string,
	id: string
): Promise<void> {
	unwrap(
		await supabase.from('project_indicators').delete().eq('project_id', projectId).eq('id', id)
	);
}
