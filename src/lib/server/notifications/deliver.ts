// Sends what the outbox holds: claims a batch through PostgREST (as the service role; no person is
// signed in here), sends each e-mail, and settles the batch in one call. Several servers may run
// this at once: a claim takes rows nobody else holds (see public.claim_notifications).
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';
import { composeMail, PermanentMailError, type Mail } from '../mail.ts';
import type { Supabase } from '../supabase.ts';
import { invitationCalendar } from './calendar.ts';
import { mailLocale, renderNotification, type QueuedNotification } from './render.ts';
import { unsubscribeToken } from './unsubscribe.ts';

export type DeliveryContext = {
	/** The service-role client. */
	client: Supabase;
	send: (mail: Mail) => Promise<void>;
	/** The portal's public origin, for links. */
	origin: string;
	/** The secret unsubscribe links are signed with. */
	secret: string;
	/** The sender's name and address, for calendar invitations' ORGANIZER. */
	from: { name: string; address: string };
};

export type DeliveryResult = { sent: number; retried: number; failed: number };
type Outcome = { id: string; outcome: 'sent' | 'retry' | 'failed'; error?: string };

// At most this many e-mails are handed to SMTP at once (nodemailer's pool holds 5 connections).
const PARALLEL = 5;

/** Sends every due notification, batch after batch, until none is due (or `limit` are done). */
export async function deliverDue(
	context: DeliveryContext,
	options: { batch?: number; limit?: number } = {}
): Promise<DeliveryResult> {
	const { batch = 50, limit = 5_000 } = options;
	const total: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
	while (total.sent + total.retried + total.failed < limit) {
		const { data, error } = await context.client.rpc('claim_notifications', {
			batch,
			lease_seconds: 120
		});
		if (error) throw new Error(`claim_notifications failed: ${error.message}`);
		const claimed = data as QueuedNotification[];
		if (claimed.length === 0) break;
		const outcomes: Outcome[] = [];
		for (let i = 0; i < claimed.length; i += PARALLEL) {
			outcomes.push(
				...(await Promise.all(
					claimed
						.slice(i, i + PARALLEL)
						.map((n) => attempt(context, n, () => immediateMail(context, n)))
				))
			);
		}
		await settle(context, outcomes);
		count(total, outcomes);
		// A batch that failed whole (the mail server is down) is retried later, not at once.
		if (outcomes.every((o) => o.outcome !== 'sent')) break;
	}
	return total;
}

/** Sends the daily digests that are due: one e-mail per person with everything of the day. */
export async function deliverDigests(context: DeliveryContext): Promise<DeliveryResult> {
	const { data, error } = await context.client.rpc('claim_digests', {
		batch: 20,
		lease_seconds: 300
	});
	if (error) throw new Error(`claim_digests failed: ${error.message}`);
	const byPerson = new Map<string, QueuedNotification[]>();
	for (const n of data as QueuedNotification[])
		byPerson.set(n.recipient_id!, [...(byPerson.get(n.recipient_id!) ?? []), n]);
	const total: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
	const unsent: string[] = [];
	for (const items of byPerson.values()) {
		const outcome = await attempt(context, items[0], () => digestMail(context, items));
		const outcomes = items.map((n) => ({ ...outcome, id: n.id }));
		if (outcome.outcome !== 'sent') unsent.push(items[0].recipient_id!);
		await settle(context, outcomes);
		count(total, outcomes);
	}
	if (unsent.length) await context.client.rpc('release_digest_runs', { people: unsent });
	return total;
}

async function attempt(
	context: DeliveryContext,
	n: QueuedNotification,
	compose: () => Mail
): Promise<Outcome> {
	let mail: Mail;
	try {
		mail = compose();
	} catch (error) {
		// A notification the portal cannot write is a fault to show admins, not to retry forever.
		return { id: n.id, outcome: 'failed', error: `could not compose: ${(error as Error).message}` };
	}
	try {
		await context.send(mail);
		return { id: n.id, outcome: 'sent' };
	} catch (error) {
		const message = (error as Error).message || String(error);
		return {
			id: n.id,
			outcome: error instanceof PermanentMailError ? 'failed' : 'retry',
			error: message
		};
	}
}

async function settle(context: DeliveryContext, outcomes: Outcome[]): Promise<void> {
	const { error } = await context.client.rpc('settle_notifications', { results: outcomes });
	// Unsettled, they are claimed again when their lease runs out: sent twice at worst, never lost.
	if (error) throw new Error(`settle_notifications failed: ${error.message}`);
}

function count(total: DeliveryResult, outcomes: Outcome[]): void {
	for (const o of outcomes)
		total[o.outcome === 'sent' ? 'sent' : o.outcome === 'retry' ? 'retried' : 'failed']++;
}

const messageId = (id: string, origin: string) => `<${id}@${new URL(origin).hostname}>`;

function link(context: DeliveryContext, path: string, locale: Locale): string {
	return `${context.origin}/${locale}${path}`;
}

function unsubscribeLink(
	context: DeliveryContext,
	n: QueuedNotification,
	kind: string,
	locale: Locale
): string {
	const target = n.recipient_id ? { kind, userId: n.recipient_id } : { kind, email: n.email };
	return link(context, `/unsubscribe/${unsubscribeToken(target, context.secret)}`, locale);
}

function footer(
	context: DeliveryContext,
	n: QueuedNotification,
	kind: string,
	locale: Locale
): { lines: string[]; unsubscribe: string } {
	const unsubscribe = unsubscribeLink(context, n, kind, locale);
	const lines = [
		n.recipient_id
			? m.notify_footer_why({}, { locale })
			: m.notify_footer_why_address({}, { locale }),
		...(n.recipient_id
			? [
					m.notify_footer_preferences(
						{ url: link(context, '/account#notifications', locale) },
						{ locale }
					)
				]
			: []),
		m.notify_footer_unsubscribe({ url: unsubscribe }, { locale })
	];
	return { lines, unsubscribe };
}

function immediateMail(context: DeliveryContext, n: QueuedNotification): Mail {
	const locale = mailLocale(n.locale);
	const rendered = renderNotification(n.kind, n.payload, locale);
	const { lines, unsubscribe } = footer(context, n, n.kind, locale);
	const mail = composeMail({
		to: n.email,
		lang: locale,
		subject: rendered.subject,
		paragraphs: rendered.paragraphs,
		action: { label: rendered.action.label, url: link(context, rendered.action.path, locale) },
		footer: lines
	});
	return {
		...mail,
		messageId: messageId(n.id, context.origin),
		unsubscribeUrl: unsubscribe,
		calendar: invitationCalendar(n, locale, context) ?? undefined
	};
}

function digestMail(context: DeliveryContext, items: QueuedNotification[]): Mail {
	const first = items[0];
	const locale = mailLocale(first.locale);
	const list = items.map((n) => {
		const rendered = renderNotification(n.kind, n.payload, locale);
		return { text: rendered.summary, url: link(context, rendered.action.path, locale) };
	});
	const { lines: footerLines, unsubscribe } = footer(context, first, 'digest', locale);
	const subject = m.notify_digest_subject({}, { locale });
	const mail = composeMail({
		to: first.email,
		lang: locale,
		subject,
		paragraphs: [m.notify_digest_intro({}, { locale })],
		list,
		action: {
			label: m.notify_digest_action({}, { locale }),
			url: link(context, '/my-work', locale)
		},
		footer: footerLines
	});
	return {
		...mail,
		messageId: messageId(`digest-${first.id}`, context.origin),
		unsubscribeUrl: unsubscribe
	};
}
