// The server's configuration. The same variables point the portal at the local stack or at a real
// Supabase project; a missing or malformed one stops the server at start-up, naming the variable.
//
// Keys come in two kinds, chosen by which variables are set: today's (a publishable and a secret
// API key, and an ES256 signing key the project trusts through its JWKS), or the legacy ones (the
// anon and service_role JWTs and the shared HS256 JWT secret).
import * as env from '$app/env/private';
import { decodeJwtPayload, MIN_SECRET_LENGTH, parseSigningKey, type SigningKey } from './jwt.ts';

/** How the tokens of signed-in users are signed. */
export type UserTokens =
	{ kind: 'signing-key'; signingKey: SigningKey } | { kind: 'jwt-secret'; secret: string };

export type ServerConfig = {
	supabaseUrl: string;
	/** Sent in the `apikey` header of every request: the publishable key, or the legacy anon key. */
	anonKey: string;
	/** The privileged key: the secret key, or the legacy service_role key. */
	serviceRoleKey: string;
	userTokens: UserTokens;
	/** The variables the keys came from, to name in messages. */
	keyVariables: { anon: string; serviceRole: string; userTokens: string };
	/** The portal's own address, for links in e-mail (never taken from a request's Host header). */
	publicOrigin: string;
	smtpUrl: string;
	mailFrom: string;
	/** Who the privacy notice names as the controller, and the address for questions about personal data (both optional). */
	privacy: { controller: string | null; email: string | null };
};

export class ConfigError extends Error {}

export function readConfig(source: Record<string, string | undefined>): ServerConfig {
	const problems: string[] = [];
	const read = (name: string, check?: (value: string) => string | null) => {
		const value = source[name]?.trim();
		if (!value) {
			problems.push(`${name} is not set`);
			return '';
		}
		const problem = check?.(value);
		if (problem) problems.push(`${name} ${problem}`);
		return value;
	};
	const httpUrl = (url: string) =>
		URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)
			? null
			: `must be an http(s) URL, not "${url}"`;
	const config = {
		supabaseUrl: read('SUPABASE_URL', httpUrl).replace(/\/+$/, ''),
		...readKeys(source, read, problems),
		publicOrigin: read(
			'PUBLIC_ORIGIN',
			(url) =>
				httpUrl(url) ??
				(new URL(url).origin === url.replace(/\/+$/, '')
					? null
					: `must be an origin only (scheme, host, port), such as https://tilts.example.org`)
		).replace(/\/+$/, ''),
		smtpUrl: read('SMTP_URL', (url) =>
			URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol)
				? null
				: `must be an smtp:// or smtps:// URL`
		),
		mailFrom: source.MAIL_FROM?.trim() || 'Tilts <noreply@tilts.example>',
		privacy: {
			controller: source.PRIVACY_CONTROLLER?.trim() || null,
			email: optionalEmail('PRIVACY_EMAIL', source.PRIVACY_EMAIL, problems)
		}
	};
	// Behind a TLS proxy every request comes from the proxy: without the header that carries the
	// client's address, the limits on failed sign-ins would lock everybody out at once.
	if (config.publicOrigin.startsWith('https:') && !source.ADDRESS_HEADER?.trim()) {
		problems.push(
			'ADDRESS_HEADER is not set: behind the https proxy, set it (and XFF_DEPTH) so each client is told apart'
		);
	}
	if (problems.length) {
		throw new ConfigError(
			`The server's configuration is incomplete (see "Running against a Supabase project" in the README):\n- ${problems.join('\n- ')}`
		);
	}
	return config;
}

function optionalEmail(name: string, value: string | undefined, problems: string[]): string | null {
	const address = value?.trim();
	if (!address) return null;
	if (!/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(address))
		problems.push(`${name} must be an e-mail address, not "${address}"`);
	return address;
}

type Read = (name: string, check?: (value: string) => string | null) => string;

const NEW_API_KEYS = ['SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_SECRET_KEY'];
const LEGACY_API_KEYS = ['SUPABASE_ANON_KEY', 'SUPABASE_SERVICE_ROLE_KEY'];

/** The API keys and the way user tokens are signed, each pair chosen by which of its variables are set. */
function readKeys(source: Record<string, string | undefined>, read: Read, problems: string[]) {
	const isSet = (name: string) => !!source[name]?.trim();
	const legacyKeys = !NEW_API_KEYS.some(isSet) && LEGACY_API_KEYS.some(isSet);
	const legacyTokens = !isSet('SUPABASE_JWT_SIGNING_KEY') && isSet('SUPABASE_JWT_SECRET');
	for (const [chosen, other] of [
		[legacyKeys ? LEGACY_API_KEYS : NEW_API_KEYS, legacyKeys ? NEW_API_KEYS : LEGACY_API_KEYS],
		[
			[legacyTokens ? 'SUPABASE_JWT_SECRET' : 'SUPABASE_JWT_SIGNING_KEY'],
			[legacyTokens ? 'SUPABASE_JWT_SIGNING_KEY' : 'SUPABASE_JWT_SECRET']
		]
	]) {
		for (const name of other.filter(isSet))
			problems.push(
				`${name} is set as well as ${chosen.join(' and ')}: set one kind of key, not both`
			);
	}
	const keyVariables = {
		anon: legacyKeys ? 'SUPABASE_ANON_KEY' : 'SUPABASE_PUBLISHABLE_KEY',
		serviceRole: legacyKeys ? 'SUPABASE_SERVICE_ROLE_KEY' : 'SUPABASE_SECRET_KEY',
		userTokens: legacyTokens ? 'SUPABASE_JWT_SECRET' : 'SUPABASE_JWT_SIGNING_KEY'
	};
	const anonKey = read(keyVariables.anon, (key) =>
		apiKeyProblem(key, legacyKeys ? 'anon' : 'publishable')
	);
	const serviceRoleKey = read(keyVariables.serviceRole, (key) =>
		apiKeyProblem(key, legacyKeys ? 'service_role' : 'secret')
	);
	let userTokens: UserTokens = { kind: 'jwt-secret', secret: '' };
	read(keyVariables.userTokens, (value) => {
		if (legacyTokens) {
			userTokens = { kind: 'jwt-secret', secret: value };
			if (value.startsWith('{') || value.startsWith('['))
				return 'holds a JSON Web Key: an ES256 signing key goes in SUPABASE_JWT_SIGNING_KEY';
			return value.length >= MIN_SECRET_LENGTH
				? null
				: `must be at least ${MIN_SECRET_LENGTH} characters long`;
		}
		try {
			userTokens = { kind: 'signing-key', signingKey: parseSigningKey(value) };
			return null;
		} catch (error) {
			return (error as Error).message;
		}
	});
	return { anonKey, serviceRoleKey, userTokens, keyVariables };
}

type ApiKeyKind = 'publishable' | 'secret' | 'anon' | 'service_role';

/** What is wrong with `key` as a key of `kind`, told from its form (whether the project knows it is asked at start-up). */
export function apiKeyProblem(key: string, kind: ApiKeyKind): string | null {
	const found = apiKeyKind(key);
	if (found === kind) return null;
	const where: Record<ApiKeyKind, string> = {
		publishable: 'SUPABASE_PUBLISHABLE_KEY',
		secret: 'SUPABASE_SECRET_KEY',
		anon: 'SUPABASE_ANON_KEY',
		service_role: 'SUPABASE_SERVICE_ROLE_KEY'
	};
	const expected = {
		publishable: 'sb_publishable_…',
		secret: 'sb_secret_…',
		anon: 'the legacy anon JWT',
		service_role: 'the legacy service_role JWT'
	}[kind];
	return found
		? `holds a ${found} key, which belongs in ${where[found]}; expected ${expected}`
		: `is not a Supabase API key; expected ${expected}`;
}

function apiKeyKind(key: string): ApiKeyKind | null {
	if (/^sb_publishable_\S+$/.test(key)) return 'publishable';
	if (/^sb_secret_\S+$/.test(key)) return 'secret';
	try {
		const role = decodeJwtPayload(key).role;
		return role === 'anon' || role === 'service_role' ? role : null;
	} catch {
		return null;
	}
}

let config: ServerConfig | undefined;

export function serverConfig(): ServerConfig {
	return (config ??= readConfig({ ...env }));
}
