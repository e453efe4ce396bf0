// The JSON Web Tokens PostgREST verifies: ES256 ones signed with the project's asymmetric signing
// key (verified through the project's JWKS), and the legacy HS256 ones signed with the shared JWT
// secret. Kept free of SvelteKit imports: the local stack uses it too, to mint its keys.
import {
	createHmac,
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	randomUUID,
	type KeyObject
} from 'node:crypto';
import { SignJWT, type JWK } from 'jose';

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

/** The claims of a signed-in user's token: `auth.uid()` reads its `sub`. */
export function userClaims(userId: string, now = Date.now()): JwtClaims {
	const iat = Math.floor(now / 1000);
	return {
		sub: userId,
		role: 'authenticated',
		aud: 'authenticated',
		iat,
		exp: iat + USER_TOKEN_SECONDS
	};
}

/** The legacy token a request of a signed-in user carries to PostgREST, signed with the JWT secret. */
export function mintUserJwt(userId: string, secret: string, now = Date.now()): string {
	return signJwt(userClaims(userId, now), secret);
}

/** A private ES256 key with its key id, as a Supabase project's imported signing key. */
export type SigningKey = { key: KeyObject; kid: string; publicJwk: JWK };

/** Signs with ES256, naming the key in `kid` so that a verifier picks it from the JWKS. */
export function signEs256(claims: JwtClaims, signing: SigningKey): Promise<string> {
	return new SignJWT(claims)
		.setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: signing.kid })
		.sign(signing.key);
}

/**
 * Reads a private signing key given as a JSON Web Key (what `supabase gen signing-key --algorithm
 * ES256` prints: one JWK, or a list of one). Throws a sentence that says what is wrong with it.
 */
export function parseSigningKey(text: string): SigningKey {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new Error(
			text.startsWith('sb_') || text.split('.').length === 3
				? 'holds an API key, not a signing key'
				: 'must be a private JSON Web Key (ES256), not a shared secret (a legacy JWT secret goes in SUPABASE_JWT_SECRET)'
		);
	}
	const jwk = (Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : parsed) as Record<
		string,
		unknown
	>;
	if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
		throw new Error('must be one JSON Web Key, such as {"kty":"EC","crv":"P-256",…}');
	if (jwk.kty === 'oct')
		throw new Error('holds a shared secret (kty "oct"): the portal signs with an ES256 key pair');
	if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || (jwk.alg !== undefined && jwk.alg !== 'ES256')) {
		throw new Error(
			`must be an ES256 key (kty "EC", crv "P-256"), not ${JSON.stringify(jwk.alg ?? jwk.kty)}`
		);
	}
	if (typeof jwk.d !== 'string')
		throw new Error('holds only the public key: the private key (with "d") is needed to sign');
	if (typeof jwk.kid !== 'string' || !jwk.kid)
		throw new Error('has no "kid": the project finds the key in its JWKS by it');
	let key: KeyObject;
	try {
		key = createPrivateKey({ key: jwk, format: 'jwk' });
	} catch (error) {
		throw new Error(`is not a usable EC key (${(error as Error).message})`, { cause: error });
	}
	const { x, y } = createPublicKey(key).export({ format: 'jwk' });
	return {
		key,
		kid: jwk.kid,
		publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid: jwk.kid, alg: 'ES256', use: 'sig' }
	};
}

/** A new private ES256 key as a JWK, in the shape `supabase gen signing-key --algorithm ES256` gives. */
export function generateSigningJwk(): JWK {
	const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	return {
		...privateKey.export({ format: 'jwk' }),
		kid: randomUUID(),
		alg: 'ES256',
		use: 'sig',
		key_ops: ['sign', 'verify'],
		ext: true
	} as JWK;
}

/** The legacy JWT secret as a JWK, for a JWKS that still trusts it beside the signing keys. */
export function secretAsJwk(secret: string): JWK {
	return { kty: 'oct', k: Buffer.from(secret, 'utf8').toString('base64url'), alg: 'HS256' };
}

/**
 * API keys in the shape of a Supabase project's anon and service_role keys. Fixed claims, so
 * that the same secret always gives the same keys (as the Supabase CLI's local keys are).
 */
export function mintApiKey(role: 'anon' | 'service_role', secret: string): string {
	return signJwt(apiKeyClaims(role), secret);
}

/** The fixed claims of an API key's role token: the same key always gives the same token. */
export function apiKeyClaims(role: 'anon' | 'service_role'): JwtClaims {
	const iat = 1795305600; // 2026-11-22
	const tenYears = 10 * 365 * 24 * 3600;
	return { iss: 'supabase', role, iat, exp: iat + tenYears };
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
	const payload = token.split('.')[1];
	if (!payload) throw new Error('Not a JWT');
	return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

function base64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
