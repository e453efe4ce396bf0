// An organisation keeps at least one admin (supabase/migrations/20261207130000_last_organisation_admin.sql):
// its last admin cannot leave, be removed, be made a plain member or delete their account, whoever
// asks; the role is handed over first. As each role, through the real PostgREST.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, type Answer } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `oa-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	/** One admin (`only`) and one plain member. */
	single: make.organisation(),
	/** Two admins. */
	pair: make.organisation(),
	/** One admin, no projects: a platform admin may remove it. */
	lone: make.organisation()
};
const USER = {
	platformAdmin: make.person({ is_platform_admin: true }),
	/** The only admin of `single`; coordinator of the project for it. */
	only: make.person({ adminOf: ORG.single }),
	/** A plain member of `single`; partner editor for it in the project. */
	member: make.person({ memberOf: ORG.single }),
	first: make.person({ adminOf: ORG.pair }),
	second: make.person({ adminOf: ORG.pair }),
	/** The only admin of `lone`. */
	loner: make.person({ adminOf: ORG.lone })
};
const PROJECT = make.project();
make.partner(PROJECT, ORG.single, 'lead_partner');
make.projectMember(PROJECT, USER.only, ORG.single, 'coordinator');
make.projectMember(PROJECT, USER.member, ORG.single, 'partner_editor');

const CLEAN_UP = `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, { rows: make, cleanUp: CLEAN_UP });
type Person = keyof typeof USER;
const as = actingAs<Person>(stack, USER);

const LAST_ADMIN = '23514';

const leave = (who: Person, organisation: string, person: string) =>
	as(who)
		.from('organisation_members')
		.delete()
		.eq('organisation_id', organisation)
		.eq('user_id', person)
		.select('user_id');
const setRole = (who: Person, organisation: string, person: string, role: 'admin' | 'member') =>
	as(who)
		.from('organisation_members')
		.update({ role })
		.eq('organisation_id', organisation)
		.eq('user_id', person)
		.select('user_id');
const deleteAccount = (who: Person, person: string) =>
	as(who).from('users').delete().eq('id', person).select('id');

const roleIn = async (organisation: string, person: string) =>
	(
		await peek<{ role: string }>(
			`select role::text from public.organisation_members where organisation_id = $1 and user_id = $2`,
			[organisation, person]
		)
	)[0]?.role ?? null;
const projectRoles = async (person: string) =>
	(await peek(`select role from public.project_members where user_id = $1`, [person])).length;

function expectLastAdmin(answer: Answer & { error: { hint?: string } | null }): void {
	expectRefused(answer, LAST_ADMIN, 400);
	expect(answer.error?.hint).toBe('last_organisation_admin');
}

describe('the last admin of an organisation', () => {
	it('cannot leave it; their membership and project roles stay', async () => {
		expectLastAdmin(await leave('only', ORG.single, USER.only));
		expect(await roleIn(ORG.single, USER.only)).toBe('admin');
		expect(await projectRoles(USER.only)).toBe(1);
	});

	it('cannot be removed by a platform admin either', async () => {
		expectLastAdmin(await leave('platformAdmin', ORG.single, USER.only));
		expect(await roleIn(ORG.single, USER.only)).toBe('admin');
	});

	it('cannot be made a plain member, by themselves or a platform admin', async () => {
		expectLastAdmin(await setRole('only', ORG.single, USER.only, 'member'));
		expectLastAdmin(await setRole('platformAdmin', ORG.single, USER.only, 'member'));
		expect(await roleIn(ORG.single, USER.only)).toBe('admin');
	});

	it('cannot delete their account, nor have it deleted by a platform admin: nothing of it goes', async () => {
		expectLastAdmin(await deleteAccount('only', USER.only));
		expectLastAdmin(await deleteAccount('platformAdmin', USER.only));
		expect(await peek(`select 1 from public.users where id = $1`, [USER.only])).toHaveLength(1);
		expect(await roleIn(ORG.single, USER.only)).toBe('admin');
		expect(await projectRoles(USER.only)).toBe(1);
	});

	it('is not protected from a member who has no right to act: row level security still finds nothing', async () => {
		expect(outcome(await leave('member', ORG.single, USER.only))).toBe(0);
		expect(outcome(await setRole('member', ORG.single, USER.only, 'member'))).toBe(0);
	});

	it('leaves once another member is made admin; the new admin is then the last', async () => {
		expect(outcome(await setRole('only', ORG.single, USER.member, 'admin'))).toBe(1);
		expect(outcome(await leave('only', ORG.single, USER.only))).toBe(1);
		expect(await projectRoles(USER.only)).toBe(0);
		expectLastAdmin(await leave('member', ORG.single, USER.member));
		await peek(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'admin')`,
			[ORG.single, USER.only]
		);
		await peek(
			`update public.organisation_members set role = 'member' where organisation_id = $1 and user_id = $2`,
			[ORG.single, USER.member]
		);
	});

	it('goes with the organisation when a platform admin removes it', async () => {
		expect(
			outcome(
				await as('platformAdmin').from('organisations').delete().eq('id', ORG.lone).select('id')
			)
		).toBe(1);
		expect(await roleIn(ORG.lone, USER.loner)).toBeNull();
	});
});

describe('an organisation with two admins', () => {
	it('lets one be made a plain member, then refuses the other', async () => {
		expect(outcome(await setRole('first', ORG.pair, USER.second, 'member'))).toBe(1);
		expectLastAdmin(await setRole('first', ORG.pair, USER.first, 'member'));
		expect(outcome(await setRole('first', ORG.pair, USER.second, 'admin'))).toBe(1);
	});

	it('two admins removing each other at the same moment: one of them stays', async () => {
		const one = new pg.Client({ connectionString: stack.DATABASE_URL });
		const other = new pg.Client({ connectionString: stack.DATABASE_URL });
		await Promise.all([one.connect(), other.connect()]);
		const remove = (client: pg.Client, person: string) =>
			client.query(
				`delete from public.organisation_members where organisation_id = $1 and user_id = $2`,
				[ORG.pair, person]
			);
		try {
			await one.query('begin');
			await other.query('begin');
			await remove(one, USER.second);
			// The other removal waits for the first to finish, then sees the one admin left.
			const second = remove(other, USER.first).then(
				() => 'removed',
				(error: { code?: string }) => error.code
			);
			await new Promise((resolve) => setTimeout(resolve, 300));
			await one.query('commit');
			expect(await second).toBe(LAST_ADMIN);
			await other.query('rollback');
			expect(await roleIn(ORG.pair, USER.first)).toBe('admin');
		} finally {
			await Promise.all([one.end(), other.end()]);
		}
	});
});
