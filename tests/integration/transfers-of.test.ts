// public.transfers_of (supabase/migrations/20261209120200_transfers_of.sql): the transfers that
// concern a project or an organisation in one query, the same ones the pages read in two before
// (those within it, and those of its practices), for each reader as row level security decides.
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';

const stack = inject('stack');
/** The Daugavpils coordinator (a member of the adopting council), and the Leszno editor. */
const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	lesznoEditor: '0c000000-0000-4000-8000-000000000004'
};
const as = actingAs<keyof typeof USER>(stack, USER);
let ids: { projects: string[]; organisations: string[] };

beforeAll(async () => {
	const db = new pg.Client({ connectionString: stack.DATABASE_URL });
	await db.connect();
	const rows = async (sql: string) => (await db.query(sql)).rows.map((r) => r.id as string);
	ids = {
		projects: await rows(
			`select id from public.projects where slug not like '%-%-%' order by slug`
		),
		organisations: await rows(
			`select id from public.organisations where id::text like '0a000000-%' order by slug`
		)
	};
	await db.end();
});

async function both(who: 'anon' | keyof typeof USER, of: 'project' | 'organisation', id: string) {
	const api = as(who);
	const [one, within, ofPractices] = await Promise.all([
		api.rpc('transfers_of', { [of]: id }).select('id'),
		api.from('practice_transfers').select('id, practice:practices!inner(id)').eq(`${of}_id`, id),
		api
			.from('practice_transfers')
			.select('id, practice:practices!inner(id)')
			.eq(`practice.${of}_id`, id)
	]);
	for (const answer of [one, within, ofPractices]) expect(answer.error).toBeNull();
	const sorted = (list: Array<{ id: string }>) => [...new Set(list.map((t) => t.id))].sort();
	return {
		one: sorted(one.data as Array<{ id: string }>),
		two: sorted([...within.data!, ...ofPractices.data!])
	};
}

describe('transfers_of', () => {
	it('gives each project’s and organisation’s transfers as the two queries did, for every reader', async () => {
		let found = 0;
		for (const who of ['anon', 'coordinator', 'lesznoEditor'] as const) {
			for (const project of ids.projects) {
				const { one, two } = await both(who, 'project', project);
				expect(one, `${who}, project ${project}`).toEqual(two);
				found += one.length;
			}
			for (const organisation of ids.organisations) {
				const { one, two } = await both(who, 'organisation', organisation);
				expect(one, `${who}, organisation ${organisation}`).toEqual(two);
				found += one.length;
			}
		}
		expect(found).toBeGreaterThan(0);
	});
});
