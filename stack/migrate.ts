// Applies supabase/migrations in order, each once, and records them where the Supabase CLI does
// (supabase_migrations.schema_migrations), with a checksum so that an edited migration is refused.
// Works the same against the local stack and a real Supabase project (as role postgres).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export type Migration = {
	version: string;
	name: string;
	file: string;
	sql: string;
	checksum: string;
};

export class MigrationError extends Error {}

const FILE_NAME = /^(\d+)_([\w-]+)\.sql$/;

export function readMigrations(dir: string): Migration[] {
	const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.sql')) : [];
	const migrations = files.map((file) => {
		const match = file.match(FILE_NAME);
		if (!match) {
			throw new MigrationError(
				`${file}: a migration is named <timestamp>_<name>.sql, e.g. 20261122093000_create_projects.sql.`
			);
		}
		const sql = fs.readFileSync(path.join(dir, file), 'utf8');
		return { version: match[1], name: match[2], file, sql, checksum: sha256(sql) };
	});
	migrations.sort((a, b) => compareVersions(a.version, b.version));
	for (let i = 1; i < migrations.length; i++) {
		if (migrations[i].version === migrations[i - 1].version) {
			throw new MigrationError(
				`${migrations[i - 1].file} and ${migrations[i].file} share the version ${migrations[i].version}.`
			);
		}
	}
	return migrations;
}

type Applied = { version: string; name: string | null; checksum: string | null };

/**
 * Decides what to apply. Pure, so that the rules are unit-tested:
 * - an applied migration whose file changed is refused (landed migrations are never edited);
 * - an applied migration whose file is gone is refused;
 * - a new migration older than the newest applied one is refused (it would run out of order).
 */
export function planMigrations(files: Migration[], applied: Applied[]): Migration[] {
	const byVersion = new Map(files.map((m) => [m.version, m]));
	for (const row of applied) {
		const file = byVersion.get(row.version);
		if (!file) {
			throw new MigrationError(
				`Migration ${row.version}${row.name ? `_${row.name}` : ''} is recorded in the database but its file is missing from supabase/migrations.`
			);
		}
		// Rows written by the Supabase CLI carry no checksum; those cannot be compared.
		if (row.checksum && row.checksum !== file.checksum) {
			throw new MigrationError(
				`${file.file} was edited after it was applied to this database. ` +
					`Landed migrations are never edited: undo the edit and put the change in a new migration.`
			);
		}
	}
	const appliedVersions = new Set(applied.map((row) => row.version));
	const newest = applied
		.map((row) => row.version)
		.sort(compareVersions)
		.at(-1);
	const pending = files.filter((m) => !appliedVersions.has(m.version));
	for (const m of pending) {
		if (newest && compareVersions(m.version, newest) < 0) {
			throw new MigrationError(
				`${m.file} is older than ${newest}, the newest migration applied here. Give it a newer timestamp.`
			);
		}
	}
	return pending;
}

export async function migrate(
	databaseUrl: string,
	options: { migrationsDir: string; seedFile?: string; log?: (line: string) => void }
): Promise<{ applied: string[]; seeded: boolean }> {
	const log = options.log ?? (() => {});
	const files = readMigrations(options.migrationsDir);
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		// One runner at a time per database.
		await client.query(`select pg_advisory_lock(hashtext('tilts.migrate'))`);
		await prepareHistory(client);
		const { rows } = await client.query<Applied>(
			'select version, name, checksum from supabase_migrations.schema_migrations'
		);
		const pending = planMigrations(files, rows);
		for (const m of pending) {
			log(`applying migration ${m.file}`);
			await inTransaction(client, async () => {
				await client.query(m.sql).catch((error) => {
					throw new MigrationError(`${m.file} failed: ${error.message}`);
				});
				await client.query(
					`insert into supabase_migrations.schema_migrations (version, name, statements, checksum)
					 values ($1, $2, array[$3], $4)`,
					[m.version, m.name, m.sql, m.checksum]
				);
			});
		}

		let seeded = false;
		if (options.seedFile && fs.existsSync(options.seedFile)) {
			seeded = await seedOnce(client, options.seedFile, log);
		}
		if (pending.length > 0 || seeded) await client.query(`notify pgrst, 'reload schema'`);
		return { applied: pending.map((m) => m.file), seeded };
	} finally {
		await client.end();
	}
}

/** Where the Supabase CLI records applied migrations and seed files (made if missing). */
export async function prepareHistory(client: pg.Client): Promise<void> {
	await client.query(`
		create schema if not exists supabase_migrations;
		create table if not exists supabase_migrations.schema_migrations (
			version text primary key, statements text[], name text);
		alter table supabase_migrations.schema_migrations add column if not exists checksum text;
		create table if not exists supabase_migrations.seed_files (
			path text primary key, hash text not null);
	`);
}

/** The seed fills a new database once; a later edit is reported, not re-applied over real data. */
async function seedOnce(client: pg.Client, seedFile: string, log: (line: string) => void) {
	const sql = fs.readFileSync(seedFile, 'utf8');
	const key = 'supabase/seed.sql';
	const { rows } = await client.query<{ hash: string }>(
		'select hash from supabase_migrations.seed_files where path = $1',
		[key]
	);
	if (rows.length > 0) {
		if (rows[0].hash !== sha256(sql)) {
			log(
				'supabase/seed.sql changed since this database was seeded; `npm run db:reset` starts afresh.'
			);
		}
		return false;
	}
	log('applying supabase/seed.sql');
	// Recorded first: the seed may hold its own begin … commit (so that psql -f leaves nothing when it
	// is refused), and that commit then ends this transaction, with the record and the data together.
	await inTransaction(client, async () => {
		await client.query('insert into supabase_migrations.seed_files (path, hash) values ($1, $2)', [
			key,
			sha256(sql)
		]);
		await client.query(sql).catch((error) => {
			throw new MigrationError(`supabase/seed.sql failed: ${error.message}`);
		});
	});
	return true;
}

async function inTransaction(client: pg.Client, work: () => Promise<void>) {
	await client.query('begin');
	try {
		await work();
		await client.query('commit');
	} catch (error) {
		await client.query('rollback');
		throw error;
	}
}

function compareVersions(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
