// Tables wider than a phone's screen scroll in their own box: at 320 px the keyboard reaches that
// box and scrolls it, and axe finds nothing; a table without rows is no exception.
import { randomUUID } from 'node:crypto';
import { DEMO, signIn, sql } from './factories.ts';
import { expect, expectNoViolations, LOCALES, test } from './fixtures.ts';
import { expectTablesInScrollBoxes } from './reflow.ts';

const PAGES_WITH_WIDE_TABLES = [
	{ path: '/projects/young-neets' },
	{ path: '/organisations/daugavpils-city-council/overview' },
	{ path: '/admin', as: DEMO.admin },
	{ path: '/projects/young-neets/people', as: DEMO.coordinator }
];

for (const locale of LOCALES) {
	for (const { path, as } of PAGES_WITH_WIDE_TABLES) {
		test(`at 320 px the tables of /${locale}${path} can be reached and scrolled by keyboard`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			if (as) await signIn(page, as, undefined, locale);
			await page.goto(`/${locale}${path}`);
			await expect(page.locator('main table').first()).toBeVisible();
			await expectTablesInScrollBoxes(page);
			await expectNoViolations(page, locale);
		});
	}
}

test('a table wider than the screen scrolls sideways from the keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/en/organisations/daugavpils-city-council/overview');
	const box = page.getByRole('group', { name: 'Projects per programme and the year they start' });
	await box.focus();
	await expect(box).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('an empty members table is named and reachable too', async ({ page }) => {
	const slug = `no-members-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.projects (slug, title) values ($1, '{"en": {"text": "Nobody yet", "status": "original"}}')`,
		[slug]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select id, '0a000000-0000-4000-8000-000000000001', 'lead_partner' from public.projects where slug = $1`,
		[slug]
	);
	await signIn(page, DEMO.admin);
	await page.goto(`/en/projects/${slug}/people`);
	await expect(page.getByRole('group', { name: 'Members' }).getByRole('row')).toHaveCount(1);
	await expectTablesInScrollBoxes(page);
	await expectNoViolations(page, 'en');
});
