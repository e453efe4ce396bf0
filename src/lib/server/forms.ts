// Reads form posts against a schema: every field is checked, cleaned (NFC, trimmed) and either
// accepted or refused with a message in the visitor's language. A refused form comes back with
// what was typed (passwords excepted), so nothing is lost.
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from '#lib/form-answers.ts';
import { m } from '#lib/paraglide/messages.js';
import { isUtf8Form } from './form-encoding.ts';
import { parseEuro } from '#lib/money.ts';
import { isCountryCode } from '#lib/countries.ts';
import { listedTimeZones } from '#lib/time.ts';
import { parseQuantity, type ParsedQuantity } from '#lib/quantities.ts';

type Parsed<T> = { value: T } | { error: string };
export type Field<T> = { parse(raw: FormDataEntryValue | null): Parsed<T>; secret?: boolean };

// Characters that have no place in text people type into a form: NUL and other controls, and
// the bidirectional overrides that make text display as something other than what it is.
const CONTROL = /[[\p{Cc}&&\p{ASCII}]--[\t\n\r]]/v;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

function cleanText(
	raw: FormDataEntryValue | null,
	options: { multiline?: boolean; trim?: boolean } = {}
): Parsed<string> {
	if (raw !== null && typeof raw !== 'string') return { error: m.form_invalid() };
	let value = raw ?? '';
	if (
		!value.isWellFormed() ||
		CONTROL.test(value) ||
		(!options.multiline && /[\r\n\t]/.test(value)) ||
		BIDI_CONTROL.test(value)
	) {
		return { error: m.form_invalid_characters() };
	}
	// Browsers send a textarea's line breaks as CRLF: kept as plain line feeds, so that text saved
	// twice compares equal and Markdown sees the lines the writer typed.
	value = value.normalize('NFC').replace(/\r\n?/g, '\n');
	return { value: options.trim === false ? value : value.trim() };
}

export function text(
	options: { required?: boolean; max?: number; multiline?: boolean } = {}
): Field<string> {
	const max = options.max ?? 200;
	return {
		parse(raw) {
			const cleaned = cleanText(raw, options);
			if ('error' in cleaned) return cleaned;
			if (options.required && cleaned.value === '') return { error: m.form_required() };
			if ([...cleaned.value].length > max) return { error: m.form_too_long({ max }) };
			return cleaned;
		}
	};
}

// As the database checks it: no characters that mean something in an address list or header.
const EMAIL = /^[^@\s<>(),;:"[\]\\]+@[^@\s<>(),;:"[\]\\]+\.[^@\s<>(),;:"[\]\\]+$/;

export function email(): Field<string> {
	return {
		parse(raw) {
			const cleaned = text({ required: true, max: 254 }).parse(raw);
			if ('error' in cleaned) return cleaned;
			const value = cleaned.value.toLowerCase();
			return EMAIL.test(value) ? { value } : { error: m.form_email() };
		}
	};
}

/**
 * Taken as typed, spaces included, but in Unicode NFC, so that the same password typed on another
 * keyboard or system (composed or decomposed accents) still matches (NIST SP 800-63B 5.1.1.2).
 */
export function password(): Field<string> {
	return {
		secret: true,
		parse(raw) {
			const cleaned = cleanText(raw, { trim: false });
			if ('error' in cleaned) return cleaned;
			return cleaned.value === '' ? { error: m.form_required() } : cleaned;
		}
	};
}

/** One of `values`; required unless `required: false`, and then typed as never null. */
export function choice<const T extends string>(
	values: readonly T[],
	options?: { required: true }
): Field<T>;
export function choice<const T extends string>(
	values: readonly T[],
	options: { required?: boolean }
): Field<T | null>;
export function choice<const T extends string>(
	values: readonly T[],
	options: { required?: boolean } = { required: true }
): Field<T | null> {
	return {
		parse(raw) {
			if ((raw === null || raw === '') && !options.required) return { value: null };
			return typeof raw === 'string' && (values as readonly string[]).includes(raw)
				? { value: raw as T }
				: { error: m.form_choose() };
		}
	};
}

export function timeZone(): Field<string | null> {
	const zones = listedTimeZones();
	return {
		parse(raw) {
			if (raw === null || raw === '') return { value: null };
			return typeof raw === 'string' && zones.has(raw)
				? { value: raw }
				: { error: m.form_time_zone() };
		}
	};
}

/** A record's id, as a list to choose from (or the page itself) sends it: none sent is none chosen. */
export function uuid(): Field<string> {
	return {
		parse(raw) {
			if (raw === null || raw === '') return { error: m.form_choose() };
			return typeof raw === 'string' &&
				/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(raw)
				? { value: raw }
				: { error: m.form_invalid() };
		}
	};
}

export function integer(options: { min?: number; max?: number } = {}): Field<number> {
	return {
		parse(raw) {
			const value = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
			return Number.isInteger(value) &&
				value >= (options.min ?? 0) &&
				value <= (options.max ?? Infinity)
				? { value }
				: { error: m.form_invalid() };
		}
	};
}

/** Ids a page carried in one hidden field, separated by spaces (at most 1000); empty is none. */
export function uuidList(): Field<string[]> {
	return {
		parse(raw) {
			if (raw !== null && typeof raw !== 'string') return { error: m.form_invalid() };
			const ids = (raw ?? '').split(/\s+/).filter(Boolean);
			const valid =
				ids.length <= 1000 &&
				ids.every((id) =>
					/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
				);
			return valid ? { value: ids.map((id) => id.toLowerCase()) } : { error: m.form_invalid() };
		}
	};
}

/**
 * A calendar date as a date input sends it, or as typed into a text field (YYYY-MM-DD, spaces
 * around it ignored); an impossible date is refused.
 */
export function date(options: { required: true }): Field<string>;
export function date(options?: { required?: boolean }): Field<string | null>;
export function date(options: { required?: boolean } = {}): Field<string | null> {
	return {
		parse(raw) {
			const typed = typeof raw === 'string' ? raw.trim() : raw;
			if (typed === null || typed === '')
				return options.required ? { error: m.form_required() } : { value: null };
			if (typeof typed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(typed))
				return { error: m.form_date() };
			const [year, month, day] = typed.split('-').map(Number);
			const parsed = new Date(Date.UTC(year, month - 1, day));
			const real =
				parsed.getUTCFullYear() === year &&
				parsed.getUTCMonth() === month - 1 &&
				parsed.getUTCDate() === day;
			return real && year >= 1990 && year <= 2100 ? { value: typed } : { error: m.form_date() };
		}
	};
}

/** An amount in euro, typed as people type it in their language; kept in cents. */
export function euro(options: { required: true }): Field<number>;
export function euro(options?: { required?: boolean }): Field<number | null>;
export function euro(options: { required?: boolean } = {}): Field<number | null> {
	return {
		parse(raw) {
			if (raw === null || (typeof raw === 'string' && raw.trim() === '')) {
				return options.required ? { error: m.form_required() } : { value: null };
			}
			if (typeof raw !== 'string' || raw.length > 40) return { error: m.form_amount() };
			const parsed = parseEuro(raw);
			if ('cents' in parsed) return { value: parsed.cents };
			switch (parsed.error) {
				case 'negative':
					return { error: m.form_amount_negative() };
				case 'too_precise':
					return { error: m.form_amount_cents() };
				case 'too_large':
					return { error: m.form_amount_too_large() };
				default:
					return { error: m.form_amount() };
			}
		}
	};
}

/** A country by its ISO code, as the country list sends it; required unless `required: false`. */
export function country(options?: { required: true }): Field<string>;
export function country(options: { required?: boolean }): Field<string | null>;
export function country(
	options: { required?: boolean } = { required: true }
): Field<string | null> {
	return {
		parse(raw) {
			if ((raw === null || raw === '') && !options.required) return { value: null };
			const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
			return isCountryCode(code) ? { value: code } : { error: m.form_country() };
		}
	};
}

/** A number of things (people, events), whole or with up to two decimals. */
export function quantity(options: { required: true; max?: number }): Field<number>;
export function quantity(options?: { required?: boolean; max?: number }): Field<number | null>;
export function quantity(options: { required?: boolean; max?: number } = {}): Field<number | null> {
	const max = options.max ?? 9_999_999_999;
	return {
		parse(raw) {
			if (raw === null || raw === '')
				return options.required ? { error: m.form_required() } : { value: null };
			const text =
				typeof raw === 'string'
					? raw
							.trim()
							.replace(/[\s\u00a0\u202f]/g, '')
							.replace(',', '.')
					: '';
			if (text.startsWith('-')) return { error: m.form_quantity() };
			const value = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
			return Number.isFinite(value) && value <= max ? { value } : { error: m.form_quantity() };
		}
	};
}

type QuantityError = Extract<ParsedQuantity, { error: string }>['error'];

/** A number as people type it (see parseQuantity), each way of getting it wrong with its own message. */
function typedNumber(
	raw: FormDataEntryValue | null,
	required: boolean,
	messages: Record<QuantityError, () => string>
): Parsed<number | null> {
	if (raw === null || (typeof raw === 'string' && raw.trim() === ''))
		return required ? { error: m.form_required() } : { value: null };
	if (typeof raw !== 'string' || raw.length > 40) return { error: messages.not_a_number() };
	const parsed = parseQuantity(raw);
	return 'value' in parsed ? parsed : { error: messages[parsed.error]() };
}

/** A count (people, events) as people type it, with a message that says what is wrong with it. */
export function count(options: { required: true }): Field<number>;
export function count(options?: { required?: boolean }): Field<number | null>;
export function count(options: { required?: boolean } = {}): Field<number | null> {
	const messages = {
		not_a_number: m.form_count_not_a_number,
		negative: m.form_count_negative,
		too_precise: m.form_count_decimals,
		too_large: m.form_count_too_large
	};
	return { parse: (raw) => typedNumber(raw, options.required ?? false, messages) };
}

/** A share in per cent (of a budget, a payment, a co-financing rate): 0 to 100, "80 %" as well as "80". */
export function percentage(options: { required: true }): Field<number>;
export function percentage(options?: { required?: boolean }): Field<number | null>;
export function percentage(options: { required?: boolean } = {}): Field<number | null> {
	const messages = {
		not_a_number: m.form_percentage,
		negative: m.form_percentage_negative,
		too_precise: m.form_percentage_decimals,
		too_large: m.form_percentage_over
	};
	return {
		parse(raw) {
			const typed = typeof raw === 'string' ? raw.trim().replace(/\s*%$/, '') : raw;
			const parsed = typedNumber(typed, options.required ?? false, messages);
			return 'value' in parsed && parsed.value !== null && parsed.value > 100
				? { error: m.form_percentage_over() }
				: parsed;
		}
	};
}

export function checkbox(): Field<boolean> {
	return { parse: (raw) => ({ value: raw === 'on' || raw === 'true' }) };
}

type Schema = Record<string, Field<unknown>>;
type Output<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export type FormResult<S extends Schema> =
	| { ok: true; data: Output<S>; values: Record<string, string> }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

export function parseForm<S extends Schema>(form: FormData, schema: S): FormResult<S> {
	const data: Record<string, unknown> = {};
	const errors: Record<string, string> = {};
	const values: Record<string, string> = {};
	for (const [name, field] of Object.entries(schema)) {
		const raw = form.get(name);
		// Echoed back even when over its limit (a practice section takes 20,000 characters), so the
		// writer can shorten it; only text far beyond any field is not.
		if (!field.secret && typeof raw === 'string') values[name] = raw.length > 100_000 ? '' : raw;
		const parsed = field.parse(raw);
		if ('error' in parsed) errors[name] = parsed.error;
		else data[name] = parsed.value;
	}
	return Object.keys(errors).length
		? { ok: false, errors, values }
		: { ok: true, data: data as Output<S>, values };
}

/**
 * A refused form, in the one shape every page reads: a refused parseForm() result as it is, or a
 * message, with the values typed and the name of the action when the page has several forms.
 */
export function refuse(
	status: number,
	{ action, id, values, errors, message, problems, conflict }: FormFailure
): ActionFailure<FormFailure> {
	// Only what was given: pages ask `'message' in form`, and a key left undefined would answer yes.
	const given = Object.entries({ action, id, values, errors, message, problems, conflict }).filter(
		([, value]) => value !== undefined
	);
	return fail(status, Object.fromEntries(given) as FormFailure);
}

/** Each request's form as read, for what reads it after the action (see idempotency.ts). */
const sentForms = new WeakMap<Request, FormData>();

/**
 * Reads the body of a form post; a body that is not a form is refused as the form would be. Text
 * that is not UTF-8 (a lone surrogate among it) or holds a NUL is refused, in one place for every
 * form, with a 400 in the visitor's language: decoded leniently, it would be stored as U+FFFD
 * without anyone knowing.
 */
export async function readForm(request: Request): Promise<FormData> {
	const type = request.headers.get('content-type') ?? '';
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = new Uint8Array(await request.arrayBuffer());
	} catch {
		return new FormData();
	}
	if (!isUtf8Form(body, type)) error(400, m.form_invalid_encoding());
	let form: FormData;
	try {
		form = await new Response(body, { headers: { 'content-type': type } }).formData();
	} catch {
		form = new FormData();
	}
	sentForms.set(request, form);
	return form;
}

/** The form this request sent, once the action has read it with readForm(). */
export function sentForm(request: Request): FormData | undefined {
	return sentForms.get(request);
}

/**
 * What someone typed into a search box (a GET form, so it arrives in the address, where anything
 * can be put): controls and direction overrides become spaces, and it is cut to `max` characters
 * without splitting one in two. Null when nothing is left.
 */
export function searchText(raw: string | null, max = 200): string | null {
	if (!raw) return null;
	const cleaned = raw
		.toWellFormed()
		.normalize('NFC')
		.replace(new RegExp(`${CONTROL.source}|${BIDI_CONTROL.source}|[\\r\\n\\t]`, 'gv'), ' ')
		.trim();
	return [...cleaned].slice(0, max).join('').trim() || null;
}

/** A path that starts like `//host` or `/\host`, which browsers follow to another site. */
const OTHER_ORIGIN = /^\/[/\\]/;

/**
 * `next` as a path on this site, or null when a browser given it as a Location could leave the
 * site: controls (which browsers drop), backslashes (read as slashes), a path that starts with
 * two slashes once resolved (`/.//host`, `/%2e%2e//host`) or once decoded (`/%2F%2Fhost`).
 */
function sitePath(next: string): string | null {
	if (!next.startsWith('/') || /[[\p{Cc}&&\p{ASCII}]\\]/v.test(next)) return null;
	const base = 'http://tilts.invalid';
	const url = URL.canParse(next, base) ? new URL(next, base) : null;
	if (!url || url.origin !== base || OTHER_ORIGIN.test(url.pathname)) return null;
	let decoded: string;
	try {
		decoded = decodeURIComponent(url.pathname);
	} catch {
		return null;
	}
	return OTHER_ORIGIN.test(decoded) || /[\p{Cc}&&\p{ASCII}]/v.test(decoded)
		? null
		: url.pathname + url.search;
}

/** Only paths on this site are followed after sign-in: never another origin. */
export function safeNextPath(next: string | null, fallback: string): string {
	return (next && sitePath(next)) || fallback;
}

/** A `next` was given that is not a path on this site: refused before anything else happens. */
export function isForeignNext(next: string | null): boolean {
	return !!next && sitePath(next) === null;
}

/** The page of a list asked for in the address (`?page=`): 1 when absent or not a number, at most 10,000. */
export function pageNumber(url: URL): number {
	return Math.max(
		1,
		Math.min(Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1, 10_000)
	);
}
