// Pre-financing paid back is a payment of its own kind
// (supabase/migrations/20261210150000_payment_kind_reimbursement.sql), under the policies of every
// payment of a budget: the public reads it with a published project; only the project's coordinators
// (and platform admins) record or remove it. As each role, through the real PostgREST.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `reimbursement-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	council: make.organisation({ kind: 'municipality' }),
	partner: make.organisation({ country: 'IT' })
};
const USER = {
	coordinator: make.person({ memberOf: ORG.council }),
	partnerEditor: make.person({ memberOf: ORG.partner }),
	/** Admin of the council, but no member of the project. */
	outsider: make.person({ adminOf: ORG.council }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.council, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.coordinator, ORG.council, 'coordinator');
make.projectMember(PROJECT, USER.partnerEditor, ORG.partner, 'partner_editor');

const FIXTURES = `
insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents) values
  ('${PROJECT}', '${ORG.council}', 3170000, 3170000, 0);
insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents) values
  ('${PROJECT}', '${ORG.council}', 'pre_financing', 2024, 1268000);
`;

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP
});
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const reimbursement = {
	project_id: PROJECT,
	organisation_id: ORG.council,
	kind: 'reimbursement',
	year: 2026,
	amount_cents: 1268000
};
const recorded = async () =>
	(
		await peek<{ n: number }>(
			`select count(*)::int as n from public.budget_payments where project_id = $1 and kind = 'reimbursement'`,
			[PROJECT]
		)
	)[0].n;

describe('pre-financing paid back', () => {
	it('is refused to anon, a partner editor and an organisation admin outside the project', async () => {
		for (const who of ['anon', 'partnerEditor', 'outsider'] as const) {
			const answer = await as(who).from('budget_payments').insert(reimbursement).select('id');
			expect(answer.error?.code, who).toBe('42501');
		}
		expect(await recorded()).toBe(0);
	});

	it('is recorded by the coordinator and a platform admin, and read by everyone with the published project', async () => {
		expect(
			outcome(await as('coordinator').from('budget_payments').insert(reimbursement).select('id'))
		).toBe(1);
		expect(
			outcome(
				await as('platformAdmin')
					.from('budget_payments')
					.insert({ ...reimbursement, year: 2027, amount_cents: 100 })
					.select('id')
			)
		).toBe(1);
		for (const who of ['anon', 'partnerEditor', 'outsider', 'coordinator'] as const) {
			const { data } = await as(who)
				.from('budget_payments')
				.select('kind, year, amount_cents')
				.eq('project_id', PROJECT)
				.eq('kind', 'reimbursement')
				.order('year');
			expect(data, who).toEqual([
				{ kind: 'reimbursement', year: 2026, amount_cents: 1268000 },
				{ kind: 'reimbursement', year: 2027, amount_cents: 100 }
			]);
		}
	});

	it('is removed only by those who may record it', async () => {
		for (const who of ['anon', 'partnerEditor', 'outsider'] as const) {
			// Anon holds no grant to delete (42501); the others find no row they may delete.
			expect([0, '42501'], who).toContain(
				outcome(
					await as(who)
						.from('budget_payments')
						.delete()
						.eq('project_id', PROJECT)
						.eq('kind', 'reimbursement')
						.select('id')
				)
			);
		}
		expect(await recorded()).toBe(2);
		expect(
			outcome(
				await as('coordinator')
					.from('budget_payments')
					.delete()
					.eq('project_id', PROJECT)
					.eq('kind', 'reimbursement')
					.select('id')
			)
		).toBe(2);
		expect(await recorded()).toBe(0);
	});
});
