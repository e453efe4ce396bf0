// What registrations and event changes tell whom (supabase/migrations/20261206140500_… to 140700_…),
// acting through PostgREST as the seed's people on an event of this file's own in Young NEETs,
// hosted by the Daugavpils Education Board (whose admin is the Daugavpils coordinator), where
// Comune di Faenza (its admin is the Faenza editor, also its partner editor in Young NEETs) has
// three places.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { startMailCatcher, type CaughtMail } from '../../stack/mail.ts';
import { mailTransport, sendWith } from '../../src/lib/server/mail.ts';
import { deliverDue } from '../../src/lib/server/notifications/deliver.ts';
import { actingAs } from './acting-as.ts';
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
const tag = `en${randomBytes(4).toString('hex')}`;
const make = factories(tag);
const EVENT = make.event({
	slug: `${tag}-meeting`,
	title: `${tag} meeting`,
	projects: [YOUNG_NEETS],
	host_organisation_id: ORG.board,
	venue_city: 'Daugavpils',
	venue_country: 'LV',
	starts_local: '2027-03-10 09:00',
	ends_local: '2027-03-11 16:00',
	status: 'confirmed'
});
make.delegation(EVENT, ORG.faenza, 3);
const person = `${tag}-guest@faenza.example`;

const as = actingAs(stack, USER);
const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	setUp: `
		delete from public.notifications where payload -> 'event' ->> 'id' = '${EVENT}';`,
	cleanUp: `
		delete from public.events where id = '${EVENT}';
		delete from public.notifications where payload -> 'event' ->> 'id' = '${EVENT}' or email like '${tag}-%';`
});

type Row = {
	recipient_id: string | null;
	email: string | null;
	kind: string;
	payload: Record<string, unknown>;
};
let seen = 0;
/** The notifications about this file's event since the last call, oldest first. */
async function news(): Promise<Row[]> {
	const rows = await peek<Row & { n: string }>(
		`select recipient_id, email, kind, payload, row_number() over (order by created_at, id) as n
		 from public.notifications where payload -> 'event' ->> 'id' = $1 order by created_at, id`,
		[EVENT]
	);
	const fresh = rows.slice(seen);
	seen = rows.length;
	return fresh;
}
const who = (row: Row) => row.recipient_id ?? row.email;
const summary = (rows: Row[]) =>
	rows
		.map((r) => [who(r), r.kind, r.payload.method ?? r.payload.status ?? null])
		.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function register(fullName: string, email: string | null = null) {
	const { data, error } = await as('faenza').rpc('register_participant', {
		event: EVENT,
		organisation: ORG.faenza,
		full_name: fullName,
		email
	});
	expect(error).toBeNull();
	return data;
}

describe('registrations', () => {
	it('tell the host, and send the registrar (and the person, with an address) a calendar invitation', async () => {
		await news();
		expect(await register(`${tag} Anna`, person)).toBe('registered');
		const rows = await news();
		expect(summary(rows)).toEqual(
			[
				[USER.coordinator, 'registration_changed', 'registered'],
				[USER.faenza, 'calendar_invitation', 'REQUEST'],
				[person, 'calendar_invitation', 'REQUEST']
			].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
		);
		const invitation = rows.find((r) => r.recipient_id === USER.faenza)!;
		expect(invitation.payload.attendees).toEqual([{ name: `${tag} Anna`, email: person }]);
		expect((invitation.payload.event as { title: unknown }).title).toEqual({
			en: { text: `${tag} meeting`, status: 'original' }
		});
	});

	it('moved to the waiting list by fewer places: their registrar is told who, after the host confirmed', async () => {
		await register(`${tag} Bruno`);
		await register(`${tag} Carla`);
		await news();
		const { error } = await as('coordinator')
			.from('event_delegations')
			.update({ places: 1 })
			.eq('event_id', EVENT)
			.eq('organisation_id', ORG.faenza);
		expect(error).toBeNull();
		const rows = await news();
		const lowered = rows.filter((r) => r.kind === 'places_lowered');
		expect(lowered.map((r) => [r.recipient_id, r.payload.places, r.payload.moved])).toEqual([
			[USER.faenza, 1, [`${tag} Bruno`, `${tag} Carla`]]
		]);
		// Anna keeps her place: her registrar's calendar entry now names her alone.
		const calendars = rows.filter((r) => r.kind === 'calendar_invitation');
		expect(calendars.map((r) => [who(r), r.payload.method, r.payload.attendees])).toEqual([
			[USER.faenza, 'REQUEST', [{ name: `${tag} Anna`, email: person }]]
		]);
	});

	it('a place opening moves the first waiting up, and tells their registrar', async () => {
		const { error } = await as('coordinator')
			.from('event_delegations')
			.update({ places: 2 })
			.eq('event_id', EVENT)
			.eq('organisation_id', ORG.faenza);
		expect(error).toBeNull();
		const rows = await news();
		expect(
			rows.filter((r) => r.kind === 'waitlist_place').map((r) => [r.recipient_id, r.payload.person])
		).toEqual([[USER.faenza, `${tag} Bruno`]]);
	});

	it('a cancellation tells the host, and cancels the person’s own calendar entry', async () => {
		const [anna] = await peek<{ id: string }>(
			`select id from public.event_registrations where event_id = $1 and email = $2`,
			[EVENT, person]
		);
		const { error } = await as('faenza').rpc('cancel_registration', { registration: anna.id });
		expect(error).toBeNull();
		const rows = await news();
		expect(
			rows
				.filter((r) => r.kind === 'registration_changed')
				.map((r) => [r.recipient_id, r.payload.status])
		).toEqual([[USER.coordinator, 'cancelled']]);
		expect(rows.filter((r) => r.email === person).map((r) => r.payload.method)).toEqual(['CANCEL']);
		// Carla moved up into the freed place; her registrar freed it, so is not told what they did.
		expect(
			await peek(
				`select status from public.event_registrations where event_id = $1 and full_name = $2`,
				[EVENT, `${tag} Carla`]
			)
		).toEqual([{ status: 'registered' }]);
		expect(rows.filter((r) => r.kind === 'waitlist_place')).toEqual([]);
	});
});

describe('event changes', () => {
	it('a new time tells the registrars and the partnership, with a calendar update of a higher SEQUENCE', async () => {
		const [before] = await peek<{ version: number }>(
			`select version from public.events where id = $1`,
			[EVENT]
		);
		const [sent] = await peek<{ sequence: number }>(
			`select max((payload ->> 'sequence')::integer) as sequence from public.notifications
			 where kind = 'calendar_invitation' and recipient_id = $1 and payload -> 'event' ->> 'id' = $2`,
			[USER.faenza, EVENT]
		);
		const { error } = await as('coordinator')
			.from('events')
			.update({ starts_local: '2027-03-10T10:00:00', version: before.version + 1 })
			.eq('id', EVENT);
		expect(error).toBeNull();
		const rows = await news();
		const changed = rows.filter((r) => r.kind === 'event_changed');
		expect(changed.map((r) => r.recipient_id)).toContain(USER.faenza);
		// The coordinator made the change: not told about it.
		expect(changed.map((r) => r.recipient_id)).not.toContain(USER.coordinator);
		expect(changed[0].payload.changes).toEqual(['time']);
		const [calendar] = rows.filter((r) => r.kind === 'calendar_invitation');
		expect(calendar).toMatchObject({
			recipient_id: USER.faenza,
			payload: { method: 'REQUEST', sequence: sent.sequence + 1 }
		});
	});

	it('a cancelled event sends METHOD:CANCEL', async () => {
		const { error } = await as('coordinator')
			.from('events')
			.update({ status: 'cancelled' })
			.eq('id', EVENT);
		expect(error).toBeNull();
		const rows = await news();
		expect(rows.filter((r) => r.kind === 'event_changed')[0].payload.changes).toEqual(['status']);
		expect(
			rows
				.filter((r) => r.kind === 'calendar_invitation')
				.map((r) => [r.recipient_id, r.payload.method])
		).toEqual([[USER.faenza, 'CANCEL']]);
	});
});

describe('delivered', () => {
	it('the registrar’s calendar follows every step: REQUESTs, then CANCEL, one UID, SEQUENCE rising', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-calendar-'));
		const catcher = await startMailCatcher({ dir, smtpPort: 0, inboxPort: 0 });
		const transport = mailTransport(`smtp://127.0.0.1:${catcher.smtpPort}`);
		try {
			await deliverDue({
				client: createClient(stack.SUPABASE_URL, stack.SUPABASE_SERVICE_ROLE_KEY, {
					auth: { persistSession: false }
				}),
				send: (mail) => sendWith(transport, 'Tilts <noreply@tilts.example>', mail),
				origin: 'https://tilts.example.org',
				secret: stack.SUPABASE_SERVICE_ROLE_KEY,
				from: { name: 'Tilts', address: 'noreply@tilts.example' }
			});
			const mails: CaughtMail[] = await (await fetch(`${catcher.inboxUrl}/api/messages`)).json();
			const ofEvent = mails.filter((m) => m.subject.includes(`${tag} meeting`));
			const registrar = ofEvent.filter(
				(m) => m.to.includes('editor@faenza.example') && m.calendars.length
			);
			const calendarOf = (m: CaughtMail) => {
				const calendar = new ICAL.Component(ICAL.parse(m.calendars[0].content));
				const vevent = calendar.getFirstSubcomponent('vevent')!;
				return {
					method: calendar.getFirstPropertyValue('method'),
					uid: vevent.getFirstPropertyValue('uid'),
					sequence: Number(vevent.getFirstPropertyValue('sequence'))
				};
			};
			const entries = registrar.map(calendarOf);
			expect(entries.length).toBeGreaterThanOrEqual(5);
			expect(new Set(entries.map((e) => e.uid))).toEqual(new Set([`${EVENT}@tilts`]));
			// Sent a few at a time, they may arrive in any order: a calendar keeps the one with the
			// highest SEQUENCE, so each must have its own, and the CANCEL the highest.
			const bySequence = entries.toSorted((a, b) => a.sequence - b.sequence);
			expect(new Set(bySequence.map((e) => e.sequence)).size).toBe(entries.length);
			expect(bySequence.at(-1)!.method).toBe('CANCEL');
			expect(bySequence.slice(0, -1).every((e) => e.method === 'REQUEST')).toBe(true);
			// Anna's own copy: invited, then cancelled when her registration was.
			// They too may arrive in either order: in the order of their SEQUENCE.
			const own = ofEvent
				.filter((m) => m.to.includes(person))
				.map(calendarOf)
				.toSorted((a, b) => a.sequence - b.sequence)
				.map((entry) => entry.method);
			expect(own).toEqual(['REQUEST', 'CANCEL']);
			// Registrations reach the host in the daily digest (the default for what needs no action).
			expect(ofEvent.filter((m) => m.to.includes('coordinator@daugavpils.example'))).toEqual([]);
			const digest = await peek(
				`select status from public.notifications where recipient_id = $1 and kind = 'registration_changed' and payload -> 'event' ->> 'id' = $2`,
				[USER.coordinator, EVENT]
			);
			expect(digest.length).toBeGreaterThan(0);
			expect(digest.every((r) => r.status === 'pending')).toBe(true);
		} finally {
			transport.close();
			await catcher.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
