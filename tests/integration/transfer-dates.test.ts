// A transfer's start and stages are facts, so their dates are not in the future
// (supabase/migrations/20261207130400_transfer_dates_not_in_future.sql): the public page would
// otherwise say "Dropped since January 1, 2030". As each role, through the real PostgREST.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `td-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

/** A published practice of the seed (Leszno's volunteer centre). */
const PRACTICE = '10000000-0000-4000-8000-000000000001';
const make = factories(PREFIX);
const ORG = {
	adopter: make.organisation({ kind: 'municipality' }),
	other: make.organisation({ country: 'IT' })
};
const USER = {
	/** Admin of the adopting organisation. */
	adopterAdmin: make.person({ adminOf: ORG.adopter }),
	/** Plain member of the adopting organisation: follows the transfer too. */
	adopterMember: make.person({ memberOf: ORG.adopter }),
	/** Member of another organisation. */
	outsider: make.person({ adminOf: ORG.other }),
	platformAdmin: make.person({ is_platform_admin: true })
};
const TRANSFER = randomUUID();

const FIXTURES = `
insert into public.practice_transfers (id, practice_id, organisation_id, started_on, stage_since) values
  ('${TRANSFER}', '${PRACTICE}', '${ORG.adopter}', current_date - 30, current_date - 30);
`;

const CLEAN_UP = `
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

/** A day `days` from today on the calendar of the last time zone to reach it (UTC+14). */
async function day(days: number): Promise<string> {
	const [{ d }] = await peek<{ d: string }>(
		`select ((now() at time zone 'Etc/GMT-14')::date + $1::int)::text as d`,
		[days]
	);
	return d;
}

const moveTo = (who: Person | 'anon', stage: string, since: string) =>
	as(who)
		.from('practice_transfers')
		.update({ stage, stage_since: since })
		.eq('id', TRANSFER)
		.select('id');
const stages = async () =>
	await peek<{ stage: string; since: string }>(
		`select stage::text, since::text from public.practice_transfer_stages where transfer_id = $1 order by id`,
		[TRANSFER]
	);

describe('a stage dated in the future', () => {
	it('is refused to everyone who may follow the transfer (23514), and no stage is recorded', async () => {
		const before = await stages();
		for (const who of ['adopterAdmin', 'adopterMember', 'platformAdmin'] as const) {
			const answer = await moveTo(who, 'dropped', '2030-01-01');
			expectRefused(answer, '23514', 400);
			expect(answer.error?.hint).toBe('transfer_date_in_future');
			expectRefused(await moveTo(who, 'adapting', await day(1)), '23514', 400);
		}
		expect(await stages()).toEqual(before);
		expect(
			await peek(`select stage::text from public.practice_transfers where id = $1`, [TRANSFER])
		).toEqual([{ stage: 'exploring' }]);
	});

	it('stays closed to those who may not follow it (row level security, grants)', async () => {
		expect(outcome(await moveTo('outsider', 'dropped', '2030-01-01'))).toBe(0);
		expect(outcome(await moveTo('anon', 'dropped', '2030-01-01'))).toBe('42501');
	});

	it('today, anywhere on Earth, and earlier days are fine', async () => {
		expect(outcome(await moveTo('adopterMember', 'adapting', await day(-1)))).toBe(1);
		expect(outcome(await moveTo('adopterMember', 'piloting', await day(0)))).toBe(1);
		expect((await stages()).map((s) => s.stage)).toEqual(['exploring', 'adapting', 'piloting']);
	});
});

describe('a transfer starting in the future', () => {
	it('is refused when it is started (23514)', async () => {
		await peek(`delete from public.practice_transfers where id = $1`, [TRANSFER]);
		const answer = await as('adopterAdmin').from('practice_transfers').insert({
			id: TRANSFER,
			practice_id: PRACTICE,
			organisation_id: ORG.adopter,
			started_on: '2030-01-01',
			stage_since: '2030-01-01'
		});
		expect({ code: answer.error?.code, hint: answer.error?.hint }).toEqual({
			code: '23514',
			hint: 'transfer_date_in_future'
		});
		expect(
			await peek(`select id from public.practice_transfers where id = $1`, [TRANSFER])
		).toEqual([]);
	});
});
