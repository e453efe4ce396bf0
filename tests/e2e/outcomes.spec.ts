// Outcomes: planned against achieved on the project page (counted from the records or entered
// with evidence), result statements and press; coordinators enter what the records cannot count,
// bad input comes back with a message and nothing saved; partner editors cannot.
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, projectWithIndicator, signIn, sql } from './factories.ts';

async function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin },
		maxRedirects: 0
	});
}

test('WIR shows 9 international events and 16 mobilities achieved against plan, with evidence, results and its eight press releases', async ({
	page
}) => {
	// Two full pages checked by axe-core.
	test.setTimeout(60_000);
	await page.goto('/en/projects/wir');
	const outcomes = page.getByRole('region', { name: 'Outcomes: planned and achieved' });
	const events = outcomes.getByRole('row', { name: /International events/ });
	await expect(events.getByRole('cell').nth(0)).toHaveText('9');
	await expect(events.getByRole('cell').nth(1)).toHaveText('9');
	await expect(events).toContainText('Entered with evidence');
	await expect(events).toContainText('Project sheet 003_');
	const mobilities = outcomes.getByRole('row', { name: /Staff mobilities/ });
	await expect(mobilities.getByRole('cell').nth(0)).toHaveText('16');
	await expect(mobilities.getByRole('cell').nth(1)).toHaveText('16');
	await expect(outcomes.getByText('Achieved: 16')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem')).toHaveCount(6);
	const press = page.getByRole('region', { name: 'Press releases and news' }).getByRole('listitem');
	await expect(press).toHaveCount(8);
	await expect(press.first()).toContainText(
		'The first partner meeting of the EU project WIR took place'
	);
	await expectNoViolations(page, 'en');

	await page.goto('/lv/projects/wir');
	await expect(
		page
			.getByRole('region', { name: 'Rezultāti: plānotais un sasniegtais' })
			.getByText('Sasniegts: 9')
	).toBeVisible();
	await expect(
		page.getByText('Notika pirmā partneru tikšanās ES projekta WIR ietvaros')
	).toBeVisible();
	await expectNoViolations(page, 'lv');
});

test('SOLID counts its five held meetings and the fifteen Daugavpils people who travelled to them', async ({
	page
}) => {
	await page.goto('/en/projects/solid');
	const outcomes = page.getByRole('region', { name: 'Outcomes: planned and achieved' });
	await expect(outcomes.getByRole('row', { name: /International events/ })).toContainText(
		'Counted from the portal’s records'
	);
	await expect(outcomes.getByText('Achieved: 5')).toBeVisible();
	await expect(outcomes.getByText('Achieved: 15')).toBeVisible();
	const latvia = outcomes.getByRole('row', { name: 'Latvia' });
	await expect(latvia.getByRole('cell')).toHaveText(['15', '15']);
});

test('a coordinator enters an achieved value with evidence and a press item; bad values are refused with a message, nothing saved', async ({
	page
}) => {
	test.setTimeout(90_000);
	const slug = await projectWithIndicator();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit/outcomes`);
	await expectNoViolations(page, 'en');
	const form = page.locator('form', {
		has: page.getByRole('heading', { name: 'Indirect participants' })
	});
	for (const [typed, message] of [
		['a lot', 'Please enter a number in digits, such as 120 or 3 700.'],
		['-5', 'A number cannot be below zero.'],
		['1.234', 'At most two decimals, such as 12.5. Group thousands with a space: 3 700.']
	]) {
		await form.getByLabel('Achieved value').fill(typed);
		await form.getByLabel('Evidence', { exact: true }).fill('Final report, page 4');
		await form.getByRole('button', { name: /Save/ }).click();
		await expect(page.getByText(message)).toBeVisible();
		await expect(form.getByLabel('Achieved value')).toHaveValue(typed);
	}
	await expectNoViolations(page, 'en');
	// A value without evidence.
	await form.getByLabel('Achieved value').fill('120');
	await form.getByLabel('Evidence', { exact: true }).fill('');
	await form.getByRole('button', { name: /Save/ }).click();
	await expect(
		page.getByText('Say where the figure comes from: a description of the evidence or a link.')
	).toBeVisible();
	expect(
		await sql(
			`select i.achieved, i.version from public.project_indicators i join public.projects p on p.id = i.project_id where p.slug = $1`,
			[slug]
		)
	).toEqual([{ achieved: null, version: 1 }]);

	await form.getByLabel('Achieved value').fill('3 700');
	await form.getByLabel('Evidence', { exact: true }).fill('Final report, page 4');
	await form.getByRole('button', { name: /Save/ }).click();
	await expect(page.getByText('The achieved value is saved.')).toBeVisible();

	await page.getByLabel('Title').fill('Youth forum in Daugavpils');
	await page.getByLabel('Date published').fill('2025-03-14');
	await page.getByLabel('Link (https)').fill('http://news.example.org/forum');
	await page.getByRole('button', { name: 'Add a press release or news item' }).click();
	await expect(
		page.getByText('Please enter a full web address starting with https://')
	).toBeVisible();
	await page.getByLabel('Link (https)').fill('https://news.example.org/forum');
	await page.getByRole('button', { name: 'Add a press release or news item' }).click();
	await expect(page.getByText('The press item is added.')).toBeVisible();

	await page.goto(`/en/projects/${slug}`);
	const row = page.getByRole('row', { name: /Indirect participants/ });
	await expect(row.getByRole('cell').nth(1)).toHaveText('3,700');
	await expect(row).toContainText('Final report, page 4');
	const press = page.getByRole('region', { name: 'Press releases and news' });
	await expect(press.getByRole('link', { name: 'Youth forum in Daugavpils' })).toHaveAttribute(
		'href',
		'https://news.example.org/forum'
	);
	await expect(press.getByText('14 March 2025')).toBeVisible();
	await page.goto(`/lv/projects/${slug}`);
	await expect(
		page
			.getByRole('row', { name: /Netiešie dalībnieki|Indirect/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('3700'); // Latvian groups from five digits (CLDR)
	await expect(page.getByText(/2025\. gada 14\. marts/)).toBeVisible();
});

test('a Faenza partner editor cannot open or post to the outcomes editor', async ({ page }) => {
	await signIn(page, DEMO.faenzaEditor);
	expect((await page.goto('/en/projects/young-neets/edit/outcomes'))?.status()).toBe(403);
	const [{ id, version }] = await sql<{ id: string; version: number }>(
		`select i.id, i.version from public.project_indicators i join public.projects p on p.id = i.project_id where p.slug = 'young-neets' and i.code = 'indirect_participants'`
	);
	const answer = await post(page, '/en/projects/young-neets/edit/outcomes?/achieved', {
		id,
		version: String(version),
		source: 'entered',
		achieved: '5000',
		evidence: 'made up',
		evidence_url: '',
		lang: 'en'
	});
	expect(answer.status()).toBe(403);
	expect(await sql(`select achieved from public.project_indicators where id = $1`, [id])).toEqual([
		{ achieved: null }
	]);
});
