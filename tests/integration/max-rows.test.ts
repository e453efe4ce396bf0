// Parity with Supabase's max_rows: the local PostgREST answers at most 1,000 rows and says nothing
// about the rest, so a list that must be whole reads page by page. With 1,001 and more
// organisations, an editor's select and the platform admin's list hold them all.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as organisations from '../../src/lib/server/data/organisations.ts';
import * as projects from '../../src/lib/server/data/projects.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs } from './acting-as.ts';
import { withClient } from '../support/db.ts';

const stack = inject('stack');
const as = actingAs(stack, {});
const PREFIX = 'max-rows-';
/** More than one answer holds, and not a multiple of it. */
const MANY = 1_234;

beforeAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await db.query(
			`insert into public.organisations (slug, name, kind, country)
			 select $1 || n, 'Max rows ' || n, 'other', 'LV' from generate_series(1, $2::int) as n`,
			[PREFIX, MANY]
		);
		await db.query(
			`insert into public.projects (slug, acronym, title, programme, status, is_published)
			 select $1 || n, 'MR' || n, jsonb_build_object('en', jsonb_build_object('text', 'Max rows ' || n, 'status', 'original')),
			        'cerv', 'planned', true
			 from generate_series(1, $2::int) as n`,
			[PREFIX, MANY]
		);
	});
}, 60_000);

afterAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await db.query(`delete from public.projects where slug like $1`, [PREFIX + '%']);
		await db.query(`delete from public.organisations where slug like $1`, [PREFIX + '%']);
	});
});

describe('at most 1,000 rows per answer, as on Supabase', () => {
	it('cuts one request at 1,000 rows, without an error', async () => {
		const answer = await as('anon').from('organisations').select('slug').like('slug', `${PREFIX}%`);
		expect(answer.error).toBeNull();
		expect(answer.data).toHaveLength(1_000);
	});

	it('gives every organisation to the selects of editors, past 1,000', async () => {
		const all = await organisations.list(as('anon') as unknown as Supabase);
		const ours = all.filter((organisation) => organisation.slug.startsWith(PREFIX));
		expect(ours).toHaveLength(MANY);
		expect(new Set(all.map((organisation) => organisation.id)).size).toBe(all.length);
	});

	it('gives every project to the lists that need them all, past 1,000', async () => {
		const all = await projects.list(as('anon') as unknown as Supabase);
		expect(all.filter((project) => project.slug.startsWith(PREFIX))).toHaveLength(MANY);
		expect(new Set(all.map((project) => project.id)).size).toBe(all.length);
	});
});
