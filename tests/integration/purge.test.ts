// purge_expired() removes what is no longer needed and keeps what is.
import { describe, expect, inject, it } from 'vitest';
import { RETENTION } from '../../src/lib/retention.ts';
import { withClient } from '../support/db.ts';

const stack = inject('stack');
const USER = '0c000000-0000-4000-8000-000000000004';
const ORG = '0a000000-0000-4000-8000-000000000004';
const hex = (c: string) => c.repeat(64);

describe('purge_expired', () => {
	it('removes expired sessions, old resets and failures and stale invitations, and nothing else', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			await db.query('begin');
			try {
				await db.query(
					`insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values
					 ($1, $3, now() - interval '1 minute', now() + interval '1 day'),
					 ($2, $3, now() + interval '1 day', now() + interval '2 days')`,
					[hex('a'), hex('b'), USER]
				);
				await db.query(
					`insert into public.password_resets (token_hash, user_id, expires_at) values
					 ($1, $3, now() - interval '2 days'), ($2, $3, now() + interval '1 hour')`,
					[hex('c'), hex('d'), USER]
				);
				await db.query(
					`insert into public.sign_in_failures (email, client_address, failed_at) values
					 ('old@test.example', '127.0.0.1', now() - interval '2 days'), ('new@test.example', '127.0.0.1', now())`
				);
				await db.query(
					`insert into public.invitations (token_hash, email, organisation_id, expires_at, accepted_at, accepted_by) values
					 ($1, 'stale@test.example', $4, now() - interval '31 days', null, null),
					 ($2, 'open@test.example', $4, now() + interval '1 day', null, null),
					 ($3, 'editor@leszno.example', $4, now() - interval '60 days', now() - interval '70 days', $5)`,
					[hex('e'), hex('f'), hex('1'), ORG, USER]
				);
				await db.query(`set local role service_role`);
				const { rows } = await db.query('select public.purge_expired() as removed');
				expect(rows[0].removed).toMatchObject({
					sessions: 1,
					password_resets: 1,
					sign_in_failures: 1,
					invitations: 1
				});
				await db.query('reset role');
				const left = await db.query(
					`select (select count(*)::int from public.sessions where id in ($1, $2)) as sessions,
					        (select count(*)::int from public.invitations where token_hash in ($3, $4, $5)) as invitations`,
					[hex('a'), hex('b'), hex('e'), hex('f'), hex('1')]
				);
				expect(left.rows[0]).toEqual({ sessions: 1, invitations: 2 });
			} finally {
				await db.query('rollback');
			}
		});
	});

	it('removes notifications sent or failed 90 days ago, and keeps pending and recent ones', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			await db.query('begin');
			try {
				const { rows: made } = await db.query(
					`insert into public.notifications (recipient_id, kind, delivery, status, created_at) values
					 ($1, 'role_changed', 'immediate', 'sent', now() - interval '91 days'),
					 ($1, 'role_changed', 'immediate', 'failed', now() - interval '91 days'),
					 ($1, 'role_changed', 'immediate', 'pending', now() - interval '91 days'),
					 ($1, 'role_changed', 'immediate', 'sent', now() - interval '89 days')
					 returning id`,
					[USER]
				);
				await db.query(`set local role service_role`);
				await db.query('select public.purge_expired()');
				await db.query('reset role');
				const { rows } = await db.query(
					`select status from public.notifications where id = any($1) order by status`,
					[made.map((r) => r.id)]
				);
				expect(rows).toEqual([{ status: 'pending' }, { status: 'sent' }]);
			} finally {
				await db.query('rollback');
			}
		});
	});

	it('keeps each kind for exactly the days the privacy notice states (src/lib/retention.ts)', async () => {
		// One row just inside each period and one just past it: only the second goes.
		const inside = (days: number) => `now() - interval '${days} days' + interval '1 minute'`;
		const past = (days: number) => `now() - interval '${days} days' - interval '1 minute'`;
		await withClient(stack.DATABASE_URL, async (db) => {
			await db.query('begin');
			try {
				await db.query(
					`insert into public.sign_in_failures (email, client_address, failed_at) values
					 ('kept@retention.example', '127.0.0.1', ${inside(RETENTION.signInFailuresKeptDays)}),
					 ('gone@retention.example', '127.0.0.1', ${past(RETENTION.signInFailuresKeptDays)})`
				);
				await db.query(
					`insert into public.password_resets (token_hash, user_id, expires_at) values
					 ($1, $3, ${inside(RETENTION.passwordResetKeptDays)}), ($2, $3, ${past(RETENTION.passwordResetKeptDays)})`,
					[hex('7'), hex('8'), USER]
				);
				await db.query(
					`insert into public.invitations (token_hash, email, organisation_id, expires_at) values
					 ($1, 'kept@retention.example', $3, ${inside(RETENTION.invitationKeptDays)}),
					 ($2, 'gone@retention.example', $3, ${past(RETENTION.invitationKeptDays)})`,
					[hex('5'), hex('6'), ORG]
				);
				await db.query(
					`insert into public.notifications (email, kind, delivery, status, created_at) values
					 ('kept@retention.example', 'calendar_invitation', 'immediate', 'sent', ${inside(RETENTION.notificationsKeptDays)}),
					 ('gone@retention.example', 'calendar_invitation', 'immediate', 'sent', ${past(RETENTION.notificationsKeptDays)})`
				);
				await db.query(`set local role service_role`);
				const { rows } = await db.query('select public.purge_expired() as removed');
				expect(rows[0].removed).toMatchObject({
					password_resets: 1,
					sign_in_failures: 1,
					invitations: 1,
					notifications: 1
				});
				await db.query('reset role');
				const left = await db.query(
					`select (select count(*)::int from public.sign_in_failures where email = 'kept@retention.example') as failures,
					        (select count(*)::int from public.password_resets where token_hash = $1) as resets,
					        (select count(*)::int from public.invitations where token_hash = $2) as invitations,
					        (select count(*)::int from public.notifications where email = 'kept@retention.example') as notifications`,
					[hex('7'), hex('5')]
				);
				expect(left.rows[0]).toEqual({ failures: 1, resets: 1, invitations: 1, notifications: 1 });
			} finally {
				await db.query('rollback');
			}
		});
	});

	it('cannot be called by the API roles', async () => {
		await withClient(stack.DATABASE_URL, async (db) => {
			for (const role of ['anon', 'authenticated']) {
				await db.query('begin');
				await db.query(`set local role ${role}`);
				await expect(db.query('select public.purge_expired()')).rejects.toMatchObject({
					code: '42501'
				});
				await db.query('rollback');
			}
		});
	});
});
