// What notifications cost, in one run on one machine, through the real API and SMTP catcher:
// - recording them: a registration (which queues three notifications) and a practice submission
//   (one per approver), each with the notify triggers on and off; the budget is 5 ms added;
// - sending them: 1,000 queued e-mails delivered by the worker to the local catcher; the budget is
//   30 s.
//   npm run bench
import { randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { mintUserJwt } from '../src/lib/server/jwt.ts';
import { mailTransport, sendWith } from '../src/lib/server/mail.ts';
import { deliverDue } from '../src/lib/server/notifications/deliver.ts';
import { startTestStack } from '../tests/support/stack.ts';

const ROUNDS = 200;
const FAENZA_EDITOR = '0c000000-0000-4000-8000-000000000003';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const BOARD = '0a000000-0000-4000-8000-000000000002';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const TRIGGERS = [
	['event_registrations', 'notify_registrations_made'],
	['practice_text_history', 'notify_practice_review']
];

const stack = await startTestStack();
try {
	const db = new pg.Client({ connectionString: stack.superuserUrl });
	db.on('error', () => {});
	await db.connect();
	const editor = createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_ANON_KEY, {
		accessToken: async () => mintUserJwt(FAENZA_EDITOR, stack.env.SUPABASE_JWT_SECRET)
	});

	const event = randomUUID();
	await db.query(
		`insert into public.events (id, slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status)
		 values ($1, 'bench-notifications', 'conference', '{"en": {"text": "Bench", "status": "original"}}', $2, 'Europe/Riga',
		   '2030-05-05 09:00', '2030-05-06 17:00', 'confirmed')`,
		[event, BOARD]
	);
	await db.query(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
		YOUNG_NEETS,
		event
	]);
	await db.query(
		`insert into public.event_delegations (event_id, organisation_id, places) values ($1, $2, 1000)`,
		[event, FAENZA]
	);
	const practices: string[] = [];
	for (let i = 0; i < 2 * ROUNDS + 10; i++) {
		const id = randomUUID();
		practices.push(id);
		await db.query(
			`insert into public.practices (id, slug, organisation_id, project_id, country) values ($1, $2, $3, $4, 'IT')`,
			[id, `bench-${i}`, FAENZA, YOUNG_NEETS]
		);
		await db.query(
			`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer)
			 values ($1, 'en', 'original', 'Bench practice', 's', 'c', 'a', 'r', 'x', 'l', 't')`,
			[id]
		);
	}

	let person = 0;
	let submitted = 0;
	const changes = {
		'register a participant': () =>
			editor.rpc('register_participant', {
				event,
				organisation: FAENZA,
				full_name: `Bench person ${++person}`,
				email: `bench${person}@faenza.example`
			}),
		// Each practice is submitted once: a new one every time.
		'submit a practice text': () =>
			editor.rpc('submit_practice_text', {
				practice: practices[submitted++],
				locale: 'en',
				seen_version: 1
			})
	};

	async function median(change: () => PromiseLike<{ error: unknown }>): Promise<number> {
		const times: number[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			const start = performance.now();
			const { error } = await change();
			if (error) throw new Error(JSON.stringify(error));
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
	}

	async function triggers(enabled: boolean) {
		for (const [table, trigger] of TRIGGERS)
			await db.query(
				`alter table public.${table} ${enabled ? 'enable' : 'disable'} trigger ${trigger}`
			);
	}

	console.log(
		'\nRecording notifications: median of %d changes, notify triggers off → on\n',
		ROUNDS
	);
	let over = false;
	for (const [name, change] of Object.entries(changes)) {
		for (let i = 0; i < 5; i++) await change();
		await triggers(false);
		const off = await median(change);
		await triggers(true);
		const on = await median(change);
		const added = on - off;
		over ||= added > 5;
		console.log(
			`  ${name.padEnd(26)} ${off.toFixed(2).padStart(6)} ms → ${on.toFixed(2).padStart(6)} ms   +${added.toFixed(2)} ms${added > 5 ? '  (over the 5 ms budget)' : ''}`
		);
	}

	// 1,000 queued e-mails, as the worker sends them.
	await db.query(
		`update public.notifications set status = 'sent' where status in ('pending', 'sending')`
	);
	await db.query(
		`insert into public.notifications (recipient_id, kind, payload, delivery)
		 select $1, 'practice_submitted', jsonb_build_object('slug', 'bench-' || i, 'title', 'Bench practice ' || i, 'locale', 'en', 'actor', 'Bench'), 'immediate'
		 from generate_series(1, 1000) as i`,
		[FAENZA_EDITOR]
	);
	const transport = mailTransport(stack.env.SMTP_URL);
	const context = {
		client: createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_SERVICE_ROLE_KEY, {
			auth: { persistSession: false }
		}),
		send: (mail: Parameters<typeof sendWith>[2]) =>
			sendWith(transport, 'Tilts <noreply@tilts.example>', mail),
		origin: 'http://127.0.0.1:3000',
		secret: stack.env.SUPABASE_SERVICE_ROLE_KEY,
		from: { name: 'Tilts', address: 'noreply@tilts.example' }
	};
	const start = performance.now();
	const result = await deliverDue(context, { limit: 1000 });
	const seconds = (performance.now() - start) / 1000;
	transport.close();
	await db.end();
	over ||= seconds > 30 || result.sent !== 1000;
	console.log(
		`\nSending: ${result.sent} of 1,000 queued e-mails in ${seconds.toFixed(1)} s${seconds > 30 ? '  (over the 30 s budget)' : ''}`
	);
	console.log(over ? '\nOver budget.' : '\nWithin the budget.');
} finally {
	await stack.dispose();
}
