// npm run db:types — writes src/lib/server/database.types.ts from the migrations.
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_TYPES_FILE, databaseTypesFromMigrations } from './database-types.ts';

fs.writeFileSync(DATABASE_TYPES_FILE, await databaseTypesFromMigrations());
console.log(`Wrote ${path.relative(process.cwd(), DATABASE_TYPES_FILE)}.`);
