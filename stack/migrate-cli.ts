// `npm run db:migrate`: applies supabase/migrations to the database in DATABASE_URL, e.g. a real
// Supabase project's (its "postgres" connection string). The local stack migrates by itself.
import path from 'node:path';
import { migrate, MigrationError } from './migrate.ts';
import { PROJECT_ROOT } from './paths.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
	console.error(
		'Set DATABASE_URL to the database to migrate (the Supabase project\'s "postgres" connection string).'
	);
	process.exit(1);
}
try {
	const { applied } = await migrate(databaseUrl, {
		migrationsDir: path.join(PROJECT_ROOT, 'supabase/migrations'),
		// Demo data belongs to the local stack only.
		seedFile: process.argv.includes('--seed')
			? path.join(PROJECT_ROOT, 'supabase/seed.sql')
			: undefined,
		log: console.log
	});
	console.log(
		applied.length ? `Applied ${applied.length} migration(s).` : 'The database is up to date.'
	);
} catch (error) {
	console.error(error instanceof MigrationError ? error.message : error);
	process.exit(1);
}
