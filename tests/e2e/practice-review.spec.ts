// Review that cannot lose work (issue 13, item 7): the editor of a submitted text says who reviews
// it and asks what saving should do to the review; a co-author's submit racing an open editor
// loses nothing; a text goes to review only with its required sections, each empty one named; the
// practice page shows approvers what waits for them, and writers what became of their texts.
import { randomUUID } from 'node:crypto';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const FAENZA = '0a000000-0000-4000-8000-000000000003';
/** Faenza is a partner in it, its editor a partner editor; the Daugavpils coordinator approves. */
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';

const WRITTEN = {
	summary: 'I giovani progettano il loro quartiere.',
	context: 'Molti giovani non studiano né lavorano.',
	actions: 'Laboratori settimanali con gli educatori.',
	results: '40 giovani hanno partecipato.'
};

/** A practice of Faenza from Young NEETs with an Italian text, straight in the database: submitted unless `draft`. */
async function practice(
	options: { draft?: boolean; sections?: Partial<typeof WRITTEN> } = {}
): Promise<{ slug: string; id: string }> {
	const slug = `review-${randomUUID().slice(0, 8)}`;
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, project_id, country) values ($1, $2, $3, 'IT') returning id`,
		[slug, FAENZA, YOUNG_NEETS]
	);
	const sections = { ...WRITTEN, ...options.sections };
	await sql(
		`insert into public.practice_texts (practice_id, locale, kind, title, summary, context, actions, results)
		 values ($1, 'it', 'original', 'Quartieri giovani', $2, $3, $4, $5)`,
		[id, sections.summary, sections.context, sections.actions, sections.results]
	);
	if (!options.draft) await submit(id);
	return { slug, id };
}

/** Submitted as its co-author would (the step named for the history): version up, under review. */
async function submit(id: string) {
	await sql(
		`set tilts.practice_text_action = 'submitted';
		 update public.practice_texts set state = 'submitted', version = version + 1 where practice_id = '${id}';
		 reset tilts.practice_text_action;`
	);
}

async function textOf(id: string) {
	const [row] = await sql<{ state: string; version: number; context: string }>(
		`select state::text, version, context from public.practice_texts where practice_id = $1 and locale = 'it'`,
		[id]
	);
	return row;
}

test('the Faenza editor edits a submitted text: told who reviews it, no plain save, and saves and resubmits', async ({
	page
}) => {
	const { slug, id } = await practice();
	await signIn(page, DEMO.faenzaEditor);
	await page.goto(`/en/practices/${slug}/edit/it`);
	const notice = page.getByText(
		'This text is waiting for review by the coordinators of Young NEETs; saving changes takes it back from review.'
	);
	await expect(notice).toBeVisible();
	await page.locator('.state').screenshot({ path: test.info().outputPath('editor-notice.png') });
	await expect(page.getByRole('button', { name: 'Save the draft' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save and take back from review' })).toBeVisible();
	await expectNoViolations(page, 'en');

	await page
		.getByLabel('The problem and its context')
		.fill('Molti giovani non studiano, non lavorano e non si formano.');
	await page.getByRole('button', { name: 'Save and resubmit' }).click();
	await expect(page.getByText('Submitted: the approvers will review it.')).toBeVisible();
	// Saved and submitted again in one step: the approver reviews the latest.
	expect(await textOf(id)).toEqual({
		state: 'submitted',
		version: 4,
		context: 'Molti giovani non studiano, non lavorano e non si formano.'
	});
	await expect(notice).toBeVisible();
});

test('a co-author submits while the editor is open: the plain save is refused, nothing is lost, and the writer chooses', async ({
	page
}) => {
	const { slug, id } = await practice({ draft: true });
	await signIn(page, DEMO.faenzaEditor, undefined, 'lv');
	await page.goto(`/lv/practices/${slug}/edit/it`);
	await page.getByLabel('Kas tika darīts').fill('Laboratori ogni martedì.');
	await submit(id);
	await page.getByRole('button', { name: 'Saglabāt melnrakstu' }).click();
	await expect(page.getByRole('alert')).toContainText('Nekas netika saglabāts');
	await expect(page.getByLabel('Kas tika darīts')).toHaveValue('Laboratori ogni martedì.');
	expect(await textOf(id)).toMatchObject({ state: 'submitted', version: 2 });
	await expectNoViolations(page, 'lv');

	// Now the editor asks: taking it back saves what was typed.
	await page.getByRole('button', { name: 'Saglabāt un atsaukt no pārskatīšanas' }).click();
	await expect(page.getByText('Saglabāts un atsaukts no pārskatīšanas.')).toBeVisible();
	const [saved] = await sql<{ state: string; actions: string }>(
		`select state::text, actions from public.practice_texts where practice_id = $1`,
		[id]
	);
	expect(saved).toEqual({ state: 'draft', actions: 'Laboratori ogni martedì.' });
});

test('submitting with an empty required section names it, in the writer’s language, and keeps what was typed', async ({
	page
}) => {
	const { slug, id } = await practice({ draft: true, sections: { results: '' } });
	await signIn(page, DEMO.faenzaEditor, undefined, 'lv');
	await page.goto(`/lv/practices/${slug}/edit/it`);
	await page.getByLabel('Kopsavilkums').fill('   ');
	await page.getByRole('button', { name: 'Saglabāt un iesniegt pārskatīšanai' }).click();
	await expect(page.getByRole('alert').first()).toContainText(
		'Jūsu teksts ir saglabāts, bet to nevar virzīt tālāk'
	);
	await expect(
		page.getByText(
			'Sadaļa “Rezultāti un pierādījumi” ir tukša: tā jāaizpilda, pirms tekstu iesniedz pārskatīšanai.'
		)
	).toBeVisible();
	await expect(page.getByText('Sadaļa “Kopsavilkums” ir tukša')).toBeVisible();
	await expect(page.locator('#results-error')).toHaveText(
		'Aizpildiet šo, pirms tekstu iesniedz pārskatīšanai.'
	);
	await expect(page.locator('#results')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Kas tika darīts')).toHaveValue(WRITTEN.actions);
	expect(await textOf(id)).toMatchObject({ state: 'draft' });
	await expectNoViolations(page, 'lv');

	await page.getByLabel('Kopsavilkums').fill(WRITTEN.summary);
	await page.getByLabel('Rezultāti un pierādījumi').fill(WRITTEN.results);
	await page.getByRole('button', { name: 'Saglabāt un iesniegt pārskatīšanai' }).click();
	await expect(page.getByText('Iesniegts: apstiprinātāji to pārskatīs.')).toBeVisible();
	expect(await textOf(id)).toMatchObject({ state: 'submitted' });
});

test('the coordinator sees what waits for review on the practice page and follows it; the author sees it returned with the comment', async ({
	browser
}) => {
	const { slug } = await practice();
	const coordinator = await (await browser.newContext()).newPage();
	await signIn(coordinator, DEMO.coordinator);
	await coordinator.goto(`/en/practices/${slug}`);
	const waiting = coordinator.getByRole('region', { name: 'Texts waiting for your review: 1' });
	await expect(waiting).toBeVisible();
	await waiting.screenshot({ path: test.info().outputPath('practice-page-notice.png') });
	await expectNoViolations(coordinator, 'en');
	await waiting.getByRole('link', { name: 'Review the text in Italian' }).click();
	await expect(coordinator).toHaveURL(new RegExp(`/en/practices/${slug}/edit/it$`));
	await coordinator
		.getByLabel('What should the author change?')
		.fill('Aggiungete i numeri del secondo anno.');
	await coordinator.getByRole('button', { name: 'Return to the author' }).click();
	await expect(coordinator.getByText('Returned to the author with your comments.')).toBeVisible();
	await coordinator.goto(`/en/practices/${slug}`);
	await expect(coordinator.getByText(/waiting for your review/)).toHaveCount(0);

	const author = await (await browser.newContext()).newPage();
	await signIn(author, DEMO.faenzaEditor);
	await author.goto(`/en/practices/${slug}`);
	const mine = author.getByRole('region', { name: 'Your texts in review' });
	await expect(mine).toContainText('returned with a comment:');
	await expect(mine.locator('blockquote')).toHaveText('Aggiungete i numeri del secondo anno.');
	await expect(mine.getByRole('link', { name: 'Italian' })).toHaveAttribute(
		'href',
		`/en/practices/${slug}/edit/it`
	);
	// Readers who write none of it see nothing of the review.
	const visitor = await (await browser.newContext()).newPage();
	await signIn(visitor, DEMO.lesznoEditor);
	expect((await visitor.goto(`/en/practices/${slug}`))!.status()).toBe(404);
});
