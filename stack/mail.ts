// An SMTP catcher with a web inbox, as Supabase's local stack ships one: every e-mail the portal
// sends locally lands here, never in a real mailbox. Messages are kept as .eml files.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { listen } from './ports.ts';

export type CaughtMail = {
	id: string;
	receivedAt: string;
	envelopeTo: string[];
	from: string;
	to: string[];
	subject: string;
	text: string;
	html: string | null;
	messageId: string | null;
	/** Headers a client acts on: List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
	listUnsubscribe: string | null;
	listUnsubscribePost: string | null;
	/** Calendar parts (text/calendar, RFC 6047), as text. */
	calendars: Array<{ method: string | null; content: string }>;
};

export type MailCatcher = { smtpPort: number; inboxUrl: string; stop(): Promise<void> };

export async function startMailCatcher(options: {
	dir: string;
	smtpPort: number;
	inboxPort: number;
}): Promise<MailCatcher> {
	fs.mkdirSync(options.dir, { recursive: true });
	const mails: CaughtMail[] = [];
	for (const file of fs
		.readdirSync(options.dir)
		.filter((f) => f.endsWith('.eml'))
		.sort()) {
		const raw = fs.readFileSync(path.join(options.dir, file));
		mails.push(await parse(file.slice(0, -4), raw, []));
	}

	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		banner: 'Tilts local mail catcher',
		logger: false,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', async () => {
				try {
					const raw = Buffer.concat(chunks);
					const id = `${Date.now()}-${mails.length.toString().padStart(5, '0')}`;
					fs.writeFileSync(path.join(options.dir, `${id}.eml`), raw);
					mails.push(
						await parse(
							id,
							raw,
							session.envelope.rcptTo.map((r) => r.address)
						)
					);
					done();
				} catch (error) {
					done(error as Error);
				}
			});
		}
	});
	const smtpPort = await listen(smtp.server, options.smtpPort, 'SMTP catcher');

	const inbox = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://inbox');
		const mail = (id: string | undefined) => mails.find((m) => m.id === id);
		const parts = url.pathname.split('/').filter(Boolean);

		if (url.pathname === '/api/messages' && req.method === 'GET') {
			return send(res, 200, 'application/json', JSON.stringify(mails));
		}
		if (url.pathname === '/api/messages' && req.method === 'DELETE') {
			mails.length = 0;
			for (const file of fs.readdirSync(options.dir)) fs.rmSync(path.join(options.dir, file));
			return send(res, 204, 'text/plain', '');
		}
		if (url.pathname === '/') return send(res, 200, 'text/html', listPage(mails));
		if (parts[0] === 'messages' && mail(parts[1])) {
			const found = mail(parts[1])!;
			if (parts[2] === 'html') {
				// The e-mail's own HTML, boxed in: no scripts, no requests, no access to this page.
				res.setHeader(
					'content-security-policy',
					"sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
				);
				return send(res, 200, 'text/html', found.html ?? '');
			}
			return send(res, 200, 'text/html', messagePage(found));
		}
		send(res, 404, 'text/plain', 'Not found');
	});
	const inboxPort = await listen(inbox, options.inboxPort, 'e-mail inbox');

	return {
		smtpPort,
		inboxUrl: `http://127.0.0.1:${inboxPort}`,
		stop: async () => {
			inbox.closeAllConnections();
			await Promise.all([
				new Promise<void>((resolve) => inbox.close(() => resolve())),
				new Promise<void>((resolve) => smtp.close(() => resolve()))
			]);
		}
	};
}

async function parse(id: string, raw: Buffer, envelopeTo: string[]): Promise<CaughtMail> {
	const email = await PostalMime.parse(raw);
	const header = (name: string) => email.headers.find((h) => h.key === name)?.value ?? null;
	const address = (a: { address?: string; name?: string } | undefined) =>
		a ? (a.name ? `${a.name} <${a.address}>` : (a.address ?? '')) : '';
	return {
		id,
		receivedAt: new Date(Number(id.split('-')[0])).toISOString(),
		envelopeTo,
		from: address(email.from),
		to: (email.to ?? []).map(address),
		subject: email.subject ?? '',
		text: email.text ?? '',
		html: email.html ?? null,
		messageId: email.messageId ?? null,
		listUnsubscribe: header('list-unsubscribe'),
		listUnsubscribePost: header('list-unsubscribe-post'),
		calendars: (email.attachments ?? [])
			.filter((a) => a.mimeType === 'text/calendar')
			.map((a) => ({
				method: a.method ?? null,
				content: typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content)
			}))
	};
}

function send(res: http.ServerResponse, status: number, type: string, body: string) {
	res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
	res.end(body);
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string) {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ccc}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}iframe{width:100%;height:30rem;border:1px solid #ccc}</style>
</head><body>${body}</body></html>`;
}

function listPage(mails: CaughtMail[]) {
	const rows = [...mails]
		.reverse()
		.map(
			(m) =>
				`<tr><td>${escape(m.receivedAt)}</td><td>${escape(m.to.join(', '))}</td>` +
				`<td><a href="/messages/${escape(m.id)}">${escape(m.subject || '(no subject)')}</a></td></tr>`
		)
		.join('');
	return page(
		'Tilts local inbox',
		`<h1>Tilts local inbox</h1><p>Every e-mail the local portal sends arrives here. Nothing leaves this machine.</p>` +
			(mails.length
				? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
				: '<p>No e-mail yet.</p>')
	);
}

function messagePage(m: CaughtMail) {
	return page(
		m.subject,
		`<p><a href="/">All e-mail</a></p><h1>${escape(m.subject || '(no subject)')}</h1>
<dl><dt>From</dt><dd>${escape(m.from)}</dd><dt>To</dt><dd>${escape(m.to.join(', '))}</dd>
<dt>Received</dt><dd>${escape(m.receivedAt)}</dd></dl>
<h2>Text</h2><pre>${escape(m.text)}</pre>` +
			(m.html
				? `<h2>HTML</h2><iframe title="HTML version" sandbox src="/messages/${escape(m.id)}/html"></iframe>`
				: '')
	);
}
