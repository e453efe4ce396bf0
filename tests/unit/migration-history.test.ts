import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readMigrations, type Migration } from '../../stack/migrate.ts';
import {
	extendLock,
	LOCK_FILE,
	lockProblems,
	MIGRATIONS_DIR,
	parseLock,
	readLock
} from '../../stack/migration-lock.ts';

const migration = (file: string, checksum: string): Migration => ({
	version: file.split('_')[0],
	name: 'm',
	file,
	sql: '',
	checksum
});

describe('the landed migrations', () => {
	it('are each exactly as they were locked when they landed, and every migration is locked', () => {
		expect(lockProblems(readMigrations(MIGRATIONS_DIR), readLock())).toEqual([]);
	});

	it('were never unlocked: every line the lock held on the main line of the history is still there', () => {
		const git = (...args: string[]) =>
			execFileSync('git', args, { cwd: MIGRATIONS_DIR, encoding: 'utf8' });
		// The main line only: a migration lands with its merge, and may change on its branch before.
		const commits = git('log', '--first-parent', '--format=%H', '--', LOCK_FILE)
			.split('\n')
			.filter(Boolean);
		const current = readLock();
		for (const commit of commits) {
			for (const [file, checksum] of parseLock(
				git('show', `${commit}:supabase/migrations.sha256`)
			)) {
				expect(current.get(file), `${file} as locked in ${commit.slice(0, 7)}`).toBe(checksum);
			}
		}
	});
});

describe('the lock', () => {
	const lock = parseLock(`${'a'.repeat(64)}  1_one.sql\n`);

	it('names an edited migration and says what to do', () => {
		expect(lockProblems([migration('1_one.sql', 'b'.repeat(64))], lock)).toEqual([
			'1_one.sql was edited after it landed: undo the edit and put the change in a new migration'
		]);
	});

	it('names a removed migration and a new one not yet locked', () => {
		expect(lockProblems([migration('2_two.sql', 'c'.repeat(64))], lock)).toEqual([
			'2_two.sql is not locked: run npm run migrations:lock once it is final',
			'1_one.sql landed and is gone: a landed migration is never removed'
		]);
	});

	it('adds new migrations and never changes a locked line', () => {
		const files = [migration('1_one.sql', 'b'.repeat(64)), migration('2_two.sql', 'c'.repeat(64))];
		const { lock: extended, refused } = extendLock(files, lock);
		expect(extended.get('1_one.sql')).toBe('a'.repeat(64));
		expect(extended.get('2_two.sql')).toBe('c'.repeat(64));
		expect(refused).toEqual([
			'1_one.sql was edited after it landed: undo the edit and put the change in a new migration'
		]);
	});

	it('refuses a line that is not a checksum and a file name', () => {
		expect(() => parseLock('abc 1_one.sql')).toThrow('is not "<sha256>  <file>"');
	});
});
