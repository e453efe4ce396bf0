// WCAG 2.1 A and AA and axe's best practices, as axe-core checks them: on every page, as every
// kind of person who sees it, in English at full width and in Latvian at 320 px, and on the error
// pages and each main form sent with bad input in both. One test per person and width: one
// sign-in, then page after page, every finding listed at once.
import type { Page } from '@playwright/test';
import { createAccount, DEMO, projectWithIndicator, signIn } from './factories.ts';
import { axeViolations, expect, LOCALES, PUBLIC_PATHS, SIGNED_IN_PATHS, test } from './fixtures.ts';

const EVENT = '/events/demo-partner-meeting-daugavpils-2024';

type Person = {
	name: string;
	email?: () => Promise<{ email: string; password?: string }>;
	paths: string[];
};

const PEOPLE: Person[] = [
	{
		name: 'a visitor',
		paths: [...PUBLIC_PATHS, '/account/deleted', '/password-reset/not-a-real-token']
	},
	{
		name: 'the coordinator',
		email: async () => ({ email: DEMO.coordinator }),
		paths: [
			...SIGNED_IN_PATHS.filter((p) => p.as === 'coordinator').map((p) => p.path),
			'/projects/young-neets/events',
			'/practices/new',
			'/practices/solid-communicating-with-citizens/edit',
			'/practices/solid-communicating-with-citizens/edit/lv',
			'/practices/solid-communicating-with-citizens/history',
			// Review: HOP!'s English text waits for the coordinator's decision.
			'/practices/hop-volunteering-in-the-municipality',
			'/practices/hop-volunteering-in-the-municipality/edit/en',
			'/practices/leszno-volunteer-centre/transfers/new',
			'/practices/leszno-volunteer-centre/transfers/12000000-0000-4000-8000-000000000001',
			'/collections/volunteering-in-european-cities/edit',
			`${EVENT}/edit/sessions/0e000000-0000-4000-8000-000000000001`
		]
	},
	{
		name: 'a platform admin',
		email: async () => ({ email: DEMO.admin }),
		paths: SIGNED_IN_PATHS.filter((p) => p.as === 'admin').map((p) => p.path)
	},
	{
		name: 'the partner editor for Faenza in Young NEETs',
		email: async () => ({ email: DEMO.faenzaEditor }),
		paths: [
			'/account',
			'/my-work',
			'/projects/young-neets',
			'/projects/young-neets/events',
			'/projects/young-neets/documents',
			'/projects/young-neets/people',
			EVENT,
			`${EVENT}/delegations`,
			'/organisations/comune-di-faenza/edit',
			'/organisations/comune-di-faenza/members',
			'/practices/new',
			'/practices/young-neets-dialogue-with-the-council'
		]
	},
	{
		name: 'the partner editor for Leszno, author of a practice',
		email: async () => ({ email: DEMO.lesznoEditor }),
		paths: [
			'/my-work',
			'/projects/small-scale-partnership',
			'/practices/leszno-volunteer-centre',
			'/practices/leszno-volunteer-centre/edit',
			'/practices/leszno-volunteer-centre/edit/pl',
			'/practices/leszno-volunteer-centre/history',
			'/practices/leszno-volunteer-centre/documents'
		]
	},
	{
		name: 'a member of an organisation',
		email: () => createAccount({ organisation: 'comune-di-faenza', role: 'member' }),
		paths: ['/account', '/organisations/comune-di-faenza/propose']
	}
];

/** Every page in turn: it must answer as expected (200: not an error page in its place) and pass axe. */
async function audit(page: Page, locale: string, paths: string[], width?: number, status = 200) {
	const found: Record<string, string[]> = {};
	for (const path of paths) {
		const response = await page.goto(`/${locale}${path}`);
		const problems =
			response?.status() === status
				? await axeViolations(page)
				: [`answered ${response?.status()}`];
		if (width) {
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			if (overflow > 0) problems.push(`reflow: ${overflow} px wider than the screen`);
		}
		if (problems.length) found[path] = problems;
	}
	expect(found).toEqual({});
}

async function signInAs(page: Page, person: Person, locale: string) {
	if (!person.email) return;
	const { email, password } = await person.email();
	await signIn(page, email, password, locale);
}

// At full width in English, and at 320 px in Latvian, whose words are the longest of the two.
// Latvian at full width too made these tests a third of the whole end-to-end run on two cores.
for (const person of PEOPLE) {
	test(`axe finds nothing on the pages of ${person.name} in en`, async ({ page }) => {
		test.setTimeout(300_000);
		await signInAs(page, person, 'en');
		await audit(page, 'en', person.paths);
	});

	test(`axe finds nothing at 320 px on the pages of ${person.name}, which reflow`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.setViewportSize({ width: 320, height: 640 });
		await signInAs(page, person, 'lv');
		await audit(page, 'lv', person.paths, 320);
	});
}

// The error states: pages that answer an error, and each main form sent with bad input.
const ERROR_PAGES: Array<{ status: number; paths: string[]; as?: string }> = [
	{
		status: 404,
		paths: ['/no-such-page', '/projects/no-such-project', '/practices/no-such-practice']
	},
	{ status: 400, paths: ['/unsubscribe/not-a-real-token'] },
	{ status: 403, paths: ['/admin', '/projects/young-neets/edit'], as: DEMO.faenzaEditor }
];

/** The main forms (a transfer's, with no field to get wrong on its own, is checked in transfers.spec.ts). */
const VISITOR_FORMS = ['/sign-in', '/password-reset'];
const FORMS = (project: string) => [
	'/account',
	'/projects/new',
	`/projects/${project}/edit`,
	`/projects/${project}/edit/partners`,
	`/projects/${project}/edit/budget`,
	'/projects/young-neets/events/new',
	'/projects/young-neets/people',
	// In the original language, whose title may not be emptied (a translation's may).
	`${EVENT}/edit?lang=lv`,
	`${EVENT}/edit/sessions/0e000000-0000-4000-8000-000000000001?lang=lv`,
	'/practices/new',
	'/practices/solid-communicating-with-citizens/edit',
	'/practices/solid-communicating-with-citizens/edit/lv',
	'/collections/new',
	'/collections/volunteering-in-european-cities/edit?lang=lv',
	'/organisations/daugavpils-city-council/edit',
	'/organisations/daugavpils-city-council/members'
];

/** Sends the page's first form with its required fields emptied, its e-mail and number fields wrong. */
async function sendBadInput(page: Page, path: string): Promise<string[]> {
	const form = page
		.locator(
			'main form[method=POST]:has(button[type=submit]):has(input:not([type=hidden]), textarea)'
		)
		.first();
	const fields = [
		...(
			await form
				.locator(
					'input[required]:not([type=hidden], [type=checkbox], [type=radio]), textarea[required]'
				)
				.all()
		).map((field) => ({ field, bad: '' })),
		...(await form.locator('input[type=email]').all()).map((field) => ({
			field,
			bad: 'not an address'
		})),
		...(await form.locator('input[inputmode=decimal], input[inputmode=numeric]').all()).map(
			(field) => ({ field, bad: 'many' })
		)
	];
	// A form without such a field would be saved as it is: not what this test is for.
	if (!fields.length) return [`${path}: no field to send wrong`];
	for (const { field, bad } of fields) await field.fill(bad);
	await form.locator('button[type=submit]').first().click();
	const shown = await page
		.locator('[data-form-result=error], main [aria-invalid=true]')
		.first()
		.waitFor({ timeout: 15_000 })
		.then(
			() => true,
			() => false
		);
	return shown ? [] : [`${path}: no error shown after bad input`];
}

for (const locale of LOCALES) {
	test(`axe finds nothing on the error pages in ${locale}`, async ({ page, browser, baseURL }) => {
		test.setTimeout(300_000);
		for (const { status, paths, as } of ERROR_PAGES) {
			// Each person in a browser context of their own.
			const context = await browser.newContext({ baseURL });
			const other = await context.newPage();
			if (as) await signIn(other, as, undefined, locale);
			await audit(other, locale, paths, undefined, status);
			await context.close();
		}
		await refuseAll(page, locale, VISITOR_FORMS);
	});

	test(`axe finds nothing on the main forms sent with bad input in ${locale}`, async ({ page }) => {
		test.setTimeout(300_000);
		await signIn(page, DEMO.coordinator, undefined, locale);
		await refuseAll(page, locale, FORMS(await projectWithIndicator('axe')));
	});
}

/** Each form sent wrong: it must show the error, and the page with it must pass axe. */
async function refuseAll(page: Page, locale: string, paths: string[]) {
	const found: Record<string, string[]> = {};
	for (const path of paths) {
		await page.goto(`/${locale}${path}`);
		const problems = [...(await sendBadInput(page, path)), ...(await axeViolations(page))];
		if (problems.length) found[path] = problems;
	}
	expect(found).toEqual({});
}
