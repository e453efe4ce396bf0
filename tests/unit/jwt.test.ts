import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import {
	decodeJwtPayload,
	generateSigningJwk,
	mintApiKey,
	mintUserJwt,
	parseSigningKey,
	signEs256,
	signJwt,
	userClaims,
	USER_TOKEN_SECONDS
} from '../../src/lib/server/jwt.ts';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

function verify(token: string, key: string): boolean {
	const [header, payload, signature] = token.split('.');
	return createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url') === signature;
}

describe('signJwt', () => {
	it('signs with HS256 so that the secret verifies it and another does not', () => {
		const token = signJwt({ role: 'anon', iat: 1, exp: 2 }, secret);
		const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
		expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(verify(token, secret)).toBe(true);
		expect(verify(token, secret + 'x')).toBe(false);
	});

	it('refuses a secret shorter than 32 characters', () => {
		expect(() => signJwt({ role: 'anon', iat: 1, exp: 2 }, 'short')).toThrow(/at least 32/);
	});
});

describe('mintUserJwt', () => {
	it('carries the user as sub, the authenticated role and audience, and lives 60 seconds', () => {
		const now = Date.UTC(2026, 10, 22, 12, 0, 0);
		const claims = decodeJwtPayload(
			mintUserJwt('5f0c3ad2-3c2e-4d7e-9a53-8f5b1c0e2d11', secret, now)
		);
		expect(claims).toMatchObject({
			sub: '5f0c3ad2-3c2e-4d7e-9a53-8f5b1c0e2d11',
			role: 'authenticated',
			aud: 'authenticated',
			iat: now / 1000
		});
		expect(Number(claims.exp) - Number(claims.iat)).toBe(USER_TOKEN_SECONDS);
		expect(USER_TOKEN_SECONDS).toBeLessThanOrEqual(60);
	});
});

describe('mintApiKey', () => {
	it('gives the same key for the same secret and role, like a project key', () => {
		expect(mintApiKey('anon', secret)).toBe(mintApiKey('anon', secret));
		expect(mintApiKey('anon', secret)).not.toBe(mintApiKey('service_role', secret));
		expect(decodeJwtPayload(mintApiKey('service_role', secret)).role).toBe('service_role');
	});
});

describe('signEs256', () => {
	it("signs with ES256 under the key's kid, so that its public key verifies it and another does not", async () => {
		const jwk = generateSigningJwk();
		const signing = parseSigningKey(JSON.stringify(jwk));
		const token = await signEs256(userClaims('5f0c3ad2-3c2e-4d7e-9a53-8f5b1c0e2d11'), signing);
		expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: jwk.kid });
		const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [signing.publicJwk] }), {
			audience: 'authenticated'
		});
		expect(payload).toMatchObject({
			sub: '5f0c3ad2-3c2e-4d7e-9a53-8f5b1c0e2d11',
			role: 'authenticated'
		});
		const other = parseSigningKey(JSON.stringify({ ...generateSigningJwk(), kid: jwk.kid }));
		await expect(jwtVerify(token, createLocalJWKSet({ keys: [other.publicJwk] }))).rejects.toThrow(
			/signature/
		);
	});

	it('reads a key as `supabase gen signing-key` prints it, a list of one', () => {
		const jwk = generateSigningJwk();
		expect(parseSigningKey(JSON.stringify([jwk])).kid).toBe(jwk.kid);
		expect(parseSigningKey(JSON.stringify([jwk])).publicJwk).not.toHaveProperty('d');
	});
});
