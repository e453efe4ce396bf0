// Security is in the database: every exposed table has RLS, grants match the allowlist, no
// function in an exposed schema runs with its owner's rights, and every policy is one rule for one
// role and operation, named as a sentence.
import { inject, describe, expect, it } from 'vitest';
import { withClient } from '../support/db.ts';
import { API_FUNCTIONS, API_GRANTS } from './api-grants.ts';

const stack = inject('stack');

/** The policies, in every schema, that meet `condition` (on pg_policies), as "schema.table: name". */
async function policies(condition: string): Promise<string[]> {
	return withClient(stack.superuserUrl, async (db) => {
		// Expressions print with every function schema-qualified (`auth.uid()`), as Supabase's linter reads them.
		await db.query(`set search_path = ''`);
		const { rows } = await db.query(
			`select schemaname || '.' || tablename || ': ' || policyname as policy from pg_catalog.pg_policies
			 where ${condition} order by 1`
		);
		return rows.map((r) => r.policy);
	});
}

describe('the public schema', () => {
	it('has row level security enabled on every table', async () => {
		const tables = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select relname, relrowsecurity from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')`
					)
				).rows
		);
		expect(tables.length).toBeGreaterThan(0);
		expect(tables.filter((t) => !t.relrowsecurity).map((t) => t.relname)).toEqual([]);
	});

	it('grants anon and authenticated exactly what the allowlist says', async () => {
		const rows = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select table_name, grantee, array_agg(privilege_type::text order by privilege_type) as privileges
					 from information_schema.role_table_grants
					 where table_schema = 'public' and grantee in ('anon', 'authenticated')
					 group by table_name, grantee`
					)
				).rows
		);
		// Every table starts with nothing granted, so that "no grant" is compared too.
		const tables = await withClient(stack.superuserUrl, async (db) =>
			(
				await db.query(
					`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')`
				)
			).rows.map((r) => r.relname)
		);
		const actual: Record<string, Record<string, string[]>> = Object.fromEntries(
			tables.map((t) => [t, { anon: [], authenticated: [] }])
		);
		for (const row of rows) actual[row.table_name][row.grantee] = row.privileges;
		const expected = Object.fromEntries(
			Object.entries(API_GRANTS).map(([table, grants]) => [
				table,
				{ anon: [...grants.anon].sort(), authenticated: [...grants.authenticated].sort() }
			])
		);
		expect(actual).toEqual(expected);
	});

	it('lets the API roles call only the allowlisted functions', async () => {
		const rows = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select p.proname, r.rolname from pg_proc p cross join pg_roles r
					 where p.pronamespace = 'public'::regnamespace and r.rolname in ('anon', 'authenticated')
					   and has_function_privilege(r.oid, p.oid, 'execute')
					 order by 1, 2`
					)
				).rows
		);
		const actual: Record<string, string[]> = {};
		for (const row of rows) (actual[row.proname] ??= []).push(row.rolname);
		expect(actual).toEqual(API_FUNCTIONS);
	});

	it('has one permissive policy per table, role and action (Supabase’s linter: multiple_permissive_policies)', async () => {
		// Each permissive policy that applies is evaluated for every row: two for the same reader
		// and action cost twice and are one rule written in two places.
		const several = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select c.relname, r.rolname, action, array_agg(p.polname order by p.polname) as policies
					 from pg_policy p
					 join pg_class c on c.oid = p.polrelid
					 join pg_roles r on p.polroles @> array[r.oid] or p.polroles = array[0::oid]
					 cross join lateral unnest(case p.polcmd when 'r' then '{select}'::text[] when 'a' then '{insert}' when 'w' then '{update}'
					   when 'd' then '{delete}' else '{select,insert,update,delete}' end) as action
					 where c.relnamespace = 'public'::regnamespace and p.polpermissive and r.rolname in ('anon', 'authenticated')
					 group by 1, 2, 3 having count(*) > 1 order by 1, 2, 3`
					)
				).rows
		);
		expect(several).toEqual([]);
	});

	it('has no SECURITY DEFINER function, and every definer function elsewhere pins search_path', async () => {
		const definers = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select n.nspname, p.proname, p.proconfig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					 where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema', 'extensions', 'auth')`
					)
				).rows
		);
		expect(definers.filter((d) => d.nspname === 'public')).toEqual([]);
		expect(
			definers.filter((d) => !(d.proconfig ?? []).some((c: string) => c.startsWith('search_path=')))
		).toEqual([]);
	});

	it('says beside each function without a fixed search_path why it has none (Supabase’s linter: function_search_path_mutable)', async () => {
		// Pinning it stops a SQL function from being inlined; the comment says which reason holds.
		const unexplained = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select p.oid::regprocedure::text as function from pg_proc p
					 join pg_namespace n on n.oid = p.pronamespace
					 where n.nspname not in ('pg_catalog', 'information_schema', 'extensions', 'auth')
					   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
					   and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) as c where c like 'search_path=%')
					   and coalesce(obj_description(p.oid, 'pg_proc'), '') not like 'Sets no search_path %'
					 order by 1`
					)
				).rows
		);
		expect(unexplained).toEqual([]);
	});

	it('says beside each table closed to the API why it has no policy (Supabase’s linter: rls_enabled_no_policy)', async () => {
		const unexplained = await withClient(
			stack.superuserUrl,
			async (db) =>
				(
					await db.query(
						`select c.oid::regclass::text as table from pg_class c
					 join pg_namespace n on n.oid = c.relnamespace
					 where c.relkind = 'r' and c.relrowsecurity
					   and n.nspname in ('public', 'private')
					   and not exists (select 1 from pg_policy p where p.polrelid = c.oid)
					   and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'No policy, on purpose: %'
					 order by 1`
					)
				).rows
		);
		expect(unexplained).toEqual([]);
	});
});

describe('every policy', () => {
	it('is for one operation, never `for all`', async () => {
		// A policy for all commands is evaluated on every read too, even when it is about writing.
		expect(await policies(`cmd = 'ALL'`)).toEqual([]);
	});

	it('is for one role, never anon and authenticated (or public) together', async () => {
		// Each role's policy says in its name whom it serves, and can change without the other's.
		expect(
			await policies(
				`(roles @> '{anon,authenticated}' or 'public' = any(roles) or cardinality(roles) > 1)`
			)
		).toEqual([]);
	});

	it('is named as a whole sentence', async () => {
		// Starts with a capital, has spaces, and is shorter than the 63 bytes PostgreSQL keeps of a
		// name: a longer one is cut mid-word when it is created.
		expect(
			await policies(
				`(policyname !~ '^[[:upper:]]' or policyname !~ ' ' or octet_length(policyname) >= 63)`
			)
		).toEqual([]);
	});

	it('reads who is asking once per query, not once per row (Supabase’s linter: auth_rls_initplan)', async () => {
		// `auth.uid()` or `current_setting()` outside a `(select …)` is called for every row; inside
		// one it becomes an init plan, evaluated once. Counted per call, so one wrapped call does
		// not excuse another that is not.
		const calls = `(auth\\.(uid|jwt|role|email)|current_setting)\\(`;
		const bare = (column: string) =>
			`regexp_count(coalesce(${column}, ''), '${calls}', 1, 'i') > regexp_count(coalesce(${column}, ''), 'select\\s+${calls}', 1, 'i')`;
		expect(await policies(`(${bare('qual')} or ${bare('with_check')})`)).toEqual([]);
	});
});

describe('content_locales', () => {
	it('is readable by anyone and writable by nobody through the API roles', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			for (const role of ['anon', 'authenticated']) {
				await db.query('begin');
				await db.query(`set local role ${role}`);
				const { rows } = await db.query('select count(*)::int as n from public.content_locales');
				expect(rows[0].n).toBe(28);
				await expect(
					db.query(`insert into public.content_locales values ('xx', 'X', 'X', 99)`)
				).rejects.toMatchObject({ code: '42501' });
				await db.query('rollback');
				await db.query('begin');
				await db.query(`set local role ${role}`);
				await expect(db.query(`delete from public.content_locales`)).rejects.toMatchObject({
					code: '42501'
				});
				await db.query('rollback');
			}
		});
	});
});
