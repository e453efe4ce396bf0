// The local stack as a whole: it keeps its data across restarts, says clearly when a port is
// taken or a part dies, and leaves no process behind when stopped. Each test starts its own stack.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@supabase/supabase-js';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/lib/server/health.ts';
import { startStack } from '../../stack/stack.ts';
import { withClient } from '../support/db.ts';
import { descendants, FREE_PORTS, isAlive, startTestStack } from '../support/stack.ts';

describe('the local stack', () => {
	it('keeps its data and e-mail across a restart and does not migrate or seed twice', async () => {
		const first = await startTestStack();
		try {
			await withClient(first.env.DATABASE_URL, (db) => db.query(`create table public.kept (note text); alter table public.kept enable row level security; insert into public.kept values ('still here')`));
			await nodemailer.createTransport({ url: first.env.SMTP_URL }).sendMail({ from: 'a@tilts.example', to: 'b@tilts.example', subject: 'kept', text: 'x' });
			await first.stop();
			const log: string[] = [];
			const again = await startStack({ dataDir: first.dataDir, ports: FREE_PORTS, log: (line) => log.push(line) });
			try {
				const rows = await withClient(again.env.DATABASE_URL, async (db) => (await db.query('select note from public.kept')).rows);
				expect(rows).toEqual([{ note: 'still here' }]);
				expect(log.filter((line) => line.startsWith('applying'))).toEqual([]);
				const mails = await (await fetch(`${again.env.INBOX_URL}/api/messages`)).json();
				expect(mails.map((m: { subject: string }) => m.subject)).toEqual(['kept']);
				// The same secrets, so the same keys: a client configured once keeps working.
				expect(again.env.SUPABASE_ANON_KEY).toBe(first.env.SUPABASE_ANON_KEY);
			} finally {
				await again.stop();
			}
		} finally {
			await first.dispose();
		}
	});

	it('stops every process it started, including PostgreSQL’s own', async () => {
		const stack = await startTestStack();
		const pids = [...stack.pids, ...stack.pids.flatMap(descendants)];
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

	it('reports a part that dies, by name, with its last log lines', async () => {
		const stack = await startTestStack();
		try {
			const reported = new Promise<string>((resolve) => stack.onUnexpectedExit(resolve));
			process.kill(stack.postgrest.pid, 'SIGKILL');
			expect(await reported).toMatch(/^PostgREST stopped unexpectedly \(signal SIGKILL\)/);
		} finally {
			await stack.dispose();
		}
	});
});

describe('checkHealth against real faults', () => {
	it('says ok, then PostgREST down, then database down', async () => {
		const stack = await startTestStack();
		try {
			const client = () => createClient(stack.env.SUPABASE_URL, stack.env.SUPABASE_ANON_KEY);
			expect(await checkHealth(client())).toEqual({ status: 'ok', postgrest: 'ok', database: 'ok' });

			await stack.postgres.stop();
			expect(await checkHealth(client())).toEqual({ status: 'unavailable', postgrest: 'ok', database: 'down' });

			await stack.postgrest.stop();
			expect(await checkHealth(client())).toEqual({ status: 'unavailable', postgrest: 'down', database: 'unknown' });
		} finally {
			await stack.dispose();
		}
	});
});
