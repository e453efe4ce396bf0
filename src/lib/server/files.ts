// The one module that reads and writes the bytes of documents' files. Today they live in
// PostgreSQL (public.document_files.bytes), reached through PostgREST as the person, so that row
// level security protects a file exactly like the document it belongs to. Moving large files to
// object storage later changes this module only: callers see ids, names, types and bytes.
//
// Images also get web-sized renditions (public.document_file_renditions), made here with sharp in
// the request that uploads them and stored in the same transaction as the file.
import sharp from 'sharp';
import { authHeaders, fetchWithTimeout, type Supabase } from './supabase.ts';
import { serverConfig } from './config.ts';
import { unwrap } from './data/unwrap.ts';
import { cleanFileName, type FileType } from '#lib/file-types.ts';
import type { Visibility } from './data/documents.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { Consent } from '#lib/document-names.ts';

/** The renditions of an image and the box each fits in (pixels, both sides). */
export const RENDITIONS = { web: 1600, thumb: 400 } as const;
export type RenditionName = keyof typeof RENDITIONS;
export const RENDITION_NAMES = Object.keys(RENDITIONS) as RenditionName[];

/** What a reader sees of a file: never its bytes. An image's renditions are listed with their size. */
export type FileInfo = {
	id: string;
	document_id: string;
	locale: string | null;
	file_name: string;
	content_type: FileType;
	byte_size: number;
	updated_at: string;
	renditions: Array<{ name: RenditionName; width: number; height: number }>;
};

export const FILE_INFO_COLUMNS =
	'id, document_id, locale, file_name, content_type, byte_size, updated_at, renditions:document_file_renditions(name, width, height)';

/** A rendition as stored: always WebP, without metadata. */
export type Rendition = {
	name: RenditionName;
	contentType: 'image/webp';
	bytes: Buffer;
	width: number;
	height: number;
};

export type RenditionFailure = 'image-unreadable' | 'image-too-large';
export type SaveResult =
	{ ok: true; id: string } | { ok: false; reason: 'quota' | 'too-large' | 'image-unreadable' };

/** The types the portal makes renditions of. */
const IMAGE_TYPES: readonly FileType[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const isImageType = (type: FileType) => IMAGE_TYPES.includes(type);

/**
 * Images larger than this get no renditions, and are never decoded: a small file can claim
 * enormous dimensions (a decompression bomb), and 50 megapixels already take 200 MB to decode.
 * The file itself is kept, like any other.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * The renditions of an image: upright as its EXIF orientation says, shrunk (never enlarged) to fit
 * each box, as WebP without any metadata (sharp writes none unless asked: no EXIF, so no camera
 * position, no ICC profile, colours converted to sRGB). An animated image gives its first frame.
 * The image is decoded once, to the largest size; the smaller ones are made from that.
 */
export async function makeRenditions(bytes: Uint8Array): Promise<Rendition[] | RenditionFailure> {
	try {
		const largest = await sharp(bytes, {
			limitInputPixels: MAX_IMAGE_PIXELS,
			failOn: 'error',
			autoOrient: true
		})
			.resize(RENDITIONS.web, RENDITIONS.web, { fit: 'inside', withoutEnlargement: true })
			.raw()
			.toBuffer({ resolveWithObject: true });
		const { width, height, channels } = largest.info;
		const renditions: Rendition[] = [];
		for (const name of RENDITION_NAMES) {
			const box = RENDITIONS[name];
			const made = await sharp(largest.data, { raw: { width, height, channels } })
				.resize(box, box, { fit: 'inside', withoutEnlargement: true })
				.webp({ quality: name === 'thumb' ? 75 : 82 })
				.toBuffer({ resolveWithObject: true });
			renditions.push({
				name,
				contentType: 'image/webp',
				bytes: made.data,
				width: made.info.width,
				height: made.info.height
			});
		}
		return renditions;
	} catch (error) {
		// Anything sharp cannot make sense of is the upload's fault, not the server's: the caller
		// answers 400 and stores nothing.
		return error instanceof Error && /pixel limit/i.test(error.message)
			? 'image-too-large'
			: 'image-unreadable';
	}
}

/** PostgREST answers PTxyz with HTTP xyz: the organisation's quota is used up (413). */
const QUOTA_EXCEEDED = 'PT413';
const CHECK_VIOLATION = '23514';

const hex = (bytes: Uint8Array) =>
	`\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;

/** Renditions as the saving SQL functions take them. */
const renditionRows = (renditions: Rendition[]) =>
	renditions.map((r) => ({
		name: r.name,
		content_type: r.contentType,
		bytes: hex(r.bytes),
		width: r.width,
		height: r.height
	}));

/** What the database's refusal of a file means for the person uploading it; null when it is none of these. */
function refusal(error: { code?: string; message: string } | null): 'quota' | 'too-large' | null {
	if (error?.code === QUOTA_EXCEEDED) return 'quota';
	if (error?.code === CHECK_VIOLATION && error.message.includes('document_files_size_limit'))
		return 'too-large';
	return null;
}

/**
 * Stores a checked file as the document's file in `locale` (null: any language), replacing the one
 * there; an image with its renditions. An image that cannot be decoded is refused before anything
 * is written; the file and its renditions are then written in one transaction
 * (public.save_document_file), so that a refusal there (rights, size, quota) leaves nothing behind.
 * The bytes travel hex-encoded in PostgREST's JSON, as bytea's text form.
 */
export async function save(
	supabase: Supabase,
	userId: string,
	file: {
		documentId: string;
		locale: string | null;
		fileName: string;
		contentType: FileType;
		bytes: Uint8Array;
	}
): Promise<SaveResult> {
	const made = isImageType(file.contentType) ? await makeRenditions(file.bytes) : [];
	if (made === 'image-unreadable') return { ok: false, reason: made };
	// A photo of more megapixels than renditions are made of is still a photo: kept, without them.
	const renditions = made === 'image-too-large' ? [] : made;
	const answer = await supabase.rpc('save_document_file', {
		document: file.documentId,
		language: file.locale,
		// Whoever calls, no name is kept with folders, controls or text-direction tricks in it.
		file_name: cleanFileName(file.fileName),
		content_type: file.contentType,
		content: hex(file.bytes),
		author: userId,
		renditions: renditionRows(renditions)
	});
	const refused = refusal(answer.error);
	if (refused) return { ok: false, reason: refused };
	return { ok: true, id: unwrap(answer) as string };
}

/** A checked photo for an event's gallery, with what is shown beside it. */
export type PhotoUpload = {
	caption: TranslatedText;
	credit: string;
	consent: Consent;
	fileName: string;
	contentType: FileType;
	bytes: Uint8Array;
};
export type PhotosResult =
	| { ok: true; ids: string[] }
	/** `index`: the photo refused, when one is to blame (a quota is everyone's). */
	| {
			ok: false;
			reason: 'quota' | 'too-large' | 'not-image' | RenditionFailure;
			index: number | null;
	  };

/**
 * Adds photos to an event's gallery, all or none (public.add_event_photos): each must be an image
 * the portal can make renditions of, since the gallery shows those; every one is made before
 * anything is written.
 */
export async function addEventPhotos(
	supabase: Supabase,
	userId: string,
	eventId: string,
	photos: PhotoUpload[]
): Promise<PhotosResult> {
	const prepared = [];
	for (const [index, photo] of photos.entries()) {
		if (!isImageType(photo.contentType)) return { ok: false, reason: 'not-image', index };
		const made = await makeRenditions(photo.bytes);
		if (typeof made === 'string') return { ok: false, reason: made, index };
		prepared.push({
			caption: photo.caption,
			credit: photo.credit,
			consent: photo.consent,
			file_name: cleanFileName(photo.fileName),
			content_type: photo.contentType,
			content: hex(photo.bytes),
			renditions: renditionRows(made)
		});
	}
	const answer = await supabase.rpc('add_event_photos', {
		event: eventId,
		author: userId,
		photos: prepared
	});
	const refused = refusal(answer.error);
	if (refused) return { ok: false, reason: refused, index: null };
	return { ok: true, ids: unwrap(answer) as string[] };
}

/** A file's details and its document's visibility; null when the reader may not read it (or it is gone). */
export async function info(
	supabase: Supabase,
	id: string
): Promise<(FileInfo & { visibility: Visibility }) | null> {
	const row = unwrap(
		await supabase
			.from('document_files')
			.select(`${FILE_INFO_COLUMNS}, document:documents!inner(visibility)`)
			.eq('id', id)
			.maybeSingle()
	) as (FileInfo & { document: { visibility: Visibility } }) | null;
	if (!row) return null;
	const { document, ...file } = row;
	return { ...file, visibility: document.visibility };
}

export type RenditionInfo = {
	file_name: string;
	content_type: 'image/webp';
	byte_size: number;
	width: number;
	height: number;
	visibility: Visibility;
};

/** A rendition's details, with its file's name and document's visibility; null when unreadable or missing. */
export async function renditionInfo(
	supabase: Supabase,
	id: string,
	name: RenditionName
): Promise<RenditionInfo | null> {
	const row = unwrap(
		await supabase
			.from('document_file_renditions')
			.select(
				'content_type, byte_size, width, height, file:document_files!inner(file_name, document:documents!inner(visibility))'
			)
			.eq('file_id', id)
			.eq('name', name)
			.maybeSingle()
	) as
		| (Omit<RenditionInfo, 'file_name' | 'visibility'> & {
				file: { file_name: string; document: { visibility: Visibility } };
		  })
		| null;
	if (!row) return null;
	const { file, ...rendition } = row;
	return { ...rendition, file_name: file.file_name, visibility: file.document.visibility };
}

/**
 * The file's bytes as a stream (or a rendition's, when named), read as `userId` (null: anon) so
 * that row level security decides; null when the reader may not read it. PostgREST sends them raw
 * (public.document_file_bytes, public.document_file_rendition_bytes).
 */
export async function open(
	userId: string | null,
	id: string,
	rendition?: RenditionName
): Promise<ReadableStream<Uint8Array> | null> {
	const call = rendition
		? `document_file_rendition_bytes?file=${encodeURIComponent(id)}&size=${encodeURIComponent(rendition)}`
		: `document_file_bytes?file=${encodeURIComponent(id)}`;
	return rawBytes(userId, call, `file ${id}${rendition ? ` (${rendition})` : ''}`);
}

/** What a function of the API answers as raw bytes, asked as `userId`; null for an empty answer (nothing readable). */
async function rawBytes(
	userId: string | null,
	call: string,
	what: string
): Promise<ReadableStream<Uint8Array> | null> {
	const { supabaseUrl } = serverConfig();
	const answer = await fetchWithTimeout(`${supabaseUrl}/rest/v1/rpc/${call}`, {
		headers: { ...(await authHeaders(userId)), accept: 'application/octet-stream' }
	});
	if (!answer.ok) {
		await answer.body?.cancel();
		throw new Error(`reading ${what}: HTTP ${answer.status}`);
	}
	if (answer.headers.get('content-length') === '0') {
		await answer.body?.cancel();
		return null;
	}
	return answer.body;
}

// Organisations' logos ------------------------------------------------------------------------------

/** The image types a logo may be, and how large its file may be. */
export const LOGO_TYPES: readonly FileType[] = IMAGE_TYPES;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/**
 * Makes an organisation's logo of an image, checked to be one of LOGO_TYPES: only its renditions
 * are kept (public.organisation_logos), written in one transaction that replaces the old ones. An
 * image that cannot be decoded, or of more pixels than renditions are made of, changes nothing.
 */
export async function saveLogo(
	supabase: Supabase,
	organisationId: string,
	bytes: Uint8Array
): Promise<{ ok: true } | { ok: false; reason: RenditionFailure }> {
	const made = await makeRenditions(bytes);
	if (typeof made === 'string') return { ok: false, reason: made };
	unwrap(
		await supabase.rpc('save_organisation_logo', {
			organisation: organisationId,
			renditions: made.map((r) => ({
				name: r.name,
				content_type: r.contentType,
				bytes: hex(r.bytes),
				width: r.width,
				height: r.height
			}))
		})
	);
	return { ok: true };
}

/** Removes an organisation's logo; false when it had none (or it is not the reader's to remove). */
export async function removeLogo(supabase: Supabase, organisationId: string): Promise<boolean> {
	return (
		(
			unwrap(
				await supabase
					.from('organisation_logos')
					.delete()
					.eq('organisation_id', organisationId)
					.select('name')
			) as unknown[]
		).length > 0
	);
}

/** A rendition of an organisation's logo as a stream, read as `userId` (null: anon); null when there is none to read. */
export function openLogo(
	userId: string | null,
	organisationId: string,
	rendition: RenditionName
): Promise<ReadableStream<Uint8Array> | null> {
	return rawBytes(
		userId,
		`organisation_logo_bytes?organisation=${encodeURIComponent(organisationId)}&size=${encodeURIComponent(rendition)}`,
		`the logo of ${organisationId} (${rendition})`
	);
}

export async function remove(supabase: Supabase, id: string): Promise<boolean> {
	const removed = unwrap(
		await supabase.from('document_files').delete().eq('id', id).select('id')
	) as unknown[];
	return removed.length > 0;
}
