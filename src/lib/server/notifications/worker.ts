// The delivery worker inside each server process: a timer sends what is due every few seconds,
// digests and scheduled notifications (reminders, the weekly e-mail) once a minute. Several
// servers share the sending (a claim of due notifications skips what another server holds, see
// public.claim_notifications) and take turns at the minute's work (one server per run, see
// schedule.ts); scheduled notifications are queued once per key besides.
import { serverConfig } from '../config.ts';
import { mailTransport, sendWith } from '../mail.ts';
import { every, everyOnce } from '../schedule.ts';
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

export function scheduleDelivery(): void {
	if (process.env.TILTS_NOTIFICATIONS === 'off') return;
	let context: DeliveryContext | undefined;
	const get = () => (context ??= deliveryContext());
	every(DUE_EVERY_MS, 2_000, '[notifications]', () => deliverDue(get()));
	everyOnce('scheduled_notifications', SCHEDULED_EVERY_MS, 15_000, '[notifications]', async () => {
		const { error } = await get().client.rpc('queue_scheduled_notifications');
		if (error) throw new Error(`queue_scheduled_notifications failed: ${error.message}`);
		await deliverDigests(get());
	});
}
