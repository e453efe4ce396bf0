// The personal-data export is whole past the 1,000 rows one PostgREST answer holds (Supabase's
// max_rows): a person who proposed more organisation details than that gets every proposal. The
// route's handler runs here as the portal runs it, reading through the person's own client.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { GET } from '../../src/routes/account/export/+server.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { withClient } from '../support/db.ts';

// The server's configuration, pointed at the test stack with the legacy keys (the handler's audit entry uses it).
vi.mock('$app/env/private', () => {
	const {
		SUPABASE_URL,
		SUPABASE_ANON_KEY,
		SUPABASE_SERVICE_ROLE_KEY,
		SUPABASE_JWT_SECRET,
		SMTP_URL
	} = inject('stack');
	return {
		SUPABASE_URL,
		SUPABASE_ANON_KEY,
		SUPABASE_SERVICE_ROLE_KEY,
		SUPABASE_JWT_SECRET,
		SMTP_URL,
		PUBLIC_ORIGIN: 'http://localhost'
	};
});

const stack = inject('stack');
const PERSON = randomUUID();
const as = actingAs(stack, { person: PERSON });
const SLUG = 'max-rows-export';
const MANY = 1_234;
const make = factories(SLUG);
make.person({ id: PERSON, email: `${SLUG}@example.org`, display_name: 'Max rows exporter' });
make.organisation({ slug: SLUG, name: 'Max rows export', kind: 'other' });

beforeAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await make.insert(db);
		await db.query(
			`insert into public.organisation_proposals (organisation_id, base_version, name, kind, country, status, proposed_by)
			 select (select id from public.organisations where slug = $1), 1, 'Proposed name ' || n, 'other', 'LV', 'declined', $2
			 from generate_series(1, $3::int) as n`,
			[SLUG, PERSON, MANY]
		);
	});
}, 60_000);

afterAll(async () => {
	await withClient(stack.superuserUrl, async (db) => {
		await db.query(`delete from public.organisations where slug = $1`, [SLUG]);
		await db.query(`delete from public.users where id = $1`, [PERSON]);
	});
});

describe('the personal-data export past 1,000 rows', () => {
	it('holds every organisation proposal the person made', async () => {
		const user = {
			id: PERSON,
			email: `${SLUG}@example.org`,
			display_name: 'Max rows exporter',
			preferred_locale: 'en',
			time_zone: null,
			is_platform_admin: false
		};
		const url = new URL('http://localhost/account/export');
		const response = await GET({
			locals: { user, supabase: as('person') as unknown as Supabase },
			url
		} as unknown as Parameters<typeof GET>[0]);
		expect(response.status).toBe(200);
		const exported = (await response.json()) as { organisation_proposals: Array<{ name: string }> };
		expect(exported.organisation_proposals).toHaveLength(MANY);
		expect(new Set(exported.organisation_proposals.map((proposal) => proposal.name)).size).toBe(
			MANY
		);
	});
});
