// Choosing which e-mails come and when (the account page), and the platform admin's view of the
// outbox (/admin/mail), in a real browser against the built portal.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createAccount, DEMO, failedNotification, signIn, sql } from './factories.ts';
import { expect, expectNoViolations, test } from './fixtures.ts';

const FAENZA_EDITOR = '0c000000-0000-4000-8000-000000000003';

test.describe('notification preferences', () => {
	// Both change the Faenza editor's choices: one after the other.
	test.describe.configure({ mode: 'serial' });
	test.afterEach(async () => {
		await sql(`delete from public.notification_preferences where user_id = $1`, [FAENZA_EDITOR]);
		await sql(`update public.users set digest_hour = 8 where id = $1`, [FAENZA_EDITOR]);
	});

	test('the Faenza editor turns a kind off and moves the digest, and finds both kept', async ({
		page
	}) => {
		await signIn(page, DEMO.faenzaEditor);
		await page.goto('/en/account#notifications');
		const section = page.locator('section#notifications');
		const newEvent = section.getByRole('group', { name: 'New event' });
		// Nothing chosen yet: the kind's default (the daily digest) is shown as chosen.
		await expect(newEvent.getByLabel('In the daily digest')).toBeChecked();
		// A calendar invitation makes no digest item: only at once or off.
		await expect(
			section.getByRole('group', { name: 'Calendar invitations' }).getByRole('radio')
		).toHaveCount(2);
		await expect(section.getByText('In your time zone')).toBeVisible();

		await newEvent.getByLabel('Off').check();
		await section.getByLabel('Time of the daily digest').selectOption('17');
		await section.getByRole('button', { name: 'Save notification settings' }).click();

		const saved = section.getByRole('status');
		await expect(saved).toHaveText('Your notification settings are saved.');
		await expect(page.locator('#notifications').getByRole('status')).toBeFocused();
		await expectNoViolations(page, 'en');

		await page.goto('/en/account');
		await expect(section.getByRole('group', { name: 'New event' }).getByLabel('Off')).toBeChecked();
		await expect(section.getByLabel('Time of the daily digest')).toHaveValue('17');
		// Only what differs from the default is stored.
		expect(
			await sql(`select kind, delivery from public.notification_preferences where user_id = $1`, [
				FAENZA_EDITOR
			])
		).toEqual([{ kind: 'event_created', delivery: 'off' }]);

		// Their choices are part of their data.
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download my data' }).click();
		const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
		expect(exported.account.digest_hour).toBe(17);
		expect(exported.notification_preferences).toMatchObject([
			{ kind: 'event_created', delivery: 'off' }
		]);

		// Back to the default: the row goes.
		await section
			.getByRole('group', { name: 'New event' })
			.getByLabel('In the daily digest')
			.check();
		await section.getByRole('button', { name: 'Save notification settings' }).click();
		await expect(section.getByRole('status')).toBeVisible();
		expect(
			await sql(`select kind from public.notification_preferences where user_id = $1`, [
				FAENZA_EDITOR
			])
		).toEqual([]);
	});

	test('a refused save says what is wrong where it is, focused, and passes axe', async ({
		page
	}) => {
		await signIn(page, DEMO.faenzaEditor, undefined, 'lv');
		await page.goto('/lv/account');
		// An hour no browser would offer, as a tampered form sends it.
		await page
			.locator('#digest_hour option')
			.first()
			.evaluate((option: HTMLOptionElement) => (option.value = '24'));
		await page.locator('#digest_hour').selectOption({ index: 0 });
		await page.getByRole('button', { name: 'Saglabāt paziņojumu iestatījumus' }).click();
		await expect(page.locator('#notifications').getByRole('alert')).toContainText(
			'Nekas netika saglabāts'
		);
		// The focus is on the field to fix, as after every refused form.
		await expect(page.locator('#digest_hour')).toBeFocused();
		await expect(page.locator('#digest_hour')).toHaveAttribute('aria-invalid', 'true');
		await expectNoViolations(page, 'lv');
	});

	test('bad input is a 400 that says what is wrong, and saves nothing', async ({
		page,
		baseURL
	}) => {
		await signIn(page, DEMO.faenzaEditor);
		const post = (form: Record<string, string>) =>
			page.request.post('/en/account?/notifications', {
				form,
				headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
				maxRedirects: 0
			});
		for (const [form, says] of [
			[{ digest_hour: '24', kind_event_created: 'off' }, 'from 0 to 23'],
			[{ digest_hour: '9', kind_event_created: 'weekly' }, 'New event'],
			[{ digest_hour: '9', kind_calendar_invitation: 'digest' }, 'Calendar invitations'],
			[{ digest_hour: '9', kind_no_such_kind: 'off' }, 'no_such_kind']
		] as const) {
			const answer = await post(form);
			expect(answer.status()).toBe(400);
			expect(await answer.text()).toContain(says);
		}
		expect(
			await sql(
				`select count(*)::int as n from public.notification_preferences where user_id = $1`,
				[FAENZA_EDITOR]
			)
		).toEqual([{ n: 0 }]);
		expect(
			await sql(`select digest_hour from public.users where id = $1`, [FAENZA_EDITOR])
		).toEqual([{ digest_hour: 8 }]);
	});
});

test.describe('the admin mail page', () => {
	test('a platform admin filters failed ones and sends one again', async ({ page }) => {
		const recipient = await createAccount({ name: 'Mail Recipient' });
		const reason = `smtp: 550 no such mailbox ${randomUUID().slice(0, 8)}`;
		const id = await failedNotification(recipient.id, reason);

		await signIn(page, DEMO.admin);
		await page.goto('/en/admin');
		await page.getByRole('link', { name: /Outgoing e-mail/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Outgoing e-mail' })).toBeVisible();

		await page
			.getByRole('navigation', { name: 'Show notifications by status' })
			.getByRole('link', { name: /^Failed/ })
			.click();
		await expect(page).toHaveURL(/status=failed/);
		const row = page.getByRole('row').filter({ hasText: recipient.email });
		await expect(row).toContainText(reason);
		await expect(row).toContainText('Mail Recipient');
		await expect(row).toContainText('Your roles');
		await row.getByRole('button', { name: /Send again/ }).click();

		await expect(page.getByRole('status')).toHaveText(/Queued again/);
		await expect(page.getByRole('status')).toBeFocused();
		await expectNoViolations(page, 'en');
		await expect(page).toHaveURL(/status=failed/);
		await expect(page.getByRole('row').filter({ hasText: recipient.email })).toHaveCount(0);
		// Queued again from the start, the portal's delivery worker sends it within seconds.
		await expect
			.poll(
				async () =>
					(await sql(`select status, attempts from public.notifications where id = $1`, [id]))[0],
				{ timeout: 20_000 }
			)
			.toEqual({ status: 'sent', attempts: 1 });
		await page
			.getByRole('navigation', { name: 'Show notifications by status' })
			.getByRole('link', { name: /^Sent/ })
			.click();
		await expect(
			page.getByRole('row').filter({ hasText: recipient.email }).getByRole('cell').nth(3)
		).toContainText('Sent');
	});

	test('anyone else gets 403, for the page and for sending again', async ({ page, baseURL }) => {
		const recipient = await createAccount();
		const id = await failedNotification(recipient.id, 'smtp: refused');
		await signIn(page, DEMO.coordinator);
		expect((await page.goto('/en/admin/mail'))?.status()).toBe(403);
		const answer = await page.request.post('/en/admin/mail?/retry', {
			form: { notification: id },
			headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(answer.status()).toBe(403);
		expect(await sql(`select status from public.notifications where id = $1`, [id])).toEqual([
			{ status: 'failed' }
		]);
	});
});
