import { describe, expect, it } from 'vitest';
import { classifyHealth } from '../../src/lib/server/health.ts';
import { isUnavailable } from '../../src/lib/server/data/unwrap.ts';

describe('classifyHealth', () => {
	it.each([
		{ failure: null, expected: { status: 'ok', postgrest: 'ok', database: 'ok' } },
		// supabase-js reports status 0 when nothing answered at all
		{ failure: { status: 0 }, expected: { status: 'unavailable', postgrest: 'down', database: 'unknown' } },
		// the gateway answers 502 when PostgREST behind it is gone
		{ failure: { status: 502 }, expected: { status: 'unavailable', postgrest: 'down', database: 'unknown' } },
		{ failure: { status: 503, code: 'PGRST001' }, expected: { status: 'unavailable', postgrest: 'ok', database: 'down' } },
		{ failure: { status: 503, code: 'PGRST002' }, expected: { status: 'unavailable', postgrest: 'ok', database: 'down' } },
		{ failure: { status: 404, code: 'PGRST202' }, expected: { status: 'unavailable', postgrest: 'ok', database: 'unknown' } }
	])('$failure', ({ failure, expected }) => {
		expect(classifyHealth(failure)).toEqual(expected);
	});
});

describe('isUnavailable', () => {
	it.each([
		[0, undefined, true],
		[503, 'PGRST000', true],
		[504, undefined, true],
		[400, 'PGRST100', false],
		[401, '42501', false],
		[200, undefined, false]
	])('status %i code %s → %s', (status, code, expected) => {
		expect(isUnavailable(status, code)).toBe(expected);
	});
});
