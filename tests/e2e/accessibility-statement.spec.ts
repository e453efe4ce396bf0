// The statement says what is tested and where to complain in Latvia, in both languages.
import { expect, test } from './fixtures.ts';

test('the accessibility statement names the tests, the known problems and Latvia’s monitoring body', async ({
	page
}) => {
	await page.goto('/en/accessibility');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Tab and Enter keys alone' })
	).toBeVisible();
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: 'Without JavaScript the result of a sent form is not announced' })
	).toBeVisible();
	// The interface speaks every language of the portal: no longer a known limitation.
	await expect(
		page.getByRole('listitem').filter({ hasText: 'in English and Latvian only' })
	).toHaveCount(0);
	await expect(
		page.getByText(/Ministry of Smart Administration and Regional Development \(VARAM\)/)
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'varam.gov.lv' })).toHaveAttribute(
		'href',
		/^https:\/\/www\.varam\.gov\.lv\//
	);

	await page.goto('/lv/accessibility');
	await expect(
		page.getByText(/Viedās administrācijas un reģionālās attīstības ministrija \(VARAM\)/)
	).toBeVisible();
});
