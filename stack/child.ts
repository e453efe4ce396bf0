// One child process of the local stack: started, watched until it says it is ready, stopped.
import { spawn, type ChildProcess } from 'node:child_process';

export type ChildOptions = {
	env?: NodeJS.ProcessEnv;
	uid?: number;
	gid?: number;
	/** A line the program prints once it is ready to serve. */
	readyWhen: RegExp;
	readyTimeoutMs?: number;
	/** Signal that makes the program shut down cleanly. */
	stopSignal?: NodeJS.Signals;
	onLog?: (line: string) => void;
	/** Takes out of each line what no log may keep (values from the data), before anyone sees it. */
	scrub?: (line: string) => string;
};

export type Child = {
	name: string;
	pid: number;
	/** The match of `readyWhen`, e.g. to read a port the program chose. */
	ready: RegExpMatchArray;
	/** Settles when the process exits, for whatever reason. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	recentLog(): string;
	stop(): Promise<void>;
};

const KEPT_LINES = 30;
const KILL_AFTER_MS = 10_000;

export function startChild(
	name: string,
	command: string,
	args: string[],
	options: ChildOptions
): Promise<Child> {
	const log: string[] = [];
	const child: ChildProcess = spawn(command, args, {
		env: options.env ?? process.env,
		uid: options.uid,
		gid: options.gid,
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group: Ctrl-C reaches only us, and we stop the parts in order.
		detached: true
	});
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
		child.once('exit', (code, signal) => resolve({ code, signal }));
		child.once('error', () => resolve({ code: null, signal: null }));
	});

	return new Promise((resolve, reject) => {
		let ready = false;
		const timer = setTimeout(
			() => {
				if (ready) return;
				child.kill('SIGKILL');
				reject(new Error(`${name} did not become ready within ${timeoutMs / 1000} s.\n${tail()}`));
			},
			(options.readyTimeoutMs ??= 30_000)
		);
		const timeoutMs = options.readyTimeoutMs;

		const tail = () =>
			log
				.slice(-10)
				.map((line) => `  ${name}: ${line}`)
				.join('\n');

		const onLine = (raw: string) => {
			const line = options.scrub ? options.scrub(raw) : raw;
			log.push(line);
			if (log.length > KEPT_LINES) log.shift();
			options.onLog?.(line);
			const match = !ready && line.match(options.readyWhen);
			if (match) {
				ready = true;
				clearTimeout(timer);
				resolve({
					name,
					pid: child.pid!,
					ready: match,
					exited,
					recentLog: () => log.join('\n'),
					stop: () => stopProcess(child, exited, options.stopSignal ?? 'SIGTERM')
				});
			}
		};
		readLines(child.stdout!, onLine);
		readLines(child.stderr!, onLine);

		child.once('error', (error) => {
			clearTimeout(timer);
			reject(new Error(`${name} could not be started (${command}): ${error.message}`));
		});
		exited.then(({ code, signal }) => {
			if (ready) return;
			clearTimeout(timer);
			const how = signal ? `signal ${signal}` : `exit code ${code}`;
			reject(new Error(`${name} stopped before it was ready (${how}).\n${tail()}`));
		});
	});
}

async function stopProcess(
	child: ChildProcess,
	exited: Promise<unknown>,
	signal: NodeJS.Signals
): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill(signal);
	const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
	await exited;
	clearTimeout(killer);
}

function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
	let pending = '';
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		pending += chunk;
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) if (line.trim()) onLine(line.trimEnd());
	});
}

/** Runs a command to its end; rejects with its output when it fails. */
export function runToEnd(
	command: string,
	args: string[],
	options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {}
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout!.on('data', (chunk) => (output += chunk));
		child.stderr!.on('data', (chunk) => (output += chunk));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0
				? resolve(output)
				: reject(new Error(`${command} ${args.join(' ')} failed (exit code ${code}):\n${output}`))
		);
	});
}
