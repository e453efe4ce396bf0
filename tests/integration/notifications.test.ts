// Notifications (supabase/migrations/202612061*): recorded by the database with the change that
// causes them, and delivered by the server's worker (src/lib/server/notifications/deliver.ts)
// through PostgREST as the service role, to a real SMTP catcher that this file starts and stops.
//
// The changes are made as the seed's people through PostgREST (the Faenza editor submits good
// practices of Young NEETs, whose coordinator is the Daugavpils coordinator), on practices of this
// file's own, tagged so that the clean-up removes exactly them. Other files' notifications may be
// queued in the same database: every count here is of this file's notifications or e-mails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../../stack/mail.ts';
import { mailTransport, sendWith } from '../../src/lib/server/mail.ts';
import {
	deliverDigests,
	deliverDue,
	type DeliveryContext
} from '../../src/lib/server/notifications/deliver.ts';
import { actingAs } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const USER = {
	coordinator: '0c000000-0000-4000-8000-000000000002',
	faenza: '0c000000-0000-4000-8000-000000000003'
};
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const tag = `n${randomBytes(4).toString('hex')}`;
const gone = { id: randomUUID(), email: `${tag}-gone@deleted.example` };
const leaver = { id: randomUUID(), email: `${tag}-leaver@deleted.example` };
const make = factories(tag);
make.person({ ...gone, display_name: 'Gone (test)', preferred_locale: 'en' });
make.person({ ...leaver, display_name: 'Leaver (test)', preferred_locale: 'en' });

const as = actingAs(stack, USER);
const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	cleanUp: `
		delete from public.practices where slug like '${tag}-%';
		delete from public.users where email like '${tag}-%';
		delete from public.notification_preferences where user_id = '${USER.coordinator}';
		delete from public.notification_digest_runs where user_id = '${USER.faenza}';
		update public.users set digest_hour = 8 where id = '${USER.faenza}';`
});

/** A practice of Young NEETs by Comune di Faenza, with an English text ready to submit. */
async function practice(): Promise<{ id: string; title: string }> {
	const id = randomUUID();
	const title = `${tag} practice ${id.slice(0, 8)}`;
	await peek(
		`insert into public.practices (id, slug, organisation_id, project_id, country, created_by)
		 values ($1, $2, '${FAENZA}', '${YOUNG_NEETS}', 'IT', '${USER.faenza}')`,
		[id, `${tag}-${id.slice(0, 8)}`]
	);
	await peek(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer)
		 values ($1, 'en', 'original', $2, 'Summary', 'Context', 'Actions', 'Resources', 'Results', 'Lessons', 'Transfer')`,
		[id, title]
	);
	return { id, title };
}

async function submit(practiceId: string): Promise<void> {
	const { error } = await as('faenza').rpc('submit_practice_text', {
		practice: practiceId,
		locale: 'en',
		seen_version: 1
	});
	expect(error).toBeNull();
}

type Row = {
	id: string;
	recipient_id: string;
	kind: string;
	status: string;
	attempts: number;
	last_error: string | null;
	payload: { title: string };
};
const ofThisFile = (where = 'true') =>
	peek<Row>(
		`select * from public.notifications where payload ->> 'title' like '${tag}%' and (${where}) order by created_at`
	);

let catcher: MailCatcher;
let smtpPort = 0;
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-notifications-'));

async function startCatcher() {
	catcher = await startMailCatcher({ dir: mailDir, smtpPort, inboxPort: 0 });
	smtpPort = catcher.smtpPort;
}

async function inbox(): Promise<CaughtMail[]> {
	const mails: CaughtMail[] = await (await fetch(`${catcher.inboxUrl}/api/messages`)).json();
	return mails.filter((mail) => mail.subject.includes(tag) || mail.text.includes(tag));
}

// Each worker's pooled SMTP connections, closed before a server is stopped (which waits for them).
const transports: Array<ReturnType<typeof mailTransport>> = [];
function closeConnections() {
	for (const transport of transports.splice(0)) transport.close();
}

function context(smtpUrl = `smtp://127.0.0.1:${smtpPort}`): DeliveryContext {
	const transport = mailTransport(smtpUrl);
	transports.push(transport);
	return {
		client: createClient(stack.SUPABASE_URL, stack.SUPABASE_SERVICE_ROLE_KEY, {
			auth: { persistSession: false }
		}),
		send: (mail) => sendWith(transport, 'Tilts <noreply@tilts.example>', mail),
		origin: 'https://tilts.example.org',
		secret: stack.SUPABASE_SERVICE_ROLE_KEY,
		from: { name: 'Tilts', address: 'noreply@tilts.example' }
	};
}

/** What the backoff would wait for, passed at once. */
const makeDue = () =>
	peek(`update public.notifications set next_attempt_at = now() where status = 'pending'`);

beforeAll(startCatcher);
afterAll(async () => {
	closeConnections();
	await catcher.stop();
	fs.rmSync(mailDir, { recursive: true, force: true });
});

describe('a submitted good practice', () => {
	it('is recorded for its approver in the same transaction, and e-mailed in their language', async () => {
		const { id, title } = await practice();
		await submit(id);
		const rows = await ofThisFile(`payload ->> 'title' = '${title}'`);
		expect(rows.map((r) => [r.recipient_id, r.kind, r.status])).toEqual([
			[USER.coordinator, 'practice_submitted', 'pending']
		]);

		await deliverDue(context());
		const [mail] = (await inbox()).filter((m) => m.subject.includes(title));
		// The coordinator's account speaks Latvian.
		expect(mail.subject).toBe(`Jūsu pārskatīšanai: “${title}”`);
		expect(mail.to).toEqual(['coordinator@daugavpils.example']);
		expect(mail.text).toContain('Marco Bianchetti (demo) iesniedza');
		expect(mail.text).toContain(
			`https://tilts.example.org/lv/practices/${tag}-${id.slice(0, 8)}/edit/en`
		);
		expect(mail.html).toContain('<html lang="lv">');
		expect(mail.messageId).toBe(`<${rows[0].id}@tilts.example.org>`);
		expect(mail.listUnsubscribe).toMatch(
			/^<https:\/\/tilts\.example\.org\/lv\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>$/
		);
		expect(mail.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');
		expect((await ofThisFile(`payload ->> 'title' = '${title}'`))[0].status).toBe('sent');
	});

	it('is not recorded for a person who turned that kind off', async () => {
		await peek(
			`insert into public.notification_preferences (user_id, kind, delivery) values ('${USER.coordinator}', 'practice_submitted', 'off')`
		);
		const { id, title } = await practice();
		await submit(id);
		expect(await ofThisFile(`payload ->> 'title' = '${title}'`)).toEqual([]);
		await peek(`delete from public.notification_preferences where user_id = '${USER.coordinator}'`);
	});
});

describe('delivery', () => {
	it('loses nothing while the mail server is down, and sends each e-mail once when it is back', async () => {
		await deliverDue(context());
		closeConnections();
		await catcher.stop();
		const practices = [];
		for (let i = 0; i < 50; i++) practices.push(await practice());
		for (const p of practices) await submit(p.id);
		const titles = practices.map((p) => p.title);

		const down = await deliverDue(context());
		expect(down.sent).toBe(0);
		const waiting = (await ofThisFile()).filter((r) => titles.includes(r.payload.title));
		expect(waiting).toHaveLength(50);
		expect(waiting.every((r) => r.status === 'pending' && r.attempts === 1 && r.last_error)).toBe(
			true
		);

		await startCatcher();
		await makeDue();
		await deliverDue(context());
		const mails = (await inbox()).filter((m) => titles.some((t) => m.subject.includes(t)));
		expect(mails).toHaveLength(50);
		expect(new Set(mails.map((m) => m.messageId)).size).toBe(50);
		expect(
			(await ofThisFile())
				.filter((r) => titles.includes(r.payload.title))
				.every((r) => r.status === 'sent')
		).toBe(true);
	});

	it('sends each e-mail exactly once with two workers at the same time', async () => {
		const practices = [];
		for (let i = 0; i < 40; i++) practices.push(await practice());
		for (const p of practices) await submit(p.id);
		const titles = practices.map((p) => p.title);

		const [first, second] = await Promise.all([
			deliverDue(context(), { batch: 5 }),
			deliverDue(context(), { batch: 5 })
		]);
		expect(first.sent + second.sent).toBeGreaterThanOrEqual(40);
		expect(first.sent).toBeGreaterThan(0);
		expect(second.sent).toBeGreaterThan(0);
		const mails = (await inbox()).filter((m) => titles.some((t) => m.subject.includes(t)));
		expect(mails).toHaveLength(40);
		expect(new Set(mails.map((m) => m.subject)).size).toBe(40);
	});

	it('stops retrying an address the server refuses for good, and keeps the reason', async () => {
		const refusing = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo(_address, _session, done) {
				done(Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }));
			}
		});
		await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
		const port = (refusing.server.address() as { port: number }).port;
		const { id, title } = await practice();
		await submit(id);
		await deliverDue(context(`smtp://127.0.0.1:${port}`));
		const [row] = await ofThisFile(`payload ->> 'title' = '${title}'`);
		expect(row).toMatchObject({ status: 'failed', attempts: 1 });
		expect(row.last_error).toContain('mailbox unavailable');
		closeConnections();
		await new Promise<void>((resolve) => refusing.close(() => resolve()));
	});

	it('drops what was queued for an account when it is deleted', async () => {
		await peek(
			`insert into public.notifications (recipient_id, kind, payload, delivery) values ('${gone.id}', 'role_changed', '{"title": "${tag} gone"}', 'immediate')`
		);
		expect(await ofThisFile(`recipient_id = '${gone.id}'`)).toHaveLength(1);
		await peek(`delete from public.users where id = '${gone.id}'`);
		expect(await ofThisFile(`payload ->> 'title' = '${tag} gone'`)).toEqual([]);
	});
});

describe('a deleted account', () => {
	it('leaves the notifications sent to others without its name, which then say “someone”', async () => {
		await peek(
			`insert into public.notifications (recipient_id, kind, payload, delivery, actor_id) values
			 ('${USER.coordinator}', 'practice_submitted', '{"title": "${tag} left", "slug": "x", "locale": "en", "actor": "Leaver (test)"}', 'immediate', '${leaver.id}'),
			 ('${USER.coordinator}', 'invitation_accepted', '{"title": "${tag} joined", "organisation": "O", "slug": "o", "person": "Leaver (test)", "person_id": "${leaver.id}"}', 'digest', null)`
		);
		await peek(`delete from public.users where id = '${leaver.id}'`);
		const rows = await ofThisFile(`payload ->> 'title' in ('${tag} left', '${tag} joined')`);
		expect(rows).toHaveLength(2);
		expect(JSON.stringify(rows.map((r) => r.payload))).not.toContain('Leaver');
		await deliverDue(context());
		const [mail] = (await inbox()).filter((m) => m.subject.includes(`${tag} left`));
		expect(mail.text).toContain('Kāds iesniedza');
	});
});

describe('the daily digest', () => {
	it('comes once a day at the person’s hour, with everything of the day in one e-mail', async () => {
		// The Faenza editor takes practice_published as a digest (the default); hour 0 is always past.
		await peek(`update public.users set digest_hour = 0 where id = '${USER.faenza}'`);
		const titles: string[] = [];
		for (let i = 0; i < 3; i++) {
			const { id, title } = await practice();
			titles.push(title);
			await submit(id);
			const { error } = await as('coordinator').rpc('publish_practice_text', {
				practice: id,
				locale: 'en',
				seen_version: 2
			});
			expect(error).toBeNull();
		}
		const queued = (await ofThisFile(`kind = 'practice_published'`)).filter((r) =>
			titles.includes(r.payload.title)
		);
		expect(queued.map((r) => [r.recipient_id, r.status])).toEqual(
			titles.map(() => [USER.faenza, 'pending'])
		);

		const [first, second] = await Promise.all([
			deliverDigests(context()),
			deliverDigests(context())
		]);
		expect(first.sent + second.sent).toBeGreaterThanOrEqual(3);
		const digests = (await inbox()).filter(
			(m) =>
				m.subject === 'Tilts: what happened in your projects' &&
				titles.every((t) => m.text.includes(t))
		);
		expect(digests).toHaveLength(1);
		expect(digests[0].to).toEqual(['editor@faenza.example']);

		// Today's digest is sent: what comes later waits for tomorrow's.
		const { id } = await practice();
		await submit(id);
		await as('coordinator').rpc('publish_practice_text', {
			practice: id,
			locale: 'en',
			seen_version: 2
		});
		expect(await deliverDigests(context())).toMatchObject({ sent: 0 });
	});
});

describe('one-click unsubscribe', () => {
	it('is for the server alone (service role), never for the API roles', async () => {
		const { error } = await as('faenza').rpc('unsubscribe', {
			person: USER.coordinator,
			address: null,
			kind: 'practice_submitted'
		});
		expect(error?.code).toBe('42501');
		const anon = await as('anon').rpc('unsubscribe', {
			person: USER.coordinator,
			address: null,
			kind: 'practice_submitted'
		});
		expect(anon.error?.code).toBe('42501');
	});

	it('turns the kind off for the person, and drops what was pending of it', async () => {
		const service = context().client;
		expect(
			(
				await service.rpc('unsubscribe', {
					person: USER.coordinator,
					address: null,
					kind: 'no_such_kind'
				})
			).data
		).toBe(false);
		const { data, error } = await service.rpc('unsubscribe', {
			person: USER.coordinator,
			address: null,
			kind: 'practice_submitted'
		});
		expect(error).toBeNull();
		expect(data).toBe(true);
		expect(
			await peek(
				`select delivery from public.notification_preferences where user_id = '${USER.coordinator}' and kind = 'practice_submitted'`
			)
		).toEqual([{ delivery: 'off' }]);
		const { id, title } = await practice();
		await submit(id);
		expect(await ofThisFile(`payload ->> 'title' = '${title}'`)).toEqual([]);
		await peek(`delete from public.notification_preferences where user_id = '${USER.coordinator}'`);
	});
});
