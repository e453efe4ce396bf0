// Amounts are kept in euro cents (exact); shown in the reader's locale.
import { numberFormat } from '#lib/intl.ts';

export function formatEuro(cents: number, locale: string): string {
	const whole = cents % 100 === 0;
	return numberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: 2
	}).format(cents / 100);
}

export function formatNumber(value: number, locale: string): string {
	return numberFormat(locale).format(value);
}

export type ParsedAmount =
	{ cents: number } | { error: 'not_a_number' | 'negative' | 'too_precise' | 'too_large' };

/**
 * Reads an amount in euro as people type it, in any of the portal's languages: "14600",
 * "14 600", "14,600.50", "14.600,50", "550,5", "€ 9 800". The last separator followed by one or
 * two digits is the decimal one; the others must group thousands, all alike. Exact: no floating
 * point.
 */
export function parseEuro(raw: string): ParsedAmount {
	const text = raw
		.trim()
		.replace(/^(€|EUR)\s*|\s*(€|EUR)$/gi, '')
		.replace(/[\u00a0\u202f\u2009]/g, ' ');
	if (/^[-−]/.test(text)) return { error: 'negative' };
	const match = /^([1-9]\d{0,2}(?:([., '])\d{3})(?:\2\d{3})*|\d+)(?:([.,])(\d+))?$/.exec(text);
	if (!match) return { error: 'not_a_number' };
	const [, whole, group, decimal, fraction = ''] = match;
	if (group && group === decimal) return { error: 'not_a_number' };
	// "1,234" and "1.234": a group of three, not a fraction.
	const grouped = fraction.length === 3 && !group && /^[1-9]\d{0,2}$/.test(whole);
	if (fraction.length > 2 && !grouped) return { error: 'too_precise' };
	const digits = grouped
		? `${whole}${fraction}00`
		: whole.replace(/\D/g, '') + fraction.padEnd(2, '0');
	if (digits.replace(/^0+/, '').length > 15) return { error: 'too_large' };
	return { cents: Number(digits) };
}

/** An amount as an editor types it back: plain digits, the decimal separator of the locale. */
export function euroInput(cents: number, locale: string): string {
	return numberFormat(locale, {
		minimumFractionDigits: cents % 100 ? 2 : 0,
		maximumFractionDigits: 2,
		useGrouping: false
	}).format(cents / 100);
}
