// PostgREST answers at most 1,000 rows per request, on Supabase (`db-max-rows`) and on the local
// stack alike, and says nothing when it cuts. A list that must be whole (every organisation in a
// select, every account for the platform admin) is read here page by page until a short page.
import { unwrap } from './unwrap.ts';

/** Supabase's `max_rows`, the most PostgREST returns for one request (supabase/config.toml). */
export const MAX_ROWS = 1000;

type Answer = { data: unknown; error: { message: string; code?: string } | null; status: number };

/**
 * Every row of a query, read `MAX_ROWS` at a time. `page(from, to)` must order the rows completely
 * (end with a unique column), so that pages neither overlap nor skip.
 */
export async function everyRow<Row>(
	page: (from: number, to: number) => PromiseLike<Answer>
): Promise<Row[]> {
	const rows: Row[] = [];
	for (let from = 0; ; from += MAX_ROWS) {
		const chunk = unwrap(await page(from, from + MAX_ROWS - 1)) as Row[];
		rows.push(...chunk);
		if (chunk.length < MAX_ROWS) return rows;
	}
}
