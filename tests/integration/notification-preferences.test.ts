// Notification preferences and the outbox (supabase/migrations/20261206100*_notification*.sql and
// 20261206150*), as each role through the real PostgREST, the way the account page and the admin's
// mail page call them: a person chooses only for themselves, a kind turned off queues nothing for
// them, platform admins read (and send again) every notification, everyone else only their own.
//
// The people are the seed's plus an outsider of this file's. Practices made here have slugs starting
// with this run's tag; notifications are put in place (and failed) as the superuser, which bypasses
// row level security. Cleaning up removes exactly this file's rows and the coordinator's choice.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, expectRefused, outcome, type Answer } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `np-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);

const ORG_LESZNO = '0a000000-0000-4000-8000-000000000004';
/** Small-scale partnership: the coordinator coordinates it, the Leszno editor is a partner editor in it. */
const PROJECT_SMALL = '0b000000-0000-4000-8000-000000000002';

const USER = {
	/** admin@tilts.example: platform admin, member of nothing. */
	platformAdmin: '0c000000-0000-4000-8000-000000000001',
	/** Coordinator of small-scale-partnership: approves its practices. */
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenzaEditor: '0c000000-0000-4000-8000-000000000003',
	/** Partner editor in small-scale-partnership: writes its practices. */
	lesznoEditor: '0c000000-0000-4000-8000-000000000004',
	/** This file's: signed in, a member of nothing. */
	outsider: make.person({ email: `outsider@${EMAIL_DOMAIN}`, display_name: 'Outsider (test)' })
};
type Person = keyof typeof USER;

/** This file's notifications: one to the outsider that failed, one to a bare address that was sent. */
const NOTE = {
	outsiderFailed: randomUUID(),
	outsiderSent: randomUUID(),
	address: randomUUID(),
	faenza: randomUUID()
};

const FIXTURES = `
insert into public.notifications (id, recipient_id, email, kind, payload, delivery, status, attempts, last_error, sent_at) values
  ('${NOTE.outsiderFailed}', '${USER.outsider}', null, 'role_changed', '{"tag": "${PREFIX}"}', 'immediate', 'failed', 8, 'smtp: 550 mailbox unavailable', null),
  ('${NOTE.outsiderSent}', '${USER.outsider}', null, 'event_created', '{"tag": "${PREFIX}"}', 'digest', 'sent', 1, null, now()),
  ('${NOTE.address}', null, 'participant@${EMAIL_DOMAIN}', 'calendar_invitation', '{"tag": "${PREFIX}"}', 'immediate', 'sent', 1, null, now()),
  ('${NOTE.faenza}', '${USER.faenzaEditor}', null, 'role_changed', '{"tag": "${PREFIX}"}', 'immediate', 'pending', 0, null, null);
`;

const CLEAN_UP = `
delete from public.notifications where payload ->> 'tag' = '${PREFIX}' or payload ->> 'slug' like '${PREFIX}-%';
delete from public.notification_preferences where user_id = '${USER.coordinator}';
delete from public.practices where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP,
	left: async () => {
		const left = await peek(
			`select (select count(*)::int from public.notifications where payload ->> 'tag' = $1 or payload ->> 'slug' like $2) as notifications,
			        (select count(*)::int from public.practices where slug like $2) as practices,
			        (select count(*)::int from public.notification_preferences where user_id = $3) as preferences`,
			[PREFIX, `${PREFIX}-%`, USER.coordinator]
		);
		expect(left).toEqual([{ notifications: 0, practices: 0, preferences: 0 }]);
	}
});

const as = actingAs<Person>(stack, USER);

async function choose(
	who: Person,
	kind: string,
	delivery: string,
	forWhom: Person = who
): Promise<Answer> {
	return as(who)
		.from('notification_preferences')
		.upsert({ user_id: USER[forWhom], kind, delivery })
		.select('kind, delivery');
}

async function preferencesOf(person: Person): Promise<{ kind: string; delivery: string }[]> {
	return peek(
		`select kind, delivery from public.notification_preferences where user_id = $1 order by kind`,
		[USER[person]]
	);
}

describe('notification preferences', () => {
	it('are readable by anyone signed in as kinds, never by anon', async () => {
		expect(outcome(await as('outsider').from('notification_kinds').select('kind'))).toBe(17);
		expectRefused(await as('anon').from('notification_kinds').select('kind'), DENIED, 401);
	});

	it('a person sets, changes and removes their own choice', async () => {
		expect(await choose('outsider', 'event_created', 'off')).toMatchObject({
			error: null,
			data: [{ kind: 'event_created', delivery: 'off' }]
		});
		// The same upsert again changes it: the account page saves every choice in one request.
		expect(await choose('outsider', 'event_created', 'immediate')).toMatchObject({
			error: null,
			data: [{ delivery: 'immediate' }]
		});
		expect(outcome(await as('outsider').from('notification_preferences').select('kind'))).toBe(1);
		expect(await preferencesOf('outsider')).toEqual([
			{ kind: 'event_created', delivery: 'immediate' }
		]);
		expect(
			outcome(
				await as('outsider')
					.from('notification_preferences')
					.delete()
					.eq('kind', 'event_created')
					.select('kind')
			)
		).toBe(1);
		expect(await preferencesOf('outsider')).toEqual([]);
	});

	it("nobody reads, sets, changes or removes another person's choice; anon nothing at all", async () => {
		await choose('outsider', 'transfer_stage', 'off');
		const other = as('faenzaEditor');
		expect(
			outcome(
				await other.from('notification_preferences').select('kind').eq('user_id', USER.outsider)
			)
		).toBe(0);
		expect(outcome(await choose('faenzaEditor', 'event_created', 'off', 'outsider'))).toBe(DENIED);
		expect(
			outcome(
				await other
					.from('notification_preferences')
					.update({ delivery: 'digest' })
					.eq('user_id', USER.outsider)
					.select('kind')
			)
		).toBe(0);
		expect(
			outcome(
				await other
					.from('notification_preferences')
					.delete()
					.eq('user_id', USER.outsider)
					.select('kind')
			)
		).toBe(0);
		// Not even to themselves by moving another's row: the key stays the owner's.
		expect(
			outcome(
				await other
					.from('notification_preferences')
					.update({ user_id: USER.faenzaEditor })
					.eq('user_id', USER.outsider)
					.select('kind')
			)
		).toBe(0);
		expectRefused(await as('anon').from('notification_preferences').select('kind'), DENIED, 401);
		expect(
			outcome(
				await as('anon')
					.from('notification_preferences')
					.insert({ user_id: USER.outsider, kind: 'event_created', delivery: 'off' })
			)
		).toBe(DENIED);
		expect(await preferencesOf('outsider')).toEqual([{ kind: 'transfer_stage', delivery: 'off' }]);
	});

	it('refuses a delivery that does not exist, and a kind that does not exist', async () => {
		expect(outcome(await choose('outsider', 'event_created', 'weekly'))).toBe(CHECK);
		expect(outcome(await choose('outsider', 'no_such_kind', 'off'))).toBe('23503');
	});

	it('the digest hour is the person’s own, from 0 to 23', async () => {
		const hourOf = async (person: Person) =>
			(
				await peek<{ digest_hour: number }>(`select digest_hour from public.users where id = $1`, [
					USER[person]
				])
			)[0].digest_hour;
		expect(
			outcome(
				await as('outsider')
					.from('users')
					.update({ digest_hour: 6 })
					.eq('id', USER.outsider)
					.select('id')
			)
		).toBe(1);
		expect(await hourOf('outsider')).toBe(6);
		expect(
			outcome(
				await as('outsider')
					.from('users')
					.update({ digest_hour: 24 })
					.eq('id', USER.outsider)
					.select('id')
			)
		).toBe(CHECK);
		const before = await hourOf('faenzaEditor');
		expect(
			outcome(
				await as('outsider')
					.from('users')
					.update({ digest_hour: 3 })
					.eq('id', USER.faenzaEditor)
					.select('id')
			)
		).toBe(0);
		expect(await hourOf('faenzaEditor')).toBe(before);
	});
});

describe('a kind turned off', () => {
	let practices = 0;
	/** A practice of small-scale-partnership started and submitted by the Leszno editor. */
	async function submitPractice(): Promise<string> {
		const slug = `${PREFIX}-${++practices}`;
		const created = await as('lesznoEditor').rpc('create_practice', {
			organisation: ORG_LESZNO,
			project: PROJECT_SMALL,
			slug,
			locale: 'pl',
			title: `Practice ${practices} (test)`
		});
		expect(created.error).toBeNull();
		// The sections a text needs before review, written as its author would.
		const saved = await as('lesznoEditor').rpc('save_practice_text', {
			practice: created.data,
			locale: 'pl',
			seen_version: 1,
			changes: {
				summary: 'Streszczenie',
				context: 'Kontekst',
				actions: 'Działania',
				results: 'Wyniki'
			}
		});
		expect(saved.error).toBeNull();
		const [{ version }] = await peek<{ version: number }>(
			`select version from public.practice_texts where practice_id = $1 and locale = 'pl'`,
			[created.data]
		);
		const submitted = await as('lesznoEditor').rpc('submit_practice_text', {
			practice: created.data,
			locale: 'pl',
			seen_version: version
		});
		expect({ error: submitted.error, data: submitted.data }).toEqual({ error: null, data: true });
		return slug;
	}

	const queuedFor = (person: Person, slug: string) =>
		peek<{ kind: string; delivery: string }>(
			`select kind, delivery from public.notifications where recipient_id = $1 and payload ->> 'slug' = $2`,
			[USER[person], slug]
		);

	it('queues nothing for the person; the default and a digest choice queue as chosen', async () => {
		expect(await queuedFor('coordinator', await submitPractice())).toEqual([
			{ kind: 'practice_submitted', delivery: 'immediate' }
		]);

		expect((await choose('coordinator', 'practice_submitted', 'off')).error).toBeNull();
		expect(await queuedFor('coordinator', await submitPractice())).toEqual([]);

		expect((await choose('coordinator', 'practice_submitted', 'digest')).error).toBeNull();
		expect(await queuedFor('coordinator', await submitPractice())).toEqual([
			{ kind: 'practice_submitted', delivery: 'digest' }
		]);
	});
});

describe('the outbox', () => {
	const superuserCount = async () =>
		(await peek<{ n: number }>(`select count(*)::int as n from public.notifications`))[0].n;

	it('platform admins read every notification, with the recipient’s account', async () => {
		const all = await as('platformAdmin')
			.from('notifications')
			.select('id', { count: 'exact', head: true });
		expect(all.count).toBe(await superuserCount());
		const mine = await as('platformAdmin')
			.from('notifications')
			.select('id, status, recipient:users!notifications_recipient_id_fkey(display_name, email)')
			.in('id', [NOTE.outsiderFailed, NOTE.address])
			.order('status');
		expect(mine.data).toEqual([
			{
				id: NOTE.outsiderFailed,
				status: 'failed',
				recipient: { display_name: 'Outsider (test)', email: `outsider@${EMAIL_DOMAIN}` }
			},
			{ id: NOTE.address, status: 'sent', recipient: null }
		]);
	});

	it('everyone else reads only their own; anon nothing', async () => {
		const own = await as('outsider').from('notifications').select('id, recipient_id');
		expect(own.error).toBeNull();
		expect((own.data as { id: string }[]).map((n) => n.id).sort()).toEqual(
			[NOTE.outsiderFailed, NOTE.outsiderSent].sort()
		);
		expect(
			outcome(
				await as('faenzaEditor')
					.from('notifications')
					.select('id')
					.in('id', [NOTE.outsiderFailed, NOTE.address])
			)
		).toBe(0);
		expect(
			outcome(await as('faenzaEditor').from('notifications').select('id').eq('id', NOTE.faenza))
		).toBe(1);
		expectRefused(await as('anon').from('notifications').select('id'), DENIED, 401);
		// Nobody writes the outbox through the API, not even a platform admin.
		expect(
			outcome(
				await as('platformAdmin')
					.from('notifications')
					.update({ status: 'pending' })
					.eq('id', NOTE.outsiderFailed)
			)
		).toBe(DENIED);
	});

	it('notification_counts counts every state for a platform admin, only their own for anyone else', async () => {
		const expected = Object.fromEntries(
			(
				await peek<{ status: string; n: number }>(
					`select status, count(*)::int as n from public.notifications group by status`
				)
			).map((r) => [r.status, r.n])
		);
		const counted = async (who: Person) =>
			Object.fromEntries(
				(
					(await as(who).rpc('notification_counts')).data as { status: string; count: number }[]
				).map((r) => [r.status, Number(r.count)])
			);
		expect(await counted('platformAdmin')).toEqual(expected);
		expect(await counted('outsider')).toEqual({ failed: 1, sent: 1 });
		expect(outcome(await as('anon').rpc('notification_counts'))).toBe(DENIED);
	});

	it('retry_notification is refused to anyone but a platform admin, and sends a failed one again once', async () => {
		for (const who of ['outsider', 'faenzaEditor', 'coordinator'] as const) {
			expect(
				outcome(await as(who).rpc('retry_notification', { notification: NOTE.outsiderFailed }))
			).toBe(DENIED);
		}
		expect(
			outcome(await as('anon').rpc('retry_notification', { notification: NOTE.outsiderFailed }))
		).toBe(DENIED);
		const row = () =>
			peek(`select status, attempts, last_error from public.notifications where id = $1`, [
				NOTE.outsiderFailed
			]);
		expect(await row()).toEqual([
			{ status: 'failed', attempts: 8, last_error: 'smtp: 550 mailbox unavailable' }
		]);

		const retried = await as('platformAdmin').rpc('retry_notification', {
			notification: NOTE.outsiderFailed
		});
		expect({ error: retried.error, data: retried.data }).toEqual({ error: null, data: true });
		expect(await row()).toEqual([{ status: 'pending', attempts: 0, last_error: null }]);
		const audit = await peek(
			`select actor_id, action from public.audit_log where subject_id = $1`,
			[NOTE.outsiderFailed]
		);
		expect(audit).toEqual([{ actor_id: USER.platformAdmin, action: 'notification.retried' }]);
		// No longer failed: nothing to send again.
		expect(
			(await as('platformAdmin').rpc('retry_notification', { notification: NOTE.outsiderFailed }))
				.data
		).toBe(false);
		expect(
			(await as('platformAdmin').rpc('retry_notification', { notification: NOTE.address })).data
		).toBe(false);
	});
});
