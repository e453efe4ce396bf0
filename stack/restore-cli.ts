// `npm run db:restore -- <folder>`: restores a backup made by `npm run db:backup`.
// - With DATABASE_URL: into that database, which has Supabase's roles and schemas but none of ours
//   yet (a new Supabase project: its `postgres` connection string).
// - Without: into a new local database, which the next `npm start` uses (newer migrations are then
//   applied on top; the demo data is not). The stack must be stopped and its data folder empty
//   (`npm run db:reset`).
import fs from 'node:fs';
import path from 'node:path';
import { restore } from './backup.ts';
import { PROJECT_ROOT } from './paths.ts';
import { clusterPath } from './postgres.ts';
import { startStack } from './stack.ts';

const folder = process.argv[2];
if (!folder || !fs.existsSync(path.join(folder, 'data.json'))) {
	console.error('Name the backup folder to restore: npm run db:restore -- backups/<date and time>');
	process.exit(1);
}
try {
	if (process.env.DATABASE_URL) {
		await restore(process.env.DATABASE_URL, folder);
	} else {
		await restoreLocally(folder);
	}
	console.log(`Restored ${folder}.`);
} catch (error) {
	console.error(
		`The restore failed, and changed nothing: ${error instanceof Error ? error.message : error}`
	);
	process.exit(1);
}

async function restoreLocally(folder: string) {
	const dataDir = path.resolve(process.env.TILTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
	if (fs.existsSync(path.join(clusterPath(dataDir), 'PG_VERSION'))) {
		throw new Error(
			'there is a local database already. `npm run db:reset` throws it away (back it up first if you need it).'
		);
	}
	// A new cluster with Supabase's roles and schemas, and nothing of ours.
	const stack = await startStack({
		dataDir,
		ports: { api: 0, db: 0, smtp: 0, inbox: 0 },
		migrationsDir: null,
		seedFile: null
	});
	try {
		await restore(stack.superuserUrl, folder);
	} finally {
		await stack.stop();
	}
}
