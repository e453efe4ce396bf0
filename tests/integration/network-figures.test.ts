// The home page's figures (supabase/migrations/20261209120000_network_figures.sql): kept by the
// database, one row whatever the size of the network, counting published projects only, the same
// for every reader, and right again after every transaction that changes what they count.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');
const TAG = randomBytes(4).toString('hex');
const PROJECT = `figures-${TAG}`;
const ORG = `figures-${TAG}`;
/** Member of the Daugavpils council, which this file's draft takes as a partner too. */
const USER = { coordinator: '0c000000-0000-4000-8000-000000000002' };
const as = actingAs<keyof typeof USER>(stack, USER);

const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
// An organisation in a country no seeded project reaches (Iceland), partner in a draft only.
const make = factories(PROJECT);
const ORG_ID = make.organisation({
	slug: ORG,
	name: 'Figures test municipality',
	kind: 'municipality',
	country: 'IS'
});
const PROJECT_ID = make.project({ slug: PROJECT, title: 'Figures test' });
make.partner(PROJECT_ID, ORG_ID);
make.partner(PROJECT_ID, DAUGAVPILS);
make.projectMember(PROJECT_ID, USER.coordinator, DAUGAVPILS, 'coordinator');

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	cleanUp: `delete from public.projects where slug = '${PROJECT}'; delete from public.organisations where slug = '${ORG}';`
});

type Figures = { projects: number; organisations: number; countries: number };

async function figures(who: 'anon' | keyof typeof USER): Promise<Figures> {
	const answer = await as(who).from('network_figures').select('projects, organisations, countries');
	expect(answer.error).toBeNull();
	expect(answer.data).toHaveLength(1);
	return answer.data![0] as Figures;
}

/** The same figures counted from the tables as they are now (as postgres, bypassing row level security). */
async function counted(): Promise<Figures> {
	const [row] = await peek<Figures>(`
		with published as (select id from public.projects where is_published),
		named as (select distinct o.id, o.country from public.project_partners pp join published p on p.id = pp.project_id join public.organisations o on o.id = pp.organisation_id),
		unnamed as (select u.country from public.unnamed_partners u join published p on p.id = u.project_id)
		select (select count(*) from published)::int as projects,
		       ((select count(*) from named) + (select count(*) from unnamed))::int as organisations,
		       (select count(distinct c) from (select country as c from named union all select country from unnamed) x)::int as countries`);
	return row;
}

describe('network figures', () => {
	it('count published projects only, the same for the public and for a draft’s own partnership', async () => {
		const now = await counted();
		expect(now.projects).toBeGreaterThan(0);
		expect(await figures('anon')).toEqual(now);
		// The coordinator reads the draft on its pages, but it counts for no one.
		expect(
			(await as('coordinator').from('projects').select('slug').eq('slug', PROJECT)).data
		).toHaveLength(1);
		expect(await figures('coordinator')).toEqual(now);
		expect(now.countries).toBe((await counted()).countries);
	});

	it('follow publishing, partners added and removed, unnamed partners and unpublishing', async () => {
		const before = await figures('anon');
		await peek(`update public.projects set is_published = true where slug = $1`, [PROJECT]);
		const published = await figures('anon');
		expect(published).toEqual(await counted());
		// One more project, one more organisation (the council was counted already), Iceland.
		expect(published).toEqual({
			projects: before.projects + 1,
			organisations: before.organisations + 1,
			countries: before.countries + 1
		});

		await peek(
			`insert into public.unnamed_partners (project_id, country, role) select id, 'IS', 'partner' from public.projects where slug = $1`,
			[PROJECT]
		);
		expect(await figures('anon')).toEqual({
			...published,
			organisations: published.organisations + 1
		});

		// Several rows in one transaction: counted once, at its end, right.
		await peek(`begin;
			delete from public.unnamed_partners where project_id = (select id from public.projects where slug = '${PROJECT}');
			delete from public.project_partners where project_id = (select id from public.projects where slug = '${PROJECT}') and organisation_id = (select id from public.organisations where slug = '${ORG}');
			commit;`);
		expect(await figures('anon')).toEqual({
			...published,
			organisations: published.organisations - 1,
			countries: published.countries - 1
		});

		await peek(`update public.projects set is_published = false where slug = $1`, [PROJECT]);
		expect(await figures('anon')).toEqual(before);
	});

	it('are written by the database only', async () => {
		for (const who of ['anon', 'coordinator'] as const) {
			const answer = await as(who)
				.from('network_figures')
				.update({ projects: 1 })
				.eq('id', true)
				.select();
			expect(answer.error?.code).toBe('42501');
		}
		expect(
			(
				await as('anon')
					.from('network_figures')
					.insert({ projects: 1, organisations: 1, countries: 1 })
			).error?.code
		).toBe('42501');
	});
});
