// Documents attached to a project, an event or a practice, each with a file per language. Row level
// security decides who sees a document (the owner's readers, and partner-only ones only the
// partnership) and who changes it; the bytes go through ../files.ts.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { FILE_INFO_COLUMNS, type FileInfo } from '../files.ts';
import { unwrap } from './unwrap.ts';

export const KINDS = ['result', 'report', 'agenda', 'presentation', 'photo', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export const VISIBILITIES = ['public', 'partners'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Whose documents: exactly one record. (Project results can join as another key later.) */
export type Owner = { project: string } | { event: string } | { practice: string };

export type Document = {
	id: string;
	title: TranslatedText;
	kind: Kind;
	visibility: Visibility;
	position: number;
	files: FileInfo[];
};

function ownerColumns(owner: Owner): { project_id?: string; event_id?: string; practice_id?: string } {
	if ('project' in owner) return { project_id: owner.project };
	if ('event' in owner) return { event_id: owner.event };
	return { practice_id: owner.practice };
}

/** The owner's documents the reader may see, with their files (never the bytes), in their order. */
export async function listOf(supabase: Supabase, owner: Owner): Promise<Document[]> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	const rows = unwrap(
		await supabase
			.from('documents')
			.select(`id, title, kind, visibility, position, files:document_files(${FILE_INFO_COLUMNS})`)
			.eq(column, value)
			.order('position')
			.order('created_at')
	) as Document[];
	return rows;
}

/** One document, if the reader may see it and it belongs to the owner. */
export async function get(supabase: Supabase, owner: Owner, id: string): Promise<Document | null> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	return unwrap(
		await supabase
			.from('documents')
			.select(`id, title, kind, visibility, position, files:document_files(${FILE_INFO_COLUMNS})`)
			.eq('id', id)
			.eq(column, value)
			.maybeSingle()
	) as Document | null;
}

export async function create(
	supabase: Supabase,
	userId: string,
	owner: Owner,
	document: { title: TranslatedText; kind: Kind; visibility: Visibility }
): Promise<string> {
	const row = unwrap(
		await supabase
			.from('documents')
			.insert({ ...ownerColumns(owner), ...document, created_by: userId })
			.select('id')
			.single()
	) as { id: string };
	return row.id;
}

/** Removes a document of the owner with its files; false when there was none the person could remove. */
export async function remove(supabase: Supabase, owner: Owner, id: string): Promise<boolean> {
	const [column, value] = Object.entries(ownerColumns(owner))[0];
	const removed = unwrap(await supabase.from('documents').delete().eq('id', id).eq(column, value).select('id')) as unknown[];
	return removed.length > 0;
}
