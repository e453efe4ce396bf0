// How many PostgREST round trips the project editor's page costs the built portal, for its
// coordinator: a counting proxy between the portal and the stack's API gateway counts every
// request the portal makes until the page is sent. The project is read once with what the person
// may do with it (public.project_permissions): no second request for their role.
// Needs the built app (`npm test` builds first).
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { newToken } from '../../src/lib/server/tokens.ts';
import { sessionRow, useCountingPortal, withoutQuery } from './counting-portal.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `prt-${TAG}`;

const make = factories(PREFIX);
const LEAD = make.organisation({ kind: 'municipality' });
const COORDINATOR = make.person({ memberOf: LEAD });
const SLUG = `${PREFIX}-edited`;
const PROJECT = make.project({ is_published: true, slug: SLUG });
make.partner(PROJECT, LEAD, 'lead_partner');
make.projectMember(PROJECT, COORDINATOR, LEAD, 'coordinator');
const TOKEN = newToken();

useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: `insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values ${sessionRow(TOKEN, COORDINATOR)};`,
	cleanUp: `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${PREFIX}.example';
`
});

const portal = useCountingPortal(stack);

/** Opens `page` as the coordinator, and the API requests the portal made to answer. */
async function open(page: string) {
	portal.requests.length = 0;
	const answer = await fetch(`${portal.url()}/en${page}`, {
		redirect: 'manual',
		headers: { accept: 'text/html', cookie: `tilts_session=${TOKEN}` }
	});
	await answer.body?.cancel();
	return { status: answer.status, requests: withoutQuery(portal.requests) };
}

/**
 * The session, the My work count and the programme names (the layouts), the project with its
 * permissions, the languages to edit in: 5 (6 before, when the role was a request of its own).
 */
const ROUND_TRIPS = [
	'GET /rest/v1/sessions',
	'POST /rest/v1/rpc/my_work_count',
	'GET /rest/v1/programmes',
	'GET /rest/v1/projects',
	'GET /rest/v1/content_locales'
];

describe("the project editor's page", () => {
	it('reads the project once, with its permissions: 5 round trips for its coordinator', async () => {
		const seen = await open(`/projects/${SLUG}/edit`);
		expect(seen.status).toBe(200);
		// The layouts and the page load at once: in any order.
		expect([...seen.requests].sort()).toEqual([...ROUND_TRIPS].sort());
	});
});
