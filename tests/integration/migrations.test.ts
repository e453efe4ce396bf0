// The migration runner against a real database: each migration once, in order, recorded; an edited
// one refused; a failing one leaves nothing behind; the seed runs once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate } from '../../stack/migrate.ts';
import { withClient } from '../support/db.ts';

const stack = inject('stack');
let databaseUrl: string;
let database: string;
let dir: string;

const write = (name: string, sql: string) =>
	fs.writeFileSync(path.join(dir, 'migrations', name), sql);
const run = () =>
	migrate(databaseUrl, {
		migrationsDir: path.join(dir, 'migrations'),
		seedFile: path.join(dir, 'seed.sql')
	});
const query = (sql: string) => withClient(databaseUrl, async (db) => (await db.query(sql)).rows);

beforeAll(async () => {
	// A database of its own, owned by postgres as on Supabase, so the shared one is untouched.
	database = `migrations_${randomUUID().slice(0, 8)}`;
	await withClient(stack.superuserUrl, (db) =>
		db.query(`create database ${database} owner postgres`)
	);
	databaseUrl = stack.DATABASE_URL.replace(/\/postgres$/, `/${database}`);
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-migrate-'));
	fs.mkdirSync(path.join(dir, 'migrations'));
	fs.writeFileSync(
		path.join(dir, 'seed.sql'),
		`insert into public.things (name) values ('seeded');`
	);
});

afterAll(async () => {
	await withClient(stack.superuserUrl, (db) => db.query(`drop database ${database} with (force)`));
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
	it('applies new migrations in order, records them, and seeds a new database once', async () => {
		write('20260101000000_things.sql', 'create table public.things (name text not null);');
		write(
			'20260102000000_more_things.sql',
			`alter table public.things add column kind text default 'plain';`
		);
		const first = await run();
		expect(first).toEqual({
			applied: ['20260101000000_things.sql', '20260102000000_more_things.sql'],
			seeded: true
		});
		expect(
			await query(
				`select version, name from supabase_migrations.schema_migrations order by version`
			)
		).toEqual([
			{ version: '20260101000000', name: 'things' },
			{ version: '20260102000000', name: 'more_things' }
		]);
		expect(await query(`select name, kind from public.things`)).toEqual([
			{ name: 'seeded', kind: 'plain' }
		]);
	});

	it('applies nothing the second time, and does not seed again', async () => {
		expect(await run()).toEqual({ applied: [], seeded: false });
		expect(await query(`select count(*)::int as n from public.things`)).toEqual([{ n: 1 }]);
	});

	it('refuses to go on when an applied migration was edited', async () => {
		write(
			'20260101000000_things.sql',
			'create table public.things (name text not null, extra int);'
		);
		await expect(run()).rejects.toThrow(
			/20260101000000_things.sql was edited after it was applied/
		);
		write('20260101000000_things.sql', 'create table public.things (name text not null);');
	});

	it('rolls back a failing migration whole, and records nothing', async () => {
		write(
			'20260103000000_broken.sql',
			`create table public.half (id int); select * from no_such_table;`
		);
		await expect(run()).rejects.toThrow(
			/20260103000000_broken.sql failed: relation "no_such_table" does not exist/
		);
		expect(await query(`select to_regclass('public.half') as t`)).toEqual([{ t: null }]);
		expect(
			await query(`select count(*)::int as n from supabase_migrations.schema_migrations`)
		).toEqual([{ n: 2 }]);
		fs.rmSync(path.join(dir, 'migrations/20260103000000_broken.sql'));
	});
});
