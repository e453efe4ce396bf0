import pg from 'pg';

/** One connection for `work`, closed after it. */
export async function withClient<T>(url: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
	const db = new pg.Client({ connectionString: url });
	await db.connect();
	try {
		return await work(db);
	} finally {
		await db.end();
	}
}
