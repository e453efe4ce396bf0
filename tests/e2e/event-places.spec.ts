// The host lowers an organisation's places below the people it has registered: warned first with
// the names of those who would move to the waiting list, then confirming; and sets a registration
// deadline that the event page shows. Places on the demo project's meeting (Comune di Faenza has
// 3 places and 2 registered people), put back afterwards.
import { randomUUID } from 'node:crypto';
import { expect, expectNoViolations, test } from './fixtures.ts';
import { DEMO, signIn, sql } from './factories.ts';

const EVENT = 'demo-partner-meeting-daugavpils-2024';
const EVENT_ID = '0d000000-0000-4000-8000-000000000007';
const FAENZA = '0a000000-0000-4000-8000-000000000003';
const YOUNG_NEETS = '0b000000-0000-4000-8000-000000000001';

test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
	// More places let the waiting in again (the database's trigger), first in line first.
	await sql(
		`update public.event_delegations set places = 3 where event_id = $1 and organisation_id = $2`,
		[EVENT_ID, FAENZA]
	);
});

async function statusOf(name: string): Promise<string> {
	const [row] = await sql<{ status: string }>(
		`select status from public.event_registrations where event_id = $1 and full_name = $2`,
		[EVENT_ID, name]
	);
	return row.status;
}

test('lowering places below the registered warns with the names, and saves only when confirmed', async ({
	page
}, testInfo) => {
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${EVENT}/delegations`);
	const faenza = page.getByRole('region', { name: /^Comune di Faenza/ });
	await expect(faenza).toContainText('2 registered of 3 places');

	await faenza.getByLabel('Places', { exact: true }).fill('1');
	await faenza.getByRole('button', { name: /^Save/ }).click();

	// Nothing saved yet: the warning is announced, focused, and names who would move.
	const alert = faenza.getByRole('alert');
	await expect(alert).toHaveText(
		'Lowering the places would move people to the waiting list. Nothing is saved yet.'
	);
	await expect(alert).toBeFocused();
	const moving = faenza.getByRole('list', { name: 'People who would move to the waiting list' });
	await expect(moving.getByRole('listitem')).toHaveText(['Demo Participant 2']);
	await expect(faenza.getByLabel('Places', { exact: true })).toHaveValue('1');
	expect(await statusOf('Demo Participant 2')).toBe('registered');
	await expectNoViolations(page, 'en');
	await faenza.screenshot({ path: testInfo.outputPath('places-warning.png') });

	await faenza.getByRole('button', { name: /Yes, lower the places/ }).click();
	await expect(page.getByRole('status')).toHaveText('The places are saved.');
	await expect(page.getByRole('region', { name: /^Comune di Faenza/ })).toContainText(
		/1 registered of 1 place\b/
	);
	expect(await statusOf('Demo Participant 2')).toBe('waitlisted');
	expect(await statusOf('Demo Participant 1')).toBe('registered');
});

test('a confirmation that did not name everyone who would move warns again', async ({ page }) => {
	await sql(
		`update public.event_delegations set places = 3 where event_id = $1 and organisation_id = $2`,
		[EVENT_ID, FAENZA]
	);
	await signIn(page, DEMO.coordinator);
	await page.goto(`/en/events/${EVENT}/delegations`);
	// Confirming 0 places having seen only Demo Participant 2: Demo Participant 1 would move too.
	const answer = await page.request.post(`/en/events/${EVENT}/delegations?/places`, {
		form: {
			organisation: FAENZA,
			places: '0',
			seen: '0f000000-0000-4000-8000-000000000002',
			confirm: 'on'
		},
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(answer.status()).toBe(409);
	expect(await answer.text()).toContain('More people would move than when you were warned');
	expect(await statusOf('Demo Participant 1')).toBe('registered');
	expect(await statusOf('Demo Participant 2')).toBe('registered');
});

test('the host sets a registration deadline; the event page shows it', async ({ page }) => {
	// An event of its own (the demo meeting's host is not a partner of the demo project, so its details
	// cannot be saved as they are), hosted by a partner, in Riga.
	const slug = `deadline-${randomUUID().slice(0, 8)}`;
	await sql(
		`with e as (
		   insert into public.events (slug, kind, title, host_organisation_id, time_zone, starts_local, ends_local)
		   values ($1, 'workshop', '{"en": {"text": "Deadline workshop (test)", "status": "original"}}', $2, 'Europe/Riga', '2030-05-14 09:00', '2030-05-15 17:00')
		   returning id)
		 insert into public.project_events (project_id, event_id) select $3, id from e`,
		[slug, '0a000000-0000-4000-8000-000000000002', YOUNG_NEETS]
	);
	try {
		await signIn(page, DEMO.coordinator);
		await page.goto(`/en/events/${slug}/edit`);
		// After the event's last day: refused, with what was typed kept.
		await page.getByLabel('Registration deadline').fill('2030-05-16');
		await page.getByRole('button', { name: 'Save the event' }).click();
		await expect(page.getByRole('alert').first()).toHaveText(
			'Some fields need your attention; see the messages below.'
		);
		await expect(
			page.getByText("The registration deadline cannot be after the event's last day.")
		).toBeVisible();
		await expect(page.getByLabel('Registration deadline')).toHaveValue('2030-05-16');

		await page.getByLabel('Registration deadline').fill('2030-05-01');
		await page.getByRole('button', { name: 'Save the event' }).click();
		await expect(page.getByRole('status')).toHaveText('The event is saved.');
		await page.goto(`/en/events/${slug}`);
		await expect(
			page.getByText('Registration closes on 1 May 2030 (at the end of the day, Europe/Riga time).')
		).toBeVisible();
	} finally {
		await sql(`delete from public.events where slug = $1`, [slug]);
	}
});
