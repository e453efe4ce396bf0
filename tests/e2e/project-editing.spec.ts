// Coordinators start and edit projects: details in several languages, partners, money, planned
// results, publishing. Everyone else is refused, and bad input comes back with a message per field.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { createAccount, DEMO, draftProject as draftProjectIn, signIn, sql } from './factories.ts';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A draft project coordinated by the Daugavpils coordinator, made straight in the database. */
const draftProject = (title = 'A project to edit') => draftProjectIn('edit', title, 'lv');

/** Posts a form as the page's browser would (same origin, its cookies), for input no browser control can produce. */
async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin },
		maxRedirects: 0
	});
}

test('the coordinator starts a sixth project in Latvian, with three partners and a budget, and publishes it', async ({
	page,
	browser,
	baseURL
}) => {
	const slug = unique('zalas-upes');
	await signIn(page, DEMO.coordinator, undefined, 'lv');
	await page.goto('/lv/projects');
	await page.getByRole('link', { name: 'Sākt projektu' }).click();
	await expect(page.getByRole('heading', { name: 'Sākt projektu' })).toBeVisible();
	await page
		.getByLabel('Vadošā organizācija')
		.selectOption({ label: 'Daugavpils valstspilsētas pašvaldība (LV)' });
	await page.getByLabel('Projekta nosaukums').fill('Zaļās upes pilsētas');
	await page.getByLabel('Akronīms').fill('ZAĻĀ UPE');
	await page.getByLabel('Adreses nosaukums').fill(slug);
	await page.getByRole('button', { name: 'Sākt projektu' }).click();
	await expect(page).toHaveURL(new RegExp(`/lv/projects/${slug}/edit$`));
	await expect(page.getByText('Melnraksts: šo projektu redz tikai partnerība.')).toBeVisible();

	// Details, in the language the coordinator writes in.
	await page
		.getByLabel('Kopsavilkums')
		.fill('Trīs upju pilsētas dalās pieredzē, kā zaļināt krastus.');
	await page.getByLabel('Programma').selectOption('cerv');
	await page.getByLabel('Sākuma datums').fill('2027-01-01');
	await page.getByLabel('Beigu datums').fill('2028-06-30');
	await page.getByLabel('Statuss').selectOption('running');
	await page.getByRole('button', { name: 'Saglabāt informāciju' }).click();
	await expect(page.getByRole('status')).toHaveText('Informācija saglabāta.');

	// Three partners: two the portal knows, one new.
	await page.getByRole('link', { name: 'Partneri' }).click();
	await expect(page.getByRole('heading', { name: 'Partneri', level: 1 })).toBeVisible();
	const existing = page.getByRole('region', {
		name: 'Pievienot organizāciju, kas jau ir portālā Tilts'
	});
	// Found by part of the name, without its accents, and chosen among the names that match.
	for (const [typed, name] of [
		['di faenza', 'Comune di Faenza'],
		['aktywnosci tworczej', 'Fundacja Centrum Aktywności Twórczej']
	]) {
		await existing.getByLabel('Atrast organizāciju').fill(typed);
		await existing.getByRole('button', { name: 'Meklēt' }).click();
		await expect(existing.getByRole('status')).toHaveText(
			new RegExp(`^Nosaukumi, kas atbilst „${typed}“: \\d+$`)
		);
		await expect(existing.getByRole('status')).toBeFocused();
		await expectNoViolations(page, 'lv');
		const value = await existing.locator('option', { hasText: name }).getAttribute('value');
		await existing.getByLabel('Organizācija').selectOption(value!);
		await existing.getByRole('button', { name: 'Pievienot partneri' }).click();
		await expect(page.getByRole('status')).toHaveText('Partneris pievienots.');
	}
	const newPartner = page.getByRole('region', { name: 'Pievienot jaunu organizāciju' });
	const newName = unique('Trollhättans kommun');
	await newPartner.getByLabel('Organizācija').fill(newName);
	await newPartner.getByLabel('Pilsēta').fill('Trollhättan');
	await newPartner.getByLabel('Valsts').selectOption('SE');
	await newPartner.getByRole('button', { name: 'Pievienot partneri' }).click();
	await expect(page.getByRole('status')).toHaveText('Partneris pievienots.');
	await expect(page.getByRole('table')).toContainText(newName);

	// The budget of the lead partner, typed the Latvian way, a pre-financing payment and a result.
	await page.getByRole('link', { name: 'Budžets un plānotie rezultāti' }).click();
	const lead = page.getByRole('region', { name: 'Budžets: Daugavpils valstspilsētas pašvaldība' });
	await lead.getByLabel('Kopā').fill('12 000,50');
	await lead.getByLabel('ES līdzfinansējums').fill('10 000');
	await lead.getByLabel('Pašu līdzfinansējums').fill('2 000,50');
	await lead.getByRole('button', { name: 'Saglabāt budžetu' }).click();
	await expect(page.getByRole('status')).toHaveText('Budžets saglabāts.');
	await page.getByLabel('Summa', { exact: true }).fill('4 800');
	await page.getByLabel('Gads').fill('2027');
	await page.getByRole('button', { name: 'Pievienot maksājumu' }).click();
	await expect(page.getByRole('status')).toHaveText('Maksājums pievienots.');
	await page.getByLabel('Plānots', { exact: true }).fill('3');
	await page.getByRole('button', { name: 'Pievienot plānoto rezultātu' }).click();
	await expect(page.getByRole('status')).toHaveText('Plānotais rezultāts pievienots.');

	// Not public until published.
	const publicPage = await (await browser.newContext({ baseURL })).newPage();
	expect((await publicPage.goto(`/en/projects/${slug}`))?.status()).toBe(404);
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByText('Publicēts: šo projektu redz visi.')).toBeVisible();

	// The public, in English: the Latvian original with its label, four partners in four countries, the money.
	await publicPage.goto(`/en/projects/${slug}`);
	await expect(publicPage.getByRole('heading', { level: 1 })).toContainText('Zaļās upes pilsētas');
	await expect(publicPage.getByText('shown in Latvian, the original').first()).toBeVisible();
	await expect(
		publicPage.getByRole('heading', { name: 'Partners: 4 in 4 countries' })
	).toBeVisible();
	const budget = publicPage.getByRole('region', {
		name: 'Budget of Daugavpils valstspilsētas pašvaldība'
	});
	await expect(budget.getByRole('definition').nth(0)).toHaveText('€12,000.50');
	await expect(budget.getByRole('definition').nth(1)).toHaveText('€10,000');
	await expect(budget.getByRole('definition').nth(2)).toHaveText('€2,000.50');
	await expect(budget.getByRole('row', { name: /Pre-financing/ })).toContainText('€4,800');
	await expect(publicPage.getByRole('row', { name: /International events/ })).toContainText('3');
	await publicPage.goto(`/lv/projects/${slug}`);
	await expect(
		publicPage
			.getByRole('region', { name: /^Budžets/ })
			.getByRole('definition')
			.nth(0)
	).toHaveText(/^12\s000,50\s€$/);

	// Recorded as the coordinator's doing.
	const actions = await sql<{ action: string }>(
		`select action from public.audit_log where subject_id = (select id::text from public.projects where slug = $1) order by id`,
		[slug]
	);
	expect(actions.map((a) => a.action)).toEqual(
		expect.arrayContaining(['project.created', 'project_partner.added', 'project.published'])
	);
});

test('a partner editor from another organisation cannot edit the project, by page or by post', async ({
	page
}) => {
	const slug = await draftProject();
	await sql(`update public.projects set is_published = true where slug = $1`, [slug]);
	await sql(
		`insert into public.project_partners (project_id, organisation_id) select id, '0a000000-0000-4000-8000-000000000003' from public.projects where slug = $1`,
		[slug]
	);
	await signIn(page, DEMO.faenzaEditor);
	await page.goto(`/en/projects/${slug}`);
	await expect(page.getByRole('link', { name: 'Edit the project' })).toHaveCount(0);
	for (const path of ['', '/partners', '/budget']) {
		expect((await page.goto(`/en/projects/${slug}/edit${path}`))?.status()).toBe(403);
	}
	await page.goto(`/en/projects/${slug}`);
	const [{ version }] = await sql<{ version: number }>(
		`select version from public.projects where slug = $1`,
		[slug]
	);
	const answer = await post(page, `/en/projects/${slug}/edit?/details`, {
		version: String(version),
		lang: 'en',
		title: 'Taken over',
		dates_precision: 'day',
		status: 'planned'
	});
	expect(answer.status()).toBe(403);
	expect((await post(page, `/en/projects/${slug}/edit?/unpublish`, {})).status()).toBe(403);
	const [row] = await sql<{ title: object; is_published: boolean }>(
		`select title, is_published from public.projects where slug = $1`,
		[slug]
	);
	expect(row.title).toEqual({ lv: { text: 'A project to edit', status: 'original' } });
	expect(row.is_published).toBe(true);

	// Nor anyone signed out.
	await page.context().clearCookies();
	const signedOut = await page.goto(`/en/projects/${slug}/edit`);
	expect(signedOut?.url()).toContain('/en/sign-in');
});

test('translations: an English text next to the Latvian original, a machine translation marked as such', async ({
	page
}) => {
	const slug = await draftProject('Kopīgs projekts');
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit?lang=en`);
	await expect(page.getByText('Original, in Latvian')).toBeVisible();
	await expect(page.getByText('Not written in this language yet').first()).toBeVisible();
	await page.getByLabel('Project title').fill('A joint project');
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(page.getByRole('status')).toHaveText('The details are saved.');

	await page.goto(`/en/projects/${slug}/edit?lang=de`);
	await page.getByLabel('Project title').fill('Ein gemeinsames Projekt');
	await page.getByLabel('The translations on this page are machine translations').check();
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(page.getByRole('status')).toHaveText('The details are saved.');
	await expect(page.getByText('Machine translation, not checked')).toBeVisible();

	const [{ title }] = await sql<{ title: Record<string, { status: string }> }>(
		`select title from public.projects where slug = $1`,
		[slug]
	);
	expect(title.lv.status).toBe('original');
	expect(title.en.status).toBe('reviewed');
	expect(title.de.status).toBe('machine');

	// The original cannot be removed while translations of it exist.
	await page.goto(`/en/projects/${slug}/edit?lang=lv`);
	await page.getByLabel('Project title').fill('');
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(
		page.getByText('This is the original text, and translations of it exist')
	).toBeVisible();
});

test('bad input: a message per field, in the reader language, and nothing saved', async ({
	page
}) => {
	const slug = await draftProject();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit`);
	const [{ version }] = await sql<{ version: number }>(
		`select version from public.projects where slug = $1`,
		[slug]
	);
	const details = {
		version: String(version),
		lang: 'lv',
		title: 'A project to edit',
		dates_precision: 'day',
		status: 'planned'
	};

	const cases: Array<[Record<string, string>, string]> = [
		[{ start_date: '2026-02-30' }, 'Please enter a real date'],
		[
			{ start_date: '2027-01-01', end_date: '2026-01-01' },
			'The end date cannot be before the start date.'
		],
		[{ title: 'x'.repeat(301) }, 'Please use at most 300 characters.'],
		[{ title: '' }, 'Please fill this in.'],
		[{ contact_email: 'not an address' }, 'Please enter an e-mail address'],
		[{ website: 'javascript:alert(1)' }, 'Please enter a full web address'],
		[{ status: 'finished' }, 'Please choose one of the options.'],
		[{ title: 'Evil\u202etxt' }, 'characters that cannot be used here']
	];
	for (const [fields, message] of cases) {
		const answer = await post(page, `/en/projects/${slug}/edit?/details`, {
			...details,
			...fields
		});
		expect(answer.status(), message).toBe(400);
		expect(await answer.text()).toContain(message);
	}
	// As a browser shows a refused form.
	await page.getByLabel('Start date').fill('2027-01-01');
	await page.getByLabel('End date').fill('2026-01-01');
	await page.getByRole('button', { name: 'Save the details' }).click();
	await expect(page.getByText('The end date cannot be before the start date.')).toBeVisible();
	await expectNoViolations(page, 'en');

	// A date the browser cannot read (30 February) would reach the server as an empty field, that
	// is "no date": the form is stopped instead, with the message in the reader's language.
	await page.goto(`/lv/projects/${slug}/edit`);
	const start = page.locator('#start_date');
	await start.click();
	await page.keyboard.type('02302026');
	expect(await start.evaluate((field: HTMLInputElement) => field.validity.badInput)).toBe(true);
	let posted = false;
	page.on('request', (request) => (posted ||= request.method() === 'POST'));
	await page.getByRole('button', { name: 'Saglabāt informāciju' }).click();
	await expect
		.poll(() => start.evaluate((field: HTMLInputElement) => field.validationMessage))
		.toBe('Lūdzu, ievadiet īstu datumu, piemēram, 2026-03-31.');
	expect(posted).toBe(false);

	const lv = await post(page, `/lv/projects/${slug}/edit?/details`, {
		...details,
		start_date: '2026-02-30'
	});
	expect(await lv.text()).toContain('Lūdzu, ievadiet īstu datumu');

	// Money: negative, not a number, more co-financing than the total, too many decimals.
	const lead = '0a000000-0000-4000-8000-000000000001';
	const budgetCases: Array<[Record<string, string>, string]> = [
		[{ total: '-5' }, 'An amount cannot be negative.'],
		[{ total: 'a lot' }, 'Please enter an amount in euro'],
		[
			{ total: '100', eu: '80', own: '30' },
			'EU and own co-financing together cannot be more than the total.'
		],
		[{ total: '10,0055' }, 'Please use at most two decimals']
	];
	for (const [fields, message] of budgetCases) {
		const answer = await post(page, `/en/projects/${slug}/edit/budget?/budget`, {
			organisation: lead,
			version: 'new',
			...fields
		});
		expect(answer.status(), message).toBe(400);
		expect(await answer.text()).toContain(message);
	}

	// An unknown country for a new partner organisation: refused, and no organisation left behind.
	const name = unique('Nowhere council');
	const country = await post(page, `/en/projects/${slug}/edit/partners?/addNew`, {
		name,
		kind: 'municipality',
		country: 'XX',
		role: 'partner'
	});
	expect(country.status()).toBe(400);
	expect(await country.text()).toContain('Please choose a country from the list.');
	expect(await sql(`select 1 from public.organisations where name = $1`, [name])).toHaveLength(0);

	const [after] = await sql<{ version: number; start_date: string | null }>(
		`select version, start_date from public.projects where slug = $1`,
		[slug]
	);
	expect(after).toEqual({ version, start_date: null });
	expect(
		await sql(
			`select 1 from public.project_budgets b join public.projects p on p.id = b.project_id where p.slug = $1`,
			[slug]
		)
	).toHaveLength(0);
});

test('a slug already taken: the form says so and keeps what was typed', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/new');
	await page.getByLabel('Project title').fill('Another WIR');
	await page.getByLabel('Address name').fill('wir');
	await page.getByRole('button', { name: 'Start the project' }).click();
	await expect(page.getByText('This address name is already used.')).toBeVisible();
	await expect(page.getByLabel('Project title')).toHaveValue('Another WIR');
	expect(
		await sql(`select 1 from public.projects where title->'en'->>'text' = 'Another WIR'`)
	).toHaveLength(0);
});

test('two coordinators saving the same project: the second gets a conflict and loses nothing', async ({
	browser,
	baseURL
}) => {
	const slug = await draftProject();
	const other = await createAccount({ organisation: 'daugavpils-city-council', role: 'member' });
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, $2, '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = $1`,
		[slug, other.id]
	);
	const first = await (await browser.newContext({ baseURL })).newPage();
	const second = await (await browser.newContext({ baseURL })).newPage();
	await signIn(first, DEMO.coordinator);
	await signIn(second, other.email, other.password);
	for (const page of [first, second]) await page.goto(`/en/projects/${slug}/edit?lang=lv`);

	await first.getByLabel('Summary').fill('Saved first');
	await first.getByRole('button', { name: 'Save the details' }).click();
	await expect(first.getByRole('status')).toHaveText('The details are saved.');

	await second.getByLabel('Summary').fill('Typed second');
	const response = second.waitForResponse((r) => r.request().method() === 'POST');
	await second.getByRole('button', { name: 'Save the details' }).click();
	expect((await response).status()).toBe(409);
	await expect(second.getByRole('alert')).toContainText(
		'Someone else saved this since you opened it.'
	);
	await expect(second.getByRole('note')).toContainText('Typed second');
	await expect(second.getByLabel('Summary')).toHaveValue('Saved first');
	const [{ summary }] = await sql<{ summary: Record<string, { text: string }> }>(
		`select summary from public.projects where slug = $1`,
		[slug]
	);
	expect(summary.lv.text).toBe('Saved first');

	// The budget has its own version: the second save of a stale line is refused too.
	for (const page of [first, second]) await page.goto(`/en/projects/${slug}/edit/budget`);
	await first.getByLabel('Total').fill('1000');
	await first.getByRole('button', { name: 'Save the budget' }).click();
	await expect(first.getByRole('status')).toHaveText('The budget is saved.');
	await second.getByLabel('Total').fill('2000');
	await second.getByRole('button', { name: 'Save the budget' }).click();
	await expect(second.getByRole('alert')).toContainText('Someone else saved this budget');
	await expect(second.getByRole('alert')).toContainText('2000');
	await expect(second.getByLabel('Total')).toHaveValue('1000');
});

test('a member proposes new details for their organisation; the admin accepts them', async ({
	browser,
	baseURL
}) => {
	const member = await createAccount({ organisation: 'torun-city-council', role: 'member' });
	const admin = await createAccount({ organisation: 'torun-city-council', role: 'admin' });
	const memberPage = await (await browser.newContext({ baseURL })).newPage();
	await signIn(memberPage, member.email, member.password);
	await memberPage.goto('/en/organisations/torun-city-council');
	await memberPage.getByRole('link', { name: 'Propose changes to the details' }).click();
	const website = `https://www.torun.pl/${randomUUID().slice(0, 8)}`;
	await memberPage.getByLabel('Website').fill(website);
	await memberPage.getByLabel('A note for the administrators').fill('Our new address');
	await memberPage.getByRole('button', { name: 'Send the proposal' }).click();
	await expect(memberPage.getByRole('status')).toHaveText(
		'Your proposal is sent to the administrators.'
	);
	await expect(memberPage.getByRole('region', { name: 'What you proposed' })).toContainText(
		'waiting for a decision'
	);
	await expectNoViolations(memberPage, 'en');

	// Nothing public changes yet.
	await memberPage.goto('/en/organisations/torun-city-council');
	await expect(memberPage.getByRole('link', { name: website })).toHaveCount(0);

	const adminPage = await (await browser.newContext({ baseURL })).newPage();
	await signIn(adminPage, admin.email, admin.password);
	await adminPage.goto('/en/organisations/torun-city-council/edit');
	const proposal = adminPage.getByRole('article').filter({ hasText: 'Our new address' });
	await expect(proposal.getByRole('row', { name: /Website/ })).toContainText(website);
	await expectNoViolations(adminPage, 'en');
	await proposal.getByRole('button', { name: 'Accept and publish' }).click();
	await expect(adminPage.getByRole('status')).toHaveText(
		'The proposal is accepted: the details are updated.'
	);

	await memberPage.goto('/en/organisations/torun-city-council');
	await expect(memberPage.getByRole('link', { name: website })).toBeVisible();
	await memberPage.goto('/en/organisations/torun-city-council/propose');
	await expect(memberPage.getByRole('region', { name: 'What you proposed' })).toContainText(
		'accepted'
	);
});

test('the coordinator records pre-financing paid back, without JavaScript; more than is owed is refused in Latvian, and the report shows it', async ({
	browser,
	baseURL
}) => {
	const slug = await draftProject();
	const council = '0a000000-0000-4000-8000-000000000001';
	await sql(
		`insert into public.project_budgets (project_id, organisation_id, total_cents, eu_cofinancing_cents, own_cofinancing_cents) select id, $2, 3170000, 3170000, 0 from public.projects where slug = $1`,
		[slug, council]
	);
	await sql(
		`insert into public.budget_payments (project_id, organisation_id, kind, year, amount_cents) select id, $2, 'pre_financing', 2024, 1268000 from public.projects where slug = $1`,
		[slug, council]
	);
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await signIn(page, DEMO.coordinator);

	await page.goto(`/lv/projects/${slug}/edit/budget`);
	const payBack = async (amount: string) => {
		await page.locator('#kind').selectOption('reimbursement');
		await page.getByLabel('Gads').fill('2026');
		await page.getByLabel('Summa', { exact: true }).fill(amount);
		await page.getByRole('button', { name: 'Pievienot maksājumu' }).click();
	};
	await payBack('13 000');
	await expect(
		page.getByText(/^Summa pārsniedz vēl neatgriezto priekšfinansējumu \(12\s680\s€\)\./)
	).toBeVisible();
	await expect(page.getByLabel('Summa', { exact: true })).toHaveValue('13 000');
	await payBack('12 680');
	await expect(page.getByRole('status')).toHaveText('Maksājums pievienots.');
	await expect(page.getByRole('table')).toContainText('Atgrieztais priekšfinansējums');
	await payBack('1');
	await expect(
		page.getByText(/^Summa pārsniedz vēl neatgriezto priekšfinansējumu \(0\s€\)\./)
	).toBeVisible();
	expect(
		await sql(
			`select x.amount_cents from public.budget_payments x join public.projects p on p.id = x.project_id where p.slug = $1 and x.kind = 'reimbursement'`,
			[slug]
		)
	).toEqual([{ amount_cents: '1268000' }]);

	await page.goto(`/en/projects/${slug}/report`);
	const total = page
		.getByRole('region', { name: 'Budget per partner' })
		.getByRole('row', { name: /^Total/ });
	await expect(total.getByRole('cell')).toHaveText([
		'€31,700',
		'€31,700',
		'€0',
		'€12,680',
		'€12,680',
		'—'
	]);
	await expect(
		page
			.getByRole('region', { name: 'Payments and pre-financing' })
			.getByRole('row', { name: /Pre-financing paid back/ })
	).toContainText('€12,680');
	await page.context().close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the coordinator finds an organisation by part of its name and adds it as a partner', async ({
		page
	}) => {
		const slug = await draftProject();
		const tag = randomUUID().slice(0, 8);
		// Two of the network's organisations with the tag in their names, one with diacritics.
		await sql(
			`insert into public.organisations (slug, name, kind, city, country) values
			   ($1, $2, 'ngo', 'Rīga', 'LV'), ($3, $4, 'association', 'Toruń', 'PL')`,
			[`zakusala-${tag}`, `Zaķusalas biedrība ${tag}`, `torun-${tag}`, `Toruński klub ${tag}`]
		);
		await signIn(page, DEMO.coordinator);
		await page.goto(`/en/projects/${slug}/edit/partners`);
		const existing = page.getByRole('region', { name: 'Add an organisation already in Tilts' });
		// Nothing is offered before a name is typed.
		await expect(existing.getByLabel('Organisation', { exact: true })).toHaveCount(0);

		await existing.getByLabel('Find the organisation').fill(`nothing-like-it ${tag}`);
		await existing.getByRole('button', { name: 'Find' }).click();
		await expect(existing.getByRole('alert')).toHaveText(
			`No name here matches “nothing-like-it ${tag}”. Type less of it, or spell it another way.`
		);
		await expect(page).toHaveTitle(/^Error: No name here matches/);
		await expect(existing.getByLabel('Organisation', { exact: true })).toHaveCount(0);

		// Both found, folded (no accents typed); the project's lead partner is never offered.
		await existing.getByLabel('Find the organisation').fill(tag);
		await existing.getByRole('button', { name: 'Find' }).click();
		await expect(existing.getByRole('status')).toHaveText(`Names that match “${tag}”: 2`);
		const choices = existing.getByLabel('Organisation', { exact: true }).locator('option');
		await expect(choices).toHaveText([
			'Choose an organisation',
			`Toruński klub ${tag} (Toruń, Poland)`,
			`Zaķusalas biedrība ${tag} (Rīga, Latvia)`
		]);
		await existing.screenshot({ path: 'test-results/partners-find.png' });
		// Sent without a choice: refused, and the matches are still there to choose from.
		await existing.getByRole('button', { name: 'Add the partner' }).click();
		await expect(existing.getByLabel('Organisation', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(existing.locator('#organisation-error')).toHaveText(
			'Please choose one of the options.'
		);
		await expect(choices).toHaveCount(3);
		await existing
			.getByLabel('Organisation', { exact: true })
			.selectOption({ label: `Zaķusalas biedrība ${tag} (Rīga, Latvia)` });
		await existing.getByRole('button', { name: 'Add the partner' }).click();
		await expect(page.getByRole('status')).toHaveText('The partner is added.');
		await expect(page.getByRole('table')).toContainText(`Zaķusalas biedrība ${tag}`);

		// Once a partner, it is no longer offered, and the editor is told why.
		await page.getByLabel('Find the organisation').fill(`zakusalas biedriba ${tag}`);
		await page.getByRole('button', { name: 'Find' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			`Only organisations already partners of this project match “zakusalas biedriba ${tag}”.`
		);
		await expect(existing.getByLabel('Organisation', { exact: true })).toHaveCount(0);
		await sql(`delete from public.projects where slug = $1`, [slug]);
		await sql(`delete from public.organisations where slug in ($1, $2)`, [
			`zakusala-${tag}`,
			`torun-${tag}`
		]);
	});
});
