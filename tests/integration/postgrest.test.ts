// PostgREST behind the gateway, reached as the app reaches it: Supabase's URL layout, API key,
// bearer JWT. Bad tokens get no data.
import { createClient } from '@supabase/supabase-js';
import { inject, describe, expect, it } from 'vitest';
import { mintUserJwt, signJwt } from '../../src/lib/server/jwt.ts';

const stack = inject('stack');
const now = () => Math.floor(Date.now() / 1000);

function rest(path: string, headers: Record<string, string>) {
	return fetch(`${stack.SUPABASE_URL}/rest/v1/${path}`, { headers });
}

describe('the gateway', () => {
	it('serves PostgREST under /rest/v1 to a request with the anon key', async () => {
		const response = await rest('content_locales?select=code&code=eq.lv', {
			apikey: stack.SUPABASE_ANON_KEY
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual([{ code: 'lv' }]);
	});

	it('accepts the key as a query parameter too, as Supabase does', async () => {
		const response = await fetch(
			`${stack.SUPABASE_URL}/rest/v1/content_locales?select=code&limit=1&apikey=${stack.SUPABASE_ANON_KEY}`
		);
		expect(response.status).toBe(200);
	});

	it('refuses a request without an API key, or with a wrong one', async () => {
		const missing = await rest('content_locales', {});
		expect(missing.status).toBe(401);
		expect(await missing.json()).toEqual({ message: 'No API key found in request' });
		const wrong = await rest('content_locales', { apikey: 'not-a-key' });
		expect(wrong.status).toBe(401);
		expect(await wrong.json()).toEqual({ message: 'Invalid API key' });
	});

	it('answers 404 outside the routes it knows', async () => {
		const response = await fetch(`${stack.SUPABASE_URL}/auth/v1/user`, {
			headers: { apikey: stack.SUPABASE_ANON_KEY }
		});
		expect(response.status).toBe(404);
	});
});

describe('JWTs', () => {
	const secret = stack.SUPABASE_JWT_SECRET;
	const userId = '7d3e9a1c-5b2f-4e8d-a6c1-3f9b0e2d4a58';

	it('a minted user token acts as authenticated with auth.uid() set', async () => {
		const supabase = createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
			accessToken: async () => mintUserJwt(userId, secret)
		});
		const { data, error } = await supabase.from('content_locales').select('code').eq('code', 'en');
		expect(error).toBeNull();
		expect(data).toEqual([{ code: 'en' }]);
	});

	const forged: Array<[string, () => string]> = [
		[
			'signed with another secret',
			() => mintUserJwt(userId, 'another-secret-that-is-long-enough-123456')
		],
		[
			'expired',
			() =>
				signJwt(
					{
						sub: userId,
						role: 'authenticated',
						aud: 'authenticated',
						iat: now() - 120,
						exp: now() - 60
					},
					secret
				)
		],
		[
			'for another audience',
			() =>
				signJwt(
					{ sub: userId, role: 'authenticated', aud: 'somebody-else', iat: now(), exp: now() + 60 },
					secret
				)
		],
		[
			'unsigned (alg none)',
			() => {
				const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
				return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: userId, role: 'service_role', aud: 'authenticated', exp: now() + 60 })}.`;
			}
		],
		[
			'claiming the postgres role',
			() =>
				signJwt(
					{
						sub: userId,
						role: 'postgres' as 'anon',
						aud: 'authenticated',
						iat: now(),
						exp: now() + 60
					},
					secret
				)
		]
	];

	it.each(forged)('a token %s gets 401/403 and no data', async (_, token) => {
		const response = await rest('content_locales?select=code', {
			apikey: stack.SUPABASE_ANON_KEY,
			authorization: `Bearer ${token()}`
		});
		expect([401, 403]).toContain(response.status);
		const body = await response.json();
		expect(Array.isArray(body)).toBe(false);
	});
});

describe('health_check', () => {
	it('answers through the API for anon', async () => {
		const supabase = createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY);
		const { data, error } = await supabase.rpc('health_check');
		expect(error).toBeNull();
		expect(data).toMatchObject({ database: 'ok' });
	});
});
