// Lists of events that stay bounded however many there are: the events page's lists paged by key
// (src/lib/server/data/events.ts timeline), an organisation's events in one query
// (public.events_of_organisation) and calendar feeds with a window and a cap (forCalendar), read
// as the public reads them, through the real PostgREST.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import * as events from '../../src/lib/server/data/events.ts';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');
const TAG = randomBytes(4).toString('hex');
const PREFIX = `evp-${TAG}`;
const as = actingAs(stack, {});
const anon = () => as('anon') as unknown as Parameters<typeof events.timeline>[0];

const PAST = 27;
const event = (
	slug: string,
	starts: string,
	ends: string,
	host = `${PREFIX}-org`,
	visibility = 'public'
) =>
	`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, visibility)
	 select '${PREFIX}-${slug}', 'partner_meeting', '{"en": {"text": "Event ${slug}", "status": "original"}}',
	        (select id from public.organisations where slug = '${host}'), 'Europe/Riga', ${starts}, ${ends}, '${visibility}';`;

// O: the organisation whose events these are. A published project P with O as partner lists
// them all. 25 old meetings, two on the same morning (the address breaks the tie); one that
// ended 30 days ago and one 100 days ago; three to come, one of them hosted by another
// organisation (O's through the project); one to come for the partnership only.
const make = factories(PREFIX);
const PROJECT = make.project({
	slug: `${PREFIX}-project`,
	title: 'Paging test',
	is_published: true
});
make.partner(
	PROJECT,
	make.organisation({ slug: `${PREFIX}-org`, name: 'Paging test town', kind: 'municipality' })
);
make.partner(
	PROJECT,
	make.organisation({ slug: `${PREFIX}-other`, name: 'Paging test guest', country: 'LT' })
);

useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: `
		${Array.from({ length: 24 }, (_, n) => event(`old-${String(n).padStart(2, '0')}`, `'2001-01-01 10:00'::timestamp + interval '${n} days'`, `'2001-01-01 16:00'::timestamp + interval '${n} days'`)).join('\n')}
		${event('old-tie', `'2001-01-01 10:00'`, `'2001-01-01 12:00'`)}
		${event('recent', `current_date - 30 + time '10:00'`, `current_date - 30 + time '16:00'`)}
		${event('season-ago', `current_date - 100 + time '10:00'`, `current_date - 100 + time '16:00'`)}
		${event('next-1', `'2032-03-01 10:00'`, `'2032-03-01 16:00'`)}
		${event('next-2', `'2032-03-02 10:00'`, `'2032-03-02 16:00'`, `${PREFIX}-other`)}
		${event('next-3', `'2032-03-03 10:00'`, `'2032-03-03 16:00'`)}
		${event('next-partners', `'2032-03-04 10:00'`, `'2032-03-04 16:00'`, `${PREFIX}-org`, 'partners')}
		insert into public.project_events (project_id, event_id)
		  select p.id, e.id from public.projects p, public.events e where p.slug = '${PREFIX}-project' and e.slug like '${PREFIX}-%';`,
	cleanUp: `
		delete from public.events where slug like '${PREFIX}-%';
		delete from public.projects where slug like '${PREFIX}-%';
		delete from public.organisations where slug like '${PREFIX}-%';`
});

const slugs = (list: Array<{ slug: string }>) => list.map((e) => e.slug.slice(PREFIX.length + 1));
const organisation = `${PREFIX}-org`;

describe('the events page, paged by key', () => {
	it('pages the past back in time, a page at a time, and forwards again from any page', async () => {
		const pages: string[][] = [];
		let page = await events.timeline(anon(), { section: 'past', organisation }, 10);
		expect(page.later).toBeNull();
		const keys: Array<string | null> = [];
		for (;;) {
			pages.push(slugs(page.events));
			keys.push(page.later);
			if (!page.earlier) break;
			page = await events.timeline(
				anon(),
				{ section: 'past', organisation, before: events.parseKey(page.earlier) },
				10
			);
		}
		expect(pages.map((p) => p.length)).toEqual([10, 10, PAST - 20]);
		const all = pages.flat();
		expect(new Set(all).size).toBe(PAST);
		// Latest first; of the two that start together, the later address first.
		expect(all.slice(0, 2)).toEqual(['recent', 'season-ago']);
		expect(all.slice(-2)).toEqual(['old-tie', 'old-00']);
		// From the last page, the later page is the second one again.
		const back = await events.timeline(
			anon(),
			{ section: 'past', organisation, after: events.parseKey(keys[2]) },
			10
		);
		expect(slugs(back.events)).toEqual(pages[1]);
		expect(back.earlier).not.toBeNull();
		expect(back.later).not.toBeNull();
	});

	it('lists what is coming, the partnership’s own events left out for the public, with no page beyond', async () => {
		const page = await events.timeline(anon(), { section: 'upcoming', organisation }, 10);
		expect(slugs(page.events)).toEqual(['next-1', 'next-2', 'next-3']);
		expect(page).toMatchObject({ earlier: null, later: null });
		const short = await events.timeline(anon(), { section: 'upcoming', organisation }, 2);
		expect(slugs(short.events)).toEqual(['next-1', 'next-2']);
		expect(short.later).not.toBeNull();
		const rest = await events.timeline(
			anon(),
			{ section: 'upcoming', organisation, after: events.parseKey(short.later) },
			2
		);
		expect(slugs(rest.events)).toEqual(['next-3']);
		expect(rest).toMatchObject({ later: null });
	});

	it('takes only well-formed keys', () => {
		expect(events.parseKey('2001-01-01T10:00:00,old-tie')).toEqual({
			starts: '2001-01-01T10:00:00',
			slug: 'old-tie'
		});
		for (const bad of [
			null,
			'',
			'2001-01-01,old',
			'2001-13-45T10:00:00,old',
			'2001-01-01T10:00:00,Old)',
			'2001-01-01T10:00:00,a,b'
		]) {
			expect(events.parseKey(bad), String(bad)).toBeNull();
		}
	});
});

describe('calendar feeds', () => {
	it('carry the events that ended in the last 90 days and later ones, soonest first, up to a cap', async () => {
		const feed = await events.forCalendar(anon(), { organisation });
		expect(slugs(feed)).toEqual(['recent', 'next-1', 'next-2', 'next-3']);
		expect(slugs(await events.forCalendar(anon(), { organisation, cap: 2 }))).toEqual([
			'recent',
			'next-1'
		]);
	});

	it('the whole network’s carries the last week’s events and the next ones, up to its cap, with only the times of their agenda', async () => {
		const { daysBack, cap } = events.NETWORK_CALENDAR;
		expect(slugs(await events.forCalendar(anon(), { organisation, daysBack }))).toEqual([
			'next-1',
			'next-2',
			'next-3'
		]);
		const network = await events.forCalendar(anon(), events.NETWORK_CALENDAR);
		expect(network.length).toBeGreaterThan(0);
		expect(network.length).toBeLessThanOrEqual(cap);
		const weekAgo = new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
		for (const event of network)
			expect(event.ends_local.slice(0, 10) >= weekAgo, event.slug).toBe(true);
		for (const session of network.flatMap((event) => event.sessions))
			expect(Object.keys(session).sort()).toEqual(['ends_local', 'starts_local']);
	});
});
