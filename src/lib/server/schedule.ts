// Scheduled work in each server process, done once however many servers run it: before each run a
// server claims it in the database (public.claim_scheduled_job, through PostgREST), and only the
// server whose claim succeeds does the work.
import { logError } from './log.ts';
import { serviceClient } from './supabase-admin.ts';

/**
 * A claim holds the job for a little less than its interval, so that the server which ran it last
 * time finds it free again at its next tick, whatever its timer's drift.
 */
const HOLD = 0.9;

/** Does this server do `job` now? Asked of the database, which answers yes to one server per run. */
export async function claimJob(job: string, everyMs: number): Promise<boolean> {
	const { data, error } = await serviceClient().rpc('claim_scheduled_job', {
		job_name: job,
		every_seconds: Math.max(1, Math.floor((everyMs * HOLD) / 1000))
	});
	if (error) throw new Error(`claim_scheduled_job failed: ${error.message}`);
	return data === true;
}

/** Runs `work` on a timer, never two runs of it at once in this process; failures are logged. */
export function every(
	ms: number,
	firstAfter: number,
	logAs: string,
	work: () => Promise<unknown>
): void {
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			await work();
		} catch (error) {
			logError(logAs, error);
		} finally {
			running = false;
		}
	};
	setTimeout(run, firstAfter).unref();
	setInterval(run, ms).unref();
}

/** `work` every `ms`, on one server of all that run it (claimJob). */
export function everyOnce(
	job: string,
	ms: number,
	firstAfter: number,
	logAs: string,
	work: () => Promise<unknown>
): void {
	every(ms, firstAfter, logAs, async () => {
		if (await claimJob(job, ms)) await work();
	});
}
