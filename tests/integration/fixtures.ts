// The rows a test file works on, put in place before its tests and removed after them.
//
// The tests act through the real PostgREST, which reads over its own connections: a fixture in a
// transaction that is rolled back would never be seen, so each file commits its rows. They are
// named with the file's random tag (slugs and e-mail domains), so that files running side by side
// on the one stack, and the seed data, never meet them, and so that the clean-up finds exactly
// them. Each file makes its rows with factories.ts (and SQL for what those do not make) and keeps
// its own CLEAN_UP; this module holds the plumbing around them.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Rows } from './factories.ts';

export type Fixtures = {
	/** Rows made with factories(), inserted first. */
	rows?: Rows;
	/** SQL that inserts the file's (other) rows; run after `rows`, committed with them before the tests. */
	setUp?: string;
	/** SQL that deletes them again; run and committed as one transaction after the tests. */
	cleanUp: string;
	/** Asserts, after the clean-up, that none of the file's rows are left behind. */
	left?: () => Promise<void>;
};

/**
 * Registers the hooks that set up and clean up `fixtures` over one connection to
 * `connectionString`, and returns that connection (connected from beforeAll on) and `peek`.
 */
export function useFixtures(connectionString: string, fixtures: Fixtures) {
	const db = new pg.Client({ connectionString });

	/** The database as the connection's role (postgres or the superuser), bypassing row level security. */
	async function peek<T = Record<string, unknown>>(
		sql: string,
		params: unknown[] = []
	): Promise<T[]> {
		return (await db.query(sql, params)).rows as T[];
	}

	beforeAll(async () => {
		await db.connect();
		await db.query('begin');
		await fixtures.rows?.insert(db);
		if (fixtures.setUp) await db.query(fixtures.setUp);
		await db.query('commit');
	});

	afterAll(async () => {
		try {
			await committed(db, fixtures.cleanUp);
			await fixtures.left?.();
		} finally {
			await db.end();
		}
	});

	return { db, peek };
}

async function committed(db: pg.Client, sql: string): Promise<void> {
	await db.query('begin');
	await db.query(sql);
	await db.query('commit');
}
