// Every interface language, as its readers meet it: every public page and the pages of one
// partner, in each of the 28 locales, say they are in that language (`<html lang>`), show no
// English where the locale has its own words and no placeholder left unfilled; the calendar and
// practice feeds, e-mails and the funder report's files speak the reader's language too. axe and
// 320 px reflow run in the browser on the languages that test them hardest: the HTML crawl
// stays a plain fetch, to stay fast.
import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from '@playwright/test';
import { languageName } from '../../src/lib/i18n.ts';
import { m } from '../../src/lib/paraglide/messages.js';
import { locales } from '../../src/lib/paraglide/runtime.js';
import {
	createAccount,
	DEMO,
	linkIn,
	mailTo,
	parseCsv,
	signIn,
	sql,
	uniqueEmail
} from './factories.ts';
import { axeViolations, expect, PUBLIC_PATHS, test } from './fixtures.ts';
import { squeezedText } from './reflow.ts';
import {
	englishTexts,
	readableText,
	translationProblems,
	type EnglishTexts
} from './translation-check.ts';

const EVENT = '/events/demo-partner-meeting-daugavpils-2024';

/** Pages for anyone, and the error pages, with the status each answers. */
const PUBLIC: Array<[string, number]> = [
	...PUBLIC_PATHS.map((path): [string, number] => [path, 200]),
	['/account/deleted', 200],
	['/password-reset/not-a-real-token', 200],
	['/no-such-page', 404],
	['/projects/no-such-project', 404],
	['/unsubscribe/not-a-real-token', 400]
];

/** The pages of a partner editor for Comune di Faenza in Young NEETs, and one they may not open. */
const PARTNER: Array<[string, number]> = [
	['/account', 200],
	['/my-work', 200],
	['/projects/young-neets', 200],
	['/projects/young-neets/events', 200],
	['/projects/young-neets/documents', 200],
	['/projects/young-neets/people', 200],
	[EVENT, 200],
	[`${EVENT}/delegations`, 200],
	['/organisations/comune-di-faenza/edit', 200],
	['/organisations/comune-di-faenza/members', 200],
	['/practices/new', 200],
	['/practices/young-neets-dialogue-with-the-council', 200],
	['/projects/young-neets/edit', 403]
];

/** What is wrong with each page in the locale, by path; a few pages asked for at once. */
async function crawl(
	request: APIRequestContext,
	locale: string,
	pages: Array<[string, number]>,
	english: EnglishTexts
) {
	const found: Record<string, string[]> = {};
	const queue = [...pages];
	const next = async (): Promise<void> => {
		const [path, status] = queue.shift() ?? [];
		if (path === undefined) return;
		const response = await request.get(`/${locale}${path}`, { maxRedirects: 0 });
		const { lang, texts } = readableText(await response.text());
		const problems = translationProblems(texts, locale, english);
		if (response.status() !== status)
			problems.unshift(`answered ${response.status()}, not ${status}`);
		if (lang !== locale) problems.unshift(`<html lang="${lang}">`);
		if (problems.length) found[path] = problems;
		return next();
	};
	await Promise.all([next(), next()]);
	return found;
}

/** The feeds' titles: a calendar's name (as calendar programs show it) and the Atom feed's title. */
async function feedTitles(request: APIRequestContext, locale: string) {
	// Long lines of a calendar are folded (RFC 5545): a line that begins with a space continues the last.
	const calendarName = async (path: string) =>
		(await (await request.get(`/${locale}${path}`)).text())
			.replace(/\r\n[ \t]/g, '')
			.match(/^X-WR-CALNAME:(.*)$/m)?.[1]
			.trim();
	const atom = await (await request.get(`/${locale}/practices/feed.atom`)).text();
	return {
		all: await calendarName('/calendar/events.ics'),
		project: await calendarName('/projects/wir/calendar.ics'),
		organisation: await calendarName('/organisations/comune-di-faenza/calendar.ics'),
		practices: readableText(atom.match(/<title[^>]*>[^<]*<\/title>/)?.[0] ?? '').texts[0]?.text
	};
}

test.describe('every page in every language', () => {
	// All the locales of project.inlang/settings.json.
	for (const locale of locales) {
		test(`the public pages and a partner's pages in ${locale}`, async ({ page, request }) => {
			test.setTimeout(120_000);
			const english = englishTexts(locale);
			const found = await crawl(request, locale, PUBLIC, english);
			const titles = await feedTitles(request, locale);
			await signIn(page, DEMO.faenzaEditor);
			Object.assign(
				found,
				Object.fromEntries(
					Object.entries(await crawl(page.request, locale, PARTNER, english)).map(
						([path, problems]) => [`${path} (partner)`, problems]
					)
				)
			);
			expect(found).toEqual({});
			expect(titles).toEqual({
				all: m.calendar_all_name({}, { locale }),
				project: m.calendar_project_name({ project: 'WIR' }, { locale }),
				organisation: m.calendar_organisation_name(
					{ organisation: 'Comune di Faenza' },
					{ locale }
				),
				practices: m.practices_feed_title(
					{ language: languageName(locale, locale, { capitalise: false }) },
					{ locale }
				)
			});
		});
	}
});

test.describe('the check itself', () => {
	test('finds English in place of a translation, English written into a page, an unfilled placeholder and a message key', () => {
		const english = englishTexts('de');
		const html = (body: string) =>
			`<!doctype html><html lang="de"><head><title>x</title></head><body>${body}</body></html>`;
		const problems = (body: string) =>
			translationProblems(readableText(html(body)).texts, 'de', english);
		// The German page's own words pass, and so does English marked as English.
		expect(
			problems(
				`<h1>${m.error_heading_not_found({}, { locale: 'de' })}</h1><p lang="en">${m.error_heading_not_found({}, { locale: 'en' })}</p>`
			)
		).toEqual([]);
		// A word German writes as English does for one message ("Status") passes where another message says it otherwise.
		expect(m.invitation_state({}, { locale: 'de' })).toBe(
			m.admin_mail_status({}, { locale: 'en' })
		);
		expect(problems(`<th>${m.admin_mail_status({}, { locale: 'en' })}</th>`)).toEqual([]);
		expect(problems(`<h1>${m.error_heading_not_found({}, { locale: 'en' })}</h1>`)).toEqual([
			`English "${m.error_heading_not_found({}, { locale: 'en' })}" (error_heading_not_found)`
		]);
		expect(
			problems(`<button aria-label="${m.skip_to_content({}, { locale: 'en' })}">x</button>`)
		).toHaveLength(1);
		// English around a value (a count, a name) is found too.
		expect(
			problems(`<p>${m.calendar_project_name({ project: 'WIR' }, { locale: 'en' })}</p>`)
		).toHaveLength(1);
		expect(problems('<p>Download the report from this page</p>')).toEqual([
			'English in the code: "Download the report from this page"'
		]);
		expect(problems('<p>Read the statement below before you write to us.</p>')).toHaveLength(1);
		expect(problems('<p>Veranstaltungen von {project}</p>')).toEqual([
			'stray placeholder or value: "Veranstaltungen von {project}"'
		]);
		expect(problems('<p>home_languages_text</p>')).toEqual([
			'a message\'s key instead of its text: "home_languages_text"'
		]);
		expect(readableText(html('')).lang).toBe('de');
	});
});

test.describe('e-mails, reports and feeds in the reader’s language', () => {
	test('an invitation to an Italian partner arrives in Italian, and its link opens the Italian page', async ({
		page
	}) => {
		const invitee = uniqueEmail('italiano');
		await signIn(page, DEMO.coordinator);
		await page.goto('/en/projects/young-neets/people');
		await page.getByLabel('E-mail address').fill(invitee);
		await page
			.getByLabel('Acting for the partner organisation')
			.selectOption({ label: 'Comune di Faenza' });
		await page.getByLabel('Role').selectOption('partner_editor');
		await page.getByLabel('Language of the invitation e-mail').selectOption('it');
		await page.getByRole('button', { name: 'Send the invitation' }).click();
		const mail = await mailTo(invitee);
		expect(mail.subject).toBe(
			m.invitation_mail_subject({ organisation: 'Comune di Faenza' }, { locale: 'it' })
		);
		expect(mail.text).toContain(m.invitation_mail_hello({}, { locale: 'it' }));
		expect(mail.text).toContain(m.invitation_mail_ignore({}, { locale: 'it' }));
		expect(mail.text).not.toContain(m.invitation_mail_ignore({}, { locale: 'en' }));
		const link = linkIn(mail);
		expect(new URL(link).pathname).toMatch(/^\/it\/invitations\//);
		const { lang, texts } = readableText(await (await page.request.get(link)).text());
		expect(lang).toBe('it');
		expect(translationProblems(texts, 'it', englishTexts('it'))).toEqual([]);
	});

	test('a password reset comes in the account’s language', async ({ request, baseURL }) => {
		const { id, email } = await createAccount();
		await sql(`update public.users set preferred_locale = 'de' where id = $1`, [id]);
		// Asked for from the English page: the e-mail follows the account, not the page.
		await request.post('/en/password-reset', {
			form: { email },
			headers: { origin: new URL(baseURL!).origin }
		});
		const mail = await mailTo(email);
		expect(mail.subject).toBe(m.password_reset_mail_subject({}, { locale: 'de' }));
		expect(mail.text).toContain(m.password_reset_mail_text({}, { locale: 'de' }));
		expect(new URL(linkIn(mail)).pathname).toMatch(/^\/de\/password-reset\//);
	});

	test('the funder report’s CSV and XLSX headers are French under /fr/', async ({ request }) => {
		const english = englishTexts('fr');
		// The headings: the report's title, and each section's title and column names after an empty row.
		const csv = parseCsv(await (await request.get('/fr/projects/wir/report.csv')).text());
		const headings = [
			csv[0],
			...csv.flatMap((row, i) => (row.length === 0 ? [csv[i + 1], csv[i + 2]] : []))
		].flat();
		expect(headings).toContain(m.report_section_events({}, { locale: 'fr' }));
		expect(headings).toContain(m.report_event({}, { locale: 'fr' }));
		expect(
			translationProblems(
				headings.map((text) => ({ text, lang: '' })),
				'fr',
				english
			)
		).toEqual([]);

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			new Uint8Array(await (await request.get('/fr/projects/wir/report.xlsx')).body()).buffer
		);
		const headers = workbook.worksheets.flatMap((sheet) => [
			sheet.name,
			...(sheet.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string')
		]);
		expect(headers).toContain(m.report_event({}, { locale: 'fr' }));
		expect(
			translationProblems(
				headers.map((text) => ({ text, lang: '' })),
				'fr',
				english
			)
		).toEqual([]);
	});
});

/**
 * Pages with the most interface text and the longest words: headers and navigation on each, forms,
 * tables and the error page (axe.spec.ts checks every page in English and Latvian).
 */
const BROWSER_PUBLIC = [
	'',
	'/projects/wir',
	'/projects/wir/report',
	EVENT,
	'/open-data',
	'/no-such-page'
];
const BROWSER_PARTNER = [
	'/account',
	'/projects/young-neets/people',
	'/organisations/comune-di-faenza/edit'
];

async function inBrowser(page: Page, locale: string, check: (page: Page) => Promise<string[]>) {
	const found: Record<string, string[]> = {};
	const visit = async (path: string) => {
		await page.goto(`/${locale}${path}`);
		const problems = await check(page);
		if (problems.length) found[path] = problems;
	};
	for (const path of BROWSER_PUBLIC) await visit(path);
	await signIn(page, DEMO.faenzaEditor);
	for (const path of BROWSER_PARTNER) await visit(path);
	expect(found).toEqual({});
}

test.describe('in the browser', () => {
	for (const locale of ['el', 'bg', 'mt', 'ga', 'de', 'lv']) {
		test(`axe finds nothing in ${locale}`, async ({ page }) => {
			test.setTimeout(120_000);
			await inBrowser(page, locale, axeViolations);
		});
	}

	// The languages with the longest words.
	for (const locale of ['de', 'fi', 'hu', 'lv']) {
		test(`the pages reflow at 320 px in ${locale}`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: 320, height: 640 });
			await inBrowser(page, locale, async (page) => {
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				return [
					...(overflow > 0 ? [`${overflow} px wider than the screen`] : []),
					...(await squeezedText(page))
				];
			});
		});
	}
});
