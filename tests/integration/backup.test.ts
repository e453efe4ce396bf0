// Backup and restore: a backup of the run's stack (the demo data and what other files left), restored into a fresh cluster whose
// superuser is not supabase_admin, has the same rows, policies, grants and role memberships, and
// PostgREST on it still switches from `authenticator` to anon and to a signed-in person.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { mintUserJwt } from '../../src/lib/server/jwt.ts';
import { backup, restore } from '../../stack/backup.ts';
import { freePort } from '../../stack/ports.ts';
import { removeStackData, startPostgres, type Postgres } from '../../stack/postgres.ts';
import { startPostgrest, type Postgrest } from '../../stack/postgrest.ts';
import { withClient } from '../support/db.ts';

const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const OURS = `table_schema not in ('pg_catalog', 'information_schema', 'auth', 'extensions')`;

/** What must be the same after a restore, each as rows in a stable order. */
const COMPARED = {
	'rows per table': `
		select table_schema, table_name,
		       (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text as rows
		from information_schema.tables where table_type = 'BASE TABLE' and ${OURS} order by 1, 2`,
	policies: `select schemaname, tablename, policyname, permissive, roles, cmd, qual, with_check from pg_policies order by 1, 2, 3`,
	'table grants': `
		select table_schema, table_name, grantee, privilege_type from information_schema.role_table_grants
		where ${OURS} order by 1, 2, 3, 4`,
	'column grants': `
		select table_schema, table_name, column_name, grantee, privilege_type from information_schema.role_column_grants
		where ${OURS} and grantee <> 'postgres' order by 1, 2, 3, 4, 5`,
	'role memberships': `
		select r.rolname as role, m.rolname as member, a.inherit_option, a.set_option from pg_auth_members a
		join pg_roles r on r.oid = a.roleid join pg_roles m on m.oid = a.member
		where not m.rolsuper and m.rolname not like 'pg\\_%' and r.rolname not like 'pg\\_%' order by 1, 2`,
	'role settings': `select r.rolname, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole order by 1`,
	migrations: `select version, checksum from supabase_migrations.schema_migrations order by 1`
};

describe('backup and restore', () => {
	it('restores into a fresh cluster: the same rows, policies and grants, and authenticator still switches roles', async () => {
		// The run's stack; its files run one at a time, so nothing writes while this one reads.
		const source = inject('stack');
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-backup-'));
		const targetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-restored-'));
		let target: Postgres | undefined;
		let api: Postgrest | undefined;
		try {
			await backup(source.DATABASE_URL, folder);
			expect(fs.readFileSync(path.join(folder, 'roles.sql'), 'utf8')).not.toMatch(
				/granted by|password/i
			);

			// A cluster as Supabase has before its first migration, under another superuser's name.
			const passwords = { superuser: secret(), postgres: secret(), authenticator: secret() };
			target = await startPostgres({
				dataDir: targetDir,
				port: await freePort(),
				passwords,
				superuser: 'cluster_admin'
			});
			const targetUrl = target.url('cluster_admin', passwords.superuser);
			await restore(targetUrl, folder);

			for (const [what, sql] of Object.entries(COMPARED)) {
				const [before, after] = await Promise.all(
					[source.superuserUrl, targetUrl].map((url) =>
						withClient(url, async (db) => (await db.query(sql)).rows)
					)
				);
				expect(after, what).toEqual(before);
			}
			const counted = await withClient(
				targetUrl,
				async (db) => (await db.query(`select count(*)::int as n from public.projects`)).rows[0].n
			);
			expect(counted).toBeGreaterThan(0);

			// PostgREST on the restored database, through `authenticator`, as anon and as a person.
			api = await startPostgrest({
				databaseUrl: target.url('authenticator', passwords.authenticator),
				jwtSecret: source.SUPABASE_JWT_SECRET,
				port: 0
			});
			const restoredApi = api.url;
			for (const bearer of [
				source.SUPABASE_ANON_KEY,
				mintUserJwt(COORDINATOR, source.SUPABASE_JWT_SECRET)
			]) {
				const list = (base: string) =>
					fetch(`${base}/projects?select=slug,is_published&order=slug`, {
						headers: { apikey: source.SUPABASE_ANON_KEY, authorization: `Bearer ${bearer}` }
					});
				const [before, after] = await Promise.all([
					list(`${source.SUPABASE_URL}/rest/v1`),
					list(restoredApi)
				]);
				expect(after.status).toBe(200);
				expect(await after.json()).toEqual(await before.json());
			}
		} finally {
			await api?.child.stop();
			await target?.child.stop();
			removeStackData(targetDir);
			fs.rmSync(folder, { recursive: true, force: true });
		}
	});

	it('makes the roles on a bare cluster under another superuser, so that authenticator can switch to anon and authenticated', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-backup-'));
		const targetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-bare-'));
		let target: Postgres | undefined;
		try {
			await backup(inject('stack').DATABASE_URL, folder);
			const passwords = { superuser: secret(), postgres: secret(), authenticator: secret() };
			target = await startPostgres({
				dataDir: targetDir,
				port: await freePort(),
				passwords,
				superuser: 'cluster_admin',
				bare: true
			});
			await withClient(target.url('cluster_admin', passwords.superuser), async (db) => {
				await db.query(fs.readFileSync(path.join(folder, 'roles.sql'), 'utf8'));
				// A backup holds no passwords: whoever restores sets them.
				await db.query(
					`alter role authenticator password ${db.escapeLiteral(passwords.authenticator)}`
				);
			});
			await withClient(target.url('authenticator', passwords.authenticator), async (db) => {
				for (const role of ['anon', 'authenticated', 'service_role']) {
					await db.query(`set role ${role}`);
					expect((await db.query('select current_user')).rows[0].current_user).toBe(role);
					await db.query('reset role');
				}
			});
		} finally {
			await target?.child.stop();
			removeStackData(targetDir);
			fs.rmSync(folder, { recursive: true, force: true });
		}
	});
});

function secret() {
	return randomBytes(24).toString('base64url');
}
