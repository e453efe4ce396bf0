// Documents attached to a project, an event or a practice, each with a file per language; a
// project's documents may belong to one of its result statements or press items (a "part"). Row
// level security decides who sees a document (the owner's readers, and partner-only ones only the
// partnership) and who changes it; the bytes go through ../files.ts.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { FILE_INFO_COLUMNS, type FileInfo } from '../files.ts';
import { everyRow } from './every-row.ts';
import { FOREIGN_KEY_VIOLATION, unwrap } from './unwrap.ts';

export const KINDS = ['result', 'report', 'agenda', 'presentation', 'photo', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export const VISIBILITIES = ['public', 'partners'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Whose documents: exactly one record. */
export type Owner = { project: string } | { event: string } | { practice: string };

/** The part of a project a document belongs to: one of its result statements or press items. */
export type Part = { result: string } | { pressItem: string };

export type Document = {
	id: string;
	title: TranslatedText;
	kind: Kind;
	visibility: Visibility;
	position: number;
	/** Set on a project's document that belongs to one of its results or press items. */
	result_id: string | null;
	press_item_id: string | null;
	files: FileInfo[];
};

const DOCUMENT_COLUMNS = `id, title, kind, visibility, position, result_id, press_item_id, files:document_files(${FILE_INFO_COLUMNS})`;

function ownerColumns(owner: Owner): {
	project_id?: string;
	event_id?: string;
	practice_id?: string;
} {
	if ('project' in owner) return { project_id: owner.project };
	if ('event' in owner) return { event_id: owner.event };
	return { practice_id: owner.practice };
}

/**
 * The owner's documents the reader may see, with their files (never the bytes), in their order; a
 * project's include those of its results and press items (see `byPart`). An event's gallery photos
 * are documents too, kept apart in its gallery (./photos.ts), so they are not among them.
 */
export async function listOf(supabase: Supabase, owner: Owner): Promise<Document[]> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	const photos = 'event' in owner;
	// Every one, past the 1,000 rows of one answer: the funder report lists them all.
	return everyRow((from, to) => {
		const query = supabase
			.from('documents')
			.select(photos ? `${DOCUMENT_COLUMNS}, gallery:event_photos(document_id)` : DOCUMENT_COLUMNS)
			.eq(column, value);
		return (photos ? query.is('gallery', null) : query)
			.order('position')
			.order('created_at')
			.order('id')
			.range(from, to);
	});
}

/** One document, if the reader may see it and it belongs to the owner. */
export async function get(supabase: Supabase, owner: Owner, id: string): Promise<Document | null> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	return unwrap(
		await supabase
			.from('documents')
			.select(DOCUMENT_COLUMNS)
			.eq('id', id)
			.eq(column, value)
			.maybeSingle()
	) as Document | null;
}

/** A project's documents split by what they belong to: the project itself, each result, each press item. */
export function byPart(list: Document[]): {
	own: Document[];
	results: Record<string, Document[]>;
	press: Record<string, Document[]>;
} {
	const parts = {
		own: [] as Document[],
		results: {} as Record<string, Document[]>,
		press: {} as Record<string, Document[]>
	};
	for (const document of list) {
		if (document.result_id) (parts.results[document.result_id] ??= []).push(document);
		else if (document.press_item_id) (parts.press[document.press_item_id] ??= []).push(document);
		else parts.own.push(document);
	}
	return parts;
}

/** What a project's documents can belong to besides the project: its results and press items, in their order. */
export type PartChoices = {
	results: Array<{ id: string; statement: TranslatedText }>;
	press: Array<{ id: string; title: TranslatedText; published_on: string | null }>;
};

export async function partChoices(supabase: Supabase, projectId: string): Promise<PartChoices> {
	const row = unwrap(
		await supabase
			.from('projects')
			.select('results:project_results(id, statement), press:press_items(id, title, published_on)')
			.eq('id', projectId)
			.order('position', { referencedTable: 'project_results' })
			.order('published_on', {
				referencedTable: 'press_items',
				ascending: false,
				nullsFirst: false
			})
			.order('position', { referencedTable: 'press_items' })
			.maybeSingle()
	) as PartChoices | null;
	return row ?? { results: [], press: [] };
}

/**
 * Adds a document to the owner (to a part of it, when given); null when that part is not the
 * owner's (the database refuses another project's result, or one removed meanwhile).
 */
export async function create(
	supabase: Supabase,
	userId: string,
	owner: Owner,
	document: { title: TranslatedText; kind: Kind; visibility: Visibility; part?: Part | null }
): Promise<string | null> {
	const { part, ...fields } = document;
	const partColumns = !part
		? {}
		: 'result' in part
			? { result_id: part.result }
			: { press_item_id: part.pressItem };
	const answer = await supabase
		.from('documents')
		.insert({ ...ownerColumns(owner), ...partColumns, ...fields, created_by: userId })
		.select('id')
		.single();
	if (part && answer.error?.code === FOREIGN_KEY_VIOLATION) return null;
	return (unwrap(answer) as { id: string }).id;
}

/** Removes a document of the owner with its files; false when there was none the person could remove. */
export async function remove(supabase: Supabase, owner: Owner, id: string): Promise<boolean> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	const removed = unwrap(
		await supabase.from('documents').delete().eq('id', id).eq(column, value).select('id')
	) as unknown[];
	return removed.length > 0;
}
