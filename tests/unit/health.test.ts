import { describe, expect, it } from 'vitest';
import { classifyHealth } from '../../src/lib/server/health.ts';
import { isUnavailable } from '../../src/lib/server/data/unwrap.ts';

describe('classifyHealth', () => {
	const down = { status: 'unavailable', postgrest: 'down', database: 'unknown' };
	const noDatabase = { status: 'unavailable', postgrest: 'ok', database: 'down' };
	it.each([
		{ failure: null, live: 200, expected: { status: 'ok', postgrest: 'ok', database: 'ok' } },
		// supabase-js reports status 0 when nothing answered in time: /live says whose fault it is
		{ failure: { status: 0 }, live: 200, expected: noDatabase },
		{ failure: { status: 0 }, live: 0, expected: down },
		// the gateway answers 503 without a code when PostgREST behind it is gone
		{ failure: { status: 503 }, live: 503, expected: down },
		{ failure: { status: 502 }, live: 0, expected: down },
		// PostgREST answers with a code when it cannot reach the database
		{ failure: { status: 503, code: 'PGRST001' }, live: 200, expected: noDatabase },
		{ failure: { status: 503, code: 'PGRST002' }, live: 200, expected: noDatabase },
		// ...or when the database was shut down under a request
		{ failure: { status: 503, code: '57P01' }, live: 200, expected: noDatabase },
		// where /live is not routed (404), an answer with a code still tells
		{ failure: { status: 503, code: 'PGRST001' }, live: 404, expected: noDatabase },
		{
			failure: { status: 404, code: 'PGRST202' },
			live: 200,
			expected: { status: 'unavailable', postgrest: 'ok', database: 'unknown' }
		}
	])('$failure, live $live', ({ failure, live, expected }) => {
		expect(classifyHealth(failure, live)).toEqual(expected);
	});
});

describe('isUnavailable', () => {
	it.each([
		[0, undefined, true],
		[503, 'PGRST000', true],
		[504, undefined, true],
		// the database restarting under a request
		[500, '57P02', true],
		[500, '57P03', true],
		[503, '08006', true],
		// PostgREST's answer when its connection breaks mid-request
		[400, '', true],
		[400, 'PGRST100', false],
		[401, '42501', false],
		[200, undefined, false]
	])('status %i code %s → %s', (status, code, expected) => {
		expect(isUnavailable(status, code)).toBe(expected);
	});
});
