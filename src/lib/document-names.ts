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

/** Whether the people who can be recognised in a photo agreed to its being shown (public.photo_consent). */
export const CONSENTS = ['given', 'nobody_recognisable', 'unconfirmed'] as const;
export type Consent = (typeof CONSENTS)[number];

const CONSENT_NAMES: Record<Consent, () => string> = {
	given: m.photos_consent_given,
	nobody_recognisable: m.photos_consent_nobody,
	unconfirmed: m.photos_consent_unconfirmed
};

export function consentName(consent: Consent): string {
	return CONSENT_NAMES[consent]();
}
