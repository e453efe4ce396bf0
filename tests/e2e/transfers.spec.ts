// Practice transfers: Daugavpils takes over a Leszno practice and follows it stage by stage; the
// public reads the stages; nobody outside the adopting organisation changes them; bad input comes
// back with a message per field and nothing typed lost.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const LESZNO = '0a000000-0000-4000-8000-000000000004';
const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const SMALL_SCALE_PARTNERSHIP = '0b000000-0000-4000-8000-000000000002';

/**
 * A published practice of the Leszno foundation, from the project it shares with Daugavpils, made
 * straight in the database: each test its own, so that no test finds another's transfer on it.
 */
async function lesznoPractice(): Promise<{ id: string; slug: string; title: string }> {
	const slug = `volunteer-centre-${randomUUID().slice(0, 8)}`;
	const title = 'A volunteer centre run with local NGOs';
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, project_id, country, city, themes)
		 values ($1, $2, $3, 'PL', 'Leszno', '{volunteering}') returning id`,
		[slug, LESZNO, SMALL_SCALE_PARTNERSHIP]
	);
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary) values
		 ($1, 'en', 'original', $2, 'How Leszno runs its volunteer centre together with local NGOs.'),
		 ($1, 'lv', 'reviewed', 'Brīvprātīgo centrs kopā ar vietējām NVO', 'Kā Ļešno kopā ar vietējām NVO vada brīvprātīgo centru.')`,
		[id, title]
	);
	await sql(
		`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
		 select practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, version
		 from public.practice_texts where practice_id = $1`,
		[id]
	);
	return { id, slug, title };
}

/** A transfer of the practice to Daugavpils City Council, begun on 1 March 2026. */
async function daugavpilsTransfer(practiceId: string): Promise<string> {
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practice_transfers (practice_id, organisation_id, started_on, stage_since, notes)
		 values ($1, $2, '2026-03-01', '2026-03-01', 'Visit to *Leszno* planned.') returning id`,
		[practiceId, DAUGAVPILS]
	);
	return id;
}

async function transferRow(id: string) {
	const [row] = await sql<{
		stage: string;
		stage_since: string;
		notes: string;
		results: string;
		version: number;
	}>(
		`select stage, stage_since::text, notes, results, version from public.practice_transfers where id = $1`,
		[id]
	);
	return row;
}

/** Posts a form as the page's browser would (same origin, its cookies), for input no control offers. */
async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin },
		maxRedirects: 0
	});
}

test('the coordinator adopts a Leszno practice for Daugavpils, moves it to adapting, and the public follows the stages', async ({
	page,
	browser,
	baseURL
}) => {
	// Many pages in one journey: more than the default 30 s when the machine is busy.
	test.setTimeout(90_000);
	const practice = await lesznoPractice();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/practices/${practice.slug}`);
	await page.getByRole('link', { name: 'Adopt this practice' }).click();
	await expect(page.getByRole('heading', { name: 'Adopt this practice', level: 1 })).toBeVisible();
	await expectNoViolations(page, 'en');
	await page.screenshot({ path: 'test-results/transfers/new-en.png', fullPage: true });

	// Both the coordinator's organisations may adopt it; the project is one Daugavpils takes part in.
	const organisation = page.getByLabel('Adopting organisation');
	await expect(organisation.locator('option')).toHaveText([
		'Daugavpils pilsētas Izglītības pārvalde (LV)',
		'Daugavpils valstspilsētas pašvaldība (LV)'
	]);
	await organisation.selectOption({ label: 'Daugavpils valstspilsētas pašvaldība (LV)' });
	await page
		.getByLabel('Joint project (optional)')
		.selectOption({ label: 'Small-scale partnership – big step forward' });
	await page.getByLabel('Start date').fill('2026-03-02');
	await page.getByLabel('First notes').fill('We visit **Leszno** in March, with two NGOs.');
	await page.getByRole('button', { name: 'Start the transfer' }).click();

	await expect(page).toHaveURL(
		new RegExp(`/en/practices/${practice.slug}/transfers/[0-9a-f-]{36}\\?started=1$`)
	);
	await expect(page.getByRole('status')).toHaveText(
		'The transfer is started, at the stage “Exploring”.'
	);
	await expect(
		page.getByRole('heading', {
			name: 'Transfer to Daugavpils valstspilsētas pašvaldība',
			level: 1
		})
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Small-scale partnership – big step forward' })
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Notes' }).locator('strong')).toHaveText('Leszno');
	const history = page.getByRole('region', { name: 'Stage history' }).getByRole('listitem');
	await expect(history).toHaveCount(1);
	await expect(history.first()).toContainText('Exploring since 2 March 2026');
	await expect(history.first()).toContainText('recorded by Līga Paraudziņa (demo)');

	// To adapting, six weeks on; the form offers the next stage.
	await expect(page.getByLabel('Stage', { exact: true })).toHaveValue('adapting');
	await page.getByLabel('Since').fill('2026-04-15');
	await page.getByRole('button', { name: 'Record the stage' }).click();
	await expect(page.getByRole('status')).toHaveText('The stage is recorded.');
	await expect(history).toHaveCount(2);
	await expect(history.nth(0)).toContainText('Exploring since 2 March 2026');
	await expect(history.nth(1)).toContainText('Adapting since 15 April 2026');
	await expect(history.nth(1)).toContainText('current stage');
	await expect(page.getByRole('definition').filter({ hasText: 'Adapting' })).toContainText(
		'since 15 April 2026'
	);
	await expectNoViolations(page, 'en');
	await page.screenshot({ path: 'test-results/transfers/transfer-member-en.png', fullPage: true });

	const transferUrl = new URL(page.url()).pathname;
	const id = transferUrl.split('/').at(-1)!;
	expect(await transferRow(id)).toMatchObject({ stage: 'adapting', stage_since: '2026-04-15' });
	const stages = await sql<{ stage: string; since: string; recorded_by: string }>(
		`select stage, since::text, recorded_by::text from public.practice_transfer_stages where transfer_id = $1 order by id`,
		[id]
	);
	expect(stages).toEqual([
		{
			stage: 'exploring',
			since: '2026-03-02',
			recorded_by: '0c000000-0000-4000-8000-000000000002'
		},
		{ stage: 'adapting', since: '2026-04-15', recorded_by: '0c000000-0000-4000-8000-000000000002' }
	]);

	// A second look at "adopt" offers only the organisation that does not follow it yet.
	await page.goto(`/en/practices/${practice.slug}/transfers/new`);
	await expect(
		page.getByText('Daugavpils valstspilsētas pašvaldība already follows this practice.')
	).toBeVisible();
	await expect(page.getByLabel('Adopting organisation').locator('option')).toHaveText([
		'Daugavpils pilsētas Izglītības pārvalde (LV)'
	]);
	// ...and lists who takes it over, with the stages reached, in order.
	const row = page
		.getByRole('region', { name: 'Already taking it over' })
		.getByRole('row', { name: /Daugavpils valstspilsētas pašvaldība/ });
	const steps = row.getByRole('listitem');
	await expect(steps).toHaveText([
		/^Exploring\s*since 2 March 2026\s*$/,
		/^Adapting\s*since 15 April 2026\s*current stage\s*$/
	]);
	await expect(row.getByRole('cell').nth(2)).toHaveText('2 March 2026');
	await expect(
		row.getByRole('link', {
			name: /^Details\W+Daugavpils valstspilsētas pašvaldība taking over “A volunteer centre run with local NGOs”$/
		})
	).toHaveAttribute('href', transferUrl);
	await expectNoViolations(page, 'en');
	await page.screenshot({ path: 'test-results/transfers/new-again-en.png', fullPage: true });

	// Visitors, signed out, read the stages (not who recorded them) and get no form.
	const visitor = await (await browser.newContext({ baseURL })).newPage();
	await visitor.goto(transferUrl);
	const seen = visitor.getByRole('region', { name: 'Stage history' }).getByRole('listitem');
	await expect(seen).toHaveCount(2);
	await expect(seen.nth(0)).toContainText('Exploring since 2 March 2026');
	await expect(seen.nth(1)).toContainText('Adapting since 15 April 2026');
	await expect(visitor.getByText('recorded by')).toHaveCount(0);
	await expect(visitor.getByRole('main').getByRole('button')).toHaveCount(0);
	await expect(visitor.locator('main form')).toHaveCount(0);
	await expectNoViolations(visitor, 'en');
	await visitor.screenshot({
		path: 'test-results/transfers/transfer-public-en.png',
		fullPage: true
	});

	// In Latvian, with the practice's Latvian title.
	await visitor.goto(transferUrl.replace('/en/', '/lv/'));
	await expect(
		visitor.getByRole('heading', {
			name: 'Prakses pārņemšana: Daugavpils valstspilsētas pašvaldība',
			level: 1
		})
	).toBeVisible();
	await expect(
		visitor.getByRole('link', { name: 'Brīvprātīgo centrs kopā ar vietējām NVO' }).first()
	).toBeVisible();
	await expect(
		visitor.getByRole('region', { name: 'Posmu vēsture' }).getByRole('listitem').nth(1)
	).toContainText('Pielāgošana');
	await expectNoViolations(visitor, 'lv');
	await visitor.screenshot({
		path: 'test-results/transfers/transfer-public-lv.png',
		fullPage: true
	});

	// Signed out, "adopt" asks to sign in first.
	await visitor.goto(`/en/practices/${practice.slug}/transfers/new`);
	await expect(visitor).toHaveURL(/\/en\/sign-in\?next=/);
});

test('the Faenza editor cannot change a Daugavpils transfer: no form, and a direct post is refused', async ({
	page
}) => {
	const practice = await lesznoPractice();
	const id = await daugavpilsTransfer(practice.id);
	const before = await transferRow(id);
	await signIn(page, DEMO.faenzaEditor);
	const path = `/en/practices/${practice.slug}/transfers/${id}`;
	await page.goto(path);
	await expect(
		page.getByRole('region', { name: 'Stage history' }).getByRole('listitem')
	).toHaveCount(1);
	await expect(page.locator('main form')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Record the stage' })).toHaveCount(0);

	expect(
		(
			await post(page, `${path}?/stage`, {
				version: String(before.version),
				stage: 'adopted',
				since: '2026-05-01'
			})
		).status()
	).toBe(403);
	expect(
		(
			await post(page, `${path}?/texts`, {
				version: String(before.version),
				notes: 'Taken over',
				results: ''
			})
		).status()
	).toBe(403);
	expect((await post(page, `${path}?/remove`, { confirm: 'on' })).status()).toBe(403);
	expect(await transferRow(id)).toEqual(before);
});

test('bad input comes back with a message at its field, and nothing typed is lost', async ({
	page
}) => {
	const practice = await lesznoPractice();
	const id = await daugavpilsTransfer(practice.id);
	await signIn(page, DEMO.coordinator);
	const path = `/en/practices/${practice.slug}/transfers/${id}`;
	await page.goto(path);

	// A stage dated before the start.
	await page.getByLabel('Stage', { exact: true }).selectOption('piloting');
	await page.getByLabel('Since').fill('2026-02-01');
	await page.getByRole('button', { name: 'Record the stage' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Some fields need your attention; see the messages below.'
	);
	await expect(page.getByLabel('Since')).toHaveAccessibleDescription(
		/A stage cannot begin before the transfer started \(1 March 2026\)\./
	);
	await expect(page.getByLabel('Since')).toHaveValue('2026-02-01');
	await expect(page.getByLabel('Stage', { exact: true })).toHaveValue('piloting');

	// A stage the list does not offer (as a changed page would send it).
	await page
		.getByLabel('Stage', { exact: true })
		.locator('option[value="adapting"]')
		.evaluate((option: HTMLOptionElement) => (option.value = 'finished'));
	await page.getByLabel('Stage', { exact: true }).selectOption('finished');
	await page.getByLabel('Since').fill('2026-04-01');
	await page.getByRole('button', { name: 'Record the stage' }).click();
	await expect(page.getByLabel('Stage', { exact: true })).toHaveAccessibleDescription(
		/Please choose one of the options\./
	);
	await expect(page.getByLabel('Since')).toHaveValue('2026-04-01');

	// Notes too long: refused, and both texts come back whole.
	const notes = `${'Long notes. '.repeat(1667)}end`;
	expect(notes.length).toBeGreaterThan(20_000);
	await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(notes);
	await page.getByRole('textbox', { name: 'Results', exact: true }).fill('Two NGOs signed up.');
	await page.getByRole('button', { name: 'Save notes and results' }).click();
	await expect(
		page.getByRole('textbox', { name: 'Notes', exact: true })
	).toHaveAccessibleDescription(/Please use at most 20,000 characters\./);
	await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(notes);
	await expect(page.getByRole('textbox', { name: 'Results', exact: true })).toHaveValue(
		'Two NGOs signed up.'
	);
	await page.screenshot({ path: 'test-results/transfers/transfer-errors-en.png', fullPage: true });

	// Nothing was saved.
	expect(await transferRow(id)).toMatchObject({
		stage: 'exploring',
		stage_since: '2026-03-01',
		notes: 'Visit to *Leszno* planned.',
		results: '',
		version: 1
	});

	// Someone else saves meanwhile: a conflict, with what was typed kept to copy from.
	await page.goto(path);
	await sql(
		`update public.practice_transfers set notes = 'Saved by a colleague.', version = version + 1 where id = $1`,
		[id]
	);
	await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('My own notes.');
	await page.getByRole('button', { name: 'Save notes and results' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Someone else saved this since you opened it.'
	);
	await expect(page.getByRole('note')).toContainText('My own notes.');
	await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(
		'Saved by a colleague.'
	);
	expect((await transferRow(id)).notes).toBe('Saved by a colleague.');

	// Adopting for an organisation that follows it already, or for the one that wrote it: said plainly, never a 500.
	await page.goto(`/en/practices/${practice.slug}/transfers/new`);
	const again = await post(page, `/en/practices/${practice.slug}/transfers/new`, {
		organisation: DAUGAVPILS,
		started_on: '2026-03-01',
		notes: ''
	});
	expect(again.status()).toBe(400);
	expect(await again.text()).toContain('This organisation already follows this practice');
	const own = await post(page, `/en/practices/${practice.slug}/transfers/new`, {
		organisation: LESZNO,
		started_on: '2026-03-01',
		notes: ''
	});
	expect(own.status()).toBe(400);
	expect(await own.text()).toContain('an organisation does not adopt its own practice');

	// The new transfer's own form: a notes text too long, an impossible date; both kept.
	const longNotes = 'x'.repeat(20_001);
	await page.getByLabel('Start date').fill('');
	await page.getByLabel('First notes').fill(longNotes);
	await page.getByRole('button', { name: 'Start the transfer' }).click();
	await expect(page.getByLabel('Start date')).toHaveAccessibleDescription(/Please fill this in\./);
	await expect(page.getByLabel('First notes')).toHaveAccessibleDescription(
		/Please use at most 20,000 characters\./
	);
	await expect(page.getByLabel('First notes')).toHaveValue(longNotes);

	// The organisation's admin removes the transfer, once they say they mean it.
	await page.goto(path);
	await page.getByRole('button', { name: 'Remove the transfer' }).click();
	await expect(
		page.getByLabel('Yes, remove this transfer and its history')
	).toHaveAccessibleDescription('Tick the box to confirm the removal.');
	expect(await transferRow(id)).toBeDefined();
	await page.getByLabel('Yes, remove this transfer and its history').check();
	await page.getByRole('button', { name: 'Remove the transfer' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/practices/${practice.slug}(\\?|$)`));
	expect(await transferRow(id)).toBeUndefined();
	expect((await page.goto(path))?.status()).toBe(404);
});

test('without JavaScript the editor shows the saved notes and saving keeps them', async ({
	browser,
	baseURL
}) => {
	const practice = await lesznoPractice();
	const id = await daugavpilsTransfer(practice.id);
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/practices/${practice.slug}/transfers/${id}`);
	await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(
		'Visit to *Leszno* planned.'
	);
	await page.getByRole('textbox', { name: 'Results', exact: true }).fill('Two NGOs signed up.');
	await page.getByRole('button', { name: 'Save notes and results' }).click();
	await expect(page.getByRole('textbox', { name: 'Results', exact: true })).toHaveValue(
		'Two NGOs signed up.'
	);
	expect(await transferRow(id)).toMatchObject({
		notes: 'Visit to *Leszno* planned.',
		results: 'Two NGOs signed up.'
	});
	await context.close();
});

test('the Leszno editor is told their organisation does not adopt its own practice; unknown transfers are not found', async ({
	page
}) => {
	const practice = await lesznoPractice();
	await signIn(page, DEMO.lesznoEditor);
	await page.goto(`/en/practices/${practice.slug}/transfers/new`);
	await expect(
		page.getByText(
			"This practice is your organisation's own: an organisation does not adopt its own practice."
		)
	).toBeVisible();
	await expect(page.locator('main form')).toHaveCount(0);
	expect(
		(await page.goto(`/en/practices/${practice.slug}/transfers/${randomUUID()}`))?.status()
	).toBe(404);
	expect((await page.goto(`/en/practices/${practice.slug}/transfers/not-an-id`))?.status()).toBe(
		404
	);
	// A transfer is found only under its own practice.
	const other = await lesznoPractice();
	const id = await daugavpilsTransfer(practice.id);
	expect((await page.goto(`/en/practices/${other.slug}/transfers/${id}`))?.status()).toBe(404);
});
