// The local database must be what a Supabase project is, so that what passes here passes there.
import { inject, describe, expect, it } from 'vitest';
import { asActor, withClient } from '../support/db.ts';

const stack = inject('stack');

describe('roles as on Supabase', () => {
	it('migrations run as postgres, which is no superuser but may bypass RLS and create roles', async () => {
		const role = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = 'postgres'`
					)
				).rows[0]
		);
		expect(role).toEqual({ rolsuper: false, rolbypassrls: true, rolcreaterole: true });
	});

	it('authenticator logs in, inherits nothing, and is a member of anon, authenticated and service_role only', async () => {
		const { role, memberOf } = await withClient(stack.superuserUrl, async (db) => ({
			role: (
				await db.query(
					`select rolcanlogin, rolinherit from pg_roles where rolname = 'authenticator'`
				)
			).rows[0],
			memberOf: (
				await db.query(
					`select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
					 join pg_roles u on u.oid = m.member where u.rolname = 'authenticator' order by 1`
				)
			).rows.map((r) => r.rolname)
		}));
		expect(role).toEqual({ rolcanlogin: true, rolinherit: false });
		expect(memberOf).toEqual(['anon', 'authenticated', 'service_role']);
	});

	it('anon and authenticated have statement timeouts of 3 s and 8 s', async () => {
		const settings = await withClient(stack.superuserUrl, async (db) =>
			(
				await db.query(
					`select r.rolname, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
					 where r.rolname in ('anon', 'authenticated') order by 1`
				)
			).rows.map((r) => [r.rolname, r.setconfig])
		);
		expect(settings).toEqual([
			['anon', ['statement_timeout=3s']],
			['authenticated', ['statement_timeout=8s']]
		]);
	});

	it('new tables in public are granted to the API roles by default, as on Supabase', async () => {
		const grants = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select array_agg(distinct grantee::regrole::text order by grantee::regrole::text) as roles
					 from pg_default_acl d, aclexplode(d.defaclacl)
					 where d.defaclnamespace = 'public'::regnamespace and d.defaclobjtype = 'r'`
					)
				).rows[0].roles
		);
		expect(grants).toEqual(expect.arrayContaining(['anon', 'authenticated', 'service_role']));
	});
});

describe('auth.uid()', () => {
	it('is NULL for anon and reads sub from the JWT claims', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			const anon = await asActor(
				db,
				{ role: 'anon' },
				async () => (await db.query('select auth.uid() as id')).rows[0].id
			);
			expect(anon).toBeNull();
			const id = '0b6f4c2e-8a51-4d3b-9c7e-2f1a0d9e8b77';
			const user = await asActor(
				db,
				{ role: 'authenticated', sub: id },
				async () => (await db.query('select auth.uid() as id')).rows[0].id
			);
			expect(user).toBe(id);
		});
	});

	it('does not leak the previous request user on a reused connection', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			await asActor(
				db,
				{ role: 'authenticated', sub: '0b6f4c2e-8a51-4d3b-9c7e-2f1a0d9e8b77' },
				async () => {}
			);
			const next = await asActor(
				db,
				{ role: 'anon' },
				async () => (await db.query('select auth.uid() as id')).rows[0].id
			);
			expect(next).toBeNull();
			// Outside any request, the setting is empty, and auth.uid() is NULL rather than an error.
			expect((await db.query('select auth.uid() as id')).rows[0].id).toBeNull();
		});
	});
});
