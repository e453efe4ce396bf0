import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/server/config.ts';
import { generateSigningJwk, mintApiKey } from '../../src/lib/server/jwt.ts';

const secret = 'x'.repeat(32);
const signingJwk = generateSigningJwk();

const complete = {
	SUPABASE_URL: 'https://abcd.supabase.co/',
	SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_abc',
	SUPABASE_SECRET_KEY: 'sb_secret_def',
	SUPABASE_JWT_SIGNING_KEY: JSON.stringify(signingJwk),
	PUBLIC_ORIGIN: 'https://tilts.example.org/',
	SMTP_URL: 'smtp://127.0.0.1:2525',
	ADDRESS_HEADER: 'x-forwarded-for'
};

const legacy = {
	...complete,
	SUPABASE_PUBLISHABLE_KEY: undefined,
	SUPABASE_SECRET_KEY: undefined,
	SUPABASE_JWT_SIGNING_KEY: undefined,
	SUPABASE_ANON_KEY: mintApiKey('anon', secret),
	SUPABASE_SERVICE_ROLE_KEY: mintApiKey('service_role', secret),
	SUPABASE_JWT_SECRET: secret
};

describe('readConfig', () => {
	it("reads a complete configuration on today's keys and drops the trailing slash of the URL", () => {
		const config = readConfig(complete);
		expect(config).toMatchObject({
			supabaseUrl: 'https://abcd.supabase.co',
			anonKey: 'sb_publishable_abc',
			serviceRoleKey: 'sb_secret_def',
			keyVariables: {
				anon: 'SUPABASE_PUBLISHABLE_KEY',
				serviceRole: 'SUPABASE_SECRET_KEY',
				userTokens: 'SUPABASE_JWT_SIGNING_KEY'
			},
			publicOrigin: 'https://tilts.example.org',
			smtpUrl: 'smtp://127.0.0.1:2525',
			mailFrom: 'Tilts <noreply@tilts.example>',
			privacy: { controller: null, email: null }
		});
		expect(config.userTokens.kind === 'signing-key' && config.userTokens.signingKey.kid).toBe(
			signingJwk.kid
		);
	});

	it('reads who the privacy notice names, and refuses a contact that is no e-mail address', () => {
		expect(
			readConfig({
				...complete,
				PRIVACY_CONTROLLER: ' Daugavpils City Council ',
				PRIVACY_EMAIL: 'dpo@daugavpils.example'
			}).privacy
		).toEqual({
			controller: 'Daugavpils City Council',
			email: 'dpo@daugavpils.example'
		});
		expect(() => readConfig({ ...complete, PRIVACY_EMAIL: 'the council' })).toThrow(
			/PRIVACY_EMAIL must be an e-mail address/
		);
	});

	it('reads the legacy keys when only they are set', () => {
		expect(readConfig(legacy)).toMatchObject({
			anonKey: legacy.SUPABASE_ANON_KEY,
			serviceRoleKey: legacy.SUPABASE_SERVICE_ROLE_KEY,
			userTokens: { kind: 'jwt-secret', secret },
			keyVariables: {
				anon: 'SUPABASE_ANON_KEY',
				serviceRole: 'SUPABASE_SERVICE_ROLE_KEY',
				userTokens: 'SUPABASE_JWT_SECRET'
			}
		});
	});

	it("names every missing variable at once, asking for today's keys", () => {
		expect(() => readConfig({})).toThrow(
			/SUPABASE_URL is not set[\s\S]*SUPABASE_PUBLISHABLE_KEY is not set[\s\S]*SUPABASE_SECRET_KEY is not set[\s\S]*SUPABASE_JWT_SIGNING_KEY is not set/
		);
	});

	it.each([
		[
			{ SUPABASE_PUBLISHABLE_KEY: 'sb_secret_def' },
			/SUPABASE_PUBLISHABLE_KEY holds a secret key, which belongs in SUPABASE_SECRET_KEY/
		],
		[{ SUPABASE_SECRET_KEY: 'sb_publishable_abc' }, /SUPABASE_SECRET_KEY holds a publishable key/],
		[{ SUPABASE_SECRET_KEY: 'secret' }, /SUPABASE_SECRET_KEY is not a Supabase API key/],
		[
			{ SUPABASE_JWT_SIGNING_KEY: secret },
			/SUPABASE_JWT_SIGNING_KEY must be a private JSON Web Key \(ES256\), not a shared secret/
		],
		[
			{ SUPABASE_JWT_SIGNING_KEY: JSON.stringify({ kty: 'oct', k: 'abc' }) },
			/SUPABASE_JWT_SIGNING_KEY holds a shared secret/
		],
		[
			{ SUPABASE_JWT_SIGNING_KEY: JSON.stringify({ ...signingJwk, kid: undefined }) },
			/SUPABASE_JWT_SIGNING_KEY has no "kid"/
		],
		[
			{ SUPABASE_JWT_SIGNING_KEY: JSON.stringify({ ...signingJwk, d: undefined }) },
			/SUPABASE_JWT_SIGNING_KEY holds only the public key/
		],
		[
			{ SUPABASE_JWT_SIGNING_KEY: JSON.stringify({ kty: 'RSA', alg: 'RS256' }) },
			/SUPABASE_JWT_SIGNING_KEY must be an ES256 key/
		],
		[
			{ SUPABASE_JWT_SIGNING_KEY: JSON.stringify({ ...signingJwk, x: 'AAAA' }) },
			/SUPABASE_JWT_SIGNING_KEY is not a usable EC key/
		],
		[
			{ SUPABASE_ANON_KEY: mintApiKey('anon', secret) },
			/SUPABASE_ANON_KEY is set as well as SUPABASE_PUBLISHABLE_KEY and SUPABASE_SECRET_KEY/
		],
		[
			{ SUPABASE_JWT_SECRET: secret },
			/SUPABASE_JWT_SECRET is set as well as SUPABASE_JWT_SIGNING_KEY/
		],
		[{ SUPABASE_URL: 'localhost:54321' }, /SUPABASE_URL must be an http\(s\) URL/],
		[{ SUPABASE_URL: 'ftp://example.org' }, /SUPABASE_URL must be an http\(s\) URL/],
		[{ SUPABASE_PUBLISHABLE_KEY: '   ' }, /SUPABASE_PUBLISHABLE_KEY is not set/],
		[{ PUBLIC_ORIGIN: undefined }, /PUBLIC_ORIGIN is not set/],
		[{ SMTP_URL: 'http://mail' }, /SMTP_URL must be an smtp/],
		[{ PUBLIC_ORIGIN: 'https://tilts.example.org/portal' }, /PUBLIC_ORIGIN must be an origin only/],
		[{ ADDRESS_HEADER: undefined }, /ADDRESS_HEADER is not set/]
	])('refuses %o', (change, message) => {
		expect(() => readConfig({ ...complete, ...change })).toThrow(message);
	});

	it.each([
		[{ SUPABASE_JWT_SECRET: 'too-short' }, /SUPABASE_JWT_SECRET must be at least 32 characters/],
		[
			{ SUPABASE_JWT_SECRET: JSON.stringify(signingJwk) },
			/SUPABASE_JWT_SECRET holds a JSON Web Key: an ES256 signing key goes in SUPABASE_JWT_SIGNING_KEY/
		],
		[
			{ SUPABASE_ANON_KEY: mintApiKey('service_role', secret) },
			/SUPABASE_ANON_KEY holds a service_role key, which belongs in SUPABASE_SERVICE_ROLE_KEY/
		],
		[
			{ SUPABASE_SERVICE_ROLE_KEY: 'service' },
			/SUPABASE_SERVICE_ROLE_KEY is not a Supabase API key/
		],
		[{ SUPABASE_SERVICE_ROLE_KEY: undefined }, /SUPABASE_SERVICE_ROLE_KEY is not set/]
	])('on legacy keys, refuses %o', (change, message) => {
		expect(() => readConfig({ ...legacy, ...change })).toThrow(message);
	});
});
