// The formatting functions of the compiled messages (Paraglide's registry.js, which this file
// replaces: see i18n.config.ts). Paraglide's own makes a new Intl.PluralRules and
// Intl.NumberFormat on every message with a count; these are kept per locale and options.
// The locale is used as the message gives it, as Paraglide's does.
import { kept } from '#lib/intl.ts';

/**
 * @typedef {"year" | "years" | "quarter" | "quarters" | "month" | "months" | "week" | "weeks" | "day" | "days" | "hour" | "hours" | "minute" | "minutes" | "second" | "seconds"} RelativeTimeFormatUnit
 */

/**
 * @param {string} locale
 * @param {unknown} input
 * @param {Intl.PluralRulesOptions} [options]
 * @returns {string}
 */
export function plural(locale, input, options) {
	return kept('plural', locale, options, () => new Intl.PluralRules(locale, options)).select(
		Number(input)
	);
}

/**
 * @param {string} locale
 * @param {unknown} input
 * @param {Intl.NumberFormatOptions} [options]
 * @returns {string}
 */
export function number(locale, input, options) {
	return kept(
		'message number',
		locale,
		options,
		() => new Intl.NumberFormat(locale, options)
	).format(Number(input));
}

/**
 * @param {string} locale
 * @param {unknown} input
 * @param {Intl.DateTimeFormatOptions} [options]
 * @returns {string}
 */
export function datetime(locale, input, options) {
	return kept(
		'message date',
		locale,
		options,
		() => new Intl.DateTimeFormat(locale, options)
	).format(new Date(/** @type {string} */ (input)));
}

/**
 * @param {string} locale
 * @param {unknown} input
 * @param {Intl.RelativeTimeFormatOptions & { unit: RelativeTimeFormatUnit }} options
 * @returns {string}
 */
export function relativetime(locale, input, options) {
	const { unit, ...intlOptions } = options;
	return kept(
		'relative time',
		locale,
		intlOptions,
		() => new Intl.RelativeTimeFormat(locale, intlOptions)
	).format(Number(input), unit);
}
