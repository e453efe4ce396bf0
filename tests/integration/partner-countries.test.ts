// The partners' countries the maps draw (supabase/migrations/20261212120100_partner_countries.sql),
// as each role through the real PostgREST: an organisation's network counts what the reader may
// read, its units and itself left out; the portal's map counts published projects only, for
// everyone, so a partnership's draft never reaches it.
//
// The file's partners are in Monaco and the Vatican, countries no seed or other test uses, so that
// the portal-wide figures of those two are this file's alone while other files run beside it.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { useFixtures } from './fixtures.ts';
import { actingAs } from './acting-as.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `pc-${TAG}`;
const slug = (name: string) => `${PREFIX}-${name}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const ORG = {
	/** The organisation whose network is read, in Latvia. */
	home: randomUUID(),
	/** Its unit: its partnerships are the network's, but it is not a partner of it. */
	unit: randomUUID(),
	monaco: randomUUID(),
	monteCarlo: randomUUID(),
	/** A partner in the draft only. */
	vatican: randomUUID()
};
const USER = {
	/** An admin of home and coordinator of the draft D. */
	coordinator: randomUUID(),
	/** Someone in no organisation or project of the file. */
	outsider: randomUUID(),
	platformAdmin: randomUUID()
};
const PROJECT = {
	/** Published: home leads; its unit, Monaco and a partner in Monaco known only by country. */
	a: randomUUID(),
	/** Published: the unit leads, both Monegasque organisations partners. */
	b: randomUUID(),
	/** A draft: home leads, the Vatican's organisation partner. */
	d: randomUUID()
};

const t = (en: string) => `'{"en": {"text": "${en}", "status": "original"}}'`;

const FIXTURES = `
insert into public.users (id, email, display_name, is_platform_admin) values
  ('${USER.coordinator}', 'coordinator@${EMAIL_DOMAIN}', 'Coordinator (test)', false),
  ('${USER.outsider}', 'outsider@${EMAIL_DOMAIN}', 'Outsider (test)', false),
  ('${USER.platformAdmin}', 'platform-admin@${EMAIL_DOMAIN}', 'Platform admin (test)', true);
insert into public.organisations (id, slug, name, kind, city, country) values
  ('${ORG.home}', '${slug('home')}', 'Home (test)', 'municipality', 'Daugavpils', 'LV'),
  ('${ORG.monaco}', '${slug('monaco')}', 'Monaco (test)', 'municipality', 'Monaco', 'MC'),
  ('${ORG.monteCarlo}', '${slug('monte-carlo')}', 'Monte-Carlo (test)', 'ngo', ' Monte-Carlo ', 'MC'),
  ('${ORG.vatican}', '${slug('vatican')}', 'Vatican (test)', 'other', 'Vatican City', 'VA');
insert into public.organisations (id, slug, name, kind, city, country, parent_id) values
  ('${ORG.unit}', '${slug('unit')}', 'Unit (test)', 'municipality', 'Daugavpils', 'LV', '${ORG.home}');
insert into public.organisation_members (organisation_id, user_id, role) values
  ('${ORG.home}', '${USER.coordinator}', 'admin');
insert into public.projects (id, slug, title, is_published, status) values
  ('${PROJECT.a}', '${slug('a')}', ${t('Project A (test)')}, true, 'running'),
  ('${PROJECT.b}', '${slug('b')}', ${t('Project B (test)')}, true, 'closed'),
  ('${PROJECT.d}', '${slug('d')}', ${t('Draft D (test)')}, false, 'planned');
insert into public.project_partners (project_id, organisation_id, role) values
  ('${PROJECT.a}', '${ORG.home}', 'lead_partner'),
  ('${PROJECT.a}', '${ORG.unit}', 'partner'),
  ('${PROJECT.a}', '${ORG.monaco}', 'partner'),
  ('${PROJECT.b}', '${ORG.unit}', 'lead_partner'),
  ('${PROJECT.b}', '${ORG.monaco}', 'partner'),
  ('${PROJECT.b}', '${ORG.monteCarlo}', 'partner'),
  ('${PROJECT.d}', '${ORG.home}', 'lead_partner'),
  ('${PROJECT.d}', '${ORG.vatican}', 'partner');
insert into public.unnamed_partners (project_id, country, city) values
  ('${PROJECT.a}', 'MC', 'La Condamine');
insert into public.project_members (project_id, user_id, organisation_id, role) values
  ('${PROJECT.d}', '${USER.coordinator}', '${ORG.home}', 'coordinator');
`;

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where parent_id is not null and slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { setUp: FIXTURES, cleanUp: CLEAN_UP });

const as = actingAs(stack, USER);
type Who = keyof typeof USER | 'anon';
const EVERYONE: Who[] = ['anon', 'outsider', 'coordinator', 'platformAdmin'];

type Row = { country: string; partners: number; projects: number; towns: string[] | null };
async function countries(who: Who, organisation?: string): Promise<Row[]> {
	const { data, error } = await as(who).rpc('partner_countries', organisation ? { organisation } : {});
	expect(error).toBeNull();
	return data as Row[];
}
const only = (rows: Row[], codes: string[]) => rows.filter((row) => codes.includes(row.country));

/** Monaco in the network of home: two organisations and the one known by country, in both published projects. */
const MONACO: Row = { country: 'MC', partners: 3, projects: 2, towns: ['La Condamine', 'Monaco', 'Monte-Carlo'] };
const VATICAN: Row = { country: 'VA', partners: 1, projects: 1, towns: ['Vatican City'] };

describe('an organisation’s network', () => {
	it.each(['anon', 'outsider'] as Who[])('as %s: the partners of its and its units’ published projects, itself and its units left out', async (who) => {
		expect(await countries(who, ORG.home)).toEqual([MONACO]);
	});

	it.each(['coordinator', 'platformAdmin'] as Who[])('as %s: the draft’s partners too, as the overview counts them', async (who) => {
		expect(await countries(who, ORG.home)).toEqual([MONACO, VATICAN]);
	});

	it('of a unit: its parent is a partner like any other', async () => {
		expect(await countries('anon', ORG.unit)).toEqual([
			{ country: 'LV', partners: 1, projects: 1, towns: ['Daugavpils'] },
			{ country: 'MC', partners: 3, projects: 2, towns: ['La Condamine', 'Monaco', 'Monte-Carlo'] }
		]);
	});
});

describe('the whole portal', () => {
	it.each(EVERYONE)('as %s: published projects only, never a draft’s partners, and no towns', async (who) => {
		expect(only(await countries(who), ['MC', 'VA'])).toEqual([{ ...MONACO, towns: null }]);
	});
});
