// Good practices: finding and reading published ones, and writing them one language at a time
// through the review steps. Row level security decides who may; the review steps are database
// functions that check who is asking and the version they saw.
import type { Supabase } from '../supabase.ts';
import type { PracticeSection, PracticeTheme, TargetGroup, TextState } from '#lib/practices.ts';
import type { TranslatedText, TranslationStatus } from '#lib/translations.ts';
import { CHECK_VIOLATION, DataError, UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import { ORGANISATION_NAME_COLUMNS, type NamedOrganisation } from '#lib/organisation-names.ts';
import type { OwnerChoices } from './collections.ts';
import { organisationOptions, projectOptions } from './choices.ts';
import type { OrganisationChoice } from './projects.ts';
import { refusalOf } from './refusals.ts';

export type Publication = {
	locale: string;
	kind: TranslationStatus;
	title: string;
	summary: string;
	published_at: string;
};

export type FullPublication = Publication &
	Record<PracticeSection, string> & { text_version: number };

type OrganisationRef = NamedOrganisation & { id: string; slug: string; country: string };

export type PracticeListItem = {
	id: string;
	slug: string;
	themes: PracticeTheme[];
	city: string | null;
	country: string;
	organisation: OrganisationRef;
	publications: Publication[];
};

export type PracticeFilters = {
	query?: string | null;
	theme?: PracticeTheme | null;
	country?: string | null;
	organisation?: string | null;
	project?: string | null;
	language?: string | null;
};

const LIST_COLUMNS =
	'id, slug, themes, city, country, organisation:organisations!practices_organisation_id_fkey!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
	'publications:practice_publications(locale, kind, title, summary, published_at)';

export const PAGE_SIZE = 20;
export const COUNT_CAP = 1000;
/**
 * A search ranks at most this many matches: beyond, the page says "more than" and ranks the
 * practices of the first ones the text index finds, so that a word every practice has costs what a
 * rare one does.
 */
export const SEARCH_CAP = 200;

/**
 * One page of the published practices matching every filter: the best match first when searching
 * (search_practices ranks up to SEARCH_CAP matches), else the newest first (list_practices reads
 * them in the order of an index, up to the page asked for). The page is cut inside the function,
 * before each practice's organisation and publications are read.
 */
export async function search(
	supabase: Supabase,
	filters: PracticeFilters,
	page: number
): Promise<{ practices: PracticeListItem[]; total: number; countCap: number }> {
	const { query, ...rest } = givenFilters(filters);
	const cap = query ? SEARCH_CAP : COUNT_CAP;
	const slice = { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
	const [rows, count] = await Promise.all([
		(query
			? supabase.rpc('search_practices', { query, ...rest, ...slice, cap })
			: supabase.rpc('list_practices', { ...rest, ...slice })
		).select(LIST_COLUMNS),
		supabase.rpc('count_practices', { query, ...rest, cap })
	]);
	return {
		practices: unwrap(rows) as unknown as PracticeListItem[],
		total: unwrap(count) as number,
		countCap: cap
	};
}

/**
 * The filters given, without the empty ones: an argument left out is the function's default, a
 * constant the database folds away before planning, so an unfiltered page reads the index alone.
 * (An argument sent as null is a value it learns only while running.)
 */
function givenFilters(filters: PracticeFilters) {
	const given = <Value extends string>(value: Value | undefined | null) => value || undefined;
	return {
		query: given(filters.query),
		theme: given(filters.theme),
		country: given(filters.country),
		organisation: given(filters.organisation),
		project: given(filters.project),
		language: given(filters.language)
	};
}

export type FilterChoices = { themes: PracticeTheme[]; countries: string[]; languages: string[] };

/** The themes, countries and languages published practices have. */
export async function filterChoices(supabase: Supabase): Promise<FilterChoices> {
	return unwrap(await supabase.rpc('practice_filter_choices')) as FilterChoices;
}

export type ProjectChoice = { slug: string; acronym: string | null; title: TranslatedText };

/** Organisations of published practices whose name matches what was typed, best first. */
export async function organisationChoices(
	supabase: Supabase,
	typed: string,
	limit: number
): Promise<OrganisationChoice[]> {
	return unwrap(
		await supabase
			.rpc('practice_organisation_choices', { typed })
			.select(`slug, ${ORGANISATION_NAME_COLUMNS}`)
			.limit(limit)
	);
}

/** Projects that published practices came from whose acronym or title matches, best first. */
export async function projectChoices(
	supabase: Supabase,
	typed: string,
	limit: number
): Promise<ProjectChoice[]> {
	return unwrap(
		await supabase
			.rpc('practice_project_choices', { typed })
			.select('slug, acronym, title')
			.limit(limit)
	);
}

/** The newest publications in one language, for the feed. */
export async function latestIn(supabase: Supabase, locale: string, limit = 50) {
	return unwrap(
		await supabase
			.from('practice_publications')
			.select(
				'locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version, published_at, ' +
					'practice:practices!inner(slug, themes, organisation:organisations!practices_organisation_id_fkey!inner(name, name_lang, names:organisation_name_translations(locale, name)))'
			)
			.eq('locale', locale)
			.order('published_at', { ascending: false })
			.limit(limit)
	) as unknown as Array<
		FullPublication & {
			practice: { slug: string; themes: PracticeTheme[]; organisation: NamedOrganisation };
		}
	>;
}

export type PracticeDetails = {
	themes: PracticeTheme[];
	target_groups: TargetGroup[];
	city: string | null;
	country: string;
	contact_name: string | null;
	contact_email: string | null;
	image_url: string | null;
	image_alt: string | null;
};

export type PracticePage = PracticeDetails & {
	id: string;
	slug: string;
	version: number;
	created_at: string;
	organisation: OrganisationRef;
	project: { id: string; slug: string; acronym: string | null; title: TranslatedText } | null;
	partners: Array<{ organisation: OrganisationRef }>;
	publications: FullPublication[];
	collections: Array<{
		position: number;
		collection: { slug: string; title: TranslatedText } | null;
	}>;
};

/** A practice as its page shows it; null when there is none the reader may see. */
export async function getPage(supabase: Supabase, slug: string): Promise<PracticePage | null> {
	return unwrap(
		await supabase
			.from('practices')
			.select(
				'id, slug, version, created_at, themes, target_groups, city, country, contact_name, contact_email, image_url, image_alt, ' +
					'organisation:organisations!practices_organisation_id_fkey!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
					'project:projects!practices_project_id_fkey(id, slug, acronym, title), ' +
					'partners:practice_organisations(organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country)), ' +
					'publications:practice_publications(locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version, published_at), ' +
					'collections:collection_items(position, collection:collections(slug, title))'
			)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as PracticePage | null;
}

export type PracticeRef = {
	id: string;
	slug: string;
	organisation_id: string;
	project_id: string | null;
	version: number;
};

export async function getRef(supabase: Supabase, slug: string): Promise<PracticeRef | null> {
	return unwrap(
		await supabase
			.from('practices')
			.select('id, slug, organisation_id, project_id, version')
			.eq('slug', slug)
			.maybeSingle()
	);
}

/** The titles of a practice's published languages: what its sharing card shows; null when there is none the reader may see. */
export async function getTitles(
	supabase: Supabase,
	slug: string
): Promise<Array<Pick<Publication, 'locale' | 'kind' | 'title'>> | null> {
	const row = unwrap(
		await supabase
			.from('practices')
			.select('publications:practice_publications(locale, kind, title)')
			.eq('slug', slug)
			.maybeSingle()
	) as {
		publications: Array<Pick<Publication, 'locale' | 'kind' | 'title'>>;
	} | null;
	return row && row.publications;
}

/** Published practices of an organisation (its own, or done together with it), newest first. */
export async function ofOrganisation(
	supabase: Supabase,
	organisationSlug: string,
	limit: number
): Promise<PracticeListItem[]> {
	return unwrap(
		await supabase
			.rpc('list_practices', { organisation: organisationSlug })
			.select(LIST_COLUMNS)
			.limit(limit)
	) as unknown as PracticeListItem[];
}

/** Published practices that came from a project, newest first. */
export async function ofProject(
	supabase: Supabase,
	projectSlug: string,
	limit: number
): Promise<PracticeListItem[]> {
	return unwrap(
		await supabase.rpc('list_practices', { project: projectSlug }).select(LIST_COLUMNS).limit(limit)
	) as unknown as PracticeListItem[];
}

// Writing ------------------------------------------------------------------------------------

/**
 * Whom the person may start a practice for, as the database decides it
 * (public.practice_owner_organisations, public.practice_owner_projects): the organisations they
 * belong to, and the projects they coordinate or edit for (everything, for platform admins).
 */
export async function ownerChoices(supabase: Supabase): Promise<OwnerChoices> {
	const [organisations, projects] = await Promise.all([
		organisationOptions(supabase, 'practice_owner_organisations'),
		projectOptions(supabase, 'practice_owner_projects')
	]);
	return { organisations, projects };
}

/** Starts a practice with its original text; its address (numbered when taken). */
export async function create(
	supabase: Supabase,
	practice: {
		organisationId: string;
		projectId: string | null;
		slug: string;
		locale: string;
		title: string;
	}
): Promise<string> {
	const id = unwrap(
		await supabase.rpc('create_practice', {
			organisation: practice.organisationId,
			project: practice.projectId,
			slug: practice.slug,
			locale: practice.locale,
			title: practice.title
		})
	) as string;
	const row = unwrap(await supabase.from('practices').select('slug').eq('id', id).single());
	return row.slug;
}

export type WorkingText = Record<PracticeSection, string> & {
	locale: string;
	kind: TranslationStatus;
	title: string;
	summary: string;
	state: TextState;
	review_comment: string | null;
	version: number;
	updated_at: string;
	published: { text_version: number; published_at: string } | null;
};

export type Editable = PracticeDetails & {
	id: string;
	slug: string;
	version: number;
	organisation_id: string;
	project_id: string | null;
	organisation: OrganisationRef;
	project: { slug: string; acronym: string | null; title: TranslatedText } | null;
	partners: Array<{ organisation: OrganisationRef }>;
	texts: WorkingText[];
};

/** A practice with its working copies; null when the person may not write it (RLS hides them). */
export async function getEditable(supabase: Supabase, slug: string): Promise<Editable | null> {
	const practice = unwrap(
		await supabase
			.from('practices')
			.select(
				'id, slug, version, organisation_id, project_id, themes, target_groups, city, country, contact_name, contact_email, image_url, image_alt, ' +
					'organisation:organisations!practices_organisation_id_fkey!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
					'project:projects!practices_project_id_fkey(slug, acronym, title), ' +
					'partners:practice_organisations(organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country)), ' +
					'texts:practice_texts(locale, kind, title, summary, context, actions, resources, results, lessons, transfer, state, review_comment, version, updated_at, ' +
					'published:practice_publications(text_version, published_at))'
			)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as Editable | null;
	// Readers who may not write see no working copies at all.
	if (!practice || practice.texts.length === 0) return null;
	return practice;
}

export type Permissions = { write: boolean; approve: boolean };

/** What the person may do with a practice, as the database's own rules say it. */
export async function permissions(supabase: Supabase, practiceId: string): Promise<Permissions> {
	const answer = unwrap(
		await supabase.rpc('practice_permissions', { practice: practiceId })
	) as Permissions | null;
	return answer ?? { write: false, approve: false };
}

export type TextFields = Record<PracticeSection, string> & {
	title: string;
	summary: string;
	kind: TranslationStatus;
};

/**
 * What happens to a text that is waiting for review when it is saved: a plain save is refused
 * ('under_review'); 'withdraw' takes it back from review; 'resubmit' saves and submits again in one
 * transaction. A text that is not submitted saves the same whichever is chosen.
 */
export type SaveChoice = 'plain' | 'withdraw' | 'resubmit';

export type SaveOutcome =
	| { done: 'saved'; version: number }
	/** Someone saved or stepped the text since the version the writer saw. */
	| { done: 'conflict' }
	/** Submitted, and no choice made: nothing was saved. */
	| { done: 'under_review' }
	/** 'resubmit' only: a required section is empty; nothing was saved. */
	| { done: 'incomplete'; missing: string[] }
	| { done: 'missing' };

/** Saves a language over the version the writer saw (the database counts the new version itself). */
export async function saveText(
	supabase: Supabase,
	practiceId: string,
	locale: string,
	version: number,
	fields: TextFields,
	choice: SaveChoice = 'plain'
): Promise<SaveOutcome> {
	const args = { practice: practiceId, locale, seen_version: version, changes: fields };
	const answer =
		choice === 'resubmit'
			? await supabase.rpc('resubmit_practice_text', args)
			: await supabase.rpc('save_practice_text', { ...args, withdraw: choice === 'withdraw' });
	const refusal = reviewRefusal(answer.error);
	if (refusal) return refusal;
	return { done: 'saved', version: unwrap(answer) as number };
}

type Refusal =
	| { done: 'conflict' }
	| { done: 'under_review' }
	| { done: 'incomplete'; missing: string[] }
	| { done: 'missing' };

/** The database's answers to a save or a review step that are the writer's to act on. */
function reviewRefusal(
	error: { code?: string; hint?: string | null; details?: string | null } | null
): Refusal | null {
	if (!error) return null;
	if (error.code === 'PT409')
		return refusalOf(error) === 'under_review' ? { done: 'under_review' } : { done: 'conflict' };
	// The language was removed meanwhile (or never there).
	if (error.code === 'PT404') return { done: 'missing' };
	if (error.code === CHECK_VIOLATION && refusalOf(error) === 'required_sections') {
		return { done: 'incomplete', missing: (error.details ?? '').split(',').filter(Boolean) };
	}
	return null;
}

/** Adds a translation; 'exists' when someone added that language meanwhile. */
export async function addText(
	supabase: Supabase,
	practiceId: string,
	locale: string,
	fields: TextFields
): Promise<'added' | 'exists'> {
	try {
		unwrap(
			await supabase.from('practice_texts').insert({ practice_id: practiceId, locale, ...fields })
		);
		return 'added';
	} catch (e) {
		if (e instanceof DataError && e.code === UNIQUE_VIOLATION) return 'exists';
		throw e;
	}
}

export async function removeText(
	supabase: Supabase,
	practiceId: string,
	locale: string
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('practice_texts')
			.delete()
			.eq('practice_id', practiceId)
			.eq('locale', locale)
			.select('locale')
	);
	return rows.length > 0;
}

export type ReviewStep = 'submit' | 'return' | 'publish' | 'unpublish';

/**
 * A review step on the version the person saw. 'done', 'already' (a second click: nothing more
 * happened), 'conflict' (the text changed since), 'missing' (there is no such text) or
 * 'incomplete' (submit and publish: a required section is empty).
 */
export async function review(
	supabase: Supabase,
	step: ReviewStep,
	practiceId: string,
	locale: string,
	version: number,
	comment?: string
): Promise<'done' | 'already' | 'conflict' | 'missing' | 'incomplete'> {
	const args = { practice: practiceId, locale };
	const answer =
		step === 'unpublish'
			? await supabase.rpc('unpublish_practice_text', args)
			: step === 'return'
				? await supabase.rpc('return_practice_text', {
						...args,
						seen_version: version,
						comment: comment ?? ''
					})
				: await supabase.rpc(step === 'submit' ? 'submit_practice_text' : 'publish_practice_text', {
						...args,
						seen_version: version
					});
	const refusal = reviewRefusal(answer.error);
	if (refusal) return refusal.done === 'under_review' ? 'conflict' : refusal.done;
	return unwrap(answer) ? 'done' : 'already';
}

export type ReviewState = {
	locale: string;
	state: TextState;
	review_comment: string | null;
	updated_at: string;
};

/**
 * The languages of a practice that are in review or were returned, for its page: those who may
 * approve see what waits for them, writers what became of their texts (writers only: RLS).
 */
export async function inReview(supabase: Supabase, practiceId: string): Promise<ReviewState[]> {
	return unwrap(
		await supabase
			.from('practice_texts')
			.select('locale, state, review_comment, updated_at')
			.eq('practice_id', practiceId)
			.in('state', ['submitted', 'returned'])
			.order('locale')
	) as ReviewState[];
}

/** A language's content as it was at a version (from its history); null when there is none. */
export async function contentAt(
	supabase: Supabase,
	practiceId: string,
	locale: string,
	version: number
): Promise<TextFields | null> {
	const rows = unwrap(
		await supabase
			.from('practice_text_history')
			.select('kind, title, summary, context, actions, resources, results, lessons, transfer')
			.eq('practice_id', practiceId)
			.eq('locale', locale)
			.eq('version', version)
			.order('id', { ascending: false })
			.limit(1)
	) as TextFields[];
	return rows[0] ?? null;
}

export async function saveDetails(
	supabase: Supabase,
	practiceId: string,
	version: number,
	details: PracticeDetails
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('practices')
			.update({ ...details, version: version + 1, updated_at: new Date().toISOString() })
			.eq('id', practiceId)
			.eq('version', version)
			.select('id')
	);
	return rows.length > 0;
}

export async function addPartner(
	supabase: Supabase,
	practiceId: string,
	organisationId: string
): Promise<'added' | 'exists'> {
	try {
		unwrap(
			await supabase
				.from('practice_organisations')
				.insert({ practice_id: practiceId, organisation_id: organisationId })
		);
		return 'added';
	} catch (e) {
		if (e instanceof DataError && e.code === UNIQUE_VIOLATION) return 'exists';
		throw e;
	}
}

export async function removePartner(
	supabase: Supabase,
	practiceId: string,
	organisationId: string
): Promise<void> {
	unwrap(
		await supabase
			.from('practice_organisations')
			.delete()
			.eq('practice_id', practiceId)
			.eq('organisation_id', organisationId)
	);
}

export async function remove(supabase: Supabase, practiceId: string): Promise<boolean> {
	const rows = unwrap(await supabase.from('practices').delete().eq('id', practiceId).select('id'));
	return rows.length > 0;
}

export type HistoryEntry = Record<PracticeSection, string> & {
	id: number;
	locale: string;
	version: number;
	action: 'created' | 'saved' | 'submitted' | 'returned' | 'published' | 'unpublished';
	state: TextState;
	kind: TranslationStatus;
	title: string;
	summary: string;
	comment: string | null;
	changed_at: string;
	changed_by: string | null;
	person: { display_name: string } | null;
};

/** Every saved state of the practice's texts, newest first (writers only: RLS). */
export async function history(supabase: Supabase, practiceId: string): Promise<HistoryEntry[]> {
	return unwrap(
		await supabase
			.from('practice_text_history')
			.select(
				'id, locale, version, action, state, kind, title, summary, context, actions, resources, results, lessons, transfer, comment, changed_at, changed_by, person:users(display_name)'
			)
			.eq('practice_id', practiceId)
			.order('id', { ascending: false })
			.limit(500)
	) as unknown as HistoryEntry[];
}
