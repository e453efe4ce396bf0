// Audit log entries about a project's outcomes, in the reader's language: what happened, to which
// indicator, result or press item, and field by field what it was before and after. Entries of
// other kinds are not described here (null).
import { m } from '#lib/paraglide/messages.js';
import { formatDate } from '#lib/dates.ts';
import { formatNumber } from '#lib/money.ts';
import { indicatorName, pressKindName } from '#lib/project-names.ts';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';

const ACTIONS: Record<string, () => string> = {
	'indicator.achieved_changed': m.outcomes_audit_indicator_achieved_changed,
	'result.added': m.outcomes_audit_result_added,
	'result.changed': m.outcomes_audit_result_changed,
	'result.removed': m.outcomes_audit_result_removed,
	'press_item.added': m.outcomes_audit_press_item_added,
	'press_item.changed': m.outcomes_audit_press_item_changed,
	'press_item.removed': m.outcomes_audit_press_item_removed
};

const FIELDS: Record<string, () => string> = {
	source: m.indicator_source,
	achieved: m.indicator_achieved,
	evidence: m.indicator_evidence,
	evidence_url: m.indicator_evidence_link,
	statement: m.result_statement,
	kind: m.press_kind,
	title: m.press_title,
	published_on: m.press_date,
	body: m.press_body,
	url: m.press_url
};

/** A press item's text can be 5,000 characters: the log shows its beginning. */
const SHOWN_LENGTH = 120;

function shorten(text: string): string {
	const characters = [...text];
	return characters.length > SHOWN_LENGTH ? `${characters.slice(0, SHOWN_LENGTH).join('')}…` : text;
}

function shown(field: string, value: unknown, locale: string): string {
	if (value === null || value === undefined || value === '') return m.outcomes_audit_empty();
	switch (field) {
		case 'achieved':
			return formatNumber(Number(value), locale);
		case 'published_on':
			return formatDate(String(value), locale);
		case 'kind':
			return pressKindName(String(value));
		case 'source':
			return value === 'computed' ? m.indicator_source_computed() : m.indicator_source_entered();
		case 'title':
		case 'statement':
		case 'body':
		case 'evidence':
			return shorten(
				pickTranslation(value as TranslatedText, locale)?.text ?? m.outcomes_audit_empty()
			);
		default:
			return shorten(String(value));
	}
}

export type OutcomeAuditEntry = { action: string; lines: string[] };

export function describeOutcomeEntry(
	entry: { action: string; details: unknown },
	locale: string
): OutcomeAuditEntry | null {
	const name = ACTIONS[entry.action];
	if (!name) return null;
	const details = (entry.details ?? {}) as Record<string, unknown>;
	const from = (details.from ?? {}) as Record<string, unknown>;
	const to = (details.to ?? {}) as Record<string, unknown>;
	const subject =
		typeof details.code === 'string'
			? indicatorName(details.code)
			: details.title
				? shown('title', details.title, locale)
				: details.statement
					? shown('statement', details.statement, locale)
					: '';
	const changes = Object.keys(to).map((field) =>
		m.outcomes_audit_change({
			field: FIELDS[field]?.() ?? field,
			from: shown(field, from[field], locale),
			to: shown(field, to[field], locale)
		})
	);
	return { action: name(), lines: [subject, ...changes].filter(Boolean) };
}
