// The demo data cannot reach a real project: supabase/seed.sql refuses to run on a database that
// is not the local stack's, through our runner and through `psql -f`, and leaves nothing; the
// same database, started with the local stack's mark, takes it.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../stack/migrate.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import { removeStackData, startPostgres, type Postgres } from '../../stack/postgres.ts';
import { withClient } from '../support/db.ts';

const SEED = path.join(PROJECT_ROOT, 'supabase/seed.sql');
const MIGRATIONS = path.join(PROJECT_ROOT, 'supabase/migrations');
const REFUSAL =
	/supabase\/seed\.sql refused: this database is not the local stack's \(tilts\.local_stack is not on\)/;

const passwords = { superuser: secret(), postgres: secret(), authenticator: secret() };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-not-local-'));
let server: Postgres;
let databaseUrl: string;

/** What the seed would have written: organisations, accounts, and its record. */
const written = () =>
	withClient(
		databaseUrl,
		async (db) =>
			(
				await db.query(`
		select (select count(*)::int from public.organisations) as organisations,
		       (select count(*)::int from public.users) as accounts,
		       (select count(*)::int from supabase_migrations.seed_files) as seeds`)
			).rows[0]
	);
const NOTHING = { organisations: 0, accounts: 0, seeds: 0 };

beforeAll(async () => {
	// A cluster as a Supabase project is before its first migration: Supabase's roles, no mark.
	server = await startPostgres({ dataDir, port: await freePort(), passwords, localStack: false });
	databaseUrl = server.url('postgres', passwords.postgres);
	await migrate(databaseUrl, { migrationsDir: MIGRATIONS });
}, 120_000);

afterAll(async () => {
	await server?.child.stop();
	removeStackData(dataDir);
});

describe('the seed on a database that is not the local stack', () => {
	it('is refused by the migration runner (npm run db:migrate -- --seed), which writes nothing', async () => {
		await expect(
			migrate(databaseUrl, { migrationsDir: MIGRATIONS, seedFile: SEED })
		).rejects.toThrow(REFUSAL);
		expect(await written()).toEqual(NOTHING);
	});

	it('is refused by psql -f without ON_ERROR_STOP, which goes on after an error, and leaves nothing', () => {
		const url = new URL(databaseUrl);
		const psql = spawnSync(
			'psql',
			['-X', '-h', url.hostname, '-p', url.port, '-U', 'postgres', '-d', 'postgres', '-f', SEED],
			{
				env: { ...process.env, PGPASSWORD: passwords.postgres, LC_MESSAGES: 'C' },
				encoding: 'utf8'
			}
		);
		expect(psql.stderr).toMatch(REFUSAL);
		// psql carried on to the end: the closing commit found the transaction failed.
		expect(psql.stdout.trim().split('\n').at(-1)).toBe('ROLLBACK');
		return written().then((found) => expect(found).toEqual(NOTHING));
	});

	it('runs on the same database once PostgreSQL carries the local stack’s mark', async () => {
		await server.child.stop();
		server = await startPostgres({ dataDir, port: server.port, passwords });
		expect(await migrate(databaseUrl, { migrationsDir: MIGRATIONS, seedFile: SEED })).toMatchObject(
			{ applied: [], seeded: true }
		);
		const found = await written();
		expect(found.organisations).toBeGreaterThan(0);
		expect(found).toMatchObject({ accounts: 4, seeds: 1 });
	});
});

function secret() {
	return randomBytes(24).toString('base64url');
}
