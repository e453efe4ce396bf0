// `npm start` as a person runs it: it prints the portal's URL, the portal answers, a part that dies
// comes back, and Ctrl-C (SIGINT) or SIGTERM stops every process it started. Needs the built app (`npm test` builds first).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { removeStackData } from '../../stack/postgres.ts';
import { freePort } from '../../stack/ports.ts';
import { descendants, isAlive, processesMentioning } from '../support/stack.ts';

const dataDirs: string[] = [];
afterEach(() => {
	for (const dir of dataDirs.splice(0)) removeStackData(dir);
});

async function npmStart(extraEnv: Record<string, string> = {}) {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` (npm test does it first).');
	}
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-start-'));
	dataDirs.push(dataDir);
	const env = {
		...process.env,
		TILTS_DATA_DIR: dataDir,
		PORT: String(await freePort()),
		TILTS_API_PORT: String(await freePort()),
		TILTS_DB_PORT: String(await freePort()),
		TILTS_SMTP_PORT: String(await freePort()),
		TILTS_INBOX_PORT: String(await freePort()),
		...extraEnv
	};
	const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'stack/start.ts')], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	return { child, env, dataDir, exited, output: () => output };
}

async function waitFor(test: () => boolean, what: () => string, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (!test()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting. Output so far:\n${what()}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The arguments a process was started with; none for one that ended since it was listed. */
function commandLine(pid: number): string[] {
	try {
		return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/** The status a URL answers, 0 if nothing answers within 3 s. */
async function status(url: string): Promise<number> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
		await response.body?.cancel();
		return response.status;
	} catch {
		return 0;
	}
}

describe('npm start', () => {
	it.each(['SIGINT', 'SIGTERM'] as const)(
		'serves the portal at the printed URL and %s leaves no process behind',
		async (signal) => {
			const run = await npmStart();
			await waitFor(() => /Press Ctrl-C to stop/.test(run.output()), run.output);
			const url = run.output().match(/Portal\s+(http:\S+)/)![1];
			expect(url).toBe(`http://127.0.0.1:${run.env.PORT}`);

			const home = await fetch(`${url}/lv`);
			expect(home.status).toBe(200);
			expect(await home.text()).toContain('<html lang="lv"');
			const ready = { status: 'ok', postgrest: 'ok', database: 'ok' };
			expect(await (await fetch(`${url}/health`)).json()).toEqual(ready);
			expect(await (await fetch(`${url}/health/ready`)).json()).toEqual(ready);
			expect(await (await fetch(`${url}/health/live`)).json()).toEqual({ status: 'ok' });
			expect((await fetch(run.output().match(/E-mail inbox\s+(http:\S+)/)![1])).status).toBe(200);

			const pids = descendants(run.child.pid!);
			expect(pids.length).toBeGreaterThanOrEqual(3);
			run.child.kill(signal);
			expect(await run.exited).toBe(0);
			expect(pids.filter(isAlive)).toEqual([]);
			expect(processesMentioning(run.dataDir)).toEqual([]);
		}
	);

	it('restarts a part killed with SIGKILL within 10 s and keeps running, the portal answering 503 meanwhile', async () => {
		const run = await npmStart();
		await waitFor(() => /Press Ctrl-C to stop/.test(run.output()), run.output);
		const url = run.output().match(/Portal\s+(http:\S+)/)![1];
		const parts = [
			{
				name: 'PostgreSQL',
				argv: (argv: string[]) => argv[0].endsWith('/postgres') && argv.includes('-D'),
				meanwhile: [200, 503]
			},
			{
				name: 'PostgREST',
				argv: (argv: string[]) => argv[0].endsWith('/postgrest'),
				meanwhile: [200, 503]
			},
			// Nothing stands in front of the portal itself: while it restarts, connections are refused (0).
			{
				name: 'Portal',
				argv: (argv: string[]) => argv.some((arg) => arg.endsWith('stack/serve-app.ts')),
				meanwhile: [0, 200]
			}
		];
		for (const part of parts) {
			const [pid] = descendants(run.child.pid!).filter((each) => part.argv(commandLine(each)));
			const killedAt = Date.now();
			process.kill(pid, 'SIGKILL');
			const seen = new Set<number>();
			for (;;) {
				const [page, health] = await Promise.all([
					status(`${url}/en/projects`),
					status(`${url}/health`)
				]);
				seen.add(page).add(health);
				if (
					page === 200 &&
					health === 200 &&
					run.output().includes(`${part.name} is running again`)
				)
					break;
				expect(Date.now() - killedAt, `${part.name} back within 10 s`).toBeLessThan(10_000);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			expect(
				[...seen].filter((each) => !part.meanwhile.includes(each)),
				part.name
			).toEqual([]);
			expect(run.output()).toContain(`${part.name} stopped unexpectedly (signal SIGKILL)`);
		}
		run.child.kill('SIGTERM');
		expect(await run.exited).toBe(0);
		expect(processesMentioning(run.dataDir)).toEqual([]);
	});

	it('says which port is taken and exits, instead of hanging', async () => {
		const blocker = net.createServer();
		const port = await freePort();
		await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
		try {
			const run = await npmStart({ TILTS_INBOX_PORT: String(port) });
			expect(await run.exited).toBe(1);
			expect(run.output()).toContain(`Port ${port} (e-mail inbox) is already in use`);
			expect(processesMentioning(run.dataDir)).toEqual([]);
		} finally {
			blocker.close();
		}
	});

	it('refuses a port that is not a number', async () => {
		const run = await npmStart({ PORT: 'eighty' });
		expect(await run.exited).toBe(1);
		expect(run.output()).toContain('PORT="eighty" is not a port number');
	});
});
