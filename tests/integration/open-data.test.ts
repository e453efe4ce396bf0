// Open data (supabase/migrations/20261122170000_open_data.sql): a project's outcomes as a column of
// projects, for the export's one request per page. The same numbers as public.project_outcomes,
// and only for projects the caller may read, as each role through the real PostgREST.
//
// The file works on people, organisations and projects of its own, named with a random tag, and
// removes them afterwards; fixtures are written as `postgres`, which bypasses row level security.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `od-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { lead: randomUUID(), partner: randomUUID() };
const USER = {
	/** Coordinator of the published project and of the draft. */
	coordinator: randomUUID(),
	/** In no project. */
	outsider: randomUUID()
};
const PROJECT = { published: randomUUID(), draft: randomUUID() };
const EVENT = randomUUID();

const t = (en: string) => `'{"en": {"text": "${en}", "status": "original"}}'`;

const FIXTURES = `
insert into public.users (id, email, display_name) values
  ('${USER.coordinator}', 'coordinator@${EMAIL_DOMAIN}', 'Coordinator (test)'),
  ('${USER.outsider}', 'outsider@${EMAIL_DOMAIN}', 'Outsider (test)');
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.lead}', '${PREFIX}-lead', 'Lead (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.partner}', '${PREFIX}-partner', 'Partner (test)', 'municipality', 'Faenza', 'IT');
insert into public.organisation_members (organisation_id, user_id, role) values ('${ORG.lead}', '${USER.coordinator}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT.published}', '${PREFIX}-published', ${t('Published (test)')}, true),
  ('${PROJECT.draft}', '${PREFIX}-draft', ${t('Draft (test)')}, false);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT.published}', '${ORG.lead}', 'lead_partner'),
  ('${PROJECT.published}', '${ORG.partner}', 'partner'),
  ('${PROJECT.draft}', '${ORG.lead}', 'lead_partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT.published}', '${USER.coordinator}', '${ORG.lead}', 'coordinator'),
  ('${PROJECT.draft}', '${USER.coordinator}', '${ORG.lead}', 'coordinator');
insert into public.events (id, slug, kind, title, venue_city, venue_country, time_zone, starts_local, ends_local, status) values
  ('${EVENT}', '${PREFIX}-faenza', 'conference', ${t('Faenza (test)')}, 'Faenza', 'IT', 'Europe/Rome', '2025-09-10 09:00', '2025-09-11 17:00', 'held');
insert into public.project_events (project_id, event_id) values ('${PROJECT.published}', '${EVENT}');
insert into public.event_delegations (event_id, organisation_id, places, reported_participants) values
  ('${EVENT}', '${ORG.lead}', 0, 3), ('${EVENT}', '${ORG.partner}', 0, 2);
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

useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });

const as = actingAs<keyof typeof USER>(stack, USER);
type Who = keyof typeof USER | 'anon';

async function outcomesColumn(who: Who): Promise<Record<string, unknown>> {
	const { data, error } = await as(who).from('projects').select('slug, outcomes').in('id', [PROJECT.published, PROJECT.draft]).order('slug');
	expect(error).toBeNull();
	return Object.fromEntries((data as Array<{ slug: string; outcomes: unknown }>).map((p) => [p.slug, p.outcomes]));
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
		const { indicators } = (await outcomesColumn('anon'))[`${PREFIX}-published`] as { indicators: Array<{ code: string; achieved: number }> };
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
		const { data, error } = await as('coordinator').rpc('outcomes', { project: { id: PROJECT.draft } });
		expect(error).toBeNull();
		expect((data as { indicators: unknown[] }).indicators).toHaveLength(1);
	});
});
