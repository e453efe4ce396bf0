// Names of the codes a project uses, in the reader's language. An unknown code shows as itself.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';

export function statusName(status: string): string {
	switch (status) {
		case 'planned':
			return m.project_status_planned();
		case 'running':
			return m.project_status_running();
		case 'closed':
			return m.project_status_closed();
		case 'final_report_submitted':
			return m.project_status_final_report_submitted();
		case 'settled':
			return m.project_status_settled();
		default:
			return status;
	}
}

/** An indicator as its project names it: its own name (and unit) where it has one, else its kind's. */
export function indicatorLabel(
	indicator: { code: string | null; name?: TranslatedText | null; unit?: string | null },
	locale = getLocale()
): string {
	const own = pickTranslation(indicator.name ?? null, locale)?.text;
	if (!own) return indicatorName(indicator.code ?? '');
	return indicator.unit ? `${own} (${indicator.unit})` : own;
}

export function indicatorName(code: string): string {
	switch (code) {
		case 'international_events':
			return m.indicator_international_events();
		case 'staff_mobilities':
			return m.indicator_staff_mobilities();
		case 'mobilities':
			return m.indicator_mobilities();
		case 'direct_participants':
			return m.indicator_direct_participants();
		case 'indirect_participants':
			return m.indicator_indirect_participants();
		default:
			return code;
	}
}

export function paymentKindName(kind: string): string {
	switch (kind) {
		case 'pre_financing':
			return m.payment_pre_financing();
		case 'advance':
			return m.payment_advance();
		case 'final_payment':
			return m.payment_final_payment();
		case 'co_financing':
			return m.payment_co_financing();
		case 'reimbursement':
			return m.payment_reimbursement();
		default:
			return kind;
	}
}

/** How an indicator's achieved value is measured: the rule the database counts by, or entered. */
export function indicatorDefinition(code: string | null, source: 'computed' | 'entered'): string {
	if (source === 'entered') return m.indicator_definition_entered();
	switch (code) {
		case 'international_events':
			return m.indicator_definition_international_events();
		case 'staff_mobilities':
			return m.indicator_definition_staff_mobilities();
		case 'direct_participants':
			return m.indicator_definition_direct_participants();
		default:
			return m.indicator_definition_entered();
	}
}

/** Whom the participant figures count: the registered until hosts record attendance, then those who came. */
export function countedFrom(figures: {
	events_held: number;
	events_attended: number;
}): 'registered' | 'attended' | 'mixed' {
	if (figures.events_attended === 0) return 'registered';
	return figures.events_attended >= figures.events_held ? 'attended' : 'mixed';
}

/**
 * Whom a counted indicator of people counts, in words (countedFrom); null for an indicator that
 * counts no people (events, or an entered value).
 */
export function peopleCounted(
	indicator: { code: string | null; source: 'computed' | 'entered' },
	figures: { events_held: number; events_attended: number },
	formatNumber: (value: number) => string
): string | null {
	if (
		indicator.source !== 'computed' ||
		(indicator.code !== 'staff_mobilities' && indicator.code !== 'direct_participants')
	)
		return null;
	const counted = countedFrom(figures);
	if (counted === 'registered') return m.participants_counted_registered();
	if (counted === 'attended') return m.participants_counted_attended();
	return m.participants_counted_mixed({
		attended: formatNumber(figures.events_attended),
		held: formatNumber(figures.events_held)
	});
}

export function pressKindName(kind: string): string {
	switch (kind) {
		case 'press_release':
			return m.press_kind_press_release();
		case 'news':
			return m.press_kind_news();
		default:
			return kind;
	}
}

/** A project as a title names it: its acronym, else its title in the reader's language, else its address. */
export function shortProjectName(
	project: { slug: string; acronym: string | null; title: TranslatedText },
	locale: string
): string {
	return project.acronym ?? pickTranslation(project.title, locale)?.text ?? project.slug;
}
