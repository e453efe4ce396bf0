// `npm run db:backup [-- <folder>]`: backs up the database in DATABASE_URL (by default the running
// local stack's) into <folder>, by default backups/<date and time>. See stack/backup.ts.
import fs from 'node:fs';
import path from 'node:path';
import { backup } from './backup.ts';
import { PROJECT_ROOT } from './paths.ts';
import { DEFAULT_PORTS } from './stack.ts';

const folder = path.resolve(
	process.argv[2] ??
		path.join(PROJECT_ROOT, 'backups', new Date().toISOString().replace(/[:.]/g, '-'))
);
const databaseUrl = process.env.DATABASE_URL ?? localDatabaseUrl();
try {
	const { tables, rows } = await backup(databaseUrl, folder);
	console.log(
		`Backed up ${rows} rows of ${tables} tables, the roles and the migration history into ${path.relative(process.cwd(), folder) || folder}.`
	);
} catch (error) {
	console.error(`The backup failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}

/** The running local stack's database, as role postgres (as on Supabase). */
function localDatabaseUrl(): string {
	const dataDir = path.resolve(process.env.TILTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
	const secretsFile = path.join(dataDir, 'secrets.json');
	if (!fs.existsSync(secretsFile)) {
		console.error('There is no local stack yet (run `npm start`), and DATABASE_URL is not set.');
		process.exit(1);
	}
	const { postgres } = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
	const port = process.env.TILTS_DB_PORT || DEFAULT_PORTS.db;
	return `postgres://postgres:${encodeURIComponent(postgres)}@127.0.0.1:${port}/postgres`;
}
