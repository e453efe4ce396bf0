// Amounts are kept in euro cents (exact); shown in the reader's locale.
export function formatEuro(cents: number, locale: string): string {
	const whole = cents % 100 === 0;
	return new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: 2
	}).format(cents / 100);
}

export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(locale).format(value);
}
