// src/lib/server/database.types.ts says what the migrations make: built again from them, on a
// stack of this test's own, it must come out the same. A migration that changes a table or a
// function without `npm run db:types` fails here.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { DATABASE_TYPES_FILE, databaseTypesFromMigrations } from '../../stack/database-types.ts';

it('the generated database types match the migrations (else: npm run db:types)', async () => {
	const generated = await databaseTypesFromMigrations();
	expect(
		fs.readFileSync(DATABASE_TYPES_FILE, 'utf8'),
		'src/lib/server/database.types.ts is not what the migrations make: run npm run db:types'
	).toBe(generated);
}, 120_000);
