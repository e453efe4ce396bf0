// Practice transfers: one organisation taking over another's good practice, followed stage by
// stage. Row level security decides who reads and who writes (the adopting organisation's members
// follow a transfer, its admins remove it); the database records each stage reached, refuses an
// organisation adopting its own practice and a second transfer of the same practice to the same
// organisation.
import type { TransferStage } from '#lib/practices.ts';
import type { TranslatedText, TranslationStatus } from '#lib/translations.ts';
import type { Supabase } from '../supabase.ts';
import { everyRow } from './every-row.ts';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';
import { type Refusal, refusalOf } from './refusals.ts';

/** The most a transfer's notes or results may hold, as the database checks it. */
export const TEXT_MAX = 20_000;

export type PracticeTitle = { locale: string; kind: TranslationStatus; title: string };

/** A stage reached: `since` is the day it began, as the person who recorded it said. */
export type StageRecord = { id: number; stage: TransferStage; since: string };

/** A transfer as lists show it. */
export type TransferSummary = {
	id: string;
	stage: TransferStage;
	started_on: string;
	stage_since: string;
	organisation: NamedOrganisation & { id: string; slug: string; country: string };
	practice: {
		id: string;
		slug: string;
		organisation_id: string;
		project_id: string | null;
		publications: PracticeTitle[];
	};
	project: { id: string; slug: string; acronym: string | null; title: TranslatedText } | null;
	stages: StageRecord[];
};

/** A transfer as its page shows it. `recorder` is null where the reader may not see who it was. */
export type Transfer = Omit<TransferSummary, 'practice' | 'stages'> & {
	notes: string;
	results: string;
	version: number;
	practice: TransferSummary['practice'] & { organisation: NamedOrganisation & { slug: string } };
	stages: Array<StageRecord & { recorded_at: string; recorder?: { display_name: string } | null }>;
	/** What the reader may do with it, as the database decides (public.transfer_permissions). */
	permissions: TransferPermissions;
};

/**
 * What the reader may do with a transfer (supabase/migrations/20261215100200_transfer_permissions.sql):
 * follow it (its stages, notes and results), remove it.
 */
export type TransferPermissions = { edit: boolean; remove: boolean };

// A transfer is listed only with its practice: one the reader cannot read has no page to link to.
const SUMMARY_COLUMNS =
	'id, stage, started_on, stage_since, ' +
	'organisation:organisations!organisation_id!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
	'practice:practices!inner(id, slug, organisation_id, project_id, publications:practice_publications(locale, kind, title)), ' +
	'project:projects!project_id(id, slug, acronym, title), ' +
	'stages:practice_transfer_stages(id, stage, since)';

/** The transfers the reader may see: of a practice, or those concerning a project or an organisation (public.transfers_of). */
async function summaries(
	supabase: Supabase,
	of: { practice?: string; project?: string; organisation?: string }
): Promise<TransferSummary[]> {
	const query = () =>
		of.practice
			? supabase.from('practice_transfers').select(SUMMARY_COLUMNS).eq('practice_id', of.practice)
			: supabase
					.rpc('transfers_of', {
						project: of.project ?? null,
						organisation: of.organisation ?? null
					})
					.select(SUMMARY_COLUMNS);
	// The most recently started first.
	return everyRow<TransferSummary>((from, to) =>
		query()
			.order('started_on', { ascending: false })
			.order('id')
			.order('id', { referencedTable: 'stages' })
			.range(from, to)
	);
}

export async function listOfPractice(
	supabase: Supabase,
	practiceId: string
): Promise<TransferSummary[]> {
	return summaries(supabase, { practice: practiceId });
}

/** The practices an organisation takes over, and the transfers of its own practices to others. */
export async function listOfOrganisation(
	supabase: Supabase,
	organisationId: string
): Promise<TransferSummary[]> {
	return summaries(supabase, { organisation: organisationId });
}

/** Transfers that happen in a project, and those of practices that came from it. */
export async function listOfProject(
	supabase: Supabase,
	projectId: string
): Promise<TransferSummary[]> {
	return summaries(supabase, { project: projectId });
}

/**
 * One transfer of the practice with that address, or null when the reader may not see it. Who
 * recorded each stage only for signed-in readers (the anonymous role reads no accounts at all);
 * row level security still leaves out anyone the reader shares no organisation or project with.
 */
export async function get(
	supabase: Supabase,
	practiceSlug: string,
	id: string,
	options: { withRecorders: boolean }
): Promise<Transfer | null> {
	const stages = options.withRecorders
		? 'stages:practice_transfer_stages(id, stage, since, recorded_at, recorder:users!recorded_by(display_name))'
		: 'stages:practice_transfer_stages(id, stage, since, recorded_at)';
	return unwrap(
		await supabase
			.from('practice_transfers')
			.select(
				'id, stage, started_on, stage_since, notes, results, version, permissions:transfer_permissions, ' +
					'organisation:organisations!organisation_id!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
					'practice:practices!inner(id, slug, organisation_id, project_id, publications:practice_publications(locale, kind, title), organisation:organisations!organisation_id!inner(slug, name, name_lang, names:organisation_name_translations(locale, name))), ' +
					'project:projects!project_id(id, slug, acronym, title), ' +
					stages
			)
			.eq('id', id)
			.eq('practice.slug', practiceSlug)
			.order('id', { referencedTable: 'stages' })
			.maybeSingle()
	) as unknown as Transfer | null;
}

/** What a transfer is started from: the practice, with its owner and the titles it was published under. */
export type PracticeToAdopt = {
	id: string;
	slug: string;
	organisation: NamedOrganisation & { id: string; slug: string };
	publications: PracticeTitle[];
	transfers: Array<{ id: string; organisation_id: string }>;
};

/** A practice the reader may read, by its address, with the transfers of it they can see. */
export async function practiceToAdopt(
	supabase: Supabase,
	slug: string
): Promise<PracticeToAdopt | null> {
	return unwrap(
		await supabase
			.from('practices')
			.select(
				'id, slug, organisation:organisations!organisation_id!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name)), ' +
					'publications:practice_publications(locale, kind, title), transfers:practice_transfers(id, organisation_id)'
			)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as PracticeToAdopt | null;
}

export type JointProject = {
	id: string;
	slug: string;
	acronym: string | null;
	title: TranslatedText;
};

/** The projects each of the organisations takes part in, among those given. */
export async function jointProjects(
	supabase: Supabase,
	organisationIds: string[],
	projectIds: string[]
): Promise<Array<{ organisation_id: string; project: JointProject }>> {
	if (organisationIds.length === 0 || projectIds.length === 0) return [];
	return unwrap(
		await supabase
			.from('project_partners')
			.select('organisation_id, project:projects!inner(id, slug, acronym, title)')
			.in('organisation_id', organisationIds)
			.in('project_id', projectIds)
	);
}

export type NewTransfer = {
	practiceId: string;
	organisationId: string;
	projectId: string | null;
	startedOn: string;
	notes: string;
};

/**
 * Starts a transfer at its first stage. Its id, or why the database refused it: the organisation
 * follows this practice already, it is the practice's own, it does not take part in the project, or
 * the start is in the future.
 */
export async function start(
	supabase: Supabase,
	transfer: NewTransfer
): Promise<
	| { id: string }
	| 'taken'
	| 'not_partner'
	| Extract<Refusal, 'own_practice' | 'transfer_date_in_future'>
> {
	// The id as the database returns it: for a form sent again, the transfer it started the first time.
	const answer = await supabase
		.from('practice_transfers')
		.insert({
			practice_id: transfer.practiceId,
			organisation_id: transfer.organisationId,
			project_id: transfer.projectId,
			stage: 'exploring',
			started_on: transfer.startedOn,
			stage_since: transfer.startedOn,
			notes: transfer.notes
		})
		.select('id')
		.single();
	if (answer.error?.code === UNIQUE_VIOLATION) return 'taken';
	const refusal =
		answer.error?.code === CHECK_VIOLATION
			? refusalOf(answer.error, ['own_practice', 'transfer_date_in_future'])
			: null;
	if (refusal) return refusal;
	if (answer.error?.code === FOREIGN_KEY_VIOLATION) return 'not_partner';
	return { id: unwrap(answer).id };
}

export type TransferChanges = Partial<{
	stage: TransferStage;
	stage_since: string;
	notes: string;
	results: string;
}>;

/**
 * Saves the changes on top of `version`: 'conflict' when someone saved in between (nothing is
 * overwritten), 'before_start' when the database finds the stage's date before the start,
 * 'transfer_date_in_future' when it is in the future.
 */
export async function update(
	supabase: Supabase,
	id: string,
	version: number,
	changes: TransferChanges
): Promise<'saved' | 'conflict' | 'before_start' | 'transfer_date_in_future'> {
	const answer = await supabase
		.from('practice_transfers')
		.update({ ...changes, version: version + 1 })
		.eq('id', id)
		.eq('version', version)
		.select('id');
	if (
		answer.error?.code === CHECK_VIOLATION &&
		refusalOf(answer.error) === 'transfer_date_in_future'
	)
		return 'transfer_date_in_future';
	// The table's own check: a stage's date before the start.
	if (
		answer.error?.code === CHECK_VIOLATION &&
		answer.error.message.includes('practice_transfers_check')
	)
		return 'before_start';
	return unwrap(answer).length > 0 ? 'saved' : 'conflict';
}

/** Removes a transfer with its stages; false when it was not there or row level security kept it. */
export async function remove(supabase: Supabase, id: string): Promise<boolean> {
	const rows = unwrap(await supabase.from('practice_transfers').delete().eq('id', id).select('id'));
	return rows.length > 0;
}
