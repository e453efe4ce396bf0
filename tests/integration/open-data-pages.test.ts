// The open-data export reads each page from the key of its first row (src/lib/server/data/open-data.ts),
// so that a deep page costs what the first does. Walking the pages must give every public record
// once, in the order a plain ordered read as the same reader gives (anon: row level security
// decides what is public), whatever the page size: events that start at the same moment included
// (the address breaks the tie), and counted as a whole.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as openData from '../../src/lib/server/data/open-data.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { withClient } from '../support/db.ts';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';

const stack = inject('stack');
const anon = actingAs(stack, {})('anon') as unknown as Supabase;
const PREFIX = `odp-${randomBytes(4).toString('hex')}`;
/** Events at the same few instants, so that pages cut between records that start together. */
const EVENTS = 23;
const make = factories(PREFIX);
make.organisation({ slug: PREFIX, name: 'Open data pages (test)', kind: 'other' });
make.project({ slug: PREFIX, title: 'Open data pages (test)', is_published: true });

beforeAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await make.insert(db);
		await db.query(
			`with made as (
			   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, visibility)
			 select $1 || '-e-' || n, 'workshop', '{"en": {"text": "Open data pages (test)", "status": "original"}}',
			        (select id from public.organisations where slug = $1), 'Europe/Riga',
			        timestamp '2031-05-01 09:00' + (n % 3) * interval '1 hour', timestamp '2031-05-01 18:00',
			        case when n % 5 = 0 then 'partners' else 'public' end::public.event_visibility
			 from generate_series(1, $2::int) as n returning id
			 )
			 insert into public.project_events (project_id, event_id) select (select id from public.projects where slug = $1), id from made`,
			[PREFIX, EVENTS]
		);
	});
});

afterAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await db.query(`delete from public.events where slug like $1`, [`${PREFIX}%`]);
		await db.query(`delete from public.projects where slug = $1`, [PREFIX]);
		await db.query(`delete from public.organisations where slug = $1`, [PREFIX]);
	});
});

type Read = (
	supabase: Supabase,
	from: number,
	size: number
) => Promise<openData.Page<{ slug: string }>>;

/** Every page of a dataset, `size` at a time, until an empty one. */
async function walk(read: Read, size: number): Promise<{ slugs: string[]; totals: Set<number> }> {
	const slugs: string[] = [];
	const totals = new Set<number>();
	for (let from = 0; ; from += size) {
		const { rows, total } = await read(anon, from, size);
		totals.add(total);
		if (rows.length === 0) return { slugs, totals };
		expect(rows.length).toBeLessThanOrEqual(size);
		slugs.push(...rows.map((row) => row.slug));
	}
}

describe('open data, a page at a time from its first key', () => {
	// What anon reads in one plain ordered request (fewer than 1,000 rows here).
	const projects = () =>
		slugsOf(anon.from('projects').select('slug').eq('is_published', true).order('slug'));
	const datasets: Array<[string, Read, () => Promise<string[]>]> = [
		['projects', openData.projects, projects],
		['indicators', openData.outcomes as Read, projects],
		[
			'events',
			openData.events,
			() =>
				slugsOf(
					anon
						.from('events')
						.select('slug')
						.eq('visibility', 'public')
						.order('starts_local')
						.order('slug')
				)
		],
		[
			'practices',
			openData.practices,
			() =>
				slugsOf(
					anon
						.from('practices')
						.select('slug, publications:practice_publications!inner(locale)')
						.order('slug')
				)
		]
	];

	for (const [name, read, expected] of datasets) {
		it(`${name}: every public record once, in order, counted, at any page size`, async () => {
			const all = await expected();
			for (const size of [3, 7, 100]) {
				const { slugs, totals } = await walk(read, size);
				expect(slugs, `${name}, ${size} a page`).toEqual(all);
				expect([...totals], `${name}, ${size} a page`).toEqual([all.length]);
			}
		});
	}

	it('events starting together are cut between pages without loss: the address breaks the tie', async () => {
		const { slugs } = await walk(openData.events, 4);
		const ours = slugs.filter((slug) => slug.startsWith(PREFIX));
		expect(ours).toHaveLength(EVENTS - Math.floor(EVENTS / 5));
		expect(new Set(ours).size).toBe(ours.length);
	});

	it('a page after the last is empty, and still counts them all', async () => {
		const { rows, total } = await openData.projects(anon, 1_000_000, 100);
		expect(rows).toEqual([]);
		expect(total).toBe((await projects()).length);
	});
});

async function slugsOf(query: PromiseLike<{ data: unknown; error: unknown }>): Promise<string[]> {
	const { data, error } = await query;
	expect(error).toBeNull();
	return (data as Array<{ slug: string }>).map((row) => row.slug);
}
