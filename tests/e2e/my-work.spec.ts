// "My work": the coordinator finds, from the header, a practice text the Faenza editor submitted,
// and opens it from there; in both languages, with axe, and without JavaScript.
import { randomUUID } from 'node:crypto';
import { expect, expectNoViolations, LOCALES, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const FAENZA = '0a000000-0000-4000-8000-000000000003';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const FAENZA_EDITOR = '0c000000-0000-4000-8000-000000000003';

/** A practice of Young NEETs whose English text the Faenza editor submitted, as the portal records it. */
async function submittedByFaenza(): Promise<{ slug: string; title: string }> {
	const tag = randomUUID().slice(0, 8);
	const slug = `my-work-${tag}`;
	const title = `Street football with the council ${tag}`;
	// One statement list, one transaction: the triggers take who did it and what from these settings.
	await sql(`
		begin;
		select set_config('request.jwt.claim.sub', '${FAENZA_EDITOR}', true);
		insert into public.practices (slug, organisation_id, project_id, country, created_by)
		values ('${slug}', '${FAENZA}', '${YOUNG_NEETS}', 'IT', '${FAENZA_EDITOR}');
		insert into public.practice_texts (practice_id, locale, kind, title)
		select id, 'en', 'original', '${title}' from public.practices where slug = '${slug}';
		select set_config('tilts.practice_text_action', 'submitted', true);
		update public.practice_texts set state = 'submitted', version = version + 1
		where practice_id = (select id from public.practices where slug = '${slug}');
		commit;`);
	return { slug, title };
}

test('the coordinator sees the count in the header and opens a text waiting for review', async ({
	page
}) => {
	const { slug, title } = await submittedByFaenza();
	await signIn(page, DEMO.coordinator);
	const link = page.getByRole('banner').getByRole('link', { name: /^My work, \d+ waiting$/ });
	await expect(link).toBeVisible();
	const count = Number((await link.locator('.count-badge').textContent())?.trim());
	expect(count).toBeGreaterThanOrEqual(2);
	await link.click();
	await expect(page).toHaveURL(/\/en\/my-work$/);
	await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
	const review = page.getByRole('region', { name: 'Texts waiting for your review' });
	await expect(review.getByRole('listitem').filter({ hasText: title })).toContainText(
		'submitted by Marco Bianchetti (demo)'
	);
	await review.getByRole('link', { name: title }).click();
	await expect(page).toHaveURL(new RegExp(`/en/practices/${slug}/edit/en$`));
	await expect(page.getByLabel('Title')).toHaveValue(title);
});

for (const locale of LOCALES) {
	test(`My work in ${locale} has no accessibility violations, and reflows at 320 px`, async ({
		page
	}) => {
		await submittedByFaenza();
		await signIn(page, DEMO.coordinator, undefined, locale);
		await page.goto(`/${locale}/my-work`);
		await expect(
			page.getByRole('heading', { level: 1, name: locale === 'lv' ? 'Mans darbs' : 'My work' })
		).toBeVisible();
		await expectNoViolations(page, locale);
		await page.screenshot({ path: `test-results/my-work-${locale}.png`, fullPage: true });
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page lists the text, and its link opens it', async ({ page }) => {
		const { slug, title } = await submittedByFaenza();
		await signIn(page, DEMO.coordinator);
		await page
			.getByRole('banner')
			.getByRole('link', { name: /^My work/ })
			.click();
		await page.getByRole('link', { name: title }).click();
		await expect(page).toHaveURL(new RegExp(`/en/practices/${slug}/edit/en$`));
	});

	test('a signed-out visitor is sent to sign in, and back after', async ({ page }) => {
		await page.goto('/en/my-work');
		await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fmy-work$/);
	});
});
