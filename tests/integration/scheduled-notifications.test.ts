// What the scheduler queues (supabase/migrations/20261206140800_event_reminders.sql): reminders
// before a registration deadline and before an event, and the weekly "coming up" e-mail, each once
// however often it runs. The private functions take the moment they run at, so that a test can
// say "three days before": the scheduler itself always runs them at now().
import { randomBytes } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import { describe, expect, inject, it } from 'vitest';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenza: '0c000000-0000-4000-8000-000000000003'
};
const ORG = {
	board: '0a000000-0000-4000-8000-000000000002',
	faenza: '0a000000-0000-4000-8000-000000000003'
};
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const tag = `sn${randomBytes(4).toString('hex')}`;
// Wednesday 10 March 2027, 09:00 in Riga; registration closes on Friday 5 March.
const STARTS = '2027-03-10 09:00';
const make = factories(tag);
const EVENT = make.event({
	slug: `${tag}-meeting`,
	title: `${tag} meeting`,
	projects: [YOUNG_NEETS],
	host_organisation_id: ORG.board,
	starts_local: STARTS,
	ends_local: '2027-03-11 16:00',
	status: 'confirmed',
	registration_deadline: '2027-03-05'
});
make.delegation(EVENT, ORG.faenza, 3);
make.registration(EVENT, ORG.faenza, {
	full_name: `${tag} Anna`,
	email: `anna-${tag}@faenza.example`,
	registered_by: USER.faenza
});

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: `
		delete from public.notifications where payload -> 'event' ->> 'id' = '${EVENT}' or payload::text like '%${tag}%';`,
	cleanUp: `
		delete from public.events where id = '${EVENT}';
		delete from public.notifications where payload::text like '%${tag}%' or email like '%${tag}%';
		delete from public.notification_preferences where user_id = '${USER.faenza}' and kind = 'coming_up';`
});

const queued = (kind: string) =>
	peek<{ recipient_id: string; payload: Record<string, unknown> }>(
		`select recipient_id, payload from public.notifications where kind = $1 and payload::text like $2 order by recipient_id`,
		[kind, `%${tag}%`]
	);

async function run(fn: string, moment: string): Promise<number> {
	const [row] = await peek<{ n: number }>(`select private.${fn}($1::timestamptz) as n`, [moment]);
	return row.n;
}

describe('the registration deadline reminder', () => {
	it('comes three days before, to the registrars of a partner with free places, once', async () => {
		expect(await run('queue_deadline_reminders', '2027-02-28 12:00+00')).toBe(0);
		await run('queue_deadline_reminders', '2027-03-02 08:00+00');
		await run('queue_deadline_reminders', '2027-03-03 08:00+00');
		const rows = await queued('registration_deadline');
		// Faenza's admin and partner editor in Young NEETs are one person.
		expect(
			rows.map((r) => [r.recipient_id, r.payload.registered, r.payload.places, r.payload.deadline])
		).toEqual([[USER.faenza, 1, 3, '2027-03-05']]);
	});

	it('does not come to a partner whose places are all taken', async () => {
		await peek(`update public.event_delegations set places = 1 where event_id = $1`, [EVENT]);
		await peek(
			`delete from public.notifications where kind = 'registration_deadline' and payload::text like $1`,
			[`%${tag}%`]
		);
		await run('queue_deadline_reminders', '2027-03-03 08:00+00');
		expect(await queued('registration_deadline')).toEqual([]);
	});
});

describe('the reminder before the event', () => {
	it('comes in the week before, to each registrar, with the calendar entry of their people, once', async () => {
		expect(await run('queue_event_reminders', '2027-03-01 12:00+00')).toBe(0);
		await run('queue_event_reminders', '2027-03-05 12:00+00');
		await run('queue_event_reminders', '2027-03-08 12:00+00');
		const rows = await queued('event_reminder');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			recipient_id: USER.faenza,
			payload: { method: 'REQUEST', attendees: [{ name: `${tag} Anna` }] }
		});
	});
});

describe('the weekly “coming up” e-mail', () => {
	it('is for those who asked, on Monday at their hour, once a week', async () => {
		// Monday 8 March 2027, 09:30 in Rome: nobody asked yet.
		await run('queue_coming_up', '2027-03-08 08:30+00');
		expect(await queued('coming_up')).toEqual([]);
		await peek(
			`insert into public.notification_preferences (user_id, kind, delivery) values ($1, 'coming_up', 'immediate')`,
			[USER.faenza]
		);
		// Sunday: not yet; Monday 07:30 in Rome, before the digest hour (8): not yet.
		await run('queue_coming_up', '2027-03-07 12:00+00');
		await run('queue_coming_up', '2027-03-08 06:30+00');
		expect(await queued('coming_up')).toEqual([]);
		await run('queue_coming_up', '2027-03-08 08:30+00');
		await run('queue_coming_up', '2027-03-08 15:00+00');
		const rows = await queued('coming_up');
		expect(rows.map((r) => r.recipient_id)).toEqual([USER.faenza]);
		expect((rows[0].payload.events as Array<{ slug: string }>).map((e) => e.slug)).toContain(
			`${tag}-meeting`
		);
	});
});

describe('the scheduler’s one call', () => {
	it('is the server’s alone', async () => {
		const anon = createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
			auth: { persistSession: false }
		});
		expect((await anon.rpc('queue_scheduled_notifications')).error?.code).toBe('42501');
		const service = createClient(stack.SUPABASE_URL, stack.SUPABASE_SERVICE_ROLE_KEY, {
			auth: { persistSession: false }
		});
		const { data, error } = await service.rpc('queue_scheduled_notifications');
		expect(error).toBeNull();
		expect(Object.keys(data as object).sort()).toEqual([
			'coming_up',
			'deadline_reminders',
			'event_reminders'
		]);
	});
});
