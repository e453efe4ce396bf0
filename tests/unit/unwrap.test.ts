// The one place where the database's answers become what the visitor sees: a write naming a record
// that is not there (SQLSTATE 23503) is the request's fault, for every action, never a 500.
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { DataError, unwrap } from '../../src/lib/server/data/unwrap.ts';

const failed = (code: string, status: number, message = 'refused') => ({
	data: null,
	error: { message, code },
	status
});

function thrownBy(answer: ReturnType<typeof failed>): unknown {
	try {
		unwrap(answer);
	} catch (e) {
		return e;
	}
	throw new Error('unwrap did not throw');
}

describe('unwrap', () => {
	it('answers a foreign-key violation with a 400 that says what to do', () => {
		const thrown = thrownBy(failed('23503', 409));
		expect(isHttpError(thrown, 400)).toBe(true);
		expect(thrown).toMatchObject({
			body: {
				message:
					'Something this form refers to does not exist (any more). Please reload the page and choose again.'
			}
		});
	});

	it('answers a removal that others still point to with a 409, not as a missing record', () => {
		const thrown = thrownBy(
			failed(
				'23503',
				409,
				'update or delete on table "organisations" violates foreign key constraint "x" on table "y"'
			)
		);
		expect(isHttpError(thrown, 409)).toBe(true);
		expect(thrown).toMatchObject({
			body: { message: expect.stringContaining('still in use elsewhere') }
		});
	});

	it('leaves other refusals to the caller, and says nothing of the database to the visitor', () => {
		expect(thrownBy(failed('23505', 409))).toBeInstanceOf(DataError);
		expect(isHttpError(thrownBy(failed('42501', 403)), 403)).toBe(true);
		expect(isHttpError(thrownBy(failed('PGRST001', 503)), 503)).toBe(true);
	});
});
