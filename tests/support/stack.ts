// Throw-away local stacks for tests: a fresh data folder, free ports, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStackData } from '../../stack/postgres.ts';
import { startStack, type Stack, type StackKeys } from '../../stack/stack.ts';

export const FREE_PORTS = { api: 0, db: 0, smtp: 0, inbox: 0 };

export async function startTestStack(
	options: {
		dataDir?: string;
		migrationsDir?: string;
		seedFile?: string | null;
		keys?: StackKeys;
		log?: (line: string) => void;
		notice?: (message: string) => void;
	} = {}
): Promise<Stack & { dataDir: string; dispose(): Promise<void> }> {
	const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-test-'));
	const stack = await startStack({ ...options, dataDir, ports: FREE_PORTS });
	return {
		...stack,
		dataDir,
		dispose: async () => {
			await stack.stop();
			removeStackData(dataDir);
		}
	};
}

/** Is a process still there? (Signal 0 only asks.) */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Every process below `pid`, read from /proc: the parts of the stack and their own children. */
export function descendants(pid: number): number[] {
	const parents = new Map<number, number[]>();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const found: number[] = [];
	const queue = [pid];
	while (queue.length) {
		for (const child of parents.get(queue.shift()!) ?? []) {
			found.push(child);
			queue.push(child);
		}
	}
	return found;
}

/** Processes whose command line mentions `text` (e.g. a data folder PostgreSQL was started on). */
export function processesMentioning(text: string): number[] {
	return fs
		.readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.filter((entry) => {
			try {
				return fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text);
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Freezes a process and its children (SIGSTOP) until `thaw` is called: a part that hangs. */
export function freeze(pid: number): { thaw(): void } {
	const pids = [pid, ...descendants(pid)];
	for (const each of pids) process.kill(each, 'SIGSTOP');
	return { thaw: () => pids.forEach((each) => process.kill(each, 'SIGCONT')) };
}
