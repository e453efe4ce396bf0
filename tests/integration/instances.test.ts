// Two instances of the built portal on one stack, behind a round-robin proxy (no sticky sessions):
// a person signs in through one and goes on through the other; failed sign-ins through both count
// together; and the scheduled work both instances' timers start (the purge, the delivery of a
// queued e-mail, a digest) is done once. The race is forced: the tables the claims write are held
// locked until both instances wait on them, then let go at once.
// Needs the built app (`npm test` builds first). Anonymous pages are copied per instance for a few
// seconds (page-cache.ts); the journeys here read signed-in pages, which are never copied.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../stack/app.ts';
import type { CaughtMail } from '../../stack/mail.ts';
import type { Child } from '../../stack/child.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import { startRoundRobinProxy, type Proxy } from '../support/proxy.ts';
import { startTestStack } from '../support/stack.ts';

const ADMIN = '0c000000-0000-4000-8000-000000000001';
const COORDINATOR = '0c000000-0000-4000-8000-000000000002';
const PASSWORD = 'tilts-demo-2026';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let proxy: Proxy;
let instances: Array<{ child: Child; url: string }> = [];
let db: pg.Client;
/** What the scheduled work was given to do. */
const queued = { immediate: '', digest: '', expiredSession: '' };

beforeAll(async () => {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` (npm test does it first).');
	}
	stack = await startTestStack();
	proxy = await startRoundRobinProxy();
	db = new pg.Client({ connectionString: stack.superuserUrl });
	await db.connect();
	await queueScheduledWork();

	// Both instances' first claims wait behind this lock and go at the same moment when it is let go.
	const barrier = new pg.Client({ connectionString: stack.superuserUrl });
	await barrier.connect();
	await barrier.query('begin');
	await barrier.query('lock table public.scheduled_jobs, public.notifications in exclusive mode');
	try {
		instances = await Promise.all(
			[0, 1].map(async () => startApp(stack.env, await freePort(), undefined, behindProxy()))
		);
		proxy.upstreams.push(...instances.map((instance) => instance.url));
		// Each instance: its purge and its minute's work claim the job, its sender claims notifications.
		await until(
			async () =>
				(await waiting('claim_scheduled_job')) >= 4 && (await waiting('claim_notifications')) >= 2,
			40_000
		);
	} finally {
		await barrier.query('commit');
		await barrier.end();
	}
	await until(
		async () =>
			(await statusOf(queued.immediate)) === 'sent' && (await statusOf(queued.digest)) === 'sent',
		20_000
	);
	// A second claim that was let through would send within moments of the first.
	await new Promise((resolve) => setTimeout(resolve, 3_000));
}, 90_000);

afterAll(async () => {
	await Promise.all(instances.map((instance) => instance.child.stop()));
	await proxy?.stop();
	await db?.end();
	await stack?.dispose();
});

/** An instance as production runs it behind a TLS proxy (docs/deploy.md), its origin the proxy's. */
function behindProxy(): Record<string, string> {
	return {
		PUBLIC_ORIGIN: proxy.url,
		HOST_HEADER: 'x-forwarded-host',
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		TILTS_NOTIFICATIONS: 'on'
	};
}

/** An expired session for the purge, an e-mail to send now, and a digest due at once. */
async function queueScheduledWork(): Promise<void> {
	const session = await db.query(
		`insert into public.sessions (id, user_id, expires_at, absolute_expires_at)
		 values (encode(sha256('instances-expired'::bytea), 'hex'), $1, now() - interval '1 hour', now() + interval '1 day') returning id`,
		[ADMIN]
	);
	queued.expiredSession = session.rows[0].id;
	const payload = {
		title: 'Shared kitchens',
		slug: 'shared-kitchens',
		locale: 'en',
		actor: 'Someone'
	};
	const insert = `insert into public.notifications (recipient_id, kind, payload, delivery) values ($1, 'practice_published', $2, $3) returning id`;
	queued.immediate = (await db.query(insert, [ADMIN, payload, 'immediate'])).rows[0].id;
	await db.query('update public.users set digest_hour = 0, time_zone = $2 where id = $1', [
		COORDINATOR,
		'UTC'
	]);
	queued.digest = (await db.query(insert, [COORDINATOR, payload, 'digest'])).rows[0].id;
}

/** How many of PostgREST's calls of `fn` wait for a lock. */
async function waiting(fn: string): Promise<number> {
	const { rows } = await db.query(
		`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like $1`,
		[`%${fn}%`]
	);
	return rows[0].n;
}

async function statusOf(id: string): Promise<string> {
	return (await db.query('select status from public.notifications where id = $1', [id])).rows[0]
		.status;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`not reached within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

describe('scheduled work with two instances', () => {
	it('each job is claimed once: one purge, one run of the minute’s work', async () => {
		const { rows } = await db.query(
			`select job, runs::int from public.scheduled_jobs order by job`
		);
		expect(rows).toEqual([
			{ job: 'purge', runs: 1 },
			{ job: 'scheduled_notifications', runs: 1 }
		]);
		expect(
			(await db.query('select 1 from public.sessions where id = $1', [queued.expiredSession]))
				.rowCount
		).toBe(0);
	});

	it('a queued e-mail and a digest are each claimed once and arrive once', async () => {
		const { rows } = await db.query(
			'select id, status, attempts from public.notifications where id = any($1) order by delivery desc',
			[[queued.immediate, queued.digest]]
		);
		expect(rows).toEqual([
			{ id: queued.immediate, status: 'sent', attempts: 1 },
			{ id: queued.digest, status: 'sent', attempts: 1 }
		]);
		const mails: CaughtMail[] = await (await fetch(`${stack.env.INBOX_URL}/api/messages`)).json();
		const about = (id: string) => mails.filter((mail) => mail.messageId?.includes(id));
		expect(about(queued.immediate)).toHaveLength(1);
		expect(about(`digest-${queued.digest}`)).toHaveLength(1);
	});
});

type Answer = {
	status: number;
	location: string | null;
	cookie: string | null;
	body: string;
	upstream: string;
};

/** One request through the proxy, as a browser without JavaScript sends it; which instance answered. */
async function viaProxy(
	pathname: string,
	init: { form?: Record<string, string>; cookie?: string | null; origin?: string } = {}
): Promise<Answer> {
	const headers: Record<string, string> = { accept: 'text/html' };
	if (init.cookie) headers.cookie = init.cookie;
	if (init.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = init.origin ?? proxy.url;
	}
	const response = await fetch(`${proxy.url}${pathname}`, {
		method: init.form ? 'POST' : 'GET',
		headers,
		body: init.form ? new URLSearchParams(init.form).toString() : undefined,
		redirect: 'manual'
	});
	const session = response.headers
		.getSetCookie()
		.find((cookie) => cookie.startsWith('tilts_session='));
	return {
		status: response.status,
		location: response.headers.get('location'),
		cookie: session ? session.split(';', 1)[0] : null,
		body: await response.text(),
		upstream: proxy.served.at(-1)!.upstream
	};
}

describe('sign-in across instances', () => {
	it('signed in through one instance, the person reads and saves through the other', async () => {
		const signIn = await viaProxy('/en/sign-in', {
			form: { email: 'editor@faenza.example', password: PASSWORD }
		});
		expect(signIn.status).toBe(303);
		expect(signIn.cookie).toBeTruthy();

		const page = await viaProxy('/en/account', { cookie: signIn.cookie });
		expect(page.upstream).not.toBe(signIn.upstream);
		expect(page.status).toBe(200);
		expect(page.body).toContain('Marco Bianchetti (demo)');

		const profile = {
			display_name: 'Marco Bianchetti (two instances)',
			preferred_locale: 'en',
			time_zone: 'Europe/Rome'
		};
		const saved = await viaProxy('/en/account?/profile', { cookie: signIn.cookie, form: profile });
		expect(saved.upstream).not.toBe(page.upstream);
		expect(saved.status).toBe(200);
		const reread = await viaProxy('/en/account', { cookie: signIn.cookie });
		expect(reread.upstream).not.toBe(saved.upstream);
		expect(reread.body).toContain('Marco Bianchetti (two instances)');

		// The origin check holds behind the proxy too: the same post from another site is refused.
		const foreign = await viaProxy('/en/account?/profile', {
			cookie: signIn.cookie,
			form: profile,
			origin: 'https://evil.example'
		});
		expect(foreign.status).toBe(403);
	});

	it('failed sign-ins through both instances count together, and the lock holds on both', async () => {
		const wrong = [];
		for (let i = 0; i < 5; i++)
			wrong.push(
				await viaProxy('/en/sign-in', {
					form: { email: 'editor@leszno.example', password: 'not-the-password' }
				})
			);
		expect(wrong.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
		expect(new Set(wrong.map((answer) => answer.upstream)).size).toBe(2);

		// Even the right password now waits, on either instance.
		const locked = [];
		for (let i = 0; i < 2; i++)
			locked.push(
				await viaProxy('/en/sign-in', {
					form: { email: 'editor@leszno.example', password: PASSWORD }
				})
			);
		expect(locked.map((answer) => answer.status)).toEqual([429, 429]);
		expect(new Set(locked.map((answer) => answer.upstream)).size).toBe(2);
		expect(locked.every((answer) => answer.cookie === null)).toBe(true);
	});
});
