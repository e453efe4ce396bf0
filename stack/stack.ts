// The local Supabase stack: PostgreSQL, the roles Supabase has, our migrations and seed,
// PostgREST, a gateway with Supabase's URL layout and an e-mail catcher. No Docker, no service.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JWK } from 'jose';
import {
	apiKeyClaims,
	generateSigningJwk,
	mintApiKey,
	parseSigningKey,
	secretAsJwk,
	signEs256
} from '../src/lib/server/jwt.ts';
import { startGateway } from './gateway.ts';
import { startMailCatcher } from './mail.ts';
import { migrate } from './migrate.ts';
import { PROJECT_ROOT } from './paths.ts';
import { assertPortFree, freePort } from './ports.ts';
import { startPostgres, type PostgresPasswords } from './postgres.ts';
import { startPostgrest } from './postgrest.ts';
import { supervise, type Part } from './supervise.ts';

export type StackPorts = { api: number; db: number; smtp: number; inbox: number };

/** Supabase's own local ports where they exist (API 54321, database 54322, inbox 54324). */
export const DEFAULT_PORTS: StackPorts = { api: 54321, db: 54322, smtp: 54325, inbox: 54324 };

/**
 * The keys the stack runs with, as a Supabase project can:
 * - `new`: today's publishable and secret keys and an ES256 signing key that PostgREST verifies
 *   through the JWKS; the legacy anon and service_role keys and JWT secret still work, as in a
 *   project that has moved to the new keys but not yet revoked the old ones;
 * - `new-only`: the same with the legacy keys disabled and the legacy JWT secret revoked;
 * - `legacy`: a project on the shared HS256 JWT secret (its gateway takes the new API keys too).
 * The portal is given today's keys in the first two, the legacy ones in the third.
 */
export type StackKeys = 'new' | 'new-only' | 'legacy';

/** What the app and the tools need to reach the stack: the same variables as for a real project. */
export type StackEnv = {
	SUPABASE_URL: string;
	SUPABASE_PUBLISHABLE_KEY: string;
	SUPABASE_SECRET_KEY: string;
	/** The private ES256 key as a JWK (JSON), as `supabase gen signing-key` gives it. */
	SUPABASE_JWT_SIGNING_KEY: string;
	SUPABASE_ANON_KEY: string;
	SUPABASE_SERVICE_ROLE_KEY: string;
	SUPABASE_JWT_SECRET: string;
	/** Which keys the stack runs with (see StackKeys), so that a portal started on it gets those. */
	TILTS_KEYS: StackKeys;
	/** The `postgres` role, as migrations use it. */
	DATABASE_URL: string;
	SMTP_URL: string;
	INBOX_URL: string;
};

export type Stack = {
	env: StackEnv;
	/** Connection string of the cluster superuser, for tests that inspect the cluster itself. */
	superuserUrl: string;
	/** The processes running now. */
	pids(): number[];
	/** Restarted when they die on their own (see supervise.ts). */
	postgres: Part;
	postgrest: Part;
	/** Called once if a part of the stack stops and cannot be restarted, with a message that says which and why. */
	onUnexpectedExit(callback: (message: string) => void): void;
	stop(): Promise<void>;
};

type Secrets = PostgresPasswords & {
	jwtSecret: string;
	signingKey: JWK;
	publishableKey: string;
	secretKey: string;
};

export async function startStack(options: {
	dataDir: string;
	ports?: Partial<StackPorts>;
	/** null: none at all (a database about to be restored from a backup). */
	migrationsDir?: string | null;
	seedFile?: string | null;
	/** Default `new`. */
	keys?: StackKeys;
	log?: (line: string) => void;
	/** What a person should see: a part died, is restarted, runs again. Goes to `log` too. */
	notice?: (message: string) => void;
}): Promise<Stack> {
	const ports = { ...DEFAULT_PORTS, ...options.ports };
	const log = options.log ?? (() => {});
	const notice = (message: string) => {
		log(message);
		options.notice?.(message);
	};
	await assertPortFree(ports.db, 'PostgreSQL');
	await assertPortFree(ports.api, 'Supabase API gateway');
	await assertPortFree(ports.smtp, 'SMTP catcher');
	await assertPortFree(ports.inbox, 'e-mail inbox');

	fs.mkdirSync(options.dataDir, { recursive: true });
	const secrets = loadSecrets(options.dataDir);
	const stoppers: Array<() => Promise<void>> = [];
	const stopAll = async () => {
		for (const stop of stoppers.reverse()) await stop().catch(() => {});
		stoppers.length = 0;
	};

	try {
		const db = await startPostgres({
			dataDir: options.dataDir,
			port: ports.db === 0 ? await freePort() : ports.db,
			passwords: secrets,
			onLog: (line) => log(`postgres: ${line}`)
		});
		let onGiveUp = (message: string) => log(message);
		const supervision = { notice, onGiveUp: (message: string) => onGiveUp(message) };
		// PostgREST needs no telling when PostgreSQL comes back: each request tries to connect again.
		const postgres = supervise(db.child, db.launch, supervision);
		stoppers.push(postgres.stop);

		const databaseUrl = db.url('postgres', secrets.postgres);
		if (options.migrationsDir !== null) {
			const result = await migrate(databaseUrl, {
				migrationsDir: options.migrationsDir ?? path.join(PROJECT_ROOT, 'supabase/migrations'),
				seedFile:
					options.seedFile === null
						? undefined
						: (options.seedFile ?? path.join(PROJECT_ROOT, 'supabase/seed.sql')),
				log
			});
			if (result.applied.length) log(`applied ${result.applied.length} migration(s)`);
		}

		const keys = options.keys ?? 'new';
		const signing = parseSigningKey(JSON.stringify(secrets.signingKey));
		// What PostgREST verifies with: the JWKS (as Supabase configures it, the legacy secret beside
		// the signing key until it is revoked), or the legacy secret alone.
		const jwks = { keys: keys === 'legacy' ? [] : [signing.publicJwk] };
		const trusted =
			keys === 'new' ? { keys: [...jwks.keys, secretAsJwk(secrets.jwtSecret)] } : jwks;
		const rest = await startPostgrest({
			databaseUrl: db.url('authenticator', secrets.authenticator),
			jwtSecret: keys === 'legacy' ? secrets.jwtSecret : JSON.stringify(trusted),
			port: 0,
			onLog: (line) => log(`postgrest: ${line}`)
		});
		const postgrest = supervise(rest.child, rest.launch, supervision);
		stoppers.push(postgrest.stop);

		const anonKey = mintApiKey('anon', secrets.jwtSecret);
		const serviceKey = mintApiKey('service_role', secrets.jwtSecret);
		// The tokens the gateway puts in place of a publishable or secret key, signed as the project signs.
		const roleToken = (role: 'anon' | 'service_role') =>
			keys === 'legacy'
				? Promise.resolve(mintApiKey(role, secrets.jwtSecret))
				: signEs256(apiKeyClaims(role), signing);
		const gateway = await startGateway({
			port: ports.api,
			postgrestUrl: rest.url,
			postgrestAdminUrl: rest.adminUrl,
			newKeys: {
				[secrets.publishableKey]: await roleToken('anon'),
				[secrets.secretKey]: await roleToken('service_role')
			},
			legacyKeys: keys === 'new-only' ? [] : [anonKey, serviceKey],
			jwks
		});
		stoppers.push(gateway.stop);

		const mail = await startMailCatcher({
			dir: path.join(options.dataDir, 'mail'),
			smtpPort: ports.smtp,
			inboxPort: ports.inbox
		});
		stoppers.push(mail.stop);

		return {
			env: {
				SUPABASE_URL: gateway.url,
				SUPABASE_PUBLISHABLE_KEY: secrets.publishableKey,
				SUPABASE_SECRET_KEY: secrets.secretKey,
				SUPABASE_JWT_SIGNING_KEY: JSON.stringify(secrets.signingKey),
				SUPABASE_ANON_KEY: anonKey,
				SUPABASE_SERVICE_ROLE_KEY: serviceKey,
				SUPABASE_JWT_SECRET: secrets.jwtSecret,
				TILTS_KEYS: keys,
				DATABASE_URL: databaseUrl,
				SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
				INBOX_URL: mail.inboxUrl
			},
			superuserUrl: db.url('supabase_admin', secrets.superuser),
			pids: () => [postgres.pid, postgrest.pid],
			postgres,
			postgrest,
			onUnexpectedExit: (callback) => (onGiveUp = callback),
			stop: stopAll
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}

/**
 * Secrets are made per data folder on its first start and kept beside the data, so that
 * nothing secret is in the repository and a kept database keeps working.
 */
function loadSecrets(dataDir: string): Secrets {
	const file = path.join(dataDir, 'secrets.json');
	const kept: Partial<Secrets> = fs.existsSync(file)
		? JSON.parse(fs.readFileSync(file, 'utf8'))
		: {};
	const random = () => randomBytes(32).toString('base64url');
	// A data folder from before today's keys gets them added; what it had stays.
	const secrets: Secrets = {
		jwtSecret: random(),
		superuser: random(),
		postgres: random(),
		authenticator: random(),
		signingKey: generateSigningJwk(),
		publishableKey: `sb_publishable_${randomBytes(16).toString('base64url')}`,
		secretKey: `sb_secret_${randomBytes(24).toString('base64url')}`,
		...kept
	};
	if (Object.keys(secrets).length !== Object.keys(kept).length) {
		fs.writeFileSync(file, JSON.stringify(secrets, null, '\t') + '\n', { mode: 0o600 });
	}
	return secrets;
}
