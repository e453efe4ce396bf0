// Editing outcomes: a press item edited in Latvian and shown on the project page with its date in
// the reader's language; a stale edit gets a conflict and keeps what was typed; bad input on the
// editor comes back with a clear message in English and Latvian, as typed, with nothing saved.
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, projectWithIndicator, signIn, sql } from './factories.ts';

const WIR_FIRST_RELEASE = 'Notika pirmā partneru tikšanās ES projekta WIR ietvaros';

test('the coordinator edits a WIR press release in Latvian; the project page shows it, a stale edit gets a conflict', async ({
	page,
	browser,
	baseURL
}) => {
	// Two people, three pages checked by axe-core.
	test.setTimeout(180_000);
	const [item] = await sql<{ id: string; version: number }>(
		`select i.id, i.version from public.press_items i join public.projects p on p.id = i.project_id where p.slug = 'wir' and i.position = 1`
	);
	// The platform admin opens the same release before the coordinator saves it.
	const admin = await (await browser.newContext({ baseURL })).newPage();
	try {
		await signIn(admin, DEMO.admin, undefined, 'lv');
		await admin.goto('/lv/projects/wir/edit/outcomes');
		await signIn(page, DEMO.coordinator, undefined, 'lv');
		await page.goto('/lv/projects/wir/edit/outcomes');

		const release = (p: Page) => p.getByRole('listitem').filter({ hasText: WIR_FIRST_RELEASE });
		await release(page).locator('summary').click();
		const form = release(page).locator('form', {
			has: page.getByRole('button', { name: /Saglabāt preses materiālu/ })
		});
		await expect(form.getByLabel('Virsraksts')).toHaveValue(WIR_FIRST_RELEASE);
		await form.getByLabel('Publicēšanas datums').fill('2017-10-12');
		await form
			.getByLabel('Teksts')
			.fill('Daugavpilī tikās projekta partneri no sešām valstīm.\nOtrā rindkopa.');
		await form.getByRole('button', { name: /Saglabāt preses materiālu/ }).click();
		await expect(page.getByRole('status')).toHaveText('Preses materiāls saglabāts.');
		expect(
			await sql(`select published_on::text, body, version from public.press_items where id = $1`, [
				item.id
			])
		).toEqual([
			{
				published_on: '2017-10-12',
				body: {
					lv: {
						text: 'Daugavpilī tikās projekta partneri no sešām valstīm.\nOtrā rindkopa.',
						status: 'original'
					}
				},
				version: item.version + 1
			}
		]);

		await page.goto('/lv/projects/wir');
		const press = page.getByRole('region', { name: 'Preses relīzes un ziņas' });
		const shown = press.getByRole('listitem').first();
		await expect(shown).toContainText(WIR_FIRST_RELEASE);
		await expect(shown.locator('time')).toHaveText('2017. gada 12. oktobris');
		await expect(shown.locator('time')).toHaveAttribute('datetime', '2017-10-12');
		await expect(shown).toContainText('Daugavpilī tikās projekta partneri no sešām valstīm.');
		// The other seven have no date in the records.
		await expect(press.getByText('datums nav norādīts')).toHaveCount(7);
		await expectNoViolations(page, 'lv');
		await page.screenshot({ path: '/tmp/press-project-page-lv.png', fullPage: true });
		await page.goto('/en/projects/wir');
		await expect(
			page.getByRole('region', { name: 'Press releases and news' }).locator('time')
		).toHaveText('12 October 2017');

		// The admin's page still holds the version before the coordinator's save.
		await release(admin).locator('summary').click();
		const stale = release(admin).locator('form', {
			has: admin.getByRole('button', { name: /Saglabāt preses materiālu/ })
		});
		await stale.getByLabel('Teksts').fill('Cits teksts, rakstīts vienlaikus.');
		await stale.getByLabel('Saite (https)').fill('https://www.daugavpils.lv/wir');
		const response = admin.waitForResponse((r) => r.request().method() === 'POST');
		await stale.getByRole('button', { name: /Saglabāt preses materiālu/ }).click();
		expect((await response).status()).toBe(409);
		const answered = release(admin);
		await expect(answered.getByRole('alert')).toContainText('Kāds cits to saglabāja');
		await expect(answered.getByRole('note')).toContainText('Cits teksts, rakstīts vienlaikus.');
		await expect(answered.getByRole('note')).toContainText('https://www.daugavpils.lv/wir');
		// The form shows what is saved now.
		await expect(answered.getByLabel('Teksts')).toHaveValue(
			'Daugavpilī tikās projekta partneri no sešām valstīm.\nOtrā rindkopa.'
		);
		await expect(answered.getByLabel('Publicēšanas datums')).toHaveValue('2017-10-12');
		expect(
			await sql(`select url, version from public.press_items where id = $1`, [item.id])
		).toEqual([{ url: null, version: item.version + 1 }]);
		await expectNoViolations(admin, 'lv');
		await admin.screenshot({ path: '/tmp/press-editor-conflict-lv.png', fullPage: true });

		// The coordinator's save is in the audit log, named; the stale one changed nothing, so it is not.
		const entries = await sql<{ action: string; email: string }>(
			`select a.action, u.email from public.audit_log a join public.users u on u.id = a.actor_id
			 where a.details ->> 'press_item_id' = $1 order by a.id`,
			[item.id]
		);
		expect(entries).toEqual([{ action: 'press_item.changed', email: DEMO.coordinator }]);
		await admin.goto('/lv/admin');
		const row = admin.getByRole('row').filter({ hasText: 'Mainīts preses materiāls' }).first();
		await expect(row).toContainText(WIR_FIRST_RELEASE);
		await expect(row).toContainText('Publicēšanas datums: (nav) → 2017. gada 12. oktobris');
		await admin.goto('/en/admin');
		await expect(
			admin.getByRole('row').filter({ hasText: 'Press item changed' }).first()
		).toContainText('Date published: (none) → ');
	} finally {
		// Back as the seed has it, for the other tests of WIR.
		await sql(
			`update public.press_items set published_on = null, body = null, url = null where id = $1`,
			[item.id]
		);
		await admin.context().close();
	}
});

/** A draft project of the Daugavpils coordinator, with indirect participants planned and one press item. */
async function projectToEdit(): Promise<string> {
	const slug = await projectWithIndicator('bad-input');
	await sql(
		`insert into public.press_items (project_id, title, position) select id, '{"en": {"text": "Only in English", "status": "original"}}', 1 from public.projects where slug = $1`,
		[slug]
	);
	return slug;
}

const UI = {
	en: {
		indicator: 'Indirect participants',
		achieved: 'Achieved value',
		evidence: 'Evidence',
		evidenceUrl: 'Link to the evidence (https)',
		save: /^Save/,
		title: 'Title',
		date: 'Date published',
		add: 'Add a press release or news item',
		edit: 'Edit',
		savePress: /Save the press item/,
		negative: 'A number cannot be below zero.',
		notANumber: 'Please enter a number in digits, such as 120 or 3 700.',
		decimals: 'At most two decimals, such as 12.5. Group thousands with a space: 3 700.',
		tooLong: 'Please use at most 1,000 characters.',
		https: 'Please enter a full web address starting with https://',
		date_: 'Please enter a real date, such as 2026-03-31.',
		required: 'Please fill this in.'
	},
	lv: {
		indicator: 'Netiešie dalībnieki',
		achieved: 'Sasniegtā vērtība',
		evidence: 'Pierādījums',
		evidenceUrl: 'Saite uz pierādījumu (https)',
		save: /^Saglabāt/,
		title: 'Virsraksts',
		date: 'Publicēšanas datums',
		add: 'Pievienot preses relīzi vai ziņu',
		edit: 'Labot',
		savePress: /Saglabāt preses materiālu/,
		negative: 'Skaitlis nevar būt mazāks par nulli.',
		notANumber: 'Lūdzu, ievadiet skaitli ar cipariem, piemēram, 120 vai 3 700.',
		decimals:
			'Ne vairāk kā divi cipari aiz komata, piemēram, 12,5. Tūkstošus atdaliet ar atstarpi: 3 700.',
		tooLong: 'Lūdzu, izmantojiet ne vairāk kā 1000 rakstzīmju.',
		https: 'Lūdzu, ievadiet pilnu tīmekļa adresi, kas sākas ar https://',
		date_: 'Lūdzu, ievadiet īstu datumu, piemēram, 2026-03-31.',
		required: 'Lūdzu, aizpildiet šo lauku.'
	}
} as const;

for (const locale of ['en', 'lv'] as const) {
	test(`bad input on the outcomes editor (${locale}): a clear message, the input kept, nothing saved`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const t = UI[locale];
		const slug = await projectToEdit();
		const saved = async () =>
			sql(
				`select (select jsonb_agg(jsonb_build_object('achieved', i.achieved, 'evidence', i.evidence, 'evidence_url', i.evidence_url, 'version', i.version))
				         from public.project_indicators i where i.project_id = p.id) as indicators,
				        (select jsonb_agg(jsonb_build_object('title', x.title, 'published_on', x.published_on, 'url', x.url, 'version', x.version))
				         from public.press_items x where x.project_id = p.id) as press
				 from public.projects p where p.slug = $1`,
				[slug]
			);
		await signIn(page, DEMO.coordinator, undefined, locale);
		await page.goto(`/${locale}/projects/${slug}/edit/outcomes`);
		const before = await saved();
		const indicator = page.locator('form', {
			has: page.getByRole('heading', { name: t.indicator })
		});

		// The achieved value, with evidence given each time.
		for (const [typed, message] of [
			['-5', t.negative],
			['abc', t.notANumber],
			['1e5', t.notANumber],
			['12,345.678', t.decimals]
		]) {
			await indicator.getByLabel(t.achieved).fill(typed);
			await indicator.getByLabel(t.evidence, { exact: true }).fill('Final report, page 4');
			const response = page.waitForResponse((r) => r.request().method() === 'POST');
			await indicator.getByRole('button', { name: t.save }).click();
			expect((await response).status()).toBe(400);
			await expect(indicator.getByText(message)).toBeVisible();
			await expect(indicator.getByLabel(t.achieved)).toHaveValue(typed);
			await expect(indicator.getByLabel(t.evidence, { exact: true })).toHaveValue(
				'Final report, page 4'
			);
		}
		await expectNoViolations(page, locale);

		// Evidence longer than the field takes (the browser's own limit taken off, as a script could)
		// and a link that is not https.
		const longEvidence = 'x'.repeat(1001);
		await indicator.getByLabel(t.achieved).fill('120');
		await indicator
			.getByLabel(t.evidence, { exact: true })
			.evaluate((e) => e.removeAttribute('maxlength'));
		await indicator.getByLabel(t.evidence, { exact: true }).fill(longEvidence);
		await indicator.getByRole('button', { name: t.save }).click();
		await expect(indicator.getByText(t.tooLong)).toBeVisible();
		await expect(indicator.getByLabel(t.evidence, { exact: true })).toHaveValue(longEvidence);
		await expect(indicator.getByLabel(t.achieved)).toHaveValue('120');

		await indicator.getByLabel(t.evidence, { exact: true }).fill('Final report, page 4');
		await indicator.getByLabel(t.evidenceUrl).fill('http://example.org/report.pdf');
		await indicator.getByRole('button', { name: t.save }).click();
		await expect(indicator.getByText(t.https)).toBeVisible();
		await expect(indicator.getByLabel(t.evidenceUrl)).toHaveValue('http://example.org/report.pdf');
		await expect(indicator.getByLabel(t.achieved)).toHaveValue('120');

		// A new press item: an impossible date, then no title.
		const add = page.locator('form[action="?/addPress"]');
		await add.getByLabel(t.title).fill('Youth forum');
		await add.getByLabel(t.date).fill('2026-02-30');
		await add.getByRole('button', { name: t.add }).click();
		await expect(add.getByText(t.date_)).toBeVisible();
		await expect(add.getByLabel(t.date)).toHaveValue('2026-02-30');
		await expect(add.getByLabel(t.title)).toHaveValue('Youth forum');
		await add.getByLabel(t.title).fill('');
		await add.getByLabel(t.date).fill('2026-02-28');
		await add.getByRole('button', { name: t.add }).click();
		await expect(add.getByText(t.required)).toBeVisible();
		await expect(add.getByLabel(t.date)).toHaveValue('2026-02-28');

		// The press item there is: an impossible date, and its only title emptied.
		const item = page.getByRole('listitem').filter({ hasText: 'Only in English' });
		await item.locator('summary', { hasText: t.edit }).click();
		const edit = item.locator('form', { has: page.getByRole('button', { name: t.savePress }) });
		await edit.getByLabel(t.date).fill('2026-02-30');
		await edit.getByRole('button', { name: t.savePress }).click();
		await expect(edit.getByText(t.date_)).toBeVisible();
		await expect(edit.getByLabel(t.date)).toHaveValue('2026-02-30');
		await expect(
			page
				.getByRole('listitem')
				.filter({ hasText: 'Only in English' })
				.locator('details.press__edit')
		).toHaveAttribute('open');
		if (locale === 'en') {
			await edit.getByLabel(t.date).fill('');
			await edit.getByLabel(t.title).fill('');
			await edit.getByRole('button', { name: t.savePress }).click();
			await expect(edit.getByText(t.required)).toBeVisible();
			await expect(edit.getByLabel(t.title)).toHaveValue('');
		}
		await expectNoViolations(page, locale);
		if (locale === 'lv')
			await page.screenshot({ path: '/tmp/press-editor-errors-lv.png', fullPage: true });

		expect(await saved()).toEqual(before);
	});
}

test('a coordinator moves a result and an undated press item; an item removed meanwhile; a partner editor cannot post an edit', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const slug = await projectToEdit();
	await sql(
		`insert into public.project_results (project_id, statement, position)
		 select id, jsonb_build_object('en', jsonb_build_object('text', r.t, 'status', 'original')), r.n from public.projects,
		   (values (1, 'First result'), (2, 'Second result')) as r (n, t) where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.press_items (project_id, title, position) select id, '{"en": {"text": "Second in English", "status": "original"}}', 2 from public.projects where slug = $1`,
		[slug]
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit/outcomes`);
	await page.getByRole('button', { name: 'Move down (Result 1)' }).click();
	await expect(page.getByRole('status')).toHaveText('The order is changed.');
	await expect(page.getByLabel('Result 1', { exact: true })).toHaveValue('Second result');
	await page.getByRole('button', { name: 'Move up (Second in English)' }).click();
	await expect(page.getByRole('status')).toHaveText('The order is changed.');
	const press = page.getByRole('region', { name: 'Press releases and news' }).getByRole('listitem');
	await expect(press.first()).toContainText('Second in English');
	// The first can go no higher: it has no button for it.
	await expect(page.getByRole('button', { name: 'Move up (Second in English)' })).toHaveCount(0);

	// Removed by someone else while being edited: said so, and what was typed is there to copy.
	const onlyInEnglish = press.filter({ hasText: 'Only in English' });
	await onlyInEnglish.locator('summary').click();
	await onlyInEnglish.getByLabel('Text').fill('Typed before it went');
	await sql(
		`delete from public.press_items x using public.projects p where p.id = x.project_id and p.slug = $1 and x.title -> 'en' ->> 'text' = 'Only in English'`,
		[slug]
	);
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await onlyInEnglish.getByRole('button', { name: /Save the press item/ }).click();
	expect((await response).status()).toBe(409);
	await expect(page.getByRole('alert')).toHaveText(
		'Someone removed this press item while you were editing it, so nothing was saved. What you entered is below, to copy from.'
	);
	await expect(page.getByRole('note')).toContainText('Typed before it went');
	await expect(press).toHaveCount(1);

	// The Faenza editor, a partner editor in this project: not one of its coordinators.
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select p.id, o.id, 'partner' from public.projects p, public.organisations o where p.slug = $1 and o.slug = 'comune-di-faenza'`,
		[slug]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select p.id, u.id, o.id, 'partner_editor' from public.projects p, public.users u, public.organisations o where p.slug = $1 and u.email = $2 and o.slug = 'comune-di-faenza'`,
		[slug, DEMO.faenzaEditor]
	);
	const [item] = await sql<{ id: string; version: number }>(
		`select x.id, x.version from public.press_items x join public.projects p on p.id = x.project_id where p.slug = $1 and x.position = 1`,
		[slug]
	);
	const faenza = await (await browser.newContext({ baseURL })).newPage();
	await signIn(faenza, DEMO.faenzaEditor);
	expect((await faenza.goto(`/en/projects/${slug}`))?.status()).toBe(200);
	const answer = await faenza.request.post(`/en/projects/${slug}/edit/outcomes?/savePress`, {
		form: {
			id: item.id,
			version: String(item.version),
			kind: 'news',
			title: 'Taken over',
			published_on: '',
			url: '',
			body: '',
			lang: 'en'
		},
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(answer.status()).toBe(403);
	expect(
		await sql(`select title, version from public.press_items where id = $1`, [item.id])
	).toEqual([
		{ title: { en: { text: 'Second in English', status: 'original' } }, version: item.version }
	]);
	await faenza.context().close();
});
