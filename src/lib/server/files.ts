// The one module that reads and writes the bytes of documents' files. Today they live in
// PostgreSQL (public.document_files.bytes), reached through PostgREST as the person, so that row
// level security protects a file exactly like the document it belongs to. Moving large files to
// object storage later changes this module only: callers see ids, names, types and bytes.
import { bearerFor, fetchWithTimeout, type Supabase } from './supabase.ts';
import { serverConfig } from './config.ts';
import { unwrap } from './data/unwrap.ts';
import type { FileType } from '#lib/file-types.ts';
import type { Visibility } from './data/documents.ts';

/** What a reader sees of a file: never its bytes. */
export type FileInfo = {
	id: string;
	document_id: string;
	locale: string | null;
	file_name: string;
	content_type: FileType;
	byte_size: number;
	updated_at: string;
};

export const FILE_INFO_COLUMNS = 'id, document_id, locale, file_name, content_type, byte_size, updated_at';

export type SaveResult = { ok: true; id: string } | { ok: false; reason: 'quota' | 'too-large' };

/** PostgREST answers PTxyz with HTTP xyz: the organisation's quota is used up (413). */
const QUOTA_EXCEEDED = 'PT413';
const CHECK_VIOLATION = '23514';

/**
 * Stores a checked file as the document's file in `locale` (null: any language), replacing the one
 * there. The bytes travel hex-encoded in PostgREST's JSON, as bytea's text form.
 */
export async function save(
	supabase: Supabase,
	userId: string,
	file: { documentId: string; locale: string | null; fileName: string; contentType: FileType; bytes: Uint8Array }
): Promise<SaveResult> {
	const hex = `\\x${Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('hex')}`;
	let existing = supabase.from('document_files').select('id').eq('document_id', file.documentId);
	existing = file.locale === null ? existing.is('locale', null) : existing.eq('locale', file.locale);
	const found = unwrap(await existing.maybeSingle()) as { id: string } | null;
	const answer = found
		? await supabase
				.from('document_files')
				.update({ file_name: file.fileName, content_type: file.contentType, bytes: hex, updated_at: new Date().toISOString() })
				.eq('id', found.id)
				.select('id')
				.single()
		: await supabase
				.from('document_files')
				.insert({ document_id: file.documentId, locale: file.locale, file_name: file.fileName, content_type: file.contentType, bytes: hex, created_by: userId })
				.select('id')
				.single();
	if (answer.error?.code === QUOTA_EXCEEDED) return { ok: false, reason: 'quota' };
	if (answer.error?.code === CHECK_VIOLATION && answer.error.message.includes('document_files_size_limit')) return { ok: false, reason: 'too-large' };
	return { ok: true, id: (unwrap(answer) as { id: string }).id };
}

/** A file's details and its document's visibility; null when the reader may not read it (or it is gone). */
export async function info(supabase: Supabase, id: string): Promise<(FileInfo & { visibility: Visibility }) | null> {
	const row = unwrap(
		await supabase.from('document_files').select(`${FILE_INFO_COLUMNS}, document:documents!inner(visibility)`).eq('id', id).maybeSingle()
	) as (FileInfo & { document: { visibility: Visibility } }) | null;
	if (!row) return null;
	const { document, ...file } = row;
	return { ...file, visibility: document.visibility };
}

/**
 * The file's bytes as a stream, read as `userId` (null: anon) so that row level security decides;
 * null when the reader may not read it. PostgREST sends them raw (public.document_file_bytes).
 */
export async function open(userId: string | null, id: string): Promise<ReadableStream<Uint8Array> | null> {
	const { supabaseUrl, anonKey } = serverConfig();
	const answer = await fetchWithTimeout(`${supabaseUrl}/rest/v1/rpc/document_file_bytes?file=${encodeURIComponent(id)}`, {
		headers: { apikey: anonKey, authorization: `Bearer ${bearerFor(userId)}`, accept: 'application/octet-stream' }
	});
	if (!answer.ok) {
		await answer.body?.cancel();
		throw new Error(`reading file ${id}: HTTP ${answer.status}`);
	}
	if (answer.headers.get('content-length') === '0') {
		await answer.body?.cancel();
		return null;
	}
	return answer.body;
}

export async function remove(supabase: Supabase, id: string): Promise<boolean> {
	const removed = unwrap(await supabase.from('document_files').delete().eq('id', id).select('id')) as unknown[];
	return removed.length > 0;
}
