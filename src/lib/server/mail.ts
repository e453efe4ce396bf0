// Sends e-mail over SMTP: the local stack's catcher, or a real server in production.
import nodemailer, { type Transporter } from 'nodemailer';
import { serverConfig } from './config.ts';

export type Mail = { to: string; subject: string; text: string; html: string };

let transport: Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
	const { smtpUrl, mailFrom } = serverConfig();
	transport ??= nodemailer.createTransport(smtpUrl);
	// An address object, not a string that nodemailer would read as a list.
	await transport.sendMail({ from: mailFrom, ...mail, to: { name: '', address: mail.to } });
}

/** A link in an e-mail: the configured public origin, never the Host header of a request. */
export function absoluteLink(path: string): string {
	return serverConfig().publicOrigin + path;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, accessible e-mail: paragraphs, one call-to-action link, the same text as plain text. */
export function composeMail(options: { to: string; subject: string; lang: string; paragraphs: string[]; action: { label: string; url: string } }): Mail {
	const { to, subject, lang, paragraphs, action } = options;
	const text = [...paragraphs, `${action.label}: ${action.url}`].join('\n\n') + '\n';
	const html =
		`<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
		`<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1f2b">` +
		paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
		`<p><a href="${escapeHtml(action.url)}" style="color: #1d4f91">${escapeHtml(action.label)}</a></p></body></html>`;
	return { to, subject, text, html };
}
