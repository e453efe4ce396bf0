// The server's configuration. The same variables point the portal at the local stack or at a real
// Supabase project; a missing or malformed one stops the server at start-up, naming the variable.
import * as env from '$app/env/private';
import { MIN_SECRET_LENGTH } from './jwt.ts';

export type ServerConfig = {
	supabaseUrl: string;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	/** The portal's own address, for links in e-mail (never taken from a request's Host header). */
	publicOrigin: string;
	smtpUrl: string;
	mailFrom: string;
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
		URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? null : `must be an http(s) URL, not "${url}"`;
	const config = {
		supabaseUrl: read('SUPABASE_URL', httpUrl).replace(/\/+$/, ''),
		anonKey: read('SUPABASE_ANON_KEY'),
		serviceRoleKey: read('SUPABASE_SERVICE_ROLE_KEY'),
		jwtSecret: read('SUPABASE_JWT_SECRET', (secret) =>
			secret.length >= MIN_SECRET_LENGTH ? null : `must be at least ${MIN_SECRET_LENGTH} characters long`
		),
		publicOrigin: read('PUBLIC_ORIGIN', (url) =>
			httpUrl(url) ?? (new URL(url).origin === url.replace(/\/+$/, '') ? null : `must be an origin only (scheme, host, port), such as https://tilts.example.org`)
		).replace(/\/+$/, ''),
		smtpUrl: read('SMTP_URL', (url) =>
			URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol) ? null : `must be an smtp:// or smtps:// URL`
		),
		mailFrom: source.MAIL_FROM?.trim() || 'Tilts <noreply@tilts.example>'
	};
	// Behind a TLS proxy every request comes from the proxy: without the header that carries the
	// client's address, the limits on failed sign-ins would lock everybody out at once.
	if (config.publicOrigin.startsWith('https:') && !source.ADDRESS_HEADER?.trim()) {
		problems.push('ADDRESS_HEADER is not set: behind the https proxy, set it (and XFF_DEPTH) so each client is told apart');
	}
	if (problems.length) {
		throw new ConfigError(
			`The server's configuration is incomplete (see "Running against a Supabase project" in the README):\n- ${problems.join('\n- ')}`
		);
	}
	return config;
}

let config: ServerConfig | undefined;

export function serverConfig(): ServerConfig {
	return (config ??= readConfig({ ...env }));
}
