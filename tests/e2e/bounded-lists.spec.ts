// Lists that stay one page long however large the network grows: an organisation's page shows the
// first few of its projects and events with links to the full lists, and the events list pages its
// past by key, with links that work without JavaScript and name the list they page.
import { randomUUID } from 'node:crypto';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { sql } from './factories.ts';

const TAG = randomUUID().slice(0, 8);
const ORG = `bounded-${TAG}`;

test.beforeAll(async () => {
	// An organisation in eleven published projects, with 23 past meetings and two to come, all in its first project.
	await sql(
		`insert into public.organisations (slug, name, kind, country) values ($1, 'Bounded lists town', 'municipality', 'LV')`,
		[ORG]
	);
	await sql(
		`insert into public.projects (slug, title, start_date, is_published)
		 select $1 || '-' || n, jsonb_build_object('en', jsonb_build_object('text', 'Bounded project ' || n, 'status', 'original')), make_date(2000 + n, 1, 1), true
		 from generate_series(1, 11) as n`,
		[ORG]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id) select p.id, o.id from public.projects p, public.organisations o where p.slug like $1 || '-%' and o.slug = $1`,
		[ORG]
	);
	await sql(
		`insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, time_precision)
		 select $1 || '-' || n, 'partner_meeting', jsonb_build_object('en', jsonb_build_object('text', 'Bounded meeting ' || n, 'status', 'original')),
		        (select id from public.organisations where slug = $1), 'Europe/Riga',
		        make_date(case when n > 23 then 2040 else 1990 end, 1, 1) + n, make_date(case when n > 23 then 2040 else 1990 end, 1, 1) + n, 'day'
		 from generate_series(1, 25) as n`,
		[ORG]
	);
	await sql(
		`insert into public.project_events (project_id, event_id) select p.id, e.id from public.projects p, public.events e where p.slug = $1 || '-1' and e.slug like $1 || '-%'`,
		[ORG]
	);
});

test.afterAll(async () => {
	await sql(`delete from public.events where slug like $1 || '-%'`, [ORG]);
	await sql(`delete from public.projects where slug like $1 || '-%'`, [ORG]);
	await sql(`delete from public.organisations where slug = $1`, [ORG]);
});

test('an organisation page shows ten projects and the next events, and links to all of them', async ({
	page
}) => {
	await page.goto(`/en/organisations/${ORG}`);
	const projects = page.getByRole('main').getByRole('link', { name: /^Bounded project/ });
	await expect(projects).toHaveCount(10);
	await expect(
		page.getByRole('main').getByRole('link', { name: 'Bounded meeting 24' })
	).toBeVisible();
	await page.getByRole('link', { name: 'All projects' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/projects\\?organisation=${ORG}$`));
	await expect(page.getByRole('heading', { name: 'Projects found: 11' })).toBeVisible();

	await page.goto(`/en/organisations/${ORG}`);
	await page.getByRole('link', { name: 'All events' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events of Bounded lists town');
	const upcoming = page.getByRole('region', { name: 'Coming up' });
	await expect(upcoming.getByRole('listitem')).toHaveText([
		/Bounded meeting 24/,
		/Bounded meeting 25/
	]);
	await expect(upcoming.getByRole('navigation')).toHaveCount(0);
});

test('past events come a page at a time, with next and previous pages by key, without JavaScript', async ({
	page: checked,
	browser,
	baseURL
}) => {
	await checked.goto(`/en/events?organisation=${ORG}`);
	await expectNoViolations(checked, 'en');
	const page = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
	await page.goto(`/en/events?organisation=${ORG}`);
	const past = page.getByRole('region', { name: 'Past events' });
	const pages = past.getByRole('navigation', { name: 'Pages of the list: Past events' });
	await expect(past.getByRole('listitem')).toHaveCount(20);
	await expect(past.getByRole('listitem').first()).toContainText('Bounded meeting 23');
	await expect(pages.getByRole('link')).toHaveText(['Next page']);

	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/[?&]list=past&before=1990-01-05T00%3A00%3A00%2C/);
	await expect(past.getByRole('listitem')).toHaveText([
		/Bounded meeting 3\b/,
		/Bounded meeting 2\b/,
		/Bounded meeting 1\b/
	]);
	// A page of the past alone: the coming events are on the first page.
	await expect(page.getByRole('region', { name: 'Coming up' })).toHaveCount(0);
	await expect(pages.getByRole('link')).toHaveText(['Previous page']);

	await pages.getByRole('link', { name: 'Previous page' }).click();
	await expect(past.getByRole('listitem')).toHaveCount(20);
	await expect(past.getByRole('listitem').first()).toContainText('Bounded meeting 23');
	await expect(past.getByRole('listitem').last()).toContainText('Bounded meeting 4');

	// A key that is not one: the first page, not an error.
	const answer = await page.goto(`/en/events?organisation=${ORG}&list=past&before=not-a-key`);
	expect(answer?.status()).toBe(200);
	await expect(past.getByRole('listitem')).toHaveCount(20);
});

test('the whole network’s events page shows one page of each list', async ({ page }) => {
	await page.goto('/en/events');
	expect(
		await page.getByRole('region', { name: 'Past events' }).getByRole('listitem').count()
	).toBeLessThanOrEqual(20);
	expect(
		await page.getByRole('region', { name: 'Coming up' }).getByRole('listitem').count()
	).toBeLessThanOrEqual(20);
});
