// Names of document kinds in the reader's language.
import { m } from '#lib/paraglide/messages.js';

export type DocumentKind = 'result' | 'report' | 'agenda' | 'presentation' | 'photo' | 'other';

const KIND_NAMES: Record<DocumentKind, () => string> = {
	result: m.document_kind_result,
	report: m.document_kind_report,
	agenda: m.document_kind_agenda,
	presentation: m.document_kind_presentation,
	photo: m.document_kind_photo,
	other: m.document_kind_other
};

export function documentKindName(kind: DocumentKind): string {
	return KIND_NAMES[kind]();
}
