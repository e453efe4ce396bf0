// Supabase answers {data, error}; this is the one place that turns an error into what the visitor
// sees. An unreachable API or database is a 503 ("try again shortly"), never an empty list.
import { error as httpError } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalOf } from './refusals.ts';

type Answer = {
	data: unknown;
	error: { message: string; code?: string } | null;
	status: number;
};

/** The data of a successful answer (supabase-js types answers as success | failure). */
type Success<R extends Answer> = R extends { error: null } ? R['data'] : never;
type DataOf<R extends Answer> = [Success<R>] extends [never] ? R['data'] : Success<R>;

/**
 * SQLSTATEs that are answers to give the visitor, not failures: a row already there, a row gone,
 * a rule of the data broken.
 */
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
export const CHECK_VIOLATION = '23514';

/**
 * The organisation named when the database refuses to leave one without an admin (the last admin
 * removed, made a plain member, or their account deleted); null for any other answer.
 */
export function lastAdminOf(
	error: { hint?: string | null; details?: string | null } | null
): string | null {
	return error && refusalOf(error) === 'last_organisation_admin' ? (error.details ?? '') : null;
}

export class DataError extends Error {
	constructor(
		message: string,
		readonly code: string | undefined,
		readonly status: number
	) {
		super(message);
	}
}

export function unwrap<R extends Answer>({ data, error, status }: R): DataOf<R> {
	if (!error) return data as DataOf<R>;
	if (isUnavailable(status, error.code)) {
		httpError(503, { message: m.error_unavailable() });
	}
	// Row level security refused a write: the guard in the action should have caught it first.
	if (error.code === '42501') httpError(403, { message: m.error_forbidden() });
	// A foreign key, either way: the write names a record that is not there (an id made up, or
	// deleted meanwhile), or a removal would leave others pointing at nothing. The visitor's request
	// cannot be done, the portal is fine. Callers that can say more check the code first.
	if (error.code === FOREIGN_KEY_VIOLATION) {
		if (error.message.startsWith('update or delete on table'))
			httpError(409, m.error_still_referenced());
		httpError(400, m.error_unknown_reference());
	}
	throw new DataError(error.message, error.code, status);
}

/**
 * The API itself cannot be reached; PostgREST cannot reach its database (PGRST000-003); the
 * connection failed or the server is shutting down or starting (SQLSTATE class 08, 57P01-57P03);
 * or the connection broke in the middle of the request, which PostgREST answers with a 400 that has
 * an empty code.
 */
export function isUnavailable(status: number, code: string | undefined): boolean {
	return (
		status === 0 ||
		status === 502 ||
		status === 503 ||
		status === 504 ||
		code === '' ||
		/^(PGRST00[0-3]|08...|57P0[1-3])$/.test(code ?? '')
	);
}
