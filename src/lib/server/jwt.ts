// HS256 JSON Web Tokens, the kind PostgREST and Supabase verify with the project's JWT secret.
// Kept free of SvelteKit imports: the local stack uses it too, to mint its API keys.
import { createHmac } from 'node:crypto';

export type JwtClaims = {
	role: 'anon' | 'authenticated' | 'service_role';
	sub?: string;
	aud?: string;
	iss?: string;
	iat: number;
	exp: number;
	[claim: string]: unknown;
};

/** Tokens for signed-in users live one minute: a removed member loses access on the next request. */
export const USER_TOKEN_SECONDS = 60;

export const MIN_SECRET_LENGTH = 32;

export function signJwt(claims: JwtClaims, secret: string): string {
	if (secret.length < MIN_SECRET_LENGTH) {
		throw new Error(`The JWT secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
	}
	const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = base64url(JSON.stringify(claims));
	const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
	return `${header}.${payload}.${signature}`;
}

/** The token a request of a signed-in user carries to PostgREST: `auth.uid()` reads its `sub`. */
export function mintUserJwt(userId: string, secret: string, now = Date.now()): string {
	const iat = Math.floor(now / 1000);
	return signJwt(
		{ sub: userId, role: 'authenticated', aud: 'authenticated', iat, exp: iat + USER_TOKEN_SECONDS },
		secret
	);
}

/**
 * API keys in the shape of a Supabase project's anon and service_role keys. Fixed claims, so
 * that the same secret always gives the same keys (as the Supabase CLI's local keys are).
 */
export function mintApiKey(role: 'anon' | 'service_role', secret: string): string {
	const iat = 1795305600; // 2026-11-22
	const tenYears = 10 * 365 * 24 * 3600;
	return signJwt({ iss: 'supabase', role, iat, exp: iat + tenYears }, secret);
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
	const payload = token.split('.')[1];
	if (!payload) throw new Error('Not a JWT');
	return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
