// Counts (people, events, readers) as people type them in any of the portal's languages: "120",
// "3 700", "12,5", "12.5". Spaces group thousands; a point or a comma is the decimal sign, so
// "1.234" is refused as too precise rather than guessed to mean 1234 or 1.23.
import { numberFormat } from '#lib/intl.ts';
export type ParsedQuantity =
	{ value: number } | { error: 'not_a_number' | 'negative' | 'too_precise' | 'too_large' };

/** Below the database's bound (numeric < 10^10). */
export const MAX_QUANTITY = 9_999_999_999.99;

export function parseQuantity(raw: string): ParsedQuantity {
	const text = raw.trim().replace(/[\s\u00a0\u202f\u2009]/g, '');
	if (/^[-−]/.test(text)) return { error: 'negative' };
	const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
	// "12,345.678": thousands grouped with a comma or point, as English or German write them. Which
	// sign is the decimal one cannot be told, so the answer is the one that says how to write it.
	if (!match)
		return { error: /^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(text) ? 'too_precise' : 'not_a_number' };
	const [, whole, fraction = ''] = match;
	if (fraction.length > 2) return { error: 'too_precise' };
	const value = Number(`${whole}.${fraction || '0'}`);
	return value > MAX_QUANTITY ? { error: 'too_large' } : { value };
}

/** A count as an editor types it back: the locale's decimal sign, no grouping. */
export function quantityInput(value: number, locale: string): string {
	return numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/**
 * The two bars of one indicator, as percentages of the larger of planned and achieved: each
 * indicator on its own scale, so that 9 events and 1,555 participants are both readable.
 */
export function barShares(
	planned: number,
	achieved: number | null
): { planned: number; achieved: number } {
	const top = Math.max(planned, achieved ?? 0);
	if (!(top > 0)) return { planned: 0, achieved: 0 };
	return { planned: (planned / top) * 100, achieved: ((achieved ?? 0) / top) * 100 };
}
