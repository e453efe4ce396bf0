// How many PostgREST round trips one registration costs the built portal: a partner's editor sends
// the form on an event's delegation page, and a counting proxy between the portal and the stack's
// API gateway counts every request the portal makes until it answers. The event is read once with
// what the person may do with it (public.event_permissions), and the registration is one call.
// Needs the built app (`npm test` builds first).
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { newToken } from '../../src/lib/server/tokens.ts';
import { sessionRow, useCountingPortal, withoutQuery } from './counting-portal.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `rt-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { host: randomUUID(), partner: randomUUID() };
const USER = { hostAdmin: randomUUID(), partnerEditor: randomUUID() };
const PROJECT = randomUUID();
const EVENT = randomUUID();
const TOKEN = { hostAdmin: newToken(), partnerEditor: newToken() };
const session = (who: keyof typeof USER) => sessionRow(TOKEN[who], USER[who]);

const FIXTURES = `
insert into public.users (id, email, display_name) values
  ('${USER.hostAdmin}', 'host-admin@${EMAIL_DOMAIN}', 'Host admin (test)'),
  ('${USER.partnerEditor}', 'partner-editor@${EMAIL_DOMAIN}', 'Partner editor (test)');
insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values
  ${session('hostAdmin')},
  ${session('partnerEditor')};
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.host}', '${slug('host')}', 'Host (test)', 'municipality', 'Riga', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'ngo', 'Faenza', 'IT');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.host}', '${USER.hostAdmin}', 'admin'),
  ('${ORG.partner}', '${USER.partnerEditor}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Round trips project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.host}', 'lead_partner'),
  ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.partnerEditor}', '${ORG.partner}', 'partner_editor');
insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local) values
  ('${EVENT}', '${slug('meeting')}', 'partner_meeting', '{"en": {"text": "Round trips meeting (test)", "status": "original"}}',
   '${ORG.host}', 'Europe/Riga', '2030-05-14 09:00', '2030-05-15 17:00');
insert into public.project_events (project_id, event_id) values ('${PROJECT}', '${EVENT}');
insert into public.event_delegations (event_id, organisation_id, places) values ('${EVENT}', '${ORG.partner}', 5);
`;

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });

const portal = useCountingPortal(stack);
const requests = portal.requests;

/** Sends the registration form as `who`, as a browser without JavaScript does. */
const post = (who: keyof typeof USER, fields: Record<string, string>) =>
	fetch(`${portal.url()}/en/events/${slug('meeting')}/delegations?/register`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			origin: portal.url(),
			cookie: `tilts_session=${TOKEN[who]}`,
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});

/** Registers a person as `who`, and the API requests the portal made to answer. */
async function register(who: keyof typeof USER, organisation: string, fullName: string) {
	requests.length = 0;
	const answer = await post(who, {
		form_key: randomBytes(16).toString('base64url'),
		organisation,
		full_name: fullName
	});
	await answer.body?.cancel();
	return {
		status: answer.status,
		location: answer.headers.get('location'),
		requests: [...requests]
	};
}

/** The session, the event with what the person may do with it, the registration: 3 (it took 8 before). */
const ROUND_TRIPS = [
	'GET /rest/v1/sessions',
	'GET /rest/v1/events',
	'POST /rest/v1/rpc/register_participant'
];

const registered = (name: string) =>
	peek<{ status: string }>(
		'select status from public.event_registrations where event_id = $1 and full_name = $2',
		[EVENT, name]
	);

describe('registering one person', () => {
	it("takes at most 4 round trips for a partner's editor: the session, the event with its permissions, the registration", async () => {
		const sent = await register('partnerEditor', ORG.partner, 'Counted Person');
		expect(sent.status).toBe(303);
		expect(sent.location).toContain('done=registered');
		expect(await registered('Counted Person')).toEqual([{ status: 'registered' }]);
		expect(sent.requests.length, sent.requests.join('\n')).toBeLessThanOrEqual(4);
		expect(withoutQuery(sent.requests)).toEqual(ROUND_TRIPS);
	});

	it("takes at most 4 round trips for the host's admin, who registers for any delegation", async () => {
		const sent = await register('hostAdmin', ORG.partner, 'Counted By Host');
		expect(sent.status).toBe(303);
		expect(await registered('Counted By Host')).toEqual([{ status: 'registered' }]);
		expect(sent.requests.length, sent.requests.join('\n')).toBeLessThanOrEqual(4);
		expect(withoutQuery(sent.requests)).toEqual(ROUND_TRIPS);
	});
});

describe('registering for an organisation without a delegation', () => {
	it('is refused with that reason (the database’s no_delegation), not as a lack of places', async () => {
		// The host's admin registers for the host, which has no places at its own meeting.
		const sent = await post('hostAdmin', { organisation: ORG.host, full_name: 'Nowhere Person' });
		expect(sent.status).toBe(400);
		expect(await sent.text()).toContain(
			'This organisation has no delegation at this event yet: ask the host to give it places.'
		);
		expect(await registered('Nowhere Person')).toEqual([]);
	});
});
