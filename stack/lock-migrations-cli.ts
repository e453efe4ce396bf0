// npm run migrations:lock — locks the new migrations (adds their checksums to
// supabase/migrations.sha256). Refuses, changing nothing, when a locked one was edited or removed.
import fs from 'node:fs';
import { readMigrations } from './migrate.ts';
import { extendLock, formatLock, LOCK_FILE, MIGRATIONS_DIR, readLock } from './migration-lock.ts';

const before = readLock();
const { lock, refused } = extendLock(readMigrations(MIGRATIONS_DIR), before);
if (refused.length) {
	console.error(refused.join('\n'));
	process.exit(1);
}
fs.writeFileSync(LOCK_FILE, formatLock(lock));
console.log(`${lock.size - before.size} new migration(s) locked; ${lock.size} in all.`);
