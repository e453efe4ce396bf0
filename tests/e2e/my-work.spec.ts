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

test('a meeting held lately with nobody marked as present waits on My work until its door list is kept', async ({
	page
}) => {
	const tag = randomUUID().slice(0, 8);
	const slug = `my-work-held-${tag}`;
	const title = `Partner meeting held ${tag}`;
	// Held three days ago at the coordinator's own council, in the small-scale partnership they
	// coordinate, with one person of Leszno registered.
	await sql(`
		with e as (
			insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, status)
			values ('${slug}', 'partner_meeting', '{"en": {"text": "${title}", "status": "original"}}',
				'0a000000-0000-4000-8000-000000000001', 'Europe/Riga',
				(now() at time zone 'Europe/Riga')::date - 3 + time '09:00',
				(now() at time zone 'Europe/Riga')::date - 3 + time '17:00', 'held')
			returning id
		), p as (
			insert into public.project_events (project_id, event_id)
			select '0b000000-0000-4000-8000-000000000002', id from e
		), d as (
			insert into public.event_delegations (event_id, organisation_id, places)
			select id, '0a000000-0000-4000-8000-000000000004', 2 from e
		)
		insert into public.event_registrations (event_id, organisation_id, full_name, status)
		select id, '0a000000-0000-4000-8000-000000000004', 'Hanna Kowalczyk (test)', 'registered' from e`);
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/my-work');
	const waiting = page.getByRole('region', { name: 'Past events: record who came' });
	await expect(waiting.getByRole('listitem').filter({ hasText: title })).toContainText(
		'1 registered'
	);
	await waiting.getByRole('link', { name: title }).click();
	await expect(page).toHaveURL(new RegExp(`/en/events/${slug}/attendance$`));
	await page.getByRole('checkbox', { name: /Hanna Kowalczyk/ }).check();
	await page.getByRole('button', { name: 'Save who came' }).click();
	await expect(page.getByRole('status')).toHaveText('The attendance is saved.');
	await page.goto('/en/my-work');
	await expect(
		page.getByRole('region', { name: 'Past events: record who came' }).getByText(title)
	).toHaveCount(0);
	await sql(`delete from public.events where slug = $1`, [slug]);
});
