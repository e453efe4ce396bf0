import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	MigrationError,
	planMigrations,
	readMigrations,
	type Migration
} from '../../stack/migrate.ts';

const file = (version: string, checksum = `sum-${version}`): Migration => ({
	version,
	name: `m${version}`,
	file: `${version}_m${version}.sql`,
	sql: '',
	checksum
});
const applied = (version: string, checksum: string | null = `sum-${version}`) => ({
	version,
	name: `m${version}`,
	checksum
});

describe('planMigrations', () => {
	it.each([
		{
			case: 'a new database gets every migration, in order',
			files: ['1', '2', '3'],
			done: [],
			pending: ['1', '2', '3']
		},
		{
			case: 'an up-to-date database gets nothing',
			files: ['1', '2'],
			done: ['1', '2'],
			pending: []
		},
		{ case: 'only the new ones run', files: ['1', '2', '3'], done: ['1'], pending: ['2', '3'] }
	])('$case', ({ files, done, pending }) => {
		expect(
			planMigrations(
				files.map((v) => file(v)),
				done.map((v) => applied(v))
			).map((m) => m.version)
		).toEqual(pending);
	});

	it('refuses a migration edited after it was applied, and says what to do', () => {
		expect(() => planMigrations([file('1', 'edited')], [applied('1', 'original')])).toThrow(
			/1_m1.sql was edited after it was applied.*new migration/
		);
	});

	it('accepts rows the Supabase CLI wrote, which have no checksum', () => {
		expect(
			planMigrations([file('1'), file('2')], [applied('1', null)]).map((m) => m.version)
		).toEqual(['2']);
	});

	it('refuses when an applied migration has no file any more', () => {
		expect(() => planMigrations([file('2')], [applied('1'), applied('2')])).toThrow(
			/recorded in the database but its file is missing/
		);
	});

	it('refuses a new migration older than the newest applied one', () => {
		expect(() =>
			planMigrations([file('1'), file('2'), file('3')], [applied('1'), applied('3')])
		).toThrow(/2_m2.sql is older than 3/);
	});
});

describe('readMigrations', () => {
	const dirWith = (files: Record<string, string>) => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-migrations-'));
		for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
		return dir;
	};

	it('orders by timestamp, not by file name length', () => {
		const dir = dirWith({ '20261122090100_b.sql': 'b', '20261122090000_a.sql': 'a' });
		expect(readMigrations(dir).map((m) => m.name)).toEqual(['a', 'b']);
	});

	it('refuses a file that is not named <timestamp>_<name>.sql', () => {
		expect(() => readMigrations(dirWith({ 'create tables.sql': '' }))).toThrow(MigrationError);
	});

	it('refuses two files with the same timestamp', () => {
		expect(() => readMigrations(dirWith({ '1_a.sql': '', '1_b.sql': '' }))).toThrow(
			/share the version 1/
		);
	});
});
