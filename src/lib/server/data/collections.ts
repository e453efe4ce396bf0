// Collections: curated, ordered lists of published practices with an introduction, kept by a
// project's coordinators or an organisation's admins. Everything goes through the person's own
// client: row level security decides who sees a collection (everyone, or only the partnership)
// and who may change it; the guards in the routes only ask first, to answer 403 rather than fail.
import type { Supabase } from '../supabase.ts';
import { SLUG_MAX } from '#lib/slugs.ts';
import type { TranslatedText, TranslationStatus } from '#lib/translations.ts';
import {
	organisationOptions,
	projectOptions,
	type OrganisationOption,
	type ProjectOption
} from './choices.ts';
import { everyRow } from './every-row.ts';
import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';

export const VISIBILITIES = ['public', 'partners'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Who keeps a collection: a project or an organisation. Null when the reader may not see it (a draft project). */
export type Owner = {
	project_id: string | null;
	organisation_id: string | null;
	project: { slug: string; acronym: string | null; title: TranslatedText } | null;
	organisation: (NamedOrganisation & { slug: string }) | null;
};

export type CollectionSummary = Owner & {
	id: string;
	slug: string;
	title: TranslatedText;
	introduction: TranslatedText | null;
	visibility: Visibility;
	/** Practices in it that readers can read: those with at least one published language. */
	published: number;
};

/** One language of a practice as readers see it. */
export type Publication = {
	practice_id: string;
	locale: string;
	kind: TranslationStatus;
	title: string;
	summary: string;
};

export type Item = {
	practice_id: string;
	position: number;
	/** Null when the reader may not see the practice. */
	practice: {
		id: string;
		slug: string;
		country: string;
		organisation: NamedOrganisation & { slug: string };
	} | null;
	/** Empty until a language of the practice is published: readers of the collection do not see it. */
	publications: Publication[];
};

export type Collection = Owner & {
	id: string;
	slug: string;
	version: number;
	title: TranslatedText;
	introduction: TranslatedText | null;
	visibility: Visibility;
	items: Item[];
	/** What the reader may do with it, as the database decides (public.collection_permissions). */
	permissions: CollectionPermissions;
};

/** What the reader may do with a collection (supabase/migrations/20261214200100_collection_permissions.sql): read it, curate it. */
export type CollectionPermissions = { read: boolean; edit: boolean };

const OWNER_COLUMNS =
	'project_id, organisation_id, project:projects(slug, acronym, title), organisation:organisations(slug, name, name_lang, names:organisation_name_translations(locale, name))';

export const PAGE_SIZE = 20;

/** The languages published of each practice, for the reader to get theirs (pickPublication). */
async function publicationsOf(
	supabase: Supabase,
	practiceIds: string[]
): Promise<Map<string, Publication[]>> {
	const found = new Map<string, Publication[]>();
	if (practiceIds.length === 0) return found;
	// Up to one per language of each practice: a hundred practices in many languages pass 1,000 rows.
	const rows = await everyRow<Publication>((from, to) =>
		supabase
			.from('practice_publications')
			.select('practice_id, locale, kind, title, summary')
			.in('practice_id', [...new Set(practiceIds)])
			.order('practice_id')
			.order('locale')
			.range(from, to)
	);
	for (const row of rows) found.set(row.practice_id, [...(found.get(row.practice_id) ?? []), row]);
	return found;
}

/**
 * One page of the collections the reader may see (public ones, and their partnerships'), the most
 * recently changed first, with how many of their practices are published, as the database counts them.
 */
export async function list(
	supabase: Supabase,
	page: number
): Promise<{ collections: CollectionSummary[]; total: number }> {
	const from = (page - 1) * PAGE_SIZE;
	const answer = await supabase
		.from('collections')
		.select(
			`id, slug, title, introduction, visibility, ${OWNER_COLUMNS}, published:published_practices`,
			{ count: 'exact' }
		)
		.order('updated_at', { ascending: false })
		.order('slug')
		.range(from, from + PAGE_SIZE - 1);
	// Past the last page, PostgREST answers 416: an empty page, not an error.
	if (answer.status === 416) return { collections: [], total: answer.count ?? 0 };
	const rows = unwrap(answer) as unknown as CollectionSummary[];
	return { collections: rows, total: answer.count ?? rows.length };
}

/** A collection with its items in order, or null when there is none the reader may see. */
export async function getPage(supabase: Supabase, slug: string): Promise<Collection | null> {
	const row = unwrap(
		await supabase
			.from('collections')
			.select(
				`id, slug, version, title, introduction, visibility, ${OWNER_COLUMNS}, permissions:collection_permissions, ` +
					// A practice has two ways to organisations (its owner, and those that took part): the owner's.
					'items:collection_items(practice_id, position, practice:practices(id, slug, country, organisation:organisations!organisation_id(slug, name, name_lang, names:organisation_name_translations(locale, name))))'
			)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as (Omit<Collection, 'items'> & { items: Array<Omit<Item, 'publications'>> }) | null;
	if (!row) return null;
	const publications = await publicationsOf(
		supabase,
		row.items.map((item) => item.practice_id)
	);
	const items = row.items
		.toSorted((a, b) => a.position - b.position)
		.map((item) => ({
			...item,
			publications: item.practice ? (publications.get(item.practice_id) ?? []) : []
		}));
	return { ...row, items };
}

/** A collection's title: what its sharing card shows; null when there is none the reader may see. */
export async function getTitle(supabase: Supabase, slug: string): Promise<TranslatedText | null> {
	const row = unwrap(
		await supabase.from('collections').select('title').eq('slug', slug).maybeSingle()
	) as { title: TranslatedText } | null;
	return row && row.title;
}

export type OwnerChoices = { projects: ProjectOption[]; organisations: OrganisationOption[] };

/**
 * Whom the person may start a collection for, as the database decides it
 * (public.collection_owner_projects, public.collection_owner_organisations): the projects they
 * coordinate and the organisations they administer (everything, for platform admins).
 */
export async function ownerChoices(supabase: Supabase): Promise<OwnerChoices> {
	const [projects, organisations] = await Promise.all([
		projectOptions(supabase, 'collection_owner_projects'),
		organisationOptions(supabase, 'collection_owner_organisations')
	]);
	return { projects, organisations };
}

export type NewCollection = {
	projectId: string | null;
	organisationId: string | null;
	title: TranslatedText;
	visibility: Visibility;
};

/**
 * Starts a collection at the address made from its title, numbered when that is taken (perhaps by
 * a partners-only collection the person cannot see, so only the database can tell). Its address.
 */
export async function create(
	supabase: Supabase,
	base: string,
	collection: NewCollection
): Promise<string> {
	// `/collections/new` is the page that starts one: no collection may take that address.
	for (let attempt = base === 'new' ? 2 : 1; ; attempt++) {
		const suffix = attempt === 1 ? '' : `-${attempt}`;
		const slug = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
		const answer = await supabase
			.from('collections')
			.insert({
				slug,
				project_id: collection.projectId,
				organisation_id: collection.organisationId,
				title: collection.title,
				visibility: collection.visibility
			})
			.select('slug')
			.single();
		if (answer.error?.code === UNIQUE_VIOLATION && attempt < 50) continue;
		return (unwrap(answer) as { slug: string }).slug;
	}
}

export type CollectionChanges = {
	title: TranslatedText;
	introduction: TranslatedText | null;
	visibility: Visibility;
};

/** Saves the changes on top of the version the editor opened; false when someone saved in between. */
export async function update(
	supabase: Supabase,
	id: string,
	version: number,
	changes: CollectionChanges
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('collections')
			.update({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
			.eq('id', id)
			.eq('version', version)
			.select('id')
	) as unknown[];
	return rows.length > 0;
}

/** Deletes the collection and its items; the practices stay. */
export async function remove(supabase: Supabase, id: string): Promise<void> {
	unwrap(await supabase.from('collections').delete().eq('id', id));
}

/** Whether the practice has a published language, which is what readers of a collection see. */
export async function isPublished(supabase: Supabase, practiceId: string): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('practice_publications')
			.select('practice_id')
			.eq('practice_id', practiceId)
			.limit(1)
	) as unknown[];
	return rows.length > 0;
}

/**
 * Adds a practice at the end (the database places it). 'taken' when it is in the collection
 * already; 'unknown' when there is no practice the curator can read by that id (the guard has
 * made sure they may curate, so that is what row level security refuses here).
 */
export async function addItem(
	supabase: Supabase,
	collectionId: string,
	practiceId: string
): Promise<'taken' | 'unknown' | null> {
	const answer = await supabase
		.from('collection_items')
		.insert({ collection_id: collectionId, practice_id: practiceId });
	if (answer.error?.code === UNIQUE_VIOLATION) return 'taken';
	if (answer.error?.code === FOREIGN_KEY_VIOLATION || answer.error?.code === '42501')
		return 'unknown';
	unwrap(answer);
	return null;
}

/** Takes a practice out of the collection; false when it was not in it. */
export async function removeItem(
	supabase: Supabase,
	collectionId: string,
	practiceId: string
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('collection_items')
			.delete()
			.eq('collection_id', collectionId)
			.eq('practice_id', practiceId)
			.select('practice_id')
	) as unknown[];
	return rows.length > 0;
}

/** Swaps a practice with its neighbour above (-1) or below (+1); false when there is none, or it is not in the collection. */
export async function moveItem(
	supabase: Supabase,
	collectionId: string,
	practiceId: string,
	direction: -1 | 1
): Promise<boolean> {
	return unwrap(
		await supabase.rpc('move_collection_item', {
			collection: collectionId,
			practice: practiceId,
			direction
		})
	) as boolean;
}

export type PracticeChoice = {
	id: string;
	slug: string;
	country: string;
	organisation: NamedOrganisation;
	publications: Publication[];
};

/** How many practices the "add" list offers at most; a search narrows it down. */
export const CHOICES_LIMIT = 100;

/** Published practices a curator can add, the best match first when searching (search_practices), else the most recently published (list_practices). */
export async function practiceChoices(
	supabase: Supabase,
	query: string | null
): Promise<PracticeChoice[]> {
	const rows = unwrap(
		await (query ? supabase.rpc('search_practices', { query }) : supabase.rpc('list_practices'))
			.select(
				'id, slug, country, organisation:organisations!organisation_id(name, name_lang, names:organisation_name_translations(locale, name))'
			)
			.limit(CHOICES_LIMIT)
	);
	const publications = await publicationsOf(
		supabase,
		rows.map((row) => row.id)
	);
	return rows.map((row) => ({ ...row, publications: publications.get(row.id) ?? [] }));
}
