// A form sent twice acts once (src/lib/server/idempotency.ts). The audit's case: the answer to
// "add a result" is lost after the database saved the row (the browser sees a failure), and the
// person sends the same form again; and the same for starting a project, whose address the first
// sending took. Publishing twice publishes once and answers as a success both times. Without
// JavaScript, as the forms work for everyone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, projectWithIndicator, signIn, sql } from './factories.ts';

test.use({ javaScriptEnabled: false });

const COORDINATOR_ID = '0c000000-0000-4000-8000-000000000002';
const DAUGAVPILS_CITY_COUNCIL = '0a000000-0000-4000-8000-000000000001';

/** Sends a form's fields again as the browser sent them (same origin, its cookies), without following the answer. */
function post(page: Page, path: string, fields: Record<string, string>) {
	return page.request.post(path, {
		form: fields,
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

const resultsOf = (slug: string, statement: string) =>
	sql(
		`select r.id from public.project_results r join public.projects p on p.id = r.project_id where p.slug = $1 and r.statement -> 'en' ->> 'text' = $2`,
		[slug, statement]
	);

test('a result whose answer was lost is added once when the form is sent again; a new form adds another', async ({
	page
}) => {
	const slug = await projectWithIndicator('idempotent');
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/projects/${slug}/edit/outcomes`);
	const form = page.locator('form[action="?/addResult"]');
	await form.locator('textarea[name=statement]').fill('Sixty young people took part.');

	// The server saves the row and answers; the answer never reaches the browser.
	let sent: { body: string; location: string } | null = null;
	await page.route('**/edit/outcomes?/addResult', async (route) => {
		const answer = await route.fetch({ maxRedirects: 0 });
		sent = { body: route.request().postData()!, location: answer.headers().location };
		await route.abort('failed');
	});
	await form
		.getByRole('button', { name: 'Add a result' })
		.click()
		.catch(() => {});
	await expect.poll(() => sent).not.toBeNull();
	await page.unroute('**/edit/outcomes?/addResult');
	expect(sent!.location).toContain('done=result_added');
	expect(await resultsOf(slug, 'Sixty young people took part.')).toHaveLength(1);

	// Sent again, the same form gets the answer the first sending had, and adds nothing.
	const fields = Object.fromEntries(new URLSearchParams(sent!.body));
	expect(fields.form_key).toMatch(/^[A-Za-z0-9_-]{22}$/);
	await page.goto(`/en/projects/${slug}/edit/outcomes`);
	const again = await post(page, `/en/projects/${slug}/edit/outcomes?/addResult`, fields);
	expect(again.status()).toBe(303);
	expect(again.headers().location).toBe(sent!.location);
	expect(await resultsOf(slug, 'Sixty young people took part.')).toHaveLength(1);
	await page.goto(again.headers().location);
	await expect(page.getByRole('status')).toHaveText('The result is added.');

	// The page, opened again, has a new key: the same statement added on purpose is a second result.
	await form.locator('textarea[name=statement]').fill('Sixty young people took part.');
	await form.getByRole('button', { name: 'Add a result' }).click();
	await expect(page.getByRole('status')).toHaveText('The result is added.');
	expect(await resultsOf(slug, 'Sixty young people took part.')).toHaveLength(2);

	// A key of this page sent to another of its forms is another key: the press item is added.
	const key = await page.locator('input[name=form_key]').first().inputValue();
	const press = {
		form_key: key,
		lang: 'en',
		kind: 'news',
		title: 'Idempotent news',
		published_on: '',
		url: '',
		body: ''
	};
	expect((await post(page, `/en/projects/${slug}/edit/outcomes?/addPress`, press)).status()).toBe(
		303
	);
	expect(
		await sql(
			`select 1 from public.press_items i join public.projects p on p.id = i.project_id where p.slug = $1`,
			[slug]
		)
	).toHaveLength(1);
});

test('a new project sent twice is started once, and the second sending goes to it instead of "address taken"', async ({
	page
}) => {
	const slug = `idempotent-${Date.now().toString(36)}`;
	await signIn(page, DEMO.coordinator);
	await page.goto('/en/projects/new');
	const fields = {
		form_key: await page.locator('input[name=form_key]').inputValue(),
		organisation: DAUGAVPILS_CITY_COUNCIL,
		language: 'en',
		title: 'Idempotent project',
		acronym: '',
		slug
	};
	const [first, second] = [
		await post(page, '/en/projects/new', fields),
		await post(page, '/en/projects/new', fields)
	];
	expect([first.status(), second.status()]).toEqual([303, 303]);
	expect(second.headers().location).toBe(first.headers().location);
	expect(await sql(`select 1 from public.projects where slug = $1`, [slug])).toHaveLength(1);

	// Publishing it twice publishes it once: both answers are the editor, one audit entry.
	await page.goto(first.headers().location);
	const publish = [
		await post(page, `/en/projects/${slug}/edit?/publish`, {}),
		await post(page, `/en/projects/${slug}/edit?/publish`, {})
	];
	expect(publish.map((answer) => [answer.status(), answer.headers().location])).toEqual([
		[303, `/en/projects/${slug}/edit`],
		[303, `/en/projects/${slug}/edit`]
	]);
	expect(await sql(`select is_published from public.projects where slug = $1`, [slug])).toEqual([
		{ is_published: true }
	]);
	const published = await sql(
		`select a.actor_id from public.audit_log a join public.projects p on p.id::text = a.subject_id where p.slug = $1 and a.action = 'project.published'`,
		[slug]
	);
	expect(published).toEqual([{ actor_id: COORDINATOR_ID }]);
});

/** A partners-only meeting in Riga, hosted by Daugavpils, of a new project the Daugavpils coordinator coordinates. */
async function meeting(): Promise<string> {
	const project = await projectWithIndicator('idempotent-event');
	const slug = `${project}-meeting`;
	await sql(
		`with e as (
		   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local, visibility)
		   values ($1, 'partner_meeting', '{"en": {"text": "Idempotent meeting (test)", "status": "original"}}', $2, 'Europe/Riga', '2030-03-04 09:00', '2030-03-04 17:00', 'partners')
		   returning id)
		 insert into public.project_events (project_id, event_id) select p.id, e.id from e, public.projects p where p.slug = $3`,
		[slug, DAUGAVPILS_CITY_COUNCIL, project]
	);
	return slug;
}

test('an event confirmed and made public, saved twice, is saved once and both answers say saved; a stale form still gets a conflict', async ({
	page
}) => {
	const slug = await meeting();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${slug}/edit`);
	const form = page.locator('form[action="?/details"]');
	await form.locator('select[name=status]').selectOption('confirmed');
	await form.locator('select[name=visibility]').selectOption('public');

	let sent: { body: string; location: string } | null = null;
	await page.route('**/edit?/details', async (route) => {
		const answer = await route.fetch({ maxRedirects: 0 });
		sent = { body: route.request().postData()!, location: answer.headers().location };
		await route.fulfill({ response: answer });
	});
	await form.getByRole('button', { name: 'Save the event' }).click();
	await expect(page.getByRole('status')).toHaveText('The event is saved.');
	await page.unroute('**/edit?/details');
	const saved = await sql(
		`select status::text, visibility, version from public.events where slug = $1`,
		[slug]
	);
	expect(saved).toEqual([{ status: 'confirmed', visibility: 'public', version: 2 }]);

	// The same form again (a reload of the answer): saved, as the first time; nothing changes.
	const fields = Object.fromEntries(new URLSearchParams(sent!.body));
	const again = await post(page, `/en/events/${slug}/edit?/details`, fields);
	expect([again.status(), again.headers().location]).toEqual([303, sent!.location]);
	expect(
		await sql(`select status::text, visibility, version from public.events where slug = $1`, [slug])
	).toEqual(saved);

	// A form opened before that save, with another key: a conflict, as before.
	const stale = await post(page, `/en/events/${slug}/edit?/details`, {
		...fields,
		form_key: await page.locator('input[name=form_key]').first().inputValue(),
		status: 'held'
	});
	expect(stale.status()).toBe(409);
	expect(
		await sql(`select status::text, version from public.events where slug = $1`, [slug])
	).toEqual([{ status: 'confirmed', version: 2 }]);
});

test('a person registered twice with one form is registered once, and both answers say registered', async ({
	page
}) => {
	const slug = await meeting();
	await sql(
		`insert into public.event_delegations (event_id, organisation_id, places) select id, $2, 1 from public.events where slug = $1`,
		[slug, DAUGAVPILS_CITY_COUNCIL]
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${slug}/delegations`);
	const fields = {
		form_key: await page.locator('form[action="?/register"] input[name=form_key]').inputValue(),
		organisation: DAUGAVPILS_CITY_COUNCIL,
		full_name: 'Anna Idempotent',
		job_title: '',
		email: '',
		arrival: '',
		departure: '',
		dietary_needs: '',
		access_needs: ''
	};
	const path = `/en/events/${slug}/delegations?/register`;
	const [first, second] = [await post(page, path, fields), await post(page, path, fields)];
	// The one place is hers: the second sending is not put on the waiting list, nor refused as a duplicate.
	expect([first.status(), first.headers().location]).toEqual([
		303,
		`/en/events/${slug}/delegations?done=registered`
	]);
	expect([second.status(), second.headers().location]).toEqual([303, first.headers().location]);
	const registered = await sql(
		`select r.status::text from public.event_registrations r join public.events e on e.id = r.event_id where e.slug = $1`,
		[slug]
	);
	expect(registered).toEqual([{ status: 'registered' }]);
});
