// Optimistic concurrency: an edit names the version of the row it started from, and is saved only
// if nobody saved in between. Nothing is ever overwritten unseen; the editor gets a conflict.
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

/** Saves the changes on top of `version`; false when the row has moved on (or is not there). */
export async function updateAtVersion(
	supabase: Supabase,
	table: 'organisations' | 'projects',
	id: string,
	version: number,
	changes: Record<string, unknown>
): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from(table)
			.update({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
			.eq('id', id)
			.eq('version', version)
			.select('id')
	);
	return rows.length > 0;
}
