// The local stack as a whole: it keeps its data across restarts, says clearly when a port is
// taken, restarts a part that dies, and leaves no process behind when stopped. Each test starts
// its own stack.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@supabase/supabase-js';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/lib/server/health.ts';
import { startChild } from '../../stack/child.ts';
import { startStack, type StackEnv } from '../../stack/stack.ts';
import { supervise } from '../../stack/supervise.ts';
import { withClient } from '../support/db.ts';
import { descendants, FREE_PORTS, freeze, isAlive, startTestStack } from '../support/stack.ts';

describe('the local stack', () => {
	it('keeps its data and e-mail across a restart and does not migrate or seed twice', async () => {
		const first = await startTestStack();
		try {
			await withClient(first.env.DATABASE_URL, (db) =>
				db.query(
					`create table public.kept (note text); alter table public.kept enable row level security; insert into public.kept values ('still here')`
				)
			);
			await nodemailer
				.createTransport({ url: first.env.SMTP_URL })
				.sendMail({ from: 'a@tilts.example', to: 'b@tilts.example', subject: 'kept', text: 'x' });
			await first.stop();
			const log: string[] = [];
			const again = await startStack({
				dataDir: first.dataDir,
				ports: FREE_PORTS,
				log: (line) => log.push(line)
			});
			try {
				const rows = await withClient(
					again.env.DATABASE_URL,
					async (db) => (await db.query('select note from public.kept')).rows
				);
				expect(rows).toEqual([{ note: 'still here' }]);
				expect(log.filter((line) => line.startsWith('applying'))).toEqual([]);
				const mails = await (await fetch(`${again.env.INBOX_URL}/api/messages`)).json();
				expect(mails.map((m: { subject: string }) => m.subject)).toEqual(['kept']);
				// The same secrets, so the same keys: a client configured once keeps working.
				for (const name of [
					'SUPABASE_ANON_KEY',
					'SUPABASE_PUBLISHABLE_KEY',
					'SUPABASE_SECRET_KEY',
					'SUPABASE_JWT_SIGNING_KEY'
				] as const) {
					expect(again.env[name]).toBe(first.env[name]);
				}
			} finally {
				await again.stop();
			}
		} finally {
			await first.dispose();
		}
	});

	it('stops every process it started, including PostgreSQL’s own', async () => {
		const stack = await startTestStack();
		const pids = [...stack.pids(), ...stack.pids().flatMap(descendants)];
		expect(pids.length).toBeGreaterThan(2);
		await stack.dispose();
		expect(pids.filter(isAlive)).toEqual([]);
	});

	it('names the port that is taken, before starting anything', async () => {
		const blocker = net.createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const port = (blocker.address() as net.AddressInfo).port;
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-test-'));
		try {
			await expect(startStack({ dataDir, ports: { ...FREE_PORTS, api: port } })).rejects.toThrow(
				`Port ${port} (Supabase API gateway) is already in use`
			);
			expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
		} finally {
			blocker.close();
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	});

	it.each(['postgres', 'postgrest'] as const)(
		'restarts %s within 10 s of a kill -9, the API answering 503 meanwhile',
		async (part) => {
			const notices: string[] = [];
			const stack = await startTestStack({ notice: (message) => notices.push(message) });
			try {
				const killed = stack[part].pid;
				const killedAt = Date.now();
				process.kill(killed, 'SIGKILL');
				const statuses = new Set<number>();
				for (;;) {
					const { status } = await callHealthCheck(stack.env);
					statuses.add(status);
					if (status === 200 && stack[part].pid !== killed) break;
					expect(Date.now() - killedAt).toBeLessThan(10_000);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([]);
				const name = stack[part].name;
				expect(notices[0]).toMatch(
					new RegExp(`^${name} stopped unexpectedly \\(signal SIGKILL\\)`)
				);
				expect(notices).toContain(`${name} is running again (pid ${stack[part].pid}).`);
			} finally {
				await stack.dispose();
			}
		}
	);
});

describe('supervise', () => {
	it('gives up on a part that cannot be started again, and says so', async () => {
		const start = () =>
			startChild(
				'Flaky',
				process.execPath,
				['-e', 'console.log("ready"); setTimeout(() => process.exit(3), 50)'],
				{ readyWhen: /ready/ }
			);
		const failing = () =>
			startChild('Flaky', process.execPath, ['-e', 'process.exit(4)'], { readyWhen: /ready/ });
		const notices: string[] = [];
		// The first start works, the next ones do not.
		const first = await start();
		const gaveUp = new Promise<string>((resolve) =>
			supervise(first, failing, {
				notice: (message) => notices.push(message),
				onGiveUp: resolve,
				firstDelayMs: 10
			})
		);
		expect(await gaveUp).toBe('Flaky could not be restarted after 6 attempts; stopping.');
		expect(notices[0]).toMatch(/^Flaky stopped unexpectedly \(exit code 3\)/);
		expect(notices.filter((notice) => notice.startsWith('Flaky did not start'))).toHaveLength(6);
	});
});

/** The API's health function, called as anon; status 0 when nothing answered within 3 s. */
async function callHealthCheck(env: StackEnv): Promise<{ status: number }> {
	try {
		const response = await fetch(`${env.SUPABASE_URL}/rest/v1/rpc/health_check`, {
			method: 'POST',
			headers: { apikey: env.SUPABASE_ANON_KEY, 'content-type': 'application/json' },
			body: '{}',
			signal: AbortSignal.timeout(3_000)
		});
		await response.body?.cancel();
		return { status: response.status };
	} catch {
		return { status: 0 };
	}
}

describe('checkHealth against real faults', () => {
	it('tells PostgREST and the database apart: frozen, stopped, and back', async () => {
		const stack = await startTestStack();
		try {
			const health = () =>
				checkHealth(createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_ANON_KEY), {
					url: stack.env.SUPABASE_URL,
					key: stack.env.SUPABASE_ANON_KEY
				});
			const ok = { status: 'ok', postgrest: 'ok', database: 'ok' };
			const databaseDown = { status: 'unavailable', postgrest: 'ok', database: 'down' };
			const postgrestDown = { status: 'unavailable', postgrest: 'down', database: 'unknown' };
			expect(await health()).toEqual(ok);

			// A database that hangs (SIGSTOP) makes the API call hang too; PostgREST itself still answers.
			for (const [part, expected] of [
				[stack.postgres, databaseDown],
				[stack.postgrest, postgrestDown]
			] as const) {
				const frozen = freeze(part.pid);
				try {
					expect(await health()).toEqual(expected);
				} finally {
					frozen.thaw();
				}
				expect(await health()).toEqual(ok);
			}

			await stack.postgres.stop();
			expect(await health()).toEqual(databaseDown);

			await stack.postgrest.stop();
			expect(await health()).toEqual(postgrestDown);
		} finally {
			await stack.dispose();
		}
	});
});
