// The delivery worker inside each server process: a timer sends what is due every few seconds,
// digests and scheduled notifications (reminders, the weekly e-mail) once a minute. Several
// servers running it do no harm: claims skip what another holds, scheduled notifications are
// queued once per key, and digests are claimed one server at a time.
import { serverConfig } from '../config.ts';
import { logError } from '../log.ts';
import { mailTransport, sendWith } from '../mail.ts';
import { serviceClient } from '../supabase-admin.ts';
import { deliverDigests, deliverDue, type DeliveryContext } from './deliver.ts';

const DUE_EVERY_MS = 5_000;
const SCHEDULED_EVERY_MS = 60_000;

export function deliveryContext(): DeliveryContext {
	const config = serverConfig();
	const transport = mailTransport(config.smtpUrl);
	return {
		client: serviceClient(),
		send: (mail) => sendWith(transport, config.mailFrom, mail),
		origin: config.publicOrigin,
		secret: config.serviceRoleKey,
		from: senderOf(config.mailFrom)
	};
}

/** "Tilts <noreply@tilts.example>" as a name and an address. */
export function senderOf(from: string): { name: string; address: string } {
	const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
	return match ? { name: match[1] || match[2], address: match[2] } : { name: from, address: from };
}

/** Runs `job` on a timer, never two runs of it at once in this process. */
function every(ms: number, job: () => Promise<unknown>, firstAfter: number): void {
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			await job();
		} catch (error) {
			logError('[notifications]', error);
		} finally {
			running = false;
		}
	};
	setTimeout(run, firstAfter).unref();
	setInterval(run, ms).unref();
}

export function scheduleDelivery(): void {
	if (process.env.TILTS_NOTIFICATIONS === 'off') return;
	let context: DeliveryContext | undefined;
	const get = () => (context ??= deliveryContext());
	every(DUE_EVERY_MS, () => deliverDue(get()), 2_000);
	every(
		SCHEDULED_EVERY_MS,
		async () => {
			const { error } = await get().client.rpc('queue_scheduled_notifications');
			if (error) throw new Error(`queue_scheduled_notifications failed: ${error.message}`);
			await deliverDigests(get());
		},
		15_000
	);
}
