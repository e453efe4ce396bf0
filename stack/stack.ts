// The local Supabase stack: PostgreSQL, the roles Supabase has, our migrations and seed,
// PostgREST, a gateway with Supabase's URL layout and an e-mail catcher. No Docker, no service.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mintApiKey } from '../src/lib/server/jwt.ts';
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

/** What the app and the tools need to reach the stack: the same variables as for a real project. */
export type StackEnv = {
	SUPABASE_URL: string;
	SUPABASE_ANON_KEY: string;
	SUPABASE_SERVICE_ROLE_KEY: string;
	SUPABASE_JWT_SECRET: string;
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

type Secrets = PostgresPasswords & { jwtSecret: string };

export async function startStack(options: {
	dataDir: string;
	ports?: Partial<StackPorts>;
	/** null: none at all (a database about to be restored from a backup). */
	migrationsDir?: string | null;
	seedFile?: string | null;
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
				seedFile: options.seedFile === null ? undefined : (options.seedFile ?? path.join(PROJECT_ROOT, 'supabase/seed.sql')),
				log
			});
			if (result.applied.length) log(`applied ${result.applied.length} migration(s)`);
		}

		const rest = await startPostgrest({
			databaseUrl: db.url('authenticator', secrets.authenticator),
			jwtSecret: secrets.jwtSecret,
			port: 0,
			onLog: (line) => log(`postgrest: ${line}`)
		});
		const postgrest = supervise(rest.child, rest.launch, supervision);
		stoppers.push(postgrest.stop);

		const anonKey = mintApiKey('anon', secrets.jwtSecret);
		const serviceKey = mintApiKey('service_role', secrets.jwtSecret);
		const gateway = await startGateway({
			port: ports.api,
			postgrestUrl: rest.url,
			postgrestAdminUrl: rest.adminUrl,
			apiKeys: [anonKey, serviceKey]
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
				SUPABASE_ANON_KEY: anonKey,
				SUPABASE_SERVICE_ROLE_KEY: serviceKey,
				SUPABASE_JWT_SECRET: secrets.jwtSecret,
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
	if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
	const random = () => randomBytes(32).toString('base64url');
	const secrets: Secrets = {
		jwtSecret: random(),
		superuser: random(),
		postgres: random(),
		authenticator: random()
	};
	fs.writeFileSync(file, JSON.stringify(secrets, null, '\t') + '\n', { mode: 0o600 });
	return secrets;
}
