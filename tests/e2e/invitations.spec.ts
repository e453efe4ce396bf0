import { expect, test } from './fixtures.ts';
import { ageInvitation, DEMO, linkIn, mailTo, signIn, uniqueEmail } from './factories.ts';

test('the Daugavpils coordinator invites a partner from Faenza, who joins, sets a time zone and signs out', async ({
	browser,
	baseURL
}) => {
	const partnerEmail = uniqueEmail('giulia');

	// The coordinator, in Latvian, invites to the Young NEETs project for Comune di Faenza.
	const coordinatorContext = await browser.newContext({ baseURL, locale: 'lv-LV' });
	const coordinator = await coordinatorContext.newPage();
	await signIn(coordinator, DEMO.coordinator, undefined, 'lv');
	await coordinator.goto('/lv/projects/young-neets/people');
	await coordinator.getByLabel('E-pasta adrese').fill(partnerEmail);
	await coordinator
		.getByLabel('Pārstāvētā partnerorganizācija')
		.selectOption({ label: 'Comune di Faenza' });
	await coordinator.getByLabel('Loma').selectOption('partner_editor');
	await coordinator.getByLabel('Uzaicinājuma e-pasta valoda').selectOption('en');
	await coordinator.getByRole('button', { name: 'Nosūtīt uzaicinājumu' }).click();
	await expect(coordinator.getByRole('status')).toHaveText(
		`Uzaicinājums nosūtīts uz ${partnerEmail}.`
	);
	const invitationRow = () =>
		coordinator
			.getByRole('region', { name: 'Uzaicinājumi' })
			.getByRole('row', { name: new RegExp(partnerEmail) });
	await expect(invitationRow()).toContainText('gaida atbildi');

	// The invitation arrives in the local inbox, in English as chosen.
	const mail = await mailTo(partnerEmail);
	expect(mail.subject).toBe('Invitation to Tilts: Comune di Faenza');
	expect(mail.text).toContain('as partner editor for Comune di Faenza');

	// The partner follows the link in a browser set to Rome, and makes an account.
	const partnerContext = await browser.newContext({
		baseURL,
		locale: 'it-IT',
		timezoneId: 'Europe/Rome'
	});
	const partner = await partnerContext.newPage();
	await partner.goto(linkIn(mail));
	await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Invitation');
	await partner.getByLabel('Name').fill('Giulia Prova');
	await partner.getByLabel('New password').fill('ponte vecchio sul Lamone');
	await expect(partner.getByLabel('Home time zone')).toHaveValue('Europe/Rome');
	await partner.getByRole('button', { name: 'Accept and create my account' }).click();

	// They land in the project, and their account shows the organisation and the project.
	await expect(partner).toHaveURL(/\/en\/projects\/young-neets\/people$/);
	await expect(partner.getByRole('row', { name: /Giulia Prova/ })).toContainText('partner editor');
	await partner.getByRole('link', { name: 'Giulia Prova' }).click();
	await expect(partner.getByRole('region', { name: 'Your organisations' })).toContainText(
		'Comune di Faenza · member'
	);
	await expect(partner.getByRole('region', { name: 'Your projects' })).toContainText('Young NEETs');

	// They change their home time zone, then sign out.
	await partner.getByLabel('Home time zone').selectOption('Europe/Lisbon');
	await partner.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(partner.getByRole('status')).toHaveText('Your changes are saved.');
	await expect(partner.getByLabel('Home time zone')).toHaveValue('Europe/Lisbon');
	await partner.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
	await expect(partner.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
	await partner.goto('/en/account');
	await expect(partner).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount$/);

	// The invitation is single-use, and the inviter sees it accepted.
	await partner.goto(linkIn(mail));
	await expect(partner.getByText('This invitation has been accepted already.')).toBeVisible();
	await coordinator.reload();
	await expect(invitationRow()).toContainText('pieņemts');
	await expect(
		coordinator
			.getByRole('region', { name: 'Dalībnieki' })
			.getByRole('row', { name: /Giulia Prova/ })
	).toContainText('partnera redaktors');
	await coordinatorContext.close();
	await partnerContext.close();
});

test('a revoked invitation no longer works, and a resent one replaces the old link', async ({
	page
}) => {
	await signIn(page, DEMO.faenzaEditor);
	await page.goto('/en/organisations/comune-di-faenza/members');

	const first = uniqueEmail('revoked');
	await page.getByLabel('E-mail address').fill(first);
	await page.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(page.getByRole('status')).toHaveText(`An invitation has been sent to ${first}.`);
	const revokedLink = linkIn(await mailTo(first));
	await page.getByRole('button', { name: `Revoke the invitation to ${first}` }).click();
	await expect(page.getByRole('status')).toHaveText(`The invitation to ${first} is revoked.`);
	await page.goto(revokedLink);
	await expect(page.getByText('This invitation has been revoked.')).toBeVisible();

	await page.goto('/en/organisations/comune-di-faenza/members');
	const second = uniqueEmail('resent');
	await page.getByLabel('E-mail address').fill(second);
	await page.getByRole('button', { name: 'Send the invitation' }).click();
	const oldLink = linkIn(await mailTo(second));
	// At once, it is too soon to send again.
	await page.getByRole('button', { name: `Send again to ${second}` }).click();
	await expect(page.getByRole('alert')).toContainText('less than a minute ago');
	await ageInvitation(second);
	await page.getByRole('button', { name: `Send again to ${second}` }).click();
	await expect(page.getByRole('status')).toHaveText(`An invitation has been sent to ${second}.`);
	await expect.poll(async () => linkIn(await mailTo(second))).not.toBe(oldLink);
	await page.goto(oldLink);
	await expect(
		page.getByText('This invitation link is not valid.', { exact: false })
	).toBeVisible();
});

test('inviting keeps what was typed and explains what is wrong', async ({ page }) => {
	await signIn(page, DEMO.faenzaEditor);
	await page.goto('/en/organisations/comune-di-faenza/members');
	await page.getByLabel('E-mail address').fill('not-an-address');
	await page.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(page.getByLabel('E-mail address')).toHaveValue('not-an-address');
	await expect(
		page.getByText('Please enter an e-mail address, such as name@example.org.')
	).toBeVisible();
	await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('E-mail address').fill(DEMO.faenzaEditor);
	await page.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(page.getByText('This person is a member already.')).toBeVisible();
});

test('a partner editor may not invite into a project', async ({ page }) => {
	await signIn(page, DEMO.faenzaEditor);
	await page.goto('/en/projects/young-neets/people');
	await expect(page.getByRole('heading', { name: 'People in the project' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Send the invitation' })).toHaveCount(0);
	const response = await page.request.post('/en/projects/young-neets/people?/invite', {
		form: {
			email: uniqueEmail('sneaky'),
			organisation_id: '0a000000-0000-4000-8000-000000000003',
			project_role: 'coordinator',
			locale: 'en'
		},
		headers: { origin: new URL(page.url()).origin }
	});
	expect(response.status()).toBe(403);
});
