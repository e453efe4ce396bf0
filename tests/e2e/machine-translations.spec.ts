// A text shown as a machine translation nobody has checked says so, in the reader's language, names
// the language it was translated from and offers the original; a translation a person wrote or
// checked carries no such label. All without JavaScript, and within 320 px.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoViolations, SHARED_COPY_MS, test } from './fixtures.ts';
import { createAccount, signIn, sql } from './factories.ts';
import { expectReflow } from './reflow.ts';

test.use({ javaScriptEnabled: false });

const DAUGAVPILS = '0a000000-0000-4000-8000-000000000001';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';
const LABEL = 'Machine translation from Latvian, not checked by a person';
const READ_ORIGINAL = 'Read the original (Latvian)';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A text written in Latvian with an English translation: a machine's, or one a person checked. */
const texts = (latvian: string, english: string, status: 'machine' | 'reviewed') =>
	JSON.stringify({ lv: { text: latvian, status: 'original' }, en: { text: english, status } });

/** The English text is marked in English, in its own language, and opens its Latvian original. */
async function expectMachineTranslation(page: Page, english: string, latvian: string) {
	const shown = page.getByText(english, { exact: true });
	await expect(shown).toHaveAttribute('lang', 'en');
	const label = shown.locator('xpath=following-sibling::*[1]').getByText(LABEL);
	await expect(label).toBeVisible();
	await expect(label.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'en');
	const original = page.locator('details', { hasText: latvian });
	await original.getByText(READ_ORIGINAL).click();
	await expect(original.getByText(latvian)).toBeVisible();
	await expect(
		original.getByText(latvian).locator('xpath=ancestor-or-self::*[@lang][1]')
	).toHaveAttribute('lang', 'lv');
}

/** The page as a reader on a 320 px screen gets it, checked by axe (which needs JavaScript). */
async function expectFits320(browser: Browser, baseURL: string | undefined, path: string) {
	const context = await browser.newContext({
		baseURL,
		javaScriptEnabled: true,
		viewport: { width: 320, height: 800 }
	});
	const page = await context.newPage();
	await page.goto(path);
	await expect(page.getByText(LABEL).first()).toBeVisible();
	await expectReflow(page);
	await expectNoViolations(page, 'en');
	await context.close();
}

/**
 * The page with machine translations has `labels` labels, one by each text given (English and
 * Latvian pairs), and fits 320 px; the page with checked translations shows one and labels none.
 */
async function expectLabelledWhenMachine(
	{ page, browser, baseURL }: { page: Page; browser: Browser; baseURL: string | undefined },
	pages: { machine: string; checked: string },
	{
		labels,
		machineTexts,
		checkedText
	}: {
		labels: number;
		machineTexts: Array<[english: string, latvian: string]>;
		checkedText: string;
	}
) {
	await page.goto(pages.machine);
	await expect(page.getByText(LABEL)).toHaveCount(labels);
	for (const [english, latvian] of machineTexts)
		await expectMachineTranslation(page, english, latvian);
	await expectFits320(browser, baseURL, pages.machine);

	await page.goto(pages.checked);
	await expect(page.getByText(checkedText)).toBeVisible();
	await expect(page.getByText('Machine translation')).toHaveCount(0);
	await expect(page.getByText('Read the original')).toHaveCount(0);
}

test('a project: its title and summary, machine translated, are labelled; checked ones are not', async ({
	page,
	browser,
	baseURL
}) => {
	const [machine, checked] = [unique('mt-project'), unique('mt-project')];
	const insert = `insert into public.projects (slug, title, summary, is_published) values ($1, $2, $3, true)`;
	await sql(insert, [
		machine,
		texts('Zaļās upes', 'Green rivers', 'machine'),
		texts('Upes pilsētās', 'Rivers in towns', 'machine')
	]);
	await sql(insert, [
		checked,
		texts('Zilās upes', 'Blue rivers', 'reviewed'),
		texts('Upes laukos', 'Rivers in the country', 'reviewed')
	]);

	await expectLabelledWhenMachine(
		{ page, browser, baseURL },
		{ machine: `/en/projects/${machine}`, checked: `/en/projects/${checked}` },
		{
			labels: 2,
			machineTexts: [
				['Green rivers', 'Zaļās upes'],
				['Rivers in towns', 'Upes pilsētās']
			],
			checkedText: 'Rivers in the country'
		}
	);
	await page.goto(`/en/projects/${machine}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Green rivers');
});

test('an event: its title and description, machine translated, are labelled; checked ones are not', async ({
	page,
	browser,
	baseURL
}) => {
	const insert = async (title: string, description: string) => {
		const slug = unique('mt-event');
		const [{ id }] = await sql<{ id: string }>(
			`insert into public.events (slug, kind, title, description, host_organisation_id, time_zone, starts_local, ends_local)
			 values ($1, 'partner_meeting', $2, $3, $4, 'Europe/Riga', '2031-05-14 09:00', '2031-05-15 17:00') returning id`,
			[slug, title, description, DAUGAVPILS]
		);
		await sql(`insert into public.project_events (project_id, event_id) values ($1, $2)`, [
			YOUNG_NEETS,
			id
		]);
		return slug;
	};
	const machine = await insert(
		texts('Partneru tikšanās Daugavpilī', 'Partner meeting in Daugavpils', 'machine'),
		texts('Divas dienas darba', 'Two days of work', 'machine')
	);
	const checked = await insert(
		texts('Partneru tikšanās Rēzeknē', 'Partner meeting in Rēzekne', 'reviewed'),
		texts('Viena diena', 'One day', 'reviewed')
	);

	await expectLabelledWhenMachine(
		{ page, browser, baseURL },
		{ machine: `/en/events/${machine}`, checked: `/en/events/${checked}` },
		{
			labels: 2,
			machineTexts: [
				['Partner meeting in Daugavpils', 'Partneru tikšanās Daugavpilī'],
				['Two days of work', 'Divas dienas darba']
			],
			checkedText: 'One day'
		}
	);
});

test('an organisation: its admin marks a description as a machine translation, readers see it labelled until a person checks it', async ({
	page,
	browser,
	baseURL
}) => {
	const slug = unique('mt-organisation');
	await sql(
		`insert into public.organisations (slug, name, kind, country, description) values ($1, $1, 'ngo', 'LV', $2)`,
		[slug, JSON.stringify({ lv: { text: 'Jauniešu centrs pie upes', status: 'original' } })]
	);
	const admin = await createAccount({ organisation: slug, role: 'admin' });
	await signIn(page, admin.email, admin.password);

	const describe = async (english: string, machine: boolean) => {
		await page.goto(`/en/organisations/${slug}/edit`);
		await expect(page.getByLabel('Language of this text')).toHaveValue('en');
		await page.getByLabel('Text', { exact: true }).fill(english);
		await page
			.getByLabel('This is a machine translation nobody has checked yet')
			.setChecked(machine);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/en/organisations/${slug}$`));
	};

	await describe('A youth centre by the river', true);
	const [{ description }] = await sql<{ description: Record<string, { status: string }> }>(
		`select description from public.organisations where slug = $1`,
		[slug]
	);
	expect(description.en.status).toBe('machine');
	await expectMachineTranslation(page, 'A youth centre by the river', 'Jauniešu centrs pie upes');
	await expectFits320(browser, baseURL, `/en/organisations/${slug}`);

	// The mark stays on the form while the description is a machine's.
	await page.goto(`/en/organisations/${slug}/edit`);
	await expect(
		page.getByLabel('This is a machine translation nobody has checked yet')
	).toBeChecked();

	await describe('A youth centre on the riverside', false);
	await expect(page.getByText('A youth centre on the riverside')).toBeVisible();
	await expect(page.getByText('Machine translation')).toHaveCount(0);
});

test('a collection: its title and introduction, machine translated, are labelled on its page and in the list; checked ones are not', async ({
	page,
	browser,
	baseURL
}) => {
	const insert = async (title: string, introduction: string) => {
		const slug = unique('mt-collection');
		await sql(
			`insert into public.collections (slug, organisation_id, title, introduction, visibility) values ($1, $2, $3, $4, 'public')`,
			[slug, DAUGAVPILS, title, introduction]
		);
		return slug;
	};
	const checked = await insert(
		texts('Upju prakses', 'River practices', 'reviewed'),
		texts('Ko mēs iemācījāmies', 'What we learnt', 'reviewed')
	);
	const machine = await insert(
		texts('Brīvprātīgo prakses', 'Volunteering practices', 'machine'),
		texts('Prakses no **Daugavpils**', 'Practices from **Daugavpils**', 'machine')
	);

	await expectLabelledWhenMachine(
		{ page, browser, baseURL },
		{ machine: `/en/collections/${machine}`, checked: `/en/collections/${checked}` },
		{
			labels: 2,
			machineTexts: [['Volunteering practices', 'Brīvprātīgo prakses']],
			checkedText: 'What we learnt'
		}
	);
	// The introduction is Markdown: its original is shown rendered, like the translation.
	await page.goto(`/en/collections/${machine}`);
	const introduction = page.locator('.introduction');
	await expect(introduction).toHaveAttribute('lang', 'en');
	await expect(
		introduction.locator('xpath=following-sibling::div[1]').getByText(LABEL)
	).toBeVisible();
	const original = page.locator('details', { hasText: 'Prakses no' });
	await original.getByText(READ_ORIGINAL).click();
	await expect(original.locator('[lang="lv"] strong')).toHaveText('Daugavpils');

	// In the list of collections, the card's title and the start of its introduction say so too.
	// (Written straight into the database, the collections reach the list's shared copy within seconds.)
	const card = page.locator('.card', {
		has: page.getByRole('link', { name: /Volunteering practices/ })
	});
	await expect(async () => {
		await page.goto('/en/collections');
		await expect(card).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: SHARED_COPY_MS });
	await expect(card.getByText(LABEL)).toHaveCount(2);
	await expect(card.getByText('Practices from Daugavpils')).toHaveAttribute('lang', 'en');
	const checkedCard = page.locator('.card', {
		has: page.getByRole('link', { name: /River practices/ })
	});
	await expect(checkedCard.getByText('Machine translation')).toHaveCount(0);
});

test('a practice: a machine translation names the language of its original and links to it', async ({
	page
}) => {
	const slug = unique('mt-practice');
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.practices (slug, organisation_id, country) values ($1, $2, 'LV') returning id`,
		[slug, DAUGAVPILS]
	);
	for (const [locale, kind, title] of [
		['lv', 'original', 'Jauniešu dialogs'],
		['en', 'machine', 'Youth dialogue']
	]) {
		await sql(
			`insert into public.practice_texts (practice_id, locale, kind, title, summary, state) values ($1, $2, $3, $4, $4, 'published')`,
			[id, locale, kind, title]
		);
		await sql(
			`insert into public.practice_publications (practice_id, locale, kind, title, summary, context, actions, resources, results, lessons, transfer, text_version)
			 values ($1, $2, $3, $4, $4, '', '', '', '', '', '', 1)`,
			[id, locale, kind, title]
		);
	}

	await page.goto(`/en/practices/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Youth dialogue');
	await expect(page.getByText(LABEL)).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: READ_ORIGINAL }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jauniešu dialogs');
	await expect(page.locator('article')).toHaveAttribute('lang', 'lv');
	await expect(page.getByText(LABEL)).toHaveCount(0);
});
