// What a person may do with a collection, as public.collection_permissions answers it
// (supabase/migrations/20261214200100_collection_permissions.sql), acting as each role through the
// real PostgREST: the answer itself, and that it agrees with what row level security then lets
// each role change.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `cp-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ kind: 'university', city: 'Leszno', country: 'PL' }),
	unrelated: make.organisation({ kind: 'other', city: 'Vänersborg', country: 'SE' })
};
const USER = {
	/** Member of U only. */
	stranger: make.person({ memberOf: ORG.unrelated }),
	/** Member of P, a partner editor in the project. */
	partnerMember: make.person({ memberOf: ORG.partner }),
	/** Admin of P: curates P's own collections. */
	organisationAdmin: make.person({ adminOf: ORG.partner }),
	/** Member of L, the project's coordinator. */
	coordinator: make.person({ memberOf: ORG.lead }),
	/** Platform admin, member of nothing. */
	platformAdmin: make.person({ is_platform_admin: true })
};
type Person = keyof typeof USER;
const ROLES: Array<Person | 'anon'> = ['anon', ...(Object.keys(USER) as Person[])];
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partnerMember, ORG.partner, 'partner_editor');
const COLLECTION = {
	/** The project's, public. */
	project: make.collection({ project_id: PROJECT, visibility: 'public' }),
	/** P's, for its partnership only. */
	organisation: make.collection({ organisation_id: ORG.partner, visibility: 'partners' })
};

const CLEAN_UP = `
delete from public.collections where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
const as = actingAs<Person>(stack, USER);

type Permissions = { read: boolean; edit: boolean };

async function permissionsOf(
	who: Person | 'anon',
	collection: string
): Promise<Permissions | null> {
	const { data, error } = await as(who)
		.from('collections')
		.select('permissions:collection_permissions')
		.eq('id', collection)
		.maybeSingle();
	expect(error).toBeNull();
	return (data?.permissions as Permissions | undefined) ?? null;
}

const everyone = (collection: string) =>
	Promise.all(ROLES.map(async (who) => [who, await permissionsOf(who, collection)] as const)).then(
		Object.fromEntries
	);
const READER = { read: true, edit: false };
const CURATOR = { read: true, edit: true };

describe('public.collection_permissions, as each role', () => {
	it("a project's public collection: everyone reads it, its coordinators and platform admins curate it", async () => {
		expect(await everyone(COLLECTION.project)).toEqual({
			anon: READER,
			stranger: READER,
			partnerMember: READER,
			organisationAdmin: READER,
			coordinator: CURATOR,
			platformAdmin: CURATOR
		});
	});

	it("an organisation's partners-only collection: nothing to others, its members read it, its admins curate it", async () => {
		expect(await everyone(COLLECTION.organisation)).toEqual({
			anon: null,
			stranger: null,
			partnerMember: READER,
			organisationAdmin: CURATOR,
			coordinator: null,
			platformAdmin: CURATOR
		});
	});

	it('edit: exactly those it names change the collection (row level security)', async () => {
		for (const collection of Object.values(COLLECTION)) {
			for (const who of ROLES) {
				const may = (await permissionsOf(who, collection))?.edit ?? false;
				const { data } = await as(who)
					.from('collections')
					.update({ updated_at: new Date().toISOString() })
					.eq('id', collection)
					.select('id');
				expect({ who, collection, changed: (data ?? []).length > 0 }).toEqual({
					who,
					collection,
					changed: may
				});
			}
		}
	});
});
