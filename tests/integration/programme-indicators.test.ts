// What each programme's reports ask for (supabase/migrations/20261213100000_programme_indicators.sql
// and after): every programme indicator named in all 28 interface languages, counted by a kind the
// portal counts or entered; read by everyone, written by no API role; taken into a project by its
// coordinators alone, once per partner.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';
import settings from '../../project.inlang/settings.json' with { type: 'json' };

const stack = inject('stack');
const LOCALES: string[] = settings.locales;
const DENIED = '42501';
const UNIQUE = '23505';
const FOREIGN_KEY = '23503';
const COUNTED = ['international_events', 'staff_mobilities', 'direct_participants'];

const TAG = randomBytes(4).toString('hex');
const PREFIX = `pi-${TAG}`;
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
const PROJECT = make.project({ is_published: true, programme: 'cerv_town_twinning' });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	cleanUp: `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`
});

const as = actingAs(stack, USER);
type Row = {
	code: string;
	programme: string;
	names: Record<string, string>;
	unit: string | null;
	counted_as: string | null;
};

describe('the programme indicators', () => {
	it('are each named in all 28 interface languages and counted by a kind the portal counts, or entered', async () => {
		const { data, error } = await as('anon')
			.from('programme_indicators')
			.select('code, programme, names, unit, counted_as')
			.order('position');
		expect(error).toBeNull();
		const rows = data as Row[];
		expect(LOCALES).toHaveLength(28);
		for (const row of rows) {
			expect(Object.keys(row.names).sort(), row.code).toEqual([...LOCALES].sort());
			for (const locale of LOCALES)
				expect(row.names[locale]?.trim(), `${row.code} ${locale}`).toBeTruthy();
			if (row.counted_as) expect(COUNTED, row.code).toContain(row.counted_as);
		}
		const programmes = new Set(rows.map((r) => r.programme));
		for (const programme of [
			'cerv',
			'europe_for_citizens',
			'erasmus_plus',
			'erasmus_plus_ka1',
			'erasmus_plus_ka2',
			'interreg',
			'urbact',
			'life',
			'horizon_europe',
			'creative_europe',
			'esf_plus'
		])
			expect(programmes, programme).toContain(programme);
		expect(programmes).not.toContain('other');
		// CERV's reports: participants and events counted, countries and municipalities entered.
		expect(
			rows.filter((r) => r.programme === 'cerv').map((r) => [r.names.en, r.counted_as])
		).toEqual([
			['Participants', 'direct_participants'],
			['Events', 'international_events'],
			['Participating countries', null],
			['Participating municipalities', null]
		]);
	});

	it('are read by everyone and written by no API role', async () => {
		for (const who of ['anon', 'coordinator', 'partnerEditor', 'outsider'] as const) {
			const status = who === 'anon' ? 401 : 403;
			expect(
				outcome(
					await as(who).from('programme_indicators').select('code').eq('code', 'cerv_participants')
				)
			).toBe(1);
			expectRefused(
				await as(who)
					.from('programme_indicators')
					.insert({ code: 'made_up', programme: 'cerv', position: 1, names: {} })
					.select(),
				DENIED,
				status
			);
			expectRefused(
				await as(who)
					.from('programme_indicators')
					.update({ position: 1 })
					.eq('code', 'cerv_participants')
					.select(),
				DENIED,
				status
			);
			expectRefused(
				await as(who)
					.from('programme_indicators')
					.delete()
					.eq('code', 'cerv_participants')
					.select(),
				DENIED,
				status
			);
		}
		expect(
			await peek(
				`select position from public.programme_indicators where code = 'cerv_participants'`
			)
		).toEqual([{ position: 60 }]);
	});
});

describe('a programme indicator taken into a project', () => {
	const taken = (extra: Record<string, unknown> = {}) => ({
		project_id: PROJECT,
		programme_indicator: 'cerv_countries',
		name: { en: { text: 'Participating countries', status: 'original' } },
		planned: 5,
		...extra
	});

	it('is added by the coordinators alone, once per partner', async () => {
		expectRefused(
			await as('anon').from('project_indicators').insert(taken()).select(),
			DENIED,
			401
		);
		expect(
			outcome(await as('partnerEditor').from('project_indicators').insert(taken()).select())
		).toBe(DENIED);
		expect(outcome(await as('outsider').from('project_indicators').insert(taken()).select())).toBe(
			DENIED
		);
		expect(
			outcome(await as('coordinator').from('project_indicators').insert(taken()).select())
		).toBe(1);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(taken({ planned: 6 }))
					.select()
			)
		).toBe(UNIQUE);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(taken({ organisation_id: ORG.partner }))
					.select()
			)
		).toBe(1);
		expect(
			outcome(
				await as('coordinator')
					.from('project_indicators')
					.insert(taken({ programme_indicator: 'made_up' }))
					.select()
			)
		).toBe(FOREIGN_KEY);
		expect(
			await peek(
				`select count(*)::int as n from public.project_indicators where project_id = $1 and programme_indicator = 'cerv_countries'`,
				[PROJECT]
			)
		).toEqual([{ n: 2 }]);
	});
});
