// Direct SQL for tests, acting as a given database role the way PostgREST does:
// `set local role` plus the request's JWT claims, inside a transaction that is rolled back.
import type pg from 'pg';

export { withClient } from '../../stack/db.ts';

export type Actor = { role: 'anon' | 'authenticated' | 'service_role'; sub?: string };

export async function asActor<T>(
	client: pg.Client,
	actor: Actor,
	work: () => Promise<T>
): Promise<T> {
	await client.query('begin');
	try {
		await client.query(`select set_config('role', $1, true)`, [actor.role]);
		await client.query(`select set_config('request.jwt.claims', $1, true)`, [
			JSON.stringify({ role: actor.role, ...(actor.sub ? { sub: actor.sub } : {}) })
		]);
		return await work();
	} finally {
		await client.query('rollback');
	}
}
