// Open data (supabase/migrations/20261122170000_open_data.sql): a project's outcomes as a column of
// projects, for the export's one request per page. The same numbers as public.project_outcomes,
// and only for projects the caller may read, as each role through the real PostgREST.
//
// The file works on people, organisations and projects of its own, named with a random tag, and
// removes them afterwards; fixtures are written as `postgres`, which bypasses row level security.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `od-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' })
};
const USER = {
	/** Coordinator of the published project and of the draft. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** In no project. */
	outsider: make.person()
};
const PROJECT = {
	published: make.project({ slug: `${PREFIX}-published`, is_published: true }),
	draft: make.project({ slug: `${PREFIX}-draft` })
};
make.partner(PROJECT.published, ORG.lead, 'lead_partner');
make.partner(PROJECT.published, ORG.partner);
make.partner(PROJECT.draft, ORG.lead, 'lead_partner');
make.projectMember(PROJECT.published, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT.draft, USER.coordinator, ORG.lead, 'coordinator');
const EVENT = make.event({
	projects: [PROJECT.published],
	kind: 'conference',
	venue_city: 'Faenza',
	venue_country: 'IT',
	time_zone: 'Europe/Rome',
	starts_local: '2025-09-10 09:00',
	ends_local: '2025-09-11 17:00',
	status: 'held'
});
make.delegation(EVENT, ORG.lead, 0, { reported_participants: 3 });
make.delegation(EVENT, ORG.partner, 0, { reported_participants: 2 });

const FIXTURES = `
insert into public.project_indicators (project_id, code, planned, organisation_id, source) values
  ('${PROJECT.published}', 'international_events', 1, null, 'computed'),
  ('${PROJECT.published}', 'staff_mobilities', 4, '${ORG.lead}', 'computed'),
  ('${PROJECT.draft}', 'indirect_participants', 50, null, 'entered');
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { rows: make, setUp: FIXTURES, cleanUp: CLEAN_UP });

const as = actingAs<keyof typeof USER>(stack, USER);
type Who = keyof typeof USER | 'anon';

async function outcomesColumn(who: Who): Promise<Record<string, unknown>> {
	const { data, error } = await as(who)
		.from('projects')
		.select('slug, outcomes')
		.in('id', [PROJECT.published, PROJECT.draft])
		.order('slug');
	expect(error).toBeNull();
	return Object.fromEntries(
		(data as Array<{ slug: string; outcomes: unknown }>).map((p) => [p.slug, p.outcomes])
	);
}

async function outcomesCall(who: Who, project: string): Promise<unknown> {
	const { data, error } = await as(who).rpc('project_outcomes', { project });
	expect(error).toBeNull();
	return data;
}

describe('public.outcomes, the computed column', () => {
	it('gives anon and outsiders the published project with the numbers of project_outcomes, and no draft', async () => {
		for (const who of ['anon', 'outsider'] as const) {
			const column = await outcomesColumn(who);
			expect(Object.keys(column)).toEqual([`${PREFIX}-published`]);
			expect(column[`${PREFIX}-published`]).toEqual(await outcomesCall(who, PROJECT.published));
		}
		// Counted from the records: one held event; the lead's 3 people travelled to Italy.
		const { indicators } = (await outcomesColumn('anon'))[`${PREFIX}-published`] as {
			indicators: Array<{ code: string; achieved: number }>;
		};
		expect(indicators.map((i) => [i.code, i.achieved])).toEqual([
			['international_events', 1],
			['staff_mobilities', 3]
		]);
	});

	it('gives the partnership its draft too, with the same numbers as project_outcomes', async () => {
		const column = await outcomesColumn('coordinator');
		expect(Object.keys(column)).toEqual([`${PREFIX}-draft`, `${PREFIX}-published`]);
		expect(column[`${PREFIX}-draft`]).toEqual(await outcomesCall('coordinator', PROJECT.draft));
		expect(column[`${PREFIX}-draft`]).not.toBeNull();
	});

	it('answers nothing about a draft to anyone outside it who calls it with a made-up row', async () => {
		for (const who of ['anon', 'outsider'] as const) {
			const { data } = await as(who).rpc('outcomes', { project: { id: PROJECT.draft } });
			expect(data ?? null).toBeNull();
		}
		// The same call as the draft's coordinator does count: the row is only an address.
		const { data, error } = await as('coordinator').rpc('outcomes', {
			project: { id: PROJECT.draft }
		});
		expect(error).toBeNull();
		expect((data as { indicators: unknown[] }).indicators).toHaveLength(1);
	});
});
