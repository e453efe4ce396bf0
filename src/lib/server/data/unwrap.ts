// Supabase answers {data, error}; this is the one place that turns an error into what the visitor
// sees. An unreachable API or database is a 503 ("try again shortly"), never an empty list.
import { error as httpError } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';

type Answer<T> = {
	data: T | null;
	error: { message: string; code?: string } | null;
	status: number;
};

export class DataError extends Error {
	constructor(
		message: string,
		readonly code: string | undefined,
		readonly status: number
	) {
		super(message);
	}
}

export function unwrap<T>({ data, error, status }: Answer<T>): T {
	if (!error) return data as T;
	if (isUnavailable(status, error.code)) {
		httpError(503, { message: m.error_unavailable() });
	}
	throw new DataError(error.message, error.code, status);
}

/** PostgREST cannot reach its database (PGRST000-003), or the API itself cannot be reached. */
export function isUnavailable(status: number, code: string | undefined): boolean {
	return status === 0 || status === 502 || status === 503 || status === 504 || /^PGRST00[0-3]$/.test(code ?? '');
}
