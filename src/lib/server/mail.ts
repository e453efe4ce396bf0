// E-mail as the portal writes it, and its sending over SMTP (the local stack's catcher, or a real
// server in production). Needs no configuration of its own: mailer.ts holds the configured sender.
import nodemailer, { type Transporter } from 'nodemailer';

export type Mail = {
	to: string;
	subject: string;
	text: string;
	html: string;
	/** The notification's idempotency key: every retry of one notification carries the same id. */
	messageId?: string;
	/** One-click unsubscribe for this kind of e-mail (RFC 8058). */
	unsubscribeUrl?: string;
	/** An iTIP message (RFC 5546): an invitation, its update or its cancellation. */
	calendar?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
};

/** An SMTP answer that retrying will not change (5xx): the address or the message is refused. */
export class PermanentMailError extends Error {}

// A send that hangs must end well inside the delivery worker's lease on the notification.
const SMTP_TIMEOUT_MS = 20_000;

export function mailTransport(smtpUrl: string): Transporter {
	// A pool keeps connections open between the e-mails of a delivery run.
	return nodemailer.createTransport({
		url: smtpUrl,
		pool: true,
		connectionTimeout: SMTP_TIMEOUT_MS,
		greetingTimeout: SMTP_TIMEOUT_MS,
		socketTimeout: SMTP_TIMEOUT_MS
	});
}

export async function sendWith(transport: Transporter, from: string, mail: Mail): Promise<void> {
	const { messageId, unsubscribeUrl, calendar, ...content } = mail;
	try {
		await transport.sendMail({
			from,
			...content,
			// An address object, not a string that nodemailer would read as a list.
			to: { name: '', address: mail.to },
			...(messageId ? { messageId } : {}),
			...(unsubscribeUrl
				? {
						list: { unsubscribe: unsubscribeUrl },
						headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
					}
				: {}),
			...(calendar
				? {
						icalEvent: {
							method: calendar.method,
							filename: calendar.filename,
							content: calendar.content
						}
					}
				: {})
		});
	} catch (error) {
		const code = (error as { responseCode?: number }).responseCode;
		if (code && code >= 500 && code < 600) throw new PermanentMailError((error as Error).message);
		throw error;
	}
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A plain, accessible e-mail: paragraphs, one call-to-action link, then a smaller footer (why the
 * person gets it, how to stop it), the same text as plain text.
 */
export function composeMail(options: {
	to: string;
	subject: string;
	lang: string;
	paragraphs: string[];
	/** Items with their own links (a digest). */
	list?: Array<{ text: string; url: string }>;
	action: { label: string; url: string };
	footer?: string[];
}): Mail {
	const { to, subject, lang, paragraphs, list = [], action, footer = [] } = options;
	const text =
		[
			...paragraphs,
			...(list.length ? [list.map((item) => `- ${item.text}\n  ${item.url}`).join('\n')] : []),
			`${action.label}: ${action.url}`,
			...(footer.length ? ['--', ...footer] : [])
		].join('\n\n') + '\n';
	const html =
		`<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
		`<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1f2b">` +
		paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
		(list.length
			? `<ul>${list.map((item) => `<li><a href="${escapeHtml(item.url)}" style="color: #1d4f91">${escapeHtml(item.text)}</a></li>`).join('')}</ul>`
			: '') +
		`<p><a href="${escapeHtml(action.url)}" style="color: #1d4f91">${escapeHtml(action.label)}</a></p>` +
		(footer.length
			? `<hr style="border: 0; border-top: 1px solid #c8cdd6"><div style="font-size: 0.875em; color: #4a5261">` +
				footer.map((p) => `<p>${linkify(p)}</p>`).join('') +
				`</div>`
			: '') +
		`</body></html>`;
	return { to, subject, text, html };
}

/** Footer lines end with their link: the link becomes clickable, the rest stays text. */
function linkify(line: string): string {
	const match = /(https?:\/\/\S+)$/.exec(line);
	if (!match) return escapeHtml(line);
	const url = match[1];
	return `${escapeHtml(line.slice(0, match.index))}<a href="${escapeHtml(url)}" style="color: #1d4f91">${escapeHtml(url)}</a>`;
}
