// Programmes as data (supabase/migrations/20261212160000_programmes.sql and after): every programme
// and strand named in all 28 interface languages; readable by everyone, written by no API role;
// the programme codes recorded before the list mapped onto it; a project's own indicators, named
// per language with a unit, written by its coordinators only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrate } from '../../stack/migrate.ts';
import { withClient } from '../support/db.ts';
import { actingAs, expectRefused, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import settings from '../../project.inlang/settings.json' with { type: 'json' };

const stack = inject('stack');
const LOCALES: string[] = settings.locales;
const DENIED = '42501';
const CHECK = '23514';
const UNIQUE = '23505';
const FOREIGN_KEY = '23503';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `pg-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);
const ORG = {
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' })
};
const USER = {
	coordinator: make.person({ memberOf: ORG.lead }),
	partnerEditor: make.person({ memberOf: ORG.partner }),
	outsider: make.person()
};
const PROJECT = make.project({ is_published: true, programme: 'interreg_europe' });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');
const t = (en: string) => `'{"en": {"text": "${en}", "status": "original"}}'`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	cleanUp: `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`
});

const as = actingAs(stack, USER);

describe('the programme list', () => {
	const WANTED = [
		'erasmus_plus',
		'erasmus_plus_ka1',
		'erasmus_plus_ka2',
		'erasmus_plus_ka3',
		'european_solidarity_corps',
		'cerv',
		'cerv_town_twinning',
		'cerv_networks_of_towns',
		'europe_for_citizens',
		'interreg',
		'interreg_a',
		'interreg_b',
		'interreg_c',
		'interreg_europe',
		'urbact',
		'creative_europe',
		'esf_plus',
		'horizon_europe',
		'life',
		'other'
	];

	it('holds every programme and strand, each named in all 28 interface languages', async () => {
		const { data, error } = await as('anon')
			.from('programmes')
			.select('code, parent, names')
			.order('position');
		expect(error).toBeNull();
		const rows = data as Array<{
			code: string;
			parent: string | null;
			names: Record<string, string>;
		}>;
		expect(LOCALES).toHaveLength(28);
		expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(WANTED));
		for (const row of rows) {
			expect(Object.keys(row.names).sort(), row.code).toEqual([...LOCALES].sort());
			for (const locale of LOCALES)
				expect(row.names[locale]?.trim(), `${row.code} ${locale}`).toBeTruthy();
		}
		const parentOf = Object.fromEntries(rows.map((r) => [r.code, r.parent]));
		expect(parentOf).toMatchObject({
			erasmus_plus_ka2: 'erasmus_plus',
			interreg_europe: 'interreg',
			cerv_town_twinning: 'cerv',
			urbact: null
		});
		// Strands hang from programmes, one level deep.
		for (const row of rows) if (row.parent) expect(parentOf[row.parent], row.code).toBeNull();
	});

	it('is read by everyone and written by no API role', async () => {
		for (const who of ['anon', 'coordinator'] as const) {
			expect(outcome(await as(who).from('programmes').select('code').eq('code', 'urbact'))).toBe(1);
			expectRefused(
				await as(who)
					.from('programmes')
					.insert({ code: 'made_up', position: 1, names: {} })
					.select(),
				DENIED,
				who === 'anon' ? 401 : 403
			);
			expectRefused(
				await as(who).from('programmes').update({ position: 1 }).eq('code', 'urbact').select(),
				DENIED,
				who === 'anon' ? 401 : 403
			);
			expectRefused(
				await as(who).from('programmes').delete().eq('code', 'urbact').select(),
				DENIED,
				who === 'anon' ? 401 : 403
			);
		}
		expect(
			await peek(`select count(*)::int as n from public.programmes where code = 'urbact'`)
		).toEqual([{ n: 1 }]);
	});

	it('refuses a project programme the list does not know', async () => {
		const answer = await as('coordinator')
			.from('projects')
			.update({ programme: 'made_up' })
			.eq('id', PROJECT)
			.select();
		expect(answer.error?.code).toBe(FOREIGN_KEY);
		expect(await peek(`select programme from public.projects where id = $1`, [PROJECT])).toEqual([
			{ programme: 'interreg_europe' }
		]);
	});
});

describe("a project's own indicators", () => {
	const own = (extra: Record<string, unknown> = {}) => ({
		project_id: PROJECT,
		name: { en: { text: 'Teachers trained (test)', status: 'original' } },
		unit: 'teachers',
		planned: 40,
		...extra
	});

	it('are added, changed and removed by the coordinators, and by nobody else', async () => {
		expectRefused(await as('anon').from('project_indicators').insert(own()).select(), DENIED, 401);
		expect(
			outcome(await as('partnerEditor').from('project_indicators').insert(own()).select())
		).toBe(DENIED);
		expect(outcome(await as('outsider').from('project_indicators').insert(own()).select())).toBe(
			DENIED
		);

		const added = await as('coordinator')
			.from('project_indicators')
			.insert(own())
			.select('id, code, name, unit')
			.single();
		expect(added.error).toBeNull();
		const id = (added.data as { id: string }).id;
		expect(added.data).toMatchObject({ code: null, unit: 'teachers' });
		// Own indicators are named, so two of them never collide as two of a kind would.
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(own({ unit: 'schools' }))
					.select()
			)
		).toBe(1);

		expect(
			outcome(
				await as('partnerEditor')
					.from('project_indicators')
					.update({ planned: 1 })
					.eq('id', id)
					.select()
			)
		).toBe(0);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.update({ planned: 45 })
					.eq('id', id)
					.select()
			)
		).toBe(1);
		expect(
			outcome(await as('partnerEditor').from('project_indicators').delete().eq('id', id).select())
		).toBe(0);

		const shown = (await as('anon').rpc('project_outcomes', { project: PROJECT })).data as {
			indicators: Array<{ id: string; name: unknown; unit: string; planned: number }>;
		};
		expect(shown.indicators.find((i) => i.id === id)).toMatchObject({
			unit: 'teachers',
			planned: 45,
			name: { en: { text: 'Teachers trained (test)' } }
		});

		expect(
			outcome(await as('coordinator').from('project_indicators').delete().eq('id', id).select())
		).toBe(1);
	});

	it('are refused without a name or with a negative plan, and count only by a kind', async () => {
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(own({ name: null }))
					.select()
			)
		).toBe(CHECK);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(own({ planned: -1 }))
					.select()
			)
		).toBe(CHECK);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(own({ source: 'computed' }))
					.select()
			)
		).toBe(CHECK);
		// Named and counted by a kind the portal counts: allowed.
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(own({ code: 'international_events', source: 'computed' }))
					.select()
			)
		).toBe(1);
		// A known kind is still planned once per partner.
		const kind = { project_id: PROJECT, code: 'staff_mobilities', planned: 3 };
		expect(outcome(await as('coordinator').from('project_indicators').insert(kind).select())).toBe(
			1
		);
		expect(outcome(await as('coordinator').from('project_indicators').insert(kind).select())).toBe(
			UNIQUE
		);
	});
});

describe('projects recorded before the list', () => {
	const database = `programmes_${randomUUID().slice(0, 8)}`;
	const databaseUrl = stack.DATABASE_URL.replace(/\/postgres$/, `/${database}`);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-programmes-'));
	const all = fs
		.readdirSync('supabase/migrations')
		.filter((f) => f.endsWith('.sql'))
		.sort();
	const copy = (names: string[]) => {
		for (const name of names)
			fs.copyFileSync(path.join('supabase/migrations', name), path.join(dir, 'migrations', name));
	};

	afterAll(async () => {
		await withClient(stack.superuserUrl, (db) =>
			db.query(`drop database if exists ${database} with (force)`)
		);
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('keep their programme: the old codes map onto the list', async () => {
		await withClient(stack.superuserUrl, (db) =>
			db.query(`create database ${database} owner postgres`)
		);
		// What Supabase gives each database before its first migration (the roles are the cluster's already).
		const roles = fs.readFileSync('stack/supabase-roles.sql', 'utf8');
		await withClient(stack.superuserUrl.replace(/\/postgres$/, `/${database}`), (db) =>
			db.query(roles.slice(roles.indexOf('-- Schema public')))
		);
		fs.mkdirSync(path.join(dir, 'migrations'));
		fs.writeFileSync(path.join(dir, 'seed.sql'), 'select 1;');
		const run = () =>
			migrate(databaseUrl, {
				migrationsDir: path.join(dir, 'migrations'),
				seedFile: path.join(dir, 'seed.sql')
			});
		copy(all.filter((name) => name < '20261212160000'));
		await run();
		await withClient(databaseUrl, (db) =>
			db.query(`insert into public.projects (slug, title, programme) values
				('efc', ${t('EfC')}, 'europe_for_citizens'), ('cerv', ${t('CERV')}, 'cerv'),
				('youth', ${t('Youth')}, 'erasmus_plus_youth'), ('odd', ${t('Odd')}, 'some_fund'), ('none', ${t('None')}, null)`)
		);
		copy(all.filter((name) => name >= '20261212160000'));
		await run();
		const rows = await withClient(
			databaseUrl,
			async (db) =>
				(await db.query(`select slug, programme from public.projects order by slug`)).rows
		);
		expect(rows).toEqual([
			{ slug: 'cerv', programme: 'cerv' },
			{ slug: 'efc', programme: 'europe_for_citizens' },
			{ slug: 'none', programme: null },
			{ slug: 'odd', programme: 'other' },
			{ slug: 'youth', programme: 'erasmus_plus' }
		]);
	});
});
