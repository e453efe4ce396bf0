// An event's gallery: photos with a caption (translatable, and their alternative text), a credit
// and a consent mark. Each photo is a document of its event holding one image and its renditions
// (supabase/migrations/20261212150000_event_photos.sql); row level security decides who sees it (an
// unconfirmed photo: the partnership only). The bytes go through ../files.ts.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { FileInfo } from '../files.ts';
import type { Consent } from '#lib/document-names.ts';
import type { Visibility } from './documents.ts';
import { everyRow } from './every-row.ts';
import { unwrap } from './unwrap.ts';

export type Photo = {
	id: string;
	event_id: string;
	caption: TranslatedText;
	credit: string;
	consent: Consent;
	visibility: Visibility;
	position: number;
	/** The image, with its renditions' sizes; null only while it is being replaced. */
	file: FileInfo | null;
};

type Row = {
	document_id: string;
	event_id: string;
	credit: string;
	consent: Consent;
	document: {
		title: TranslatedText;
		visibility: Visibility;
		position: number;
		created_at: string;
		files: FileInfo[];
	};
};

const PHOTO_COLUMNS =
	'document_id, event_id, credit, consent, document:documents!inner(title, visibility, position, created_at, files:document_files(id, document_id, locale, file_name, content_type, byte_size, updated_at, renditions:document_file_renditions(name, width, height)))';

const photoOf = (row: Row): Photo => ({
	id: row.document_id,
	event_id: row.event_id,
	caption: row.document.title,
	credit: row.credit,
	consent: row.consent,
	visibility: row.document.visibility,
	position: row.document.position,
	file: row.document.files[0] ?? null
});

/** Event ids per request: 100 of them keep the address near 4 KB, well inside what servers take. */
const IDS_PER_REQUEST = 100;

const inOrder = (a: Row, b: Row) =>
	a.event_id.localeCompare(b.event_id) ||
	a.document.position - b.document.position ||
	a.document.created_at.localeCompare(b.document.created_at) ||
	a.document_id.localeCompare(b.document_id);

/** The photos of these events the reader may see, event by event in gallery order. */
export async function ofEvents(
	supabase: Supabase,
	eventIds: string[],
	options: { confirmedOnly?: boolean } = {}
): Promise<Photo[]> {
	// A report can hold thousands of events: their ids go in groups, as one address could not hold them all.
	const groups = Array.from({ length: Math.ceil(eventIds.length / IDS_PER_REQUEST) }, (_, i) =>
		eventIds.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST)
	);
	const rows = await Promise.all(
		groups.map((ids) =>
			everyRow<Row>((from, to) => {
				let query = supabase.from('event_photos').select(PHOTO_COLUMNS).in('event_id', ids);
				if (options.confirmedOnly) query = query.neq('consent', 'unconfirmed');
				return query.order('document_id').range(from, to);
			})
		)
	);
	return rows.flat().sort(inOrder).map(photoOf);
}

export const ofEvent = (supabase: Supabase, eventId: string) => ofEvents(supabase, [eventId]);

/** Changes a photo's caption, credit and consent together; false when the reader may not (or it is gone). */
export async function update(
	supabase: Supabase,
	id: string,
	photo: { caption: TranslatedText; credit: string; consent: Consent }
): Promise<boolean> {
	return unwrap(
		await supabase.rpc('update_event_photo', {
			photo: id,
			caption: photo.caption,
			credit: photo.credit,
			consent: photo.consent
		})
	) as boolean;
}
