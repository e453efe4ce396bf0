// Parity with Supabase's max_rows: the local PostgREST answers at most 1,000 rows and says nothing
// about the rest, so a list that must be whole reads page by page. With 1,001 and more
// organisations, an editor's select and the platform admin's list hold them all; with as many
// events, documents and delegations, a project's series, its funder report and an event's
// delegation list do; and an organisation with as many members, invitations, units and transfers
// lists them all.
import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as collections from '../../src/lib/server/data/collections.ts';
import * as documents from '../../src/lib/server/data/documents.ts';
import * as events from '../../src/lib/server/data/events.ts';
import * as invitations from '../../src/lib/server/data/invitations.ts';
import * as organisations from '../../src/lib/server/data/organisations.ts';
import * as projects from '../../src/lib/server/data/projects.ts';
import * as transfers from '../../src/lib/server/data/transfers.ts';
import { projectReport } from '../../src/lib/server/report.ts';
import { reportRows } from '../../src/lib/server/report-files.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs } from './acting-as.ts';
import { withClient } from '../support/db.ts';

const stack = inject('stack');
const as = actingAs(stack, {});
const PREFIX = 'max-rows-';
/** More than one answer holds, and not a multiple of it. */
const MANY = 1_234;
/** The project whose series, documents and report pass 1,000 rows, and the event every organisation takes part in. */
const REPORTED = 'reported-max-rows';
const CROWDED = `${PREFIX}e-1`;
/** Practices published in every content language: together more publications than one answer holds. */
const TRANSLATED = 45;

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
		await db.query(
			`insert into public.projects (slug, acronym, title, programme, status, is_published)
			 values ($1, 'MRR', '{"en": {"text": "Max rows reported", "status": "original"}}', 'cerv', 'running', true)`,
			[REPORTED]
		);
		// A day apart each, all public, all listed by the one project; the first has every organisation as a delegation.
		await db.query(
			`with made as (
			   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
			   select $1 || 'e-' || n, 'workshop', jsonb_build_object('en', jsonb_build_object('text', 'Max rows event ' || n, 'status', 'original')),
			          (select id from public.organisations where slug = $1 || '1'), 'Europe/Riga',
			          timestamp '2030-01-01 09:00' + n * interval '1 day', timestamp '2030-01-01 11:00' + n * interval '1 day'
			   from generate_series(1, $2::int) as n returning id
			 )
			 insert into public.project_events (project_id, event_id) select (select id from public.projects where slug = $3), id from made`,
			[PREFIX, MANY, REPORTED]
		);
		await db.query(
			`insert into public.event_delegations (event_id, organisation_id, places)
			 select (select id from public.events where slug = $1), id, 1 from public.organisations where slug like $2`,
			[CROWDED, PREFIX + '%']
		);
		await db.query(
			`with made as (
			   insert into public.documents (project_id, title, kind, visibility, position)
			   select (select id from public.projects where slug = $1), jsonb_build_object('en', jsonb_build_object('text', 'Max rows document ' || n, 'status', 'original')),
			          'report', 'public', n
			   from generate_series(1, $2::int) as n returning id
			 )
			 insert into public.document_files (document_id, file_name, content_type, bytes) select id, 'report.txt', 'text/plain', convert_to('x', 'UTF8') from made`,
			[REPORTED, MANY]
		);
		await db.query(
			`with made as (
			   insert into public.practices (slug, organisation_id, country)
			   select $1 || 'p-' || n, (select id from public.organisations where slug = $1 || '1'), 'LV' from generate_series(1, $2::int) as n returning id
			 ), texts as (
			   insert into public.practice_texts (practice_id, locale, kind, title, state)
			   select made.id, l.code, case when l.code = 'en' then 'original' else 'reviewed' end, 'Max rows practice', 'published' from made cross join public.content_locales as l
			   returning practice_id, locale, kind, title
			 )
			 insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
			 select practice_id, locale, kind, title, '', '', '', '', '', '', '', 1 from texts`,
			[PREFIX, TRANSLATED]
		);
		// The first organisation: every other one its unit, a member and an invitation per number,
		// and its first practice taken over by every other organisation.
		await db.query(
			`update public.organisations set parent_id = (select id from public.organisations where slug = $1 || '1') where slug like $1 || '%' and slug <> $1 || '1'`,
			[PREFIX]
		);
		await db.query(
			`with made as (
			   insert into public.users (email, display_name) select $1 || n || '@example.org', 'Max rows member ' || n from generate_series(1, $2::int) as n returning id
			 )
			 insert into public.organisation_members (organisation_id, user_id, role) select (select id from public.organisations where slug = $1 || '1'), id, 'member' from made`,
			[PREFIX, MANY]
		);
		await db.query(
			`insert into public.invitations (token_hash, email, organisation_id, expires_at)
			 select encode(sha256(convert_to($1 || n, 'UTF8')), 'hex'), $1 || 'invited-' || n || '@example.org', (select id from public.organisations where slug = $1 || '1'), now() + interval '14 days'
			 from generate_series(1, $2::int) as n`,
			[PREFIX, MANY]
		);
		await db.query(
			`insert into public.practice_transfers (practice_id, organisation_id)
			 select (select id from public.practices where slug = $1 || 'p-1'), o.id
			 from public.organisations as o where o.slug like $1 || '%' and o.slug <> $1 || '1'`,
			[PREFIX]
		);
	});
}, 60_000);

afterAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await db.query(`delete from public.practices where slug like $1`, [PREFIX + '%']);
		await db.query(
			`delete from public.documents where project_id = (select id from public.projects where slug = $1)`,
			[REPORTED]
		);
		await db.query(`delete from public.events where slug like $1`, [PREFIX + '%']);
		await db.query(`delete from public.projects where slug like $1 or slug = $2`, [
			PREFIX + '%',
			REPORTED
		]);
		await db.query(
			`delete from public.organisations where slug like $1 and parent_id is not null`,
			[PREFIX + '%']
		);
		await db.query(`delete from public.organisations where slug like $1`, [PREFIX + '%']);
		await db.query(`delete from public.users where email like $1`, [PREFIX + '%']);
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

	it('lists every event of a project on its series page, past 1,000', async () => {
		const project = (await projects.getBySlug(as('anon') as unknown as Supabase, REPORTED))!;
		const series = await events.list(as('anon') as unknown as Supabase, { projectId: project.id });
		expect(series).toHaveLength(MANY);
		expect(new Set(series.map((event) => event.id)).size).toBe(MANY);
	});

	it('lists every document of a project, past 1,000', async () => {
		const project = (await projects.getBySlug(as('anon') as unknown as Supabase, REPORTED))!;
		expect(
			await documents.listOf(as('anon') as unknown as Supabase, { project: project.id })
		).toHaveLength(MANY);
	});

	it('holds every event and every document in the funder report and its CSV, past 1,000', async () => {
		const found = await projectReport(as('anon') as unknown as Supabase, REPORTED, {
			locale: 'en',
			absolute: (path) => `https://tilts.example${path}`
		});
		const sections = new Map(found!.report.sections.map((section) => [section.id, section]));
		expect(sections.get('events')?.rows).toHaveLength(MANY);
		expect(sections.get('documents')?.rows).toHaveLength(MANY);
		const lines = reportRows(found!.report).map((row) => row.join('\t'));
		expect(lines.filter((line) => /Max rows event \d+/.test(line))).toHaveLength(MANY);
		expect(lines.filter((line) => /Max rows document \d+/.test(line))).toHaveLength(MANY);
	});

	it('gives every delegation of an event to its delegation list and CSV, past 1,000', async () => {
		// The service role: row level security shows delegations to the partnership only, and the cut applies to every role.
		const service = createClient(stack.SUPABASE_URL, stack.SUPABASE_SERVICE_ROLE_KEY, {
			auth: { persistSession: false }
		}) as unknown as Supabase;
		const crowded = (await events.getPage(service, CROWDED))!;
		const all = await events.delegations(service, crowded.id);
		expect(all).toHaveLength(MANY);
		expect(new Set(all.map((delegation) => delegation.organisation_id)).size).toBe(MANY);
	});

	it('gives a curator every language of each practice offered, past 1,000 publications', async () => {
		const { rows } = await withClient(stack.superuserUrl, (db) =>
			db.query(`select count(*)::int as n from public.content_locales`)
		);
		expect(TRANSLATED * rows[0].n).toBeGreaterThan(1_000);
		const offered = (
			await collections.practiceChoices(as('anon') as unknown as Supabase, null)
		).filter((choice) => choice.slug.startsWith(PREFIX));
		expect(offered).toHaveLength(TRANSLATED);
		expect(offered.map((choice) => choice.publications.length)).toEqual(
			offered.map(() => rows[0].n)
		);
	});

	it('gives the admins of an organisation every member, invitation, unit and transfer, past 1,000', async () => {
		// The service role: the lists are the organisation's admins', and the cut applies to every role.
		const service = createClient(stack.SUPABASE_URL, stack.SUPABASE_SERVICE_ROLE_KEY, {
			auth: { persistSession: false }
		}) as unknown as Supabase;
		const first = (await organisations.getBySlug(service, `${PREFIX}1`))!;
		const distinct = (ids: string[]) => new Set(ids).size;
		const members = await organisations.members(service, first.id);
		expect(distinct(members.map((member) => member.user.id))).toBe(MANY);
		const invited = await invitations.listForOrganisation(service, first.id);
		expect(distinct(invited.map((invitation) => invitation.id))).toBe(MANY);
		const { units } = await organisations.family(service, first);
		expect(distinct(units.map((unit) => unit.id))).toBe(MANY - 1);
		const taken = await transfers.listOfOrganisation(service, first.id);
		expect(distinct(taken.map((transfer) => transfer.id))).toBe(MANY - 1);
	});
});
