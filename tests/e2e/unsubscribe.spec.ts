// One-click unsubscribe (RFC 8058) from an e-mail the portal's worker really sent: a mail program
// posts it from its own server (no cookie, no Origin), a person may open it and press one button,
// and a link that was cut or forged changes nothing and says so.
import { expect, expectNoViolations, test } from './fixtures.ts';
import { createAccount, sql } from './factories.ts';

type Mail = {
	to: string[];
	subject: string;
	listUnsubscribe: string | null;
	listUnsubscribePost: string | null;
};

async function mailTo(address: string): Promise<Mail> {
	let found: Mail | undefined;
	await expect
		.poll(
			async () => {
				const mails: Mail[] = await (
					await fetch(`${process.env.TILTS_INBOX_URL}/api/messages`)
				).json();
				found = mails.find((mail) => mail.to.includes(address));
				return Boolean(found);
			},
			{ timeout: 20_000, intervals: [500] }
		)
		.toBe(true);
	return found!;
}

/** A notification queued for the person, as a trigger would: the worker sends it within seconds. */
async function notify(userId: string, kind = 'role_changed') {
	await sql(
		`insert into public.notifications (recipient_id, kind, payload, delivery)
		 values ($1, $2, '{"change": "granted", "role": "viewer", "place": "Test project", "path": "/projects", "actor": "A coordinator"}', 'immediate')`,
		[userId, kind]
	);
}

const preference = async (userId: string, kind = 'role_changed') =>
	(
		await sql<{ delivery: string }>(
			`select delivery from public.notification_preferences where user_id = $1 and kind = $2`,
			[userId, kind]
		)
	)[0]?.delivery;

test('a mail program’s one-click post turns that kind off, without a session or an Origin', async ({
	playwright,
	baseURL
}) => {
	const account = await createAccount();
	await notify(account.id);
	const mail = await mailTo(account.email);
	expect(mail.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');
	const url = new URL(mail.listUnsubscribe!.slice(1, -1));
	// The e-mail's links use the configured public origin; the test server is elsewhere.
	const request = await playwright.request.newContext({ baseURL });
	const response = await request.post(url.pathname, { form: { 'List-Unsubscribe': 'One-Click' } });
	expect(response.status()).toBe(200);
	expect(await preference(account.id)).toBe('off');
	// Nothing of that kind is queued for them any more (as the database's triggers queue it).
	await sql(`select private.notify($1, 'role_changed', '{}'::jsonb)`, [account.id]);
	expect(
		await sql(`select 1 from public.notifications where recipient_id = $1 and status = 'pending'`, [
			account.id
		])
	).toEqual([]);
	await request.dispose();
});

test('a person opening the link is asked first, in the e-mail’s language, and told it is done', async ({
	page
}) => {
	const account = await createAccount();
	await sql(`update public.users set preferred_locale = 'lv' where id = $1`, [account.id]);
	await notify(account.id);
	const mail = await mailTo(account.email);
	const path = new URL(mail.listUnsubscribe!.slice(1, -1)).pathname;
	expect(path).toMatch(/^\/lv\/unsubscribe\//);
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pārtraukt e-pastus');
	await expectNoViolations(page, 'lv');
	expect(await preference(account.id)).toBeUndefined();
	await page.getByRole('button', { name: 'Pārtraukt šos e-pastus' }).click();
	await expect(page.getByRole('status')).toContainText('Gatavs');
	expect(await preference(account.id)).toBe('off');
});

test('a cut or forged link changes nothing and says so', async ({ page, playwright, baseURL }) => {
	const account = await createAccount();
	await notify(account.id);
	const path = new URL((await mailTo(account.email)).listUnsubscribe!.slice(1, -1)).pathname;
	const [prefix, signature] = path.split('.');
	const forged = `${prefix}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
	for (const bad of [forged, prefix, `${path}x`, '/en/unsubscribe/not-a-token']) {
		const response = await page.goto(bad);
		expect(response?.status()).toBe(400);
		await expect(page.getByText('This unsubscribe link is not valid')).toBeVisible();
		const request = await playwright.request.newContext({ baseURL });
		expect((await request.post(bad, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(
			400
		);
		await request.dispose();
	}
	expect(await preference(account.id)).toBeUndefined();
});
