// The local e-mail catcher: what the portal sends over SMTP lands in the inbox, readable by
// people (a web page) and by tests (JSON), and stays across restarts.
import nodemailer from 'nodemailer';
import { describe, expect, inject, it } from 'vitest';

const stack = inject('stack');

describe('the e-mail catcher', () => {
	it('catches a message sent over SMTP and shows it in the inbox', async () => {
		const subject = `Uzaicinājums ${Date.now()}`;
		const transport = nodemailer.createTransport({ url: stack.SMTP_URL });
		await transport.sendMail({
			from: 'Tilts <noreply@tilts.example>',
			to: 'partner@faenza.example',
			subject,
			text: 'Sveiki! Jūs esat uzaicināts.',
			html: '<p>Sveiki! <script>alert(1)</script></p>'
		});

		const mails: Array<{ id: string; subject: string; to: string[]; text: string }> = await (
			await fetch(`${stack.INBOX_URL}/api/messages`)
		).json();
		const mail = mails.find((m) => m.subject === subject);
		expect(mail).toMatchObject({
			to: ['partner@faenza.example'],
			text: 'Sveiki! Jūs esat uzaicināts.\n'
		});

		const list = await (await fetch(stack.INBOX_URL)).text();
		expect(list).toContain(subject);
		const page = await (await fetch(`${stack.INBOX_URL}/messages/${mail!.id}`)).text();
		expect(page).toContain('Sveiki! Jūs esat uzaicināts.');

		// The e-mail's HTML is served boxed in: no scripts run in the inbox.
		const html = await fetch(`${stack.INBOX_URL}/messages/${mail!.id}/html`);
		expect(html.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
	});
});
