// The landed migrations' checksums, kept beside them in supabase/migrations.sha256 (the format
// `sha256sum -c` reads). A migration is locked when it lands; from then on its text is fixed:
// the test suite compares every file with its locked checksum, and `npm run migrations:lock`
// adds new files but never changes a line. The database refuses an edited migration it has
// applied (migrate.ts); this catches the edit before any database sees it.
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from './migrate.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../supabase/migrations');
export const LOCK_FILE = path.resolve(import.meta.dirname, '../supabase/migrations.sha256');

export type Lock = Map<string, string>;

export function parseLock(text: string): Lock {
	const lock: Lock = new Map();
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		const match = line.match(/^([0-9a-f]{64}) {2}(\S+)$/);
		if (!match) throw new Error(`supabase/migrations.sha256: "${line}" is not "<sha256>  <file>"`);
		lock.set(match[2], match[1]);
	}
	return lock;
}

export function formatLock(lock: Lock): string {
	return [...lock].map(([file, checksum]) => `${checksum}  ${file}\n`).join('');
}

/** What is wrong between the files and the lock, one sentence each; none when they agree. */
export function lockProblems(migrations: Migration[], lock: Lock): string[] {
	const problems: string[] = [];
	const files = new Set(migrations.map((m) => m.file));
	for (const { file, checksum } of migrations) {
		const locked = lock.get(file);
		if (locked === undefined)
			problems.push(`${file} is not locked: run npm run migrations:lock once it is final`);
		else if (locked !== checksum)
			problems.push(
				`${file} was edited after it landed: undo the edit and put the change in a new migration`
			);
	}
	for (const file of lock.keys()) {
		if (!files.has(file))
			problems.push(`${file} landed and is gone: a landed migration is never removed`);
	}
	return problems;
}

/** The lock with the new files added; the edits and removals it cannot accept, as lockProblems says them. */
export function extendLock(migrations: Migration[], lock: Lock): { lock: Lock; refused: string[] } {
	const extended: Lock = new Map(lock);
	for (const { file, checksum } of migrations)
		if (!extended.has(file)) extended.set(file, checksum);
	return { lock: extended, refused: lockProblems(migrations, extended) };
}

export function readLock(file = LOCK_FILE): Lock {
	return parseLock(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
}
