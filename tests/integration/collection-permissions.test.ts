// What a person may do with a collection, as public.collection_permissions answers it
// (supabase/migrations/20261214200100_collection_permissions.sql), acting as each role through the
// real PostgREST: the answer itself, and that it agrees with what row level security then lets
// each role change.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `cp-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = { lead: randomUUID(), partner: randomUUID(), unrelated: randomUUID() };
const USER = {
	/** Member of U only. */
	stranger: randomUUID(),
	/** Member of P, a partner editor in the project. */
	partnerMember: randomUUID(),
	/** Admin of P: curates P's own collections. */
	organisationAdmin: randomUUID(),
	/** Member of L, the project's coordinator. */
	coordinator: randomUUID(),
	/** Platform admin, member of nothing. */
	platformAdmin: randomUUID()
};
type Person = keyof typeof USER;
const ROLES: Array<Person | 'anon'> = ['anon', ...(Object.keys(USER) as Person[])];
const PROJECT = randomUUID();
const COLLECTION = {
	/** The project's, public. */
	project: randomUUID(),
	/** P's, for its partnership only. */
	organisation: randomUUID()
};

const FIXTURES = `
insert into public.users (id, email, display_name, is_platform_admin) values
  ${(Object.entries(USER) as Array<[Person, string]>)
		.map(
			([name, id]) =>
				`('${id}', '${name.toLowerCase()}@${EMAIL_DOMAIN}', '${name} (test)', ${name === 'platformAdmin'})`
		)
		.join(',\n  ')};
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.lead}', '${slug('lead')}', 'Lead (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.partner}', '${slug('partner')}', 'Partner (test)', 'university', 'Leszno', 'PL'),
  ('${ORG.unrelated}', '${slug('unrelated')}', 'Unrelated (test)', 'other', 'Vänersborg', 'SE');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.unrelated}', '${USER.stranger}', 'member'),
  ('${ORG.partner}', '${USER.partnerMember}', 'member'),
  ('${ORG.partner}', '${USER.organisationAdmin}', 'admin'),
  ('${ORG.lead}', '${USER.coordinator}', 'member');
insert into public.projects (id, slug, title, is_published) values
  ('${PROJECT}', '${slug('project')}', '{"en": {"text": "Collections project (test)", "status": "original"}}', true);
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT}', '${ORG.lead}', 'lead_partner'),
  ('${PROJECT}', '${ORG.partner}', 'partner');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT}', '${USER.coordinator}', '${ORG.lead}', 'coordinator'),
  ('${PROJECT}', '${USER.partnerMember}', '${ORG.partner}', 'partner_editor');
insert into public.collections (id, slug, project_id, organisation_id, title, visibility) values
  ('${COLLECTION.project}', '${slug('project-list')}', '${PROJECT}', null, '{"en": {"text": "Project list (test)", "status": "original"}}', 'public'),
  ('${COLLECTION.organisation}', '${slug('partner-list')}', null, '${ORG.partner}', '{"en": {"text": "Partner list (test)", "status": "original"}}', 'partners');
`;

const CLEAN_UP = `
delete from public.collections where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });
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
