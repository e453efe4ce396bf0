// Good practices: the codes they use and their names in the reader's language, and which
// language of a practice a reader gets. Shared by the practice pages, collections and transfers.
import { m } from '#lib/paraglide/messages.js';
import { pickTranslation, type TranslatedText, type TranslationStatus } from '#lib/translations.ts';
import { organisationNameText, type NamedOrganisation } from '#lib/organisation-names.ts';

export const PRACTICE_THEMES = [
	'volunteering',
	'youth_participation',
	'neets',
	'civic_participation',
	'integration',
	'public_communication',
	'culture',
	'education',
	'social_inclusion',
	'employment',
	'sport',
	'environment'
] as const;
export type PracticeTheme = (typeof PRACTICE_THEMES)[number];

export const TARGET_GROUPS = [
	'young_people',
	'neets',
	'volunteers',
	'ngos',
	'municipal_staff',
	'migrants',
	'older_people',
	'people_with_disabilities',
	'schools',
	'families',
	'general_public'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The template's sections, in the order an author writes them and a reader reads them. */
export const PRACTICE_SECTIONS = [
	'context',
	'actions',
	'resources',
	'results',
	'lessons',
	'transfer'
] as const;
export type PracticeSection = (typeof PRACTICE_SECTIONS)[number];

/**
 * What a text needs before it goes to review or to readers: the title, the summary, the problem,
 * what was done and its results (the database refuses the rest: private.missing_practice_sections).
 */
export const REQUIRED_FIELDS = ['title', 'summary', 'context', 'actions', 'results'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** The required fields a text leaves empty (blank counts as empty), in the template's order. */
export function missingFields(text: Record<RequiredField, string>): RequiredField[] {
	return REQUIRED_FIELDS.filter((name) => text[name].trim() === '');
}

/**
 * Who reviews a practice's texts, in words: the project's coordinators, or for a practice an
 * organisation wrote alone its administrators (as private.may_approve_practice_of decides).
 */
export function approversName(
	practice: {
		project: { slug: string; acronym: string | null; title: TranslatedText } | null;
		organisation: NamedOrganisation;
	},
	reader: string
): string {
	return practice.project
		? m.practice_review_approvers_project({
				project:
					practice.project.acronym ??
					pickTranslation(practice.project.title, reader)?.text ??
					practice.project.slug
			})
		: m.practice_review_approvers_organisation({
				organisation: organisationNameText(practice.organisation, reader)
			});
}

export const TRANSFER_STAGES = ['exploring', 'adapting', 'piloting', 'adopted', 'dropped'] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];

export type TextState = 'draft' | 'submitted' | 'returned' | 'published';

export function themeName(code: string): string {
	switch (code) {
		case 'volunteering':
			return m.theme_volunteering();
		case 'youth_participation':
			return m.theme_youth_participation();
		case 'neets':
			return m.theme_neets();
		case 'civic_participation':
			return m.theme_civic_participation();
		case 'integration':
			return m.theme_integration();
		case 'public_communication':
			return m.theme_public_communication();
		case 'culture':
			return m.theme_culture();
		case 'education':
			return m.theme_education();
		case 'social_inclusion':
			return m.theme_social_inclusion();
		case 'employment':
			return m.theme_employment();
		case 'sport':
			return m.theme_sport();
		case 'environment':
			return m.theme_environment();
		default:
			return code;
	}
}

export function targetGroupName(code: string): string {
	switch (code) {
		case 'young_people':
			return m.target_young_people();
		case 'neets':
			return m.target_neets();
		case 'volunteers':
			return m.target_volunteers();
		case 'ngos':
			return m.target_ngos();
		case 'municipal_staff':
			return m.target_municipal_staff();
		case 'migrants':
			return m.target_migrants();
		case 'older_people':
			return m.target_older_people();
		case 'people_with_disabilities':
			return m.target_people_with_disabilities();
		case 'schools':
			return m.target_schools();
		case 'families':
			return m.target_families();
		case 'general_public':
			return m.target_general_public();
		default:
			return code;
	}
}

/** A section's heading as readers see it. */
export function sectionName(section: PracticeSection): string {
	switch (section) {
		case 'context':
			return m.practice_section_context();
		case 'actions':
			return m.practice_section_actions();
		case 'resources':
			return m.practice_section_resources();
		case 'results':
			return m.practice_section_results();
		case 'lessons':
			return m.practice_section_lessons();
		case 'transfer':
			return m.practice_section_transfer();
	}
}

/** A field of a practice's text by its label in the editor: the title, the summary or a section. */
export function fieldName(name: 'title' | 'summary' | PracticeSection): string {
	return name === 'title'
		? m.practice_field_title()
		: name === 'summary'
			? m.practice_field_summary()
			: sectionName(name);
}

/** What the template asks the author for in a section. */
export function sectionHint(section: PracticeSection | 'summary'): string {
	switch (section) {
		case 'summary':
			return m.practice_hint_summary();
		case 'context':
			return m.practice_hint_context();
		case 'actions':
			return m.practice_hint_actions();
		case 'resources':
			return m.practice_hint_resources();
		case 'results':
			return m.practice_hint_results();
		case 'lessons':
			return m.practice_hint_lessons();
		case 'transfer':
			return m.practice_hint_transfer();
	}
}

export function stateName(state: string): string {
	switch (state) {
		case 'draft':
			return m.practice_state_draft();
		case 'submitted':
			return m.practice_state_submitted();
		case 'returned':
			return m.practice_state_returned();
		case 'published':
			return m.practice_state_published();
		default:
			return state;
	}
}

export function transferStageName(stage: string): string {
	switch (stage) {
		case 'exploring':
			return m.transfer_stage_exploring();
		case 'adapting':
			return m.transfer_stage_adapting();
		case 'piloting':
			return m.transfer_stage_piloting();
		case 'adopted':
			return m.transfer_stage_adopted();
		case 'dropped':
			return m.transfer_stage_dropped();
		default:
			return stage;
	}
}

type Published = { locale: string; kind: TranslationStatus };

/**
 * The language version a reader gets: the one asked for, else the reader's language, else English,
 * else the original (the order of every translatable text, fallbackOrder in translations.ts).
 * `fallback` says the reader's own language was not there, so the page can say which it shows.
 */
export function pickPublication<P extends Published>(
	publications: readonly P[],
	reader: string,
	requested?: string | null
): { shown: P; fallback: boolean } | null {
	if (publications.length === 0) return null;
	const find = (locale: string | null | undefined) =>
		locale ? publications.find((p) => p.locale === locale) : undefined;
	const chosen =
		find(requested) ??
		find(reader) ??
		find('en') ??
		publications.find((p) => p.kind === 'original') ??
		publications[0];
	return { shown: chosen, fallback: chosen.locale !== reader };
}
