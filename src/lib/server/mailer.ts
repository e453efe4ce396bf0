// The portal's configured sender: one SMTP transport for the process, links from the public origin.
import type { Transporter } from 'nodemailer';
import { serverConfig } from './config.ts';
import { mailTransport, sendWith, type Mail } from './mail.ts';

let transport: Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
	const { smtpUrl, mailFrom } = serverConfig();
	transport ??= mailTransport(smtpUrl);
	await sendWith(transport, mailFrom, mail);
}

/** A link in an e-mail: the configured public origin, never the Host header of a request. */
export function absoluteLink(path: string): string {
	return serverConfig().publicOrigin + path;
}
