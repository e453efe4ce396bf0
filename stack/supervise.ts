// Keeps one part of the stack running: when its process dies on its own, it is started again after
// a pause that doubles with each failure in a row (0.25 s, 0.5 s, 1 s … 8 s), a failure being a
// death or a start that did not work. Running for 10 s clears the count; at six failures in a row
// (a part that crashes as soon as it starts) the part is given up.
import type { Child } from './child.ts';

export type Part = {
	name: string;
	/** The process running now: a new one after each restart. */
	readonly child: Child;
	readonly pid: number;
	/** Stops the part for good (no restart). */
	stop(): Promise<void>;
};

export type SuperviseOptions = {
	/** What a person should know: a part died, came back, or could not be brought back. */
	notice: (message: string) => void;
	/** Called once, with the reason, when the part cannot be brought back. */
	onGiveUp: (message: string) => void;
	/** The first pause; each failure in a row doubles it. */
	firstDelayMs?: number;
};

const FIRST_DELAY_MS = 250;
const MAX_ATTEMPTS = 6;
/** Running this long counts as healthy: the next death starts the backoff again. */
const STABLE_AFTER_MS = 10_000;

export function supervise(
	first: Child,
	launch: () => Promise<Child>,
	options: SuperviseOptions
): Part {
	let child = first;
	let startedAt = Date.now();
	let stopped = false;
	let failures = 0;
	let timer: NodeJS.Timeout | undefined;
	let restarting: Promise<void> | undefined;

	const watch = (running: Child) => {
		running.exited.then(({ code, signal }) => {
			if (stopped || running !== child) return;
			if (Date.now() - startedAt > STABLE_AFTER_MS) failures = 0;
			const how = signal ? `signal ${signal}` : `exit code ${code}`;
			options.notice(
				`${running.name} stopped unexpectedly (${how}). Its last words:\n${running.recentLog()}`
			);
			scheduleRestart();
		});
	};

	const scheduleRestart = () => {
		if (failures >= MAX_ATTEMPTS) {
			stopped = true;
			options.onGiveUp(
				`${first.name} could not be restarted after ${MAX_ATTEMPTS} attempts; stopping.`
			);
			return;
		}
		const delay = (options.firstDelayMs ?? FIRST_DELAY_MS) * 2 ** failures++;
		options.notice(`Restarting ${first.name} in ${delay / 1000} s…`);
		timer = setTimeout(() => (restarting = restart()), delay);
	};

	const restart = async () => {
		try {
			const next = await launch();
			if (stopped) return void (await next.stop());
			child = next;
			startedAt = Date.now();
			options.notice(`${first.name} is running again (pid ${next.pid}).`);
			watch(next);
		} catch (error) {
			if (stopped) return;
			options.notice(
				`${first.name} did not start: ${error instanceof Error ? error.message : error}`
			);
			scheduleRestart();
		}
	};

	watch(first);
	return {
		name: first.name,
		get child() {
			return child;
		},
		get pid() {
			return child.pid;
		},
		stop: async () => {
			stopped = true;
			clearTimeout(timer);
			await restarting;
			await child.stop();
		}
	};
}
