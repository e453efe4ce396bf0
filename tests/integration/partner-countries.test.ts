// The partners' countries the maps draw (supabase/migrations/20261212120100_partner_countries.sql),
// as each role through the real PostgREST: an organisation's network counts what the reader may
// read, its units and itself left out; the portal's map counts published projects only, for
// everyone, so a partnership's draft never reaches it.
//
// The file's partners are in Monaco and the Vatican, countries no seed or other test uses, so that
// the portal-wide figures of those two are this file's alone while other files run beside it.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import { actingAs } from './acting-as.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `pc-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const HOME = make.organisation({ kind: 'municipality', city: 'Daugavpils' });
const ORG = {
	/** The organisation whose network is read, in Latvia. */
	home: HOME,
	monaco: make.organisation({ kind: 'municipality', city: 'Monaco', country: 'MC' }),
	monteCarlo: make.organisation({ city: ' Monte-Carlo ', country: 'MC' }),
	/** A partner in the draft only. */
	vatican: make.organisation({ kind: 'other', city: 'Vatican City', country: 'VA' }),
	/** Its unit: its partnerships are the network's, but it is not a partner of it. */
	unit: make.organisation({ kind: 'municipality', city: 'Daugavpils', parent_id: HOME })
};
const USER = {
	/** An admin of home and coordinator of the draft D. */
	coordinator: make.person({ adminOf: ORG.home }),
	/** Someone in no organisation or project of the file. */
	outsider: make.person(),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = {
	/** Published: home leads; its unit, Monaco and a partner in Monaco known only by country. */
	a: make.project({ is_published: true, status: 'running' }),
	/** Published: the unit leads, both Monegasque organisations partners. */
	b: make.project({ is_published: true, status: 'closed' }),
	/** A draft: home leads, the Vatican's organisation partner. */
	d: make.project({ status: 'planned' })
};
make.partner(PROJECT.a, ORG.home, 'lead_partner');
make.partner(PROJECT.a, ORG.unit);
make.partner(PROJECT.a, ORG.monaco);
make.partner(PROJECT.b, ORG.unit, 'lead_partner');
make.partner(PROJECT.b, ORG.monaco);
make.partner(PROJECT.b, ORG.monteCarlo);
make.partner(PROJECT.d, ORG.home, 'lead_partner');
make.partner(PROJECT.d, ORG.vatican);
make.projectMember(PROJECT.d, USER.coordinator, ORG.home, 'coordinator');

const FIXTURES = `
insert into public.unnamed_partners (project_id, country, city) values
  ('${PROJECT.a}', 'MC', 'La Condamine');
`;

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where parent_id is not null and slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

useFixtures(stack.DATABASE_URL, { rows: make, setUp: FIXTURES, cleanUp: CLEAN_UP });

const as = actingAs(stack, USER);
type Who = keyof typeof USER | 'anon';
const EVERYONE: Who[] = ['anon', 'outsider', 'coordinator', 'platformAdmin'];

type Row = { country: string; partners: number; projects: number; towns: string[] | null };
async function countries(who: Who, organisation?: string): Promise<Row[]> {
	const { data, error } = await as(who).rpc(
		'partner_countries',
		organisation ? { organisation } : {}
	);
	expect(error).toBeNull();
	return data as Row[];
}
const only = (rows: Row[], codes: string[]) => rows.filter((row) => codes.includes(row.country));

/** Monaco in the network of home: two organisations and the one known by country, in both published projects. */
const MONACO: Row = {
	country: 'MC',
	partners: 3,
	projects: 2,
	towns: ['La Condamine', 'Monaco', 'Monte-Carlo']
};
const VATICAN: Row = { country: 'VA', partners: 1, projects: 1, towns: ['Vatican City'] };

describe('an organisation’s network', () => {
	it.each(['anon', 'outsider'] as Who[])(
		'as %s: the partners of its and its units’ published projects, itself and its units left out',
		async (who) => {
			expect(await countries(who, ORG.home)).toEqual([MONACO]);
		}
	);

	it.each(['coordinator', 'platformAdmin'] as Who[])(
		'as %s: the draft’s partners too, as the overview counts them',
		async (who) => {
			expect(await countries(who, ORG.home)).toEqual([MONACO, VATICAN]);
		}
	);

	it('of a unit: its parent is a partner like any other', async () => {
		expect(await countries('anon', ORG.unit)).toEqual([
			{ country: 'LV', partners: 1, projects: 1, towns: ['Daugavpils'] },
			{ country: 'MC', partners: 3, projects: 2, towns: ['La Condamine', 'Monaco', 'Monte-Carlo'] }
		]);
	});
});

describe('the whole portal', () => {
	it.each(EVERYONE)(
		'as %s: published projects only, never a draft’s partners, and no towns',
		async (who) => {
			expect(only(await countries(who), ['MC', 'VA'])).toEqual([{ ...MONACO, towns: null }]);
		}
	);
});
