import { expect, test } from './fixtures.ts';
import {
	auditActions,
	createAccount,
	DEMO,
	forgetFailedSignIns,
	linkIn,
	mailTo,
	signIn
} from './factories.ts';

const form = (page: { url(): string }) => ({ origin: new URL(page.url()).origin });

test.describe('signing in', () => {
	/** The addresses this test fails sign-ins for, forgotten after it. */
	const guessed: string[] = [];
	test.afterEach(() => forgetFailedSignIns(guessed.splice(0)));

	test('sets a session cookie that scripts cannot read, and goes back to the page asked for', async ({
		page,
		context
	}) => {
		await page.goto('/en/account');
		await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount$/);
		await page.getByLabel('E-mail address').fill(DEMO.lesznoEditor);
		await page.getByLabel('Password', { exact: true }).fill('tilts-demo-2026');
		await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/en\/account$/);
		const cookie = (await context.cookies()).find((c) => c.name === 'tilts_session')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
		// 20 random bytes in base32: 160 bits.
		expect(cookie.value).toMatch(/^[a-z2-7]{32}$/);
		expect(await page.evaluate(() => document.cookie)).not.toContain('tilts_session');
	});

	test('answers an unknown address and a wrong password alike, keeping the address typed', async ({
		page
	}) => {
		const answers: string[] = [];
		for (const email of ['nobody-here@test.example', DEMO.lesznoEditor]) {
			guessed.push(email);
			await page.goto('/en/sign-in');
			await page.getByLabel('E-mail address').fill(email);
			await page.getByLabel('Password', { exact: true }).fill('not the password');
			const response = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
			expect((await response).status()).toBe(400);
			await expect(page.getByLabel('E-mail address')).toHaveValue(email);
			answers.push(await page.getByRole('alert').innerText());
		}
		expect(answers[0]).toBe('The e-mail address or the password is not right.');
		expect(answers[1]).toBe(answers[0]);
	});

	test('slows down guessing with 429 and Retry-After, which a spoofed X-Forwarded-For does not lift', async ({
		page
	}) => {
		const account = await createAccount();
		guessed.push(account.email);
		await page.goto('/en/sign-in');
		const attempt = (headers: Record<string, string> = {}) =>
			page.request.post('/en/sign-in', {
				form: { email: account.email, password: 'wrong guess!' },
				headers: { ...form(page), ...headers }
			});
		for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(400);
		const blocked = await attempt({ 'x-forwarded-for': '203.0.113.9' });
		expect(blocked.status()).toBe(429);
		expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
		expect(await blocked.text()).toContain('Too many attempts.');
		// Even the right password waits now.
		const right = await page.request.post('/en/sign-in', {
			form: { email: account.email, password: account.password },
			headers: form(page)
		});
		expect(right.status()).toBe(429);
	});

	test('counts parallel guesses too: of ten at once, at most five are checked', async ({
		page
	}) => {
		const account = await createAccount();
		guessed.push(account.email);
		await page.goto('/en/sign-in');
		const statuses = await Promise.all(
			Array.from({ length: 10 }, () =>
				page.request
					.post('/en/sign-in', {
						form: { email: account.email, password: 'parallel guess' },
						headers: form(page)
					})
					.then((r) => r.status())
			)
		);
		expect(statuses.filter((s) => s === 400).length).toBe(5);
		expect(statuses.filter((s) => s === 429).length).toBe(5);
	});

	test('refuses cross-origin form posts of every kind', async ({ page }) => {
		await page.goto('/en/sign-in');
		const evil = { origin: 'https://evil.example' };
		for (const body of [
			{ form: { email: DEMO.admin, password: 'x' } },
			{ multipart: { email: DEMO.admin, password: 'x' } },
			{ data: 'email=x', headers: { 'content-type': 'text/plain' } }
		]) {
			const response = await page.request.post('/en/sign-in', {
				...body,
				headers: { ...evil, ...('headers' in body ? body.headers : {}) }
			});
			expect(response.status()).toBe(403);
		}
	});

	test('records the sign-in in the audit log, which only platform admins read', async ({
		page
	}) => {
		const account = await createAccount();
		await signIn(page, account.email, account.password);
		expect(await auditActions(account.id)).toContain('session.signed_in');
		const response = await page.goto('/en/admin');
		expect(response?.status()).toBe(403);
	});

	test('one platform admin cannot delete another, even by a crafted post', async ({ page }) => {
		await signIn(page, DEMO.admin);
		const other = await createAccount();
		const { sql } = await import('./factories.ts');
		await sql(`update public.users set is_platform_admin = true where id = $1`, [other.id]);
		const response = await page.request.post('/en/admin?/deleteAccount', {
			form: { user_id: other.id },
			headers: form(page)
		});
		expect(response.status()).toBe(404);
		expect(await sql(`select id from public.users where id = $1`, [other.id])).toHaveLength(1);
	});
});

test.describe('signed-in pages', () => {
	test('are never cached', async ({ page }) => {
		await signIn(page, DEMO.lesznoEditor);
		const response = await page.goto('/en/account');
		expect(response?.headers()['cache-control']).toBe('private, no-store');
	});
});

test.describe('ending sessions', () => {
	test('signing out everywhere ends the sessions on other devices too', async ({
		browser,
		baseURL
	}) => {
		const account = await createAccount();
		const laptop = await (await browser.newContext({ baseURL })).newPage();
		const phone = await (await browser.newContext({ baseURL })).newPage();
		await signIn(laptop, account.email, account.password);
		await signIn(phone, account.email, account.password);
		await laptop.getByRole('button', { name: 'Sign out on all devices' }).click();
		await expect(laptop).toHaveURL(/\/en\/sign-in$/);
		await phone.goto('/en/account');
		await expect(phone).toHaveURL(/\/en\/sign-in\?next=/);
	});

	test('changing the password needs the current one and ends the other sessions', async ({
		browser,
		baseURL
	}) => {
		const account = await createAccount();
		const here = await (await browser.newContext({ baseURL })).newPage();
		const elsewhere = await (await browser.newContext({ baseURL })).newPage();
		await signIn(here, account.email, account.password);
		await signIn(elsewhere, account.email, account.password);

		await here.getByLabel('Current password').fill('not it');
		await here.getByLabel('New password').fill('a brand new passphrase');
		await here.getByRole('button', { name: 'Change password' }).click();
		await expect(here.getByText('This is not your current password.')).toBeVisible();

		await here.getByLabel('Current password').fill(account.password);
		await here.getByLabel('New password').fill('12345678');
		await here.getByRole('button', { name: 'Change password' }).click();
		await expect(here.getByText('This password is among the most common ones')).toBeVisible();

		await here.getByLabel('Current password').fill(account.password);
		await here
			.getByLabel('New password')
			.fill('a brand new passphrase, kept whole even when it is very long'.repeat(3));
		await here.getByRole('button', { name: 'Change password' }).click();
		await expect(here.getByRole('status')).toContainText('Your password is changed.');
		await here.goto('/en/account');
		await expect(here).toHaveURL(/\/en\/account$/);
		await elsewhere.goto('/en/account');
		await expect(elsewhere).toHaveURL(/\/en\/sign-in/);
		// The long password works whole, not a truncated part of it.
		await signIn(
			elsewhere,
			account.email,
			'a brand new passphrase, kept whole even when it is very long'.repeat(3)
		);
	});

	test('a password reset link works once and ends every session', async ({ browser, baseURL }) => {
		const account = await createAccount();
		const old = await (await browser.newContext({ baseURL })).newPage();
		await signIn(old, account.email, account.password);

		const page = await (await browser.newContext({ baseURL })).newPage();
		await page.goto('/en/sign-in');
		await page.getByRole('link', { name: 'Forgot your password?' }).click();
		// The sign-in page has an e-mail field too: type only once the reset page is there.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('New password');
		await page.getByLabel('E-mail address').fill(account.email);
		await page.getByRole('button', { name: 'Send the link' }).click();
		await expect(page.getByRole('status')).toContainText(
			'a link to choose a new password is on its way'
		);

		const link = linkIn(await mailTo(account.email));
		await page.goto(link);
		await page.getByLabel('New password').fill('after the reset, a new one');
		await page.getByRole('button', { name: 'Save the new password' }).click();
		await expect(page).toHaveURL(/\/en\/account$/);

		await old.goto('/en/account');
		await expect(old).toHaveURL(/\/en\/sign-in/);
		await page.goto(link);
		await expect(page.getByText('This link has been used or has expired.')).toBeVisible();
		expect(await auditActions(account.id)).toContain('password.reset');
	});

	test('a used or superseded reset link stops the others working too', async ({ page }) => {
		const account = await createAccount();
		const links: string[] = [];
		for (let i = 0; i < 2; i++) {
			await page.goto('/en/password-reset');
			await page.getByLabel('E-mail address').fill(account.email);
			await page.getByRole('button', { name: 'Send the link' }).click();
			await expect(page.getByRole('status')).toBeVisible();
			await expect.poll(async () => linkIn(await mailTo(account.email))).not.toBe(links[0]);
			links.push(linkIn(await mailTo(account.email)));
		}
		await page.goto(links[1]);
		const response = await page.goto(links[1]);
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		await page.getByLabel('New password').fill('the newest of passwords');
		await page.getByRole('button', { name: 'Save the new password' }).click();
		await expect(page).toHaveURL(/\/en\/account$/);
		await page.goto(links[0]);
		await expect(page.getByText('This link has been used or has expired.')).toBeVisible();
	});

	test('asking for a reset for an unknown address answers the same, and sends nothing', async ({
		page
	}) => {
		await page.goto('/en/password-reset');
		await page.getByLabel('E-mail address').fill('no-such-person@test.example');
		await page.getByRole('button', { name: 'Send the link' }).click();
		await expect(page.getByRole('status')).toContainText(
			'If no-such-person@test.example has an account'
		);
		await expect(mailTo('no-such-person@test.example', 500)).rejects.toThrow();
	});
});

test.describe('your data', () => {
	test('downloads as a JSON attachment holding the account', async ({ page }) => {
		const account = await createAccount({ organisation: 'comune-di-faenza' });
		await signIn(page, account.email, account.password);
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download my data' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^tilts-my-data-\d{4}-\d{2}-\d{2}\.json$/);
		const data = JSON.parse(
			await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8')
		);
		expect(data.account.email).toBe(account.email);
		expect(data.organisations[0].organisation.name).toBe('Comune di Faenza');
		expect(data.organisation_proposals).toEqual([]);
		expect(data.event_registrations_made).toEqual([]);
		expect(data.notification_preferences).toEqual([]);
		expect(data.notifications).toEqual([]);
	});

	test('checking the current password again is limited like signing in', async ({ page }) => {
		const account = await createAccount();
		await signIn(page, account.email, account.password);
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) {
			const response = await page.request.post('/en/account?/password', {
				form: { current: `guess ${i}`, next: 'a brand new passphrase' },
				headers: form(page)
			});
			statuses.push(response.status());
		}
		expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
	});

	test('deleting the account needs the password, erases it and signs out', async ({ page }) => {
		const account = await createAccount({ organisation: 'comune-di-faenza' });
		await signIn(page, account.email, account.password);
		await page.getByLabel('Your password, to confirm').fill('wrong');
		await page.getByRole('button', { name: 'Delete my account' }).click();
		await expect(page.getByText('This is not your current password.')).toBeVisible();
		await page.getByLabel('Your password, to confirm').fill(account.password);
		await page.getByRole('button', { name: 'Delete my account' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is deleted');
		await page.goto('/en/sign-in');
		await page.getByLabel('E-mail address').fill(account.email);
		await page.getByLabel('Password', { exact: true }).fill(account.password);
		await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'The e-mail address or the password is not right.'
		);
		expect(await auditActions(account.id)).toContain('account.deleted');
	});
});

test.describe('bad input', () => {
	for (const [what, name, message] of [
		['a NUL byte', 'Anna\u0000Berzina', 'characters that cannot be used here'],
		['a right-to-left override', 'Anna \u202eanizreB', 'characters that cannot be used here'],
		['100 kB of text', 'x'.repeat(100_000), 'Please use at most 200 characters.']
	] as const) {
		test(`a name with ${what} gets a clear message, never a 500`, async ({ page }) => {
			const account = await createAccount();
			await signIn(page, account.email, account.password);
			await page.goto('/en/account');
			const response = await page.request.post('/en/account?/profile', {
				form: { display_name: name, preferred_locale: 'en', time_zone: '' },
				headers: form(page)
			});
			expect(response.status()).toBe(400);
			expect(await response.text()).toContain(message);
		});
	}

	test('a name in decomposed Unicode is stored composed (NFC)', async ({ page }) => {
		const account = await createAccount();
		await signIn(page, account.email, account.password);
		await page.getByLabel('Name').fill('Li\u0304ga Bērziņa'.normalize('NFD'));
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Your changes are saved.');
		const stored = await page.getByLabel('Name').inputValue();
		expect(stored).toBe('Līga Bērziņa'.normalize('NFC'));
	});

	test('an unknown time zone is refused in the reader’s language', async ({ page }) => {
		const account = await createAccount();
		await signIn(page, account.email, account.password, 'lv');
		await page.goto('/lv/account');
		const response = await page.request.post('/lv/account?/profile', {
			form: { display_name: 'X', preferred_locale: 'lv', time_zone: 'Mars/Olympus_Mons' },
			headers: form(page)
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Lūdzu, izvēlieties laika joslu no saraksta.');
	});
});
