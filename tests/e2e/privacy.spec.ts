// The privacy notice: reachable from the footer and from every form that asks for personal data, in
// several languages, and stating the retention periods the code uses (read from the same module, so
// a period changed in the code and not in the notice fails here).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatLocale } from '../../src/lib/intl.ts';
import { RETENTION } from '../../src/lib/retention.ts';
import { hashToken } from '../../src/lib/server/tokens.ts';
import { DEMO, signIn, sql } from './factories.ts';
import { expect, test } from './fixtures.ts';

const EVENT = 'demo-partner-meeting-daugavpils-2024';

const messages = (locale: string): Record<string, string> =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));

const duration = (locale: string, value: number, unit: 'minute' | 'hour' | 'day') =>
	new Intl.NumberFormat(formatLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(
		value
	);

/** The link beside the form's submit button that holds `field`, leading to the notice in `locale`. */
async function expectPrivacyLink(page: Page, locale: string, field: string) {
	const form = page.locator('form', { has: page.locator(field) });
	await expect(
		form.getByRole('link', { name: messages(locale).privacy_form_link })
	).toHaveAttribute('href', `/${locale}/privacy`);
}

for (const locale of ['en', 'lv', 'de', 'uk']) {
	test(`the privacy notice (${locale}) is linked from the footer, has its headings in order and states the code's retention periods`, async ({
		page
	}) => {
		const text = messages(locale);
		await page.goto(`/${locale}`);
		await page.getByRole('contentinfo').getByRole('link', { name: text.privacy_title }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/privacy$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.privacy_title);
		const levels = await page
			.getByRole('main')
			.locator('h1, h2, h3, h4')
			.evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
		levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));

		const says = (id: string, ...figures: string[]) =>
			Promise.all(figures.map((figure) => expect(page.locator(`#${id}`)).toContainText(figure)));
		await says(
			'sessions',
			duration(locale, RETENTION.sessionIdleDays, 'day'),
			duration(locale, RETENTION.sessionAbsoluteDays, 'day')
		);
		await says(
			'sign-in',
			duration(locale, RETENTION.signInWindowMinutes, 'minute'),
			duration(locale, RETENTION.signInFailuresKeptDays, 'day'),
			duration(locale, RETENTION.passwordResetValidHours, 'hour'),
			duration(locale, RETENTION.passwordResetKeptDays, 'day')
		);
		await says(
			'invitations',
			duration(locale, RETENTION.invitationValidDays, 'day'),
			duration(locale, RETENTION.invitationKeptDays, 'day')
		);
		await says('mail', duration(locale, RETENTION.notificationsKeptDays, 'day'));
		// The test portal runs on http, where the session cookie cannot take the __Host- prefix.
		await says('cookies', 'tilts_session');
		// Without PRIVACY_CONTROLLER the notice names the controller by what it is.
		await expect(page.getByRole('main')).toContainText(text.privacy_controller_unnamed);
		await expect(page.getByRole('link', { name: text.account_download_data })).toHaveAttribute(
			'href',
			`/${locale}/account#your-data`
		);
	});
}

test('every form that asks for personal data links to the privacy notice beside its submit button', async ({
	page
}) => {
	// Some thirty pages, each in two languages: more than a default test's time on a busy machine.
	test.slow();
	// Signed out: signing in, asking for a password reset, accepting an invitation.
	for (const locale of ['en', 'lv', 'fr']) {
		await page.goto(`/${locale}/sign-in`);
		await expectPrivacyLink(page, locale, '#email');
		await page.goto(`/${locale}/password-reset`);
		await expectPrivacyLink(page, locale, '#email');
	}
	const token = 'privacynoticeinvitation234567abc';
	await sql(
		`insert into public.invitations (token_hash, email, organisation_id, organisation_role, expires_at)
		 values ($1, 'privacy-invitee@test.example', '0a000000-0000-4000-8000-000000000001', 'member', now() + interval '1 day')
		 on conflict (token_hash) do nothing`,
		[hashToken(token)]
	);
	await page.goto(`/pl/invitations/${token}`);
	await expectPrivacyLink(page, 'pl', '#display_name');
	await page.getByRole('link', { name: messages('pl').privacy_form_link }).click();
	await expect(page).toHaveURL(/\/pl\/privacy$/);

	// Signed in as a coordinator: the profile, inviting people, registering a delegation, adding a
	// walk-in at the door, the contacts of a project and a practice, the speakers of a session.
	await signIn(page, DEMO.coordinator);
	const [session] = await sql<{ id: string }>(
		`select s.id from public.event_sessions as s join public.events as e on e.id = s.event_id where e.slug = $1 order by s.starts_local limit 1`,
		[EVENT]
	);
	const forms: Array<[string, string]> = [
		['/account', '#display_name'],
		['/organisations/daugavpils-city-council/members', '#email'],
		['/projects/young-neets/people', '#email'],
		[`/events/${EVENT}/delegations`, '#full_name'],
		[`/events/${EVENT}/attendance`, '#walk_in_name'],
		['/projects/young-neets/edit', '#contact_email'],
		['/practices/young-neets-dialogue-with-the-council/edit', '#contact_email'],
		[`/events/${EVENT}/edit`, '#speakers'],
		[`/events/${EVENT}/edit/sessions/${session.id}`, '#speakers']
	];
	for (const [path, field] of forms) {
		for (const locale of ['en', 'lt']) {
			await page.goto(`/${locale}${path}`);
			await expectPrivacyLink(page, locale, field);
		}
	}
});
